# SPDX-License-Identifier: GPL-2.0-or-later
"""Install and platform: which Python, which torch, the pins, the dependency installer and model downloads."""
