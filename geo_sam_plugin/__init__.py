# SPDX-License-Identifier: GPL-2.0-or-later
"""Everything of the plugin that needs QGIS but is not a widget: the Processing provider and algorithms, the dock's
logic, the worker's client and the installer (the plugin's entry is plugin.py at the root, its widgets ui/)."""
