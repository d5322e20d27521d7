# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the plugin's own files are: the plugin folder, its icons and its translations (one place for these paths),
and the group of QGIS's settings where GeoSAM keeps the user's choices."""

from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parents[1]
ICONS = PLUGIN_DIR / "resources" / "icons"
I18N = PLUGIN_DIR / "i18n"

# The dock's choices in QGIS's settings (the checkpoint, the last folder, ...); Processing's dialogs start from them.
SETTINGS = "geosam/"

# GeoSAM's documentation: the plugin's Help entries and each Processing algorithm's helpUrl.
DOCS_URL = "https://github.com/geosam-qgis/geosam-qgis#readme"


def plugin_version() -> str:
    """This plugin's version, from its metadata.txt ('0.6.2'; '' when it cannot be read)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
        return parser.get("general", "version", fallback="").strip()
    except (OSError, configparser.Error):
        return ""
