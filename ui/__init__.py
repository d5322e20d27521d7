# SPDX-License-Identifier: GPL-2.0-or-later
"""Widgets: thin views over geo_sam_plugin's controller, no segmentation logic."""
