#!/usr/bin/env bash
# QGIS's own Qt5 -> Qt6 migration script (pyqt5to6, from QGIS's scripts/pyqt5_to_pyqt6) in check mode: it runs
# on a copy of every Python file and the check fails on any change it would make. pyqt5to6 needs Python 3.12+,
# so `make qt6-check` runs this inside the QGIS 3.40 root (Python 3.13). Without QGIS's Qt6 bindings it checks
# Qt's enums and calls (it says "only a partial upgrade"); QGIS's own enums are checked by scripts/qgis_enum_check.py
# against QGIS 3.44's bindings (make qt6-check runs both).
set -euo pipefail
cd "$(dirname "$0")/.."
tool=/opt/pyqt5to6
if [ ! -x $tool/bin/pyqt5to6 ]; then
  python3 -m venv $tool
  $tool/bin/pip install -q --disable-pip-version-check --pre "qgis-pyqt5to6==0.0.0.dev0" PyQt6 PyQt6-QScintilla tokenize-rt 2>&1 | grep -v "is ignored" || true
fi
work=$(mktemp -d)
mkdir "$work/checked"
cp -r encoder geo_sam_plugin ui scripts tests __init__.py plugin.py image_encoder.py "$work/checked/"
find "$work/checked" -name __pycache__ -prune -exec rm -rf {} +
cp -r "$work/checked" "$work/original"
QT_QPA_PLATFORM=offscreen $tool/bin/pyqt5to6 "$work/checked" 2>&1 | grep -v "is ignored" || true
if diff -ru "$work/original" "$work/checked"; then
  echo "pyqt5to6 check: 0 changes in $(find "$work/original" -name '*.py' | wc -l) Python files"
  rm -rf "$work"
else
  echo "pyqt5to6 would change the files above: apply those changes (scoped enums, exec()) so GeoSAM runs on QGIS 4 / Qt6." >&2
  rm -rf "$work"
  exit 1
fi
