"""Python packages the engine needs: find them without importing them, and say how to install them."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from ..paths import PLUGIN_DIR

# import name -> pip requirement
REQUIRED = {
    "torch": "torch",
    "torchvision": "torchvision",
    "segment_anything": "segment-anything",
    "sam2": "sam2 (installed with --no-deps)",
    "pyarrow": "pyarrow",  # its version follows QGIS's numpy: pins.qgis_constraints
    "shapely": "shapely",
    "rasterio": "rasterio",
}
INSTALL_HINT = "use Plugins > GeoSAM > Install dependencies…, or `make setup` in the GeoSAM folder (see its README)"


def candidate_paths() -> list[Path]:
    """Extra site-packages folders where GeoSAM's packages may live, most specific first."""
    paths = []
    env = os.environ.get("GEOSAM_PYTHONPATH")
    if env:
        paths += [Path(p) for p in env.split(os.pathsep) if p]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    paths.append(PLUGIN_DIR / ".venv" / "lib" / version / "site-packages")
    paths.append(installed_packages_dir())
    return paths


def installed_packages_dir() -> Path:
    """Where the in-QGIS installer puts packages: <profile>/python/geosam-packages (beside plugins/)."""
    return PLUGIN_DIR.parent.parent / "geosam-packages"


def block_crashing_modules() -> None:
    """Keep torch from loading triton inside QGIS.

    triton (pulled in by CUDA builds of torch) bundles an LLVM whose static
    initialisers crash a QGIS desktop process that has already loaded Mesa's
    LLVM (seen on QGIS 3.22 under Xvfb). GeoSAM never uses triton (no
    torch.compile), and torch treats a module set to None as not installed.
    """
    sys.modules.setdefault("triton", None)


def add_dependency_paths() -> None:
    """Put existing dependency folders on sys.path just before the system's dist-packages.

    They must come before Debian's packages (torch needs a newer sympy than
    Debian's), and they never hold numpy: the install pins QGIS's own numpy,
    so QGIS's GDAL bindings keep the numpy they were built against.
    """
    for path in reversed(candidate_paths()):
        if not path.is_dir() or str(path) in sys.path:
            continue
        position = next((i for i, p in enumerate(sys.path) if p.endswith("dist-packages")), len(sys.path))
        sys.path.insert(position, str(path))


def missing_packages() -> list[str]:
    """Requirements whose module cannot be found (nothing is imported)."""
    add_dependency_paths()
    return [req for module, req in REQUIRED.items() if not _findable(module)]


def _findable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a broken install counts as missing
        return False


def missing_message(missing: list[str]) -> str:
    return f"GeoSAM needs Python packages that are not installed: {', '.join(missing)}. To fix it, {INSTALL_HINT}."
