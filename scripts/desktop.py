"""Start the real QGIS desktop under Xvfb with GeoSAM enabled, drive the dock, take a screenshot, unload.

Usage: desktop.py --out DIR [--screenshot PNG]. Prints the report; exits non-zero if a check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
IMAGE = ROOT / "resources" / "demo" / "cogeo.tif"


def free_display() -> int:
    for n in range(77, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


def run(out: Path, screenshot: Path, timeout: float = 180) -> dict:
    import rasterio

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
    from encoder.tiny_models import make_tiny_sam_checkpoint

    out.mkdir(parents=True, exist_ok=True)
    ckpt = out / "tiny_random_sam.pth"
    if not ckpt.exists():
        make_tiny_sam_checkpoint(ckpt)
    folder = out / "features"
    if not (folder / "manifest.parquet").exists():
        FeatureCacheBuilder(RasterDataset(IMAGE), create_model_spec_from_checkpoint(ckpt), folder).build()
    with rasterio.open(IMAGE) as src:
        click = src.transform * (480.5, 180.5)
    profile = out / "qgis-config"
    shutil.rmtree(profile, ignore_errors=True)
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "geo_sam_qgis").symlink_to(ROOT, target_is_directory=True)
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ngeo_sam_qgis=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n")
    report_path = out / "desktop_report.json"
    report_path.unlink(missing_ok=True)
    job = out / "desktop_job.json"
    job.write_text(json.dumps({"folder": str(folder), "raster": str(IMAGE), "click": list(click), "report": str(report_path), "screenshot": str(screenshot)}))
    display = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    site = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    tmp = out / "tmp"  # QGIS leaves two empty QGIS3-XXXXXX folders in its temp dir each run: here, not in /tmp
    tmp.mkdir(exist_ok=True)
    env = dict(os.environ, DISPLAY=f":{display}", QGIS_CUSTOM_CONFIG_PATH=str(profile), GEOSAM_DESKTOP=str(job), GEOSAM_PYTHONPATH=str(site), TMPDIR=str(tmp))
    env.pop("QT_QPA_PLATFORM", None)
    try:
        time.sleep(1.5)
        qgis = subprocess.Popen(
            ["qgis", "--noversioncheck", "--nologo", "--code", str(ROOT / "scripts" / "desktop_session.py")],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        try:
            output, _ = qgis.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            qgis.kill()
            output, _ = qgis.communicate()
    finally:
        xvfb.terminate()
        xvfb.wait()
    (out / "qgis_output.log").write_text(output or "")
    if not report_path.exists():
        return {"error": f"QGIS wrote no report; its output ended with:\n{output[-3000:]}"}
    return json.loads(report_path.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="desktop_out")
    parser.add_argument("--screenshot", default=None)
    args = parser.parse_args()
    out = Path(args.out).resolve()
    screenshot = Path(args.screenshot).resolve() if args.screenshot else out / "screenshot.png"
    report = run(out, screenshot)
    print(json.dumps(report, indent=1))
    ok = not report.get("error") and report.get("result_polygons", 0) > 0 and report.get("saved_features", 0) > 0 and not report.get("actions_after_unload")
    print(f"screenshot: {screenshot}" if ok else "desktop check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
