# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing: the GeoSAM provider and its algorithms (toolbox, qgis_process, graphical modeler). Never touch iface."""
