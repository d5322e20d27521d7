#!/usr/bin/env bash
# Installs everything the project needs on Debian 12: QGIS from Debian's
# packages (when missing, as root) and the Python packages for QGIS's own
# interpreter in .venv. Idempotent: a second run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
QGIS_PY=/usr/bin/python3
VENV=.venv
STAMP=$VENV/.geosam-setup-stamp

debian_packages="qgis python3-qgis qgis-providers python3-rasterio python3-venv xvfb"
if ! $QGIS_PY -c "import qgis.core, rasterio, venv" >/dev/null 2>&1 || [ ! -x /usr/bin/qgis_process.bin ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "QGIS is missing: run as root, or: sudo apt-get install $debian_packages" >&2
    exit 1
  fi
  echo "== installing QGIS from Debian's packages (about 70 s)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $debian_packages >/dev/null
fi

# Re-install only when the requirements change.
want="$(cat requirements.txt scripts/setup_env.sh | sha256sum | cut -c1-16)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  exit 0
fi

[ -x $VENV/bin/python ] || $QGIS_PY -m venv --system-site-packages $VENV
# QGIS's GDAL bindings are built against the numpy QGIS ships: never replace it.
numpy_version="$($QGIS_PY -c 'import numpy; print(numpy.__version__)')"
echo "numpy==$numpy_version" > $VENV/constraints.txt
echo "== installing Python packages for QGIS's Python (numpy pinned to $numpy_version)"
pip_install() {
  if ! $VENV/bin/python -m pip install -q --disable-pip-version-check "$@" > $VENV/pip.log 2>&1; then
    grep -v "is ignored" $VENV/pip.log >&2
    echo "pip install failed (full log: $VENV/pip.log)" >&2
    exit 1
  fi
}
pip_install -c $VENV/constraints.txt -r requirements.txt
pip_install --no-deps "sam2==1.1.0"
$VENV/bin/python - <<'PY'
import numpy, pyarrow, torch, segment_anything, sam2, rasterio, shapely
assert numpy.__version__.startswith("1."), numpy.__version__
print("python packages ok: numpy", numpy.__version__, "torch", torch.__version__, "pyarrow", pyarrow.__version__)
PY
echo "$want" > "$STAMP"
