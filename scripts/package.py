"""Package the plugin: `zip OUT.zip` (for Plugins > Install from ZIP) or `deploy PLUGIN_DIR` (copy into a QGIS profile)."""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "geo_sam_qgis"
# What a user's QGIS needs: no tests, caches, venv or build outputs.
INCLUDE = ["metadata.txt", "__init__.py", "plugin.py", "image_encoder.py", "README.md", "LICENSE", "encoder", "geo_sam_plugin", "ui", "resources", "i18n", "scripts/setup_env.sh"]


def plugin_files() -> list[Path]:
    files = []
    for name in INCLUDE:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [p for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pt", ".pth", ".ts")]
    return files


def make_zip(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in plugin_files():
            zf.write(f, f"{PLUGIN}/{f.relative_to(ROOT)}")
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB): install it with Plugins > Manage and Install Plugins > Install from ZIP")


def deploy(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    for f in plugin_files():
        dest = target / f.relative_to(ROOT)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(f, dest)
    print(f"Copied the plugin to {target}: restart QGIS and enable GeoSAM in Plugins > Manage and Install Plugins.")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("zip", "deploy"):
        sys.exit("usage: package.py zip OUT.zip | deploy PLUGIN_DIR")
    (make_zip if sys.argv[1] == "zip" else deploy)(Path(sys.argv[2]).resolve())
