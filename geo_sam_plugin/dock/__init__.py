# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's logic: the controller, map tools, the prompt session (undo/redo), the query worker and QGIS tasks."""
