# SPDX-License-Identifier: GPL-2.0-or-later
"""Where GeoSAM's runtime is and how a Python starts in it: the Python environment of its own where the engine's worker
runs (`python -m encoder serve`). Built by install/runtime_builder.py; found here without importing anything of it.

The runtime is a virtual environment outside QGIS's folders and outside the plugin folder, so a plugin upgrade keeps
it, with no system site-packages: its numpy, pyarrow, shapely, rasterio and torch are its own, not QGIS's.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

RUNTIME_ENV = "GEOSAM_RUNTIME"  # override: the runtime's folder
STAMP = "geosam-runtime.json"  # written last: a runtime without it is an unfinished build
# Variables QGIS's launchers set for its embedded Python that break another interpreter started from it:
# PYTHONHOME / PYTHONPATH (the child reads QGIS's standard library: "No module named 'encodings'", "init_sys_streams",
# TerraLabAI/QGIS_AI-Segmentation#131), PYTHONEXECUTABLE (OSGeo4W exports it; a venv's Python then no longer finds its
# pyvenv.cfg and installs beside the base interpreter: TerraLabAI/QGIS_AI-Segmentation#197, qgis/QGIS#67319), and
# GDAL / PROJ data paths of QGIS's own GDAL and PROJ, older or newer than the runtime's rasterio wheel
# (TerraLabAI/QGIS_AI-Segmentation#116: "PROJ: proj_create_from_name").
DROPPED_PREFIXES = ("PYTHON", "GDAL_", "PROJ_", "QGIS_", "QT_", "CPL_")
DROPPED_NAMES = {"GEOTIFF_CSV", "OSGEO4W_ROOT", "O4W_QT_PREFIX", "VIRTUAL_ENV", "CONDA_PREFIX"}  # besides the prefixes above


# What the user does when the runtime no longer fits this plugin (a plugin upgrade with other pins).
UPDATE_FIX = "Raster > GeoSAM > Install dependencies… > Update"
INSTALL_FIX = "install it with Raster > GeoSAM > Install dependencies… (from a clone: make setup)"


class RuntimeMissing(Exception):
    """The runtime is not there, or not finished, or cannot start: the message names the folder and the fix."""


class RuntimeOutdated(RuntimeMissing):
    """The runtime is there but does not satisfy this plugin: its packages, or the Python it was built from."""


def read_stamp(root: Path) -> dict:
    """What a finished runtime says of itself: {"plugin": version, "pins": digest, "base": base Python, "python": its
    version, "requirements": [...], "torch_index": URL}; {} when there is no readable stamp (older runtimes lack keys)."""
    try:
        stamp = json.loads((Path(root) / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def base_home(root: Path) -> Path | None:
    """The folder of the Python a virtual environment was made from (pyvenv.cfg's `home`), None when it has none."""
    try:
        for line in (Path(root) / "pyvenv.cfg").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            if key.strip().lower() == "home":
                return Path(value.strip())
    except OSError:
        return None
    return None


def outdated_problem(root: Path, installed: dict[str, str], plugin: str, with_dask: bool = False) -> str | None:
    """None when the runtime's distributions ({name: version}, as its worker reports them) satisfy this
    plugin's pins; else one line naming the plugin version the runtime was built for, what is missing or too old, and
    the fix (Update). with_dask: dask and distributed are needed too (a cluster encode)."""
    from ..pins import runtime_requirements, unsatisfied  # here: the platform tests load this module on its own

    problems = unsatisfied(runtime_requirements(with_dask), installed)
    if not problems:
        return None
    built_for = read_stamp(root).get("plugin") or "an older version"
    shown = ", ".join(problems[:4]) + (f" and {len(problems) - 4} more" if len(problems) > 4 else "")
    return (f"GeoSAM's runtime in {root} was built for GeoSAM {built_for}; GeoSAM {plugin or 'this version'} needs {shown}: "
            f"update it with {UPDATE_FIX} (nothing was started).")


def runtime_home(platform: str = sys.platform, env: dict | None = None, home: Path | None = None) -> Path:
    """Where the runtime lives by default: the user's application data, beside no QGIS or plugin folder.

    Linux: $XDG_DATA_HOME/GeoSAM/runtime (~/.local/share/GeoSAM/runtime); Windows: %LOCALAPPDATA%\\GeoSAM\\runtime;
    macOS: ~/Library/Application Support/GeoSAM/runtime. $GEOSAM_RUNTIME overrides all of them.
    """
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if env.get(RUNTIME_ENV):
        return Path(env[RUNTIME_ENV])
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "GeoSAM" / "runtime"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "GeoSAM" / "runtime"
    return Path(env.get("XDG_DATA_HOME") or home / ".local" / "share") / "GeoSAM" / "runtime"


def runtime_python(root: Path, platform: str = sys.platform) -> Path:
    """The runtime's interpreter: Scripts\\python.exe in a Windows virtual environment, bin/python elsewhere."""
    return root / "Scripts" / "python.exe" if platform.startswith("win") else root / "bin" / "python"


def find_runtime(env: dict | None = None, platform: str = sys.platform) -> Path:
    """The runtime's Python, or RuntimeMissing in one line saying where it was looked for and what to do."""
    root = runtime_home(platform, env)
    python = runtime_python(root, platform)
    if not python.is_file():
        raise RuntimeMissing(f"GeoSAM's runtime is missing ({python} does not exist): {INSTALL_FIX}.")
    if not (root / STAMP).is_file():
        raise RuntimeMissing(f"GeoSAM's runtime in {root} did not finish installing: {INSTALL_FIX} again to repair it.")
    check_base(root)
    return python


def check_base(root: Path) -> None:
    """RuntimeOutdated when the Python the runtime was made from is gone (a QGIS uninstalled or upgraded on Windows, a
    Homebrew Python removed): a virtual environment cannot start without it. File reads only."""
    home = base_home(root)
    if home is not None and not home.is_dir():
        built_for = read_stamp(root).get("plugin")
        raise RuntimeOutdated(
            f"GeoSAM's runtime in {root}{' (built for GeoSAM ' + built_for + ')' if built_for else ''} was made from a Python that is gone "
            f"({home}): rebuild it with Raster > GeoSAM > Install dependencies… > Repair."
        )


def qgis_install_root(prefix: str, env: dict | None = None) -> str:
    """The folder a Windows QGIS is installed in, whose bin folders its launcher puts on PATH: OSGEO4W_ROOT when the
    launcher set it, else the folder above apps\\Python3xx (sys.prefix in OSGeo4W and the standalone installer)."""
    import ntpath

    env = os.environ if env is None else env
    if env.get("OSGEO4W_ROOT"):
        return env["OSGEO4W_ROOT"]
    parent = ntpath.dirname(ntpath.normpath(prefix))
    return ntpath.dirname(parent) if ntpath.basename(parent).lower() == "apps" else prefix


def worker_environment(env: dict | None = None, platform: str = sys.platform, qgis_prefix: str | None = None) -> dict:
    """The environment the worker starts with: the user's, without what QGIS set for its own Python, GDAL and PROJ.

    On Windows QGIS's launcher also puts its own folders first on PATH, where a second Python's DLLs and an older
    MSVC runtime sit: they are taken out, so the runtime loads its own (torch's c10.dll error 1114 / 127).
    """
    env = dict(os.environ if env is None else env)
    clean = {k: v for k, v in env.items() if not k.upper().startswith(DROPPED_PREFIXES) and k.upper() not in DROPPED_NAMES}
    clean["PYTHONNOUSERSITE"] = "1"  # no ~/.local packages shadowing the runtime's
    clean["PYTHONIOENCODING"] = "utf-8"
    if platform.startswith("win") and qgis_prefix:
        import ntpath  # Windows' path rules, whatever runs this (the tests run it on Linux)

        prefix = ntpath.normcase(ntpath.abspath(qgis_prefix)).rstrip("\\") + "\\"
        key = next((k for k in clean if k.upper() == "PATH"), "PATH")
        parts = [p for p in clean.get(key, "").split(";") if p and not (ntpath.normcase(ntpath.abspath(p)).rstrip("\\") + "\\").startswith(prefix)]
        clean[key] = ";".join(parts)
    return clean
