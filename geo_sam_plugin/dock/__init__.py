# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's logic: the controller, map tools, the prompt history (undo/redo), the query thread and QGIS tasks (WorkerTask)."""
