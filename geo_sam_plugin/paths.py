# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the plugin's own files are: the plugin folder, its icons and its translations (one place for these paths)."""

from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parents[1]
ICONS = PLUGIN_DIR / "resources" / "icons"
I18N = PLUGIN_DIR / "i18n"

# GeoSAM's documentation: the plugin's Help entries and each Processing algorithm's helpUrl.
DOCS_URL = "https://github.com/geosam-qgis/geosam-qgis#readme"
