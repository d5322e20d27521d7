# SPDX-License-Identifier: GPL-2.0-or-later
"""Command line: python -m encoder encode|merge|segment|regularize|export-training|follow-dates|measure|info|models|convert|export-geosam|serve|self-test."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import defaults
from .errors import GeoSamError
from .progress import progress_bar, tqdm_updater


def _bands(text: str | None):
    if not text:
        return None
    try:
        return [int(b) for b in str(text).replace(" ", ",").split(",") if b]
    except ValueError:
        raise GeoSamError(f"Bands are 1-based numbers such as 1,2,3; got {text!r}.") from None


def encode(args) -> int:
    from .encode.builder import FeatureCacheBuilder
    from .encode.tiles import open_dataset
    from .folders.format import folder_size_bytes
    from .models.catalogue import resolve_checkpoint
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .models.runtime import describe_device

    dataset = open_dataset(args.input, crs=args.crs, indexes=_bands(args.bands), resolution=args.resolution)
    spec = create_model_spec_from_checkpoint(resolve_checkpoint(args.checkpoint), args.model_type)
    if spec.model_type == "sam3":  # before the plan is printed: a missing package is the whole answer
        from .models.sam3 import bpe_path, import_sam3

        import_sam3()
        bpe_path()
    if args.dask:
        return _encode_with_dask(args, dataset, spec)
    shard = None
    if args.shard:
        from .encode.distributed import parse_shard

        shard = parse_shard(args.shard)
    builder = FeatureCacheBuilder(
        dataset,
        spec,
        args.feature_dir,
        chip_size=args.chip_size,
        stride=args.stride,
        extent=args.extent,
        value_range=args.value_range,
        batch_size=args.batch_size,
        device=args.device,
        feature_dtype=args.dtype,
        precision=args.precision,
        progress=None if args.quiet else progress_bar(),
        shard=shard,
    )
    plan = builder.plan()
    print(
        f"Encoding {dataset.describe()} with {spec.variant} ({spec.model_type}) on {describe_device(args.device)}: {len(plan.chips)} chips of {plan.chip_size} px, "
        f"stride {plan.stride}, about {plan.estimated_bytes / 1e6:.0f} MB",
        file=sys.stderr,
    )
    result = builder.run()
    if shard is not None:
        print(f"Shard {shard[0]}/{shard[1]}: {result.chips_written} chips encoded, {result.chips_reused} reused, {result.skipped_nodata} nodata ({result.seconds:.1f} s). "
              f"When every shard has run: python -m encoder merge {args.feature_dir}")
        return 0
    size = folder_size_bytes(result.manifest_path.parent)
    print(
        f"Wrote {result.manifest_path} ({result.chips_written} chips encoded, {result.chips_reused} reused, {result.skipped_nodata} nodata chips skipped, "
        f"{size / 1e6:.1f} MB, {result.seconds:.1f} s)"
    )
    if args.geosam:
        _export_geosam(args.feature_dir, quiet=args.quiet)
    return 0


def _export_geosam(folder, quiet: bool = False) -> None:
    import time

    from .folders.geosam import export_geosam

    t0 = time.monotonic()
    report = export_geosam(folder, progress=None if quiet else tqdm_updater(unit="chip", desc="geosam export"))
    print(
        f"geosam 0.1.3 can now open {report['folder']} ({report['chips']} chips, {report['rewritten_chips']} chip files updated, "
        f"{time.monotonic() - t0:.1f} s): give it Ultralytics' {report['checkpoint_name']}. After moving the folder, run: python -m encoder export-geosam FOLDER"
    )


def export_geosam_command(args) -> int:
    _export_geosam(args.feature_dir, quiet=args.quiet)
    return 0


def convert(args) -> int:
    from .folders.v1 import convert_v1
    from .models.catalogue import resolve_checkpoint

    checkpoint = os.path.abspath(resolve_checkpoint(args.checkpoint)) if args.checkpoint else ""
    out = convert_v1(args.source, args.feature_dir, checkpoint, progress=None if args.quiet else tqdm_updater(unit="chip", desc="convert"))
    print(f"Wrote {out / 'manifest.parquet'}: the Geo-SAM v1 cache {args.source} as a GeoSAM feature folder.")
    return 0


def _encode_with_dask(args, dataset, spec) -> int:
    from .encode.distributed import encode_with_dask

    result = encode_with_dask(
        dataset, spec, args.feature_dir, args.dask, batch_chips=args.dask_batch, progress=None if args.quiet else tqdm_updater(unit="chip"),
        chip_size=args.chip_size, stride=args.stride, extent=args.extent, value_range=args.value_range, batch_size=args.batch_size,
        device=args.device, feature_dtype=args.dtype, precision=args.precision,
    )
    print(f"Wrote {result.manifest_path} ({result.chips} chips, {result.skipped_nodata} nodata chips skipped) with Dask at {args.dask}")
    if args.geosam:
        _export_geosam(args.feature_dir, quiet=args.quiet)
    return 0


def merge(args) -> int:
    from .encode.distributed import merge as merge_shards

    result = merge_shards(args.feature_dir, args.shard_folders)
    print(f"Wrote {result.manifest_path} ({result.chips} chips, {result.skipped_nodata} nodata chips skipped, {result.copied} brought from shard folders)")
    return 0


def _point(text: str):
    parts = [p for p in text.split(",") if p.strip()]
    if len(parts) not in (2, 3):
        raise GeoSamError(f"A point is X,Y or X,Y,LABEL; got {text!r}.")
    try:
        x, y = float(parts[0]), float(parts[1])
        label = int(parts[2]) if len(parts) == 3 else 1
    except ValueError:
        raise GeoSamError(f"A point is X,Y or X,Y,LABEL with numbers; got {text!r}.") from None
    return (x, y), label


def _box(text: str) -> list[float]:
    try:
        values = [float(v) for v in text.split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise GeoSamError(f"A box is MINX,MINY,MAXX,MAXY; got {text!r}.")
    return values


def segment(args) -> int:
    from .segment.output import write_polygons
    from .segment.query import FeatureQueryEngine
    from .segment.vectorize import VectorOptions

    if args.text is not None or args.example:
        return _segment_text(args)
    if not args.crs:
        raise GeoSamError("Give --crs, the CRS of the points and box (e.g. EPSG:4326).")
    points = [_point(p) for p in args.point or []]
    box = _box(args.box) if args.box else None
    from .models.catalogue import resolve_checkpoint

    engine = FeatureQueryEngine(args.feature_dir, checkpoint=resolve_checkpoint(args.checkpoint), device=args.device)
    result = engine.query(
        points=[p for p, _ in points] or None,
        labels=[lab for _, lab in points] or None,
        box=box,
        crs=args.crs,
        output_crs=args.output_crs or args.crs,
        options=VectorOptions(min_area=args.min_area, largest_only=args.largest_only, simplify=args.simplify, style=args.style),
    )
    write_polygons(args.output, result.polygons, result.attributes, result.crs)
    print(f"Wrote {len(result.polygons)} polygon(s) to {args.output} (score {result.score:.3f}, chips {','.join(map(str, result.chip_ids))})")
    return 0


def _segment_text(args) -> int:
    from .geo import Bounds, parse_crs, transform_bounds
    from .models.catalogue import resolve_checkpoint
    from .segment.concepts import EXAMPLE_CONCEPT, ConceptOptions, check_exemplars, check_prompt, segment_text
    from .segment.output import write_polygons
    from .segment.query import FeatureQueryEngine
    from .segment.vectorize import reproject_geometries

    examples = list(args.example or [])
    check_exemplars(examples)  # before the model loads
    concept = check_prompt(args.text, examples) or EXAMPLE_CONCEPT
    if args.point or args.box:
        raise GeoSamError("Give either --text / --example or points and a box, not both.")
    engine = FeatureQueryEngine(args.feature_dir, checkpoint=resolve_checkpoint(args.checkpoint), device=args.device)
    extent = None
    if args.extent:
        try:
            parts = args.extent.split(",")
            extent = Bounds(*[float(v) for v in parts[:4]])
        except (TypeError, ValueError):
            raise GeoSamError(f"An extent is MINX,MINY,MAXX,MAXY[,CRS]; got {args.extent!r}.") from None
        extent = transform_bounds(extent, parse_crs(parts[4] if len(parts) > 4 else (args.crs or engine.crs), "extent CRS"), engine.crs)
    update = None if args.quiet else tqdm_updater(unit="%", desc=f"'{concept}'")
    found = segment_text(
        engine, args.text, extent, ConceptOptions(threshold=args.threshold, min_area=args.min_area),
        progress=None if update is None else lambda p: update(p, 100.0), exemplars=examples or None, crs=args.crs,
    )
    out_crs = parse_crs(args.output_crs or args.crs, "output CRS") if (args.output_crs or args.crs) else engine.crs
    polygons = reproject_geometries([p for p, _ in found], engine.crs, out_crs)
    write_polygons(args.output, polygons, [a for _, a in found], out_crs)
    if not found:
        print(f"No '{concept}' found above score {args.threshold}: wrote an empty layer to {args.output}. Lower --threshold to see weaker matches.")
    else:
        print(f"Wrote {len(found)} '{concept}' polygon(s) to {args.output} (scores {min(a['score'] for _, a in found):.2f}-{max(a['score'] for _, a in found):.2f})")
    return 0


def info(args) -> int:
    from .folders import open_feature_folder
    from .folders.format import folder_size_bytes
    from .geo import crs_to_text

    folder = open_feature_folder(args.feature_dir)
    b = folder.bounds
    print(f"feature folder: {folder.path}")
    print(f"chips:          {len(folder.chips)} (nodata chips skipped: {folder.metadata.get('skipped_nodata_chips', '?')})")
    print(f"crs:            {crs_to_text(folder.crs)}")
    print(f"extent:         {b.minx:.6g}, {b.miny:.6g}, {b.maxx:.6g}, {b.maxy:.6g}")
    print(f"model:          {folder.model_type} {folder.model_variant} ({folder.checkpoint_path or 'checkpoint not recorded'})")
    print(f"written by:     {_writer(folder)}")
    print(f"value range:    {folder.value_range}   bands: {folder.bands}   dtype: {folder.feature_dtype}   computed in: {folder.precision}")
    print(f"size on disk:   {folder_size_bytes(folder.path) / 1e6:.1f} MB")
    return 0


def _writer(folder) -> str:
    meta = folder.metadata
    if meta.get("source_format") == "geo-sam-v1":
        return "Geo-SAM v1 / GeoSAM-Image-Encoder (read in place; python -m encoder convert makes a feature folder of it)"
    if "geosam_format_version" not in meta:
        return "the geosam library (Geo-SAM v2)"
    if "geosam_export" in meta:
        return f"GeoSAM, exported for geosam 0.1.3 at {json.loads(meta['geosam_export'])['folder']}"
    return "GeoSAM"


def models(args) -> int:
    """models list | download NAME | verify [NAME_OR_FILE...] | import FILE [--name NAME]"""
    from .models.catalogue import catalogue, default_models_dir, lookup
    from .models.download import download, import_model, verify_model

    folder = Path(args.models_dir) if args.models_dir else default_models_dir()
    if args.action == "list":
        for entry in catalogue().values():
            have = "downloaded" if (folder / entry.file_name).is_file() else ""
            size = f"{entry.size / 1e6:,.0f} MB" if entry.size else "? MB"
            print(f"{entry.name:24} {size:>9}  {'sha256 ' + entry.sha256[:12] if entry.sha256 else 'no published sha256'}  {have:10}  {entry.url}")
        print(f"models folder: {folder}")
        return 0
    if args.action == "download":
        if not args.names:
            raise GeoSamError("Name the model to download, e.g. python -m encoder models download sam_vit_b (see models list).")
        for name in args.names:
            entry = lookup(name)
            update = tqdm_updater(unit="B", unit_scale=True, desc=entry.name)
            path = download(entry, folder, progress=None if args.quiet else lambda p, u=update: u(p.done, p.total))
            print(f"{entry.name}: {path} (verified)")
        return 0
    if args.action == "import":
        if len(args.names) != 1:
            raise GeoSamError("Name one checkpoint file to import: python -m encoder models import FILE [--name NAME].")
        entry = lookup(args.name) if args.name else None
        path = import_model(args.names[0], folder, entry)
        print(f"imported and verified: {path}")
        return 0
    entries = catalogue()
    targets = args.names or [e.name for e in entries.values() if (folder / e.file_name).is_file()]
    if not targets:
        print(f"No downloaded models in {folder}.")
    for name in targets:
        entry = entries.get(name)
        path = folder / entry.file_name if entry else Path(name)
        digest = verify_model(path, entry)
        print(f"{path.name}: ok (sha256 {digest})")
    return 0


def serve(args) -> int:
    from .serve import main as serve_main

    return serve_main()


def build_parser() -> argparse.ArgumentParser:
    from .defaults import PRECISIONS

    parser = argparse.ArgumentParser(prog="python -m encoder", description="GeoSAM: encode rasters into feature folders and segment them.")
    sub = parser.add_subparsers(dest="command", required=True)

    enc = sub.add_parser("encode", help="encode a raster into a feature folder (resumable)")
    enc.add_argument("-i", "--input", required=True, help="raster (any GDAL path)")
    enc.add_argument("-c", "--checkpoint", required=True, help="SAM / SAM2 checkpoint (.pth / .pt), or a downloaded model's name (models list)")
    enc.add_argument("-f", "--feature-dir", required=True, help="output feature folder")
    enc.add_argument("--model-type", default=None, choices=["sam", "sam2", "sam3"], help="default: recognised from the checkpoint")
    enc.add_argument("--bands", help="1-based bands, e.g. 3,2,1")
    enc.add_argument("--chip-size", type=int, default=None, help="default: the model's native size (1024)")
    enc.add_argument("--stride", type=int, default=None, help="default: half a chip")
    enc.add_argument("--value-range", default=None, help="min,max scaled to 0..255 (default: 0..255 for 8-bit, robust percentiles otherwise)")
    enc.add_argument("--extent", default=None, help="minx,miny,maxx,maxy[,CRS] (default CRS: the raster's)")
    enc.add_argument("--crs", default=None, help="reproject to this CRS first, e.g. EPSG:32633")
    enc.add_argument("--resolution", type=float, default=None, help="resample to this pixel size (map units)")
    enc.add_argument("--batch-size", type=int, default=1)
    enc.add_argument("--device", default=None, help="cpu, cuda, cuda:N, mps or openvino:GPU (an Intel GPU through OpenVINO) (default: a CUDA GPU, else Apple's GPU, else the CPU)")
    enc.add_argument("--dtype", default=defaults.FEATURE_DTYPE, choices=defaults.FEATURE_DTYPES, help="stored feature precision")
    enc.add_argument(
        "--precision",
        default=defaults.PRECISION,
        choices=PRECISIONS,
        help="what the encoder computes in: float32 (exact), bfloat16 (GPU; on a CPU in OpenVINO, refused where `measure` found it failed the accuracy gate), "
        "float16 (GPU only), int8 (CPU, in OpenVINO, once `measure --raster` found it passed the gate)",
    )
    enc.add_argument("--shard", default=None, help="K/N: encode only the K-th of N parts of the chip grid (a job array task); N alone takes K from "
                     "SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX / AWS_BATCH_JOB_ARRAY_INDEX. Then run merge.")
    enc.add_argument("--dask", default=None, help="a Dask scheduler address (tcp://host:8786), or local:N for N worker processes on this machine")
    enc.add_argument("--dask-batch", type=int, default=4, help="chips per Dask task (default 4)")
    enc.add_argument("--geosam", action="store_true", help="also make the folder readable by the geosam library 0.1.3 / Geo-SAM v2 (see export-geosam)")
    enc.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    enc.set_defaults(func=encode)

    exp = sub.add_parser("export-geosam", help="make a feature folder readable by geosam 0.1.3 / Geo-SAM v2 where it lies (again after a move)")
    exp.add_argument("feature_dir")
    exp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    exp.set_defaults(func=export_geosam_command)

    cnv = sub.add_parser("convert", help="convert a Geo-SAM v1 cache (GeoTIFF chips + CSV) into a feature folder")
    cnv.add_argument("source", help="the v1 cache folder (sam_feat_..., or a folder holding exactly one)")
    cnv.add_argument("feature_dir", help="the new feature folder")
    cnv.add_argument("--checkpoint", default=None, help="the SAM checkpoint the cache was encoded with, recorded in the manifest (optional)")
    cnv.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    cnv.set_defaults(func=convert)

    mrg = sub.add_parser("merge", help="check that every shard's chips are there and write the manifest")
    mrg.add_argument("feature_dir", help="the folder the shards wrote into (or the merged folder)")
    mrg.add_argument("shard_folders", nargs="*", help="shard folders, when each shard wrote a folder of its own")
    mrg.set_defaults(func=merge)

    seg = sub.add_parser("segment", help="prompts -> polygons from a feature folder")
    seg.add_argument("-f", "--feature-dir", required=True)
    seg.add_argument("--point", action="append", help="X,Y[,LABEL] (LABEL 1 foreground, 0 background); repeatable")
    seg.add_argument("--box", help="MINX,MINY,MAXX,MAXY")
    seg.add_argument("--text", default=None, help="a concept to find everywhere (SAM 3 folders), e.g. 'building'; polygons get concept and score")
    seg.add_argument(
        "--example", action="append", help="MINX,MINY,MAXX,MAXY[,LABEL]: a box around an object like those to find (SAM 3; in --crs, default the folder's; LABEL 0: not like this); repeatable, all in one chip"
    )
    seg.add_argument("--threshold", type=float, default=defaults.CONCEPT_THRESHOLD, help="--text / --example: the lowest score kept (default 0.5)")
    seg.add_argument("--extent", default=None, help="--text / --example: only chips touching MINX,MINY,MAXX,MAXY[,CRS]")
    seg.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    seg.add_argument("--crs", default=None, help="CRS of the prompts, e.g. EPSG:4326 (needed with points and boxes)")
    seg.add_argument("--output-crs", default=None, help="CRS of the output (default: the prompts' CRS)")
    seg.add_argument("-o", "--output", required=True, help="output vector file (.gpkg, .geojson, .shp, ...)")
    seg.add_argument("--checkpoint", default=None, help="default: the checkpoint named in the manifest (a file, or a downloaded model's name)")
    seg.add_argument("--min-area", type=float, default=defaults.MIN_AREA, help="drop polygons smaller than this (map units^2)")
    seg.add_argument(
        "--largest-only", action=argparse.BooleanOptionalAction, default=defaults.LARGEST_ONLY, help="keep only the largest polygon of the object (default: yes)"
    )
    seg.add_argument("--simplify", type=float, default=defaults.SIMPLIFY, help="simplify tolerance (map units)")
    seg.add_argument("--style", choices=defaults.STYLES, default="traced",
                     help="the outline: the mask's pixel edges, buildings (right angles), fields (straight edges) or natural (smooth)")
    seg.add_argument("--device", default="cpu")
    seg.set_defaults(func=segment)

    reg = sub.add_parser("regularize", help="a polygon file's outlines as buildings (right angles, shared walls), fields or natural shapes")
    reg.add_argument("input", help="a polygon file GDAL reads (.gpkg, .geojson, .shp, ...)")
    reg.add_argument("-o", "--output", required=True, help="the new file (.gpkg, .geojson, .shp, ...); every field is kept")
    reg.add_argument("--style", choices=defaults.REGULARIZED, default="buildings")
    reg.add_argument("--tolerance", type=float, required=True, help="in the file's CRS units (metres for a geographic CRS): about 1.5 x the imagery's pixel size")
    reg.add_argument("--angles", type=int, choices=(90, 45), default=90, help="buildings: walls at right angles, or also at 45 degrees")
    reg.add_argument("--min-edge", type=float, default=0.0, help="buildings: notches smaller than this are merged (default 2 x tolerance)")
    reg.add_argument("--neighbour-gap", type=float, default=0.0, help="buildings closer than this share a wall (default 2 x tolerance)")
    reg.add_argument("--fill-holes", type=float, default=0.0, help="fill holes smaller than this area")
    reg.set_defaults(func=regularize)

    trn = sub.add_parser("export-training", help="a raster and polygons -> image chips with COCO, YOLO and mask labels, split into train / val")
    trn.add_argument("raster", help="a raster file (or a web layer's tile cache from an encode)")
    trn.add_argument("polygons", help="a polygon file GDAL reads (any CRS)")
    trn.add_argument("-o", "--output", required=True, help="a new or empty folder")
    trn.add_argument("--class-field", default=None, help="the field whose values are the classes (default: one class, 'object')")
    trn.add_argument("--chip-size", type=int, default=512)
    trn.add_argument("--overlap", type=int, default=0, help="pixels shared by neighbouring chips")
    trn.add_argument("--min-area", type=float, default=16.0, help="objects under this many pixels are left out")
    trn.add_argument("--edge", choices=("clip", "skip"), default="clip", help="objects cut by a chip's edge: clipped to it, or skipped")
    trn.add_argument("--val", type=float, default=0.2, help="the share of chips for validation")
    trn.add_argument("--seed", type=int, default=0)
    trn.add_argument("--format", choices=("png", "jpg"), default="png")
    trn.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    trn.set_defaults(func=export_training_data)

    mod = sub.add_parser("models", help="list, download, verify or import checkpoints (the model catalogue)")
    mod.add_argument("action", choices=["list", "download", "verify", "import"])
    mod.add_argument("names", nargs="*", help="catalogue names (download, verify), files (verify, import)")
    mod.add_argument("--name", default=None, help="import: the catalogue entry the file is (its expected model and checksum)")
    mod.add_argument("--models-dir", default=None, help="default: $GEOSAM_MODELS_DIR or ~/.cache/geosam/models")
    mod.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    mod.set_defaults(func=models)

    inf = sub.add_parser("info", help="describe a feature folder")
    inf.add_argument("feature_dir")
    inf.set_defaults(func=info)

    srv = sub.add_parser("serve", help="the engine as a worker process for QGIS (encoder/protocol.py on stdin / stdout)")
    srv.set_defaults(func=serve)

    fol = sub.add_parser("follow-dates", help="one object through a time series: rasters of one place, a prompt on one date -> its outline on every date")
    fol.add_argument("rasters", nargs="+", help="the dates' rasters (any order: sorted by date)")
    fol.add_argument("-c", "--checkpoint", required=True, help="SAM 2 / 2.1 for its memory; any other model decodes the same prompt on every date")
    fol.add_argument("--folders", required=True, help="where each date's feature folder goes (resumable; reused by later runs)")
    fol.add_argument("--dates", default=None, help="comma-separated, one per raster (default: the files' metadata, else their names, else their order)")
    fol.add_argument("--on", default="1", help="the prompted date: a date, or its place in date order (default 1, the earliest)")
    fol.add_argument("--point", action="append", help="x,y[,label] in --crs on the prompted date (label 1 foreground, 0 background)")
    fol.add_argument("--box", default=None, help="minx,miny,maxx,maxy in --crs on the prompted date")
    fol.add_argument("--correct", action="append", default=[], help="DATE:x,y[,label] a correcting click on another date (repeatable)")
    fol.add_argument("--crs", required=True, help="the CRS of the points and box (e.g. EPSG:4326)")
    fol.add_argument("--object-id", default="1", help="the object_id field's value")
    fol.add_argument("--device", default=None)
    fol.add_argument("-o", "--output", required=True, help="polygon file (.gpkg, .shp, .geojson): one feature per date")
    fol.set_defaults(func=follow_dates)

    mea = sub.add_parser("measure", help="each precision's seconds per chip here, and with --raster the accuracy gate of bfloat16 and int8 (remembered)")
    mea.add_argument("checkpoint", help="SAM / SAM 2 / SAM 3 checkpoint, or a downloaded model's name (models list)")
    mea.add_argument("--raster", default=None, help="your imagery: chips of it for the accuracy gate and int8's calibration")
    mea.add_argument("--device", default=None, help="cpu, cuda, cuda:N, mps or openvino:GPU (an Intel GPU; measured with the CPU by default) (default: a GPU when there is one)")
    mea.add_argument("--precisions", default=None, help="comma-separated (default: float32,bfloat16,int8 on a CPU; float32,bfloat16,float16 on a GPU)")
    mea.set_defaults(func=measure)

    chk = sub.add_parser("self-test", help="check this Python: a tiny SAM encodes a small raster and answers a click (prints one JSON line)")
    chk.set_defaults(func=self_test)
    return parser


def follow_dates(args) -> int:
    """python -m encoder follow-dates: segment/follow.py's follow_rasters, one feature per date into a file."""
    from .models.catalogue import resolve_checkpoint
    from .segment.follow import DatedPrompt, follow_rasters, result_rows
    from .segment.output import write_polygons

    points = [_point(p) for p in args.point or []]
    box = _box(args.box) if args.box else None
    prompt = DatedPrompt(args.on, [xy for xy, _ in points], [label for _, label in points], box)
    corrections = []
    for text in args.correct:
        on, _, point = text.rpartition(":")
        if not on:
            raise GeoSamError(f"A correction is DATE:x,y[,label]; got {text!r}.")
        xy, label = _point(point)
        corrections.append(DatedPrompt(on, [xy], [label]))
    update = tqdm_updater(unit="%", desc="follow-dates")
    result = follow_rasters(args.rasters, resolve_checkpoint(args.checkpoint), args.folders, prompt, args.crs, args.dates.split(",") if args.dates else None,
                            corrections, args.device, progress=lambda pct: update(int(pct), 100))
    geometries, rows = result_rows(result, args.object_id)
    write_polygons(args.output, geometries, rows, result.crs)
    found = sum(r["found"] for r in rows)
    print(f"Wrote {len(rows)} date(s) to {args.output} ({result.method}): the object found on {found}, " + ", ".join(f"{r['date']} {r['area_m2']:.0f} m2" for r in rows))
    return 0


def measure(args) -> int:
    """python -m encoder measure: encode/gate.py's speed and accuracy per precision, as a table."""
    from .encode.gate import PrecisionReport as MeasureReport
    from .encode.gate import measure as measure_precisions
    from .models.catalogue import resolve_checkpoint

    precisions = [p.strip() for p in args.precisions.split(",")] if args.precisions else None
    update = tqdm_updater(unit="%", desc="measure")
    report = measure_precisions(resolve_checkpoint(args.checkpoint), args.device, precisions, args.raster, progress=lambda pct: update(int(pct), 100),
                                notice=lambda text: print(text, file=sys.stderr))
    _print_measured(report, bool(args.raster))
    for device, other in report.devices.items():  # the Intel GPUs OpenVINO reports (measured from the CPU)
        print(f"--device {device}:")
        _print_measured(MeasureReport(**other), bool(args.raster))
    return 0


def _print_measured(report, gated: bool) -> None:
    """One device's lines of `measure`: the precisions' seconds, engines, speed-ups and gates."""
    print(f"{report.variant} on {report.device}, {report.chip_size} px chips")
    base = report.seconds.get("float32")
    for precision in [*report.seconds, *report.refused]:
        if precision in report.refused:
            print(f"  {precision:9s} cannot run here: {report.refused[precision]}")
            continue
        seconds = report.seconds[precision]
        line = f"  {precision:9s} {seconds:7.2f} s a chip ({report.engines.get(precision, 'torch')}"
        line += f", {base / seconds:.2f}x float32's speed)" if base and precision != "float32" else ")"
        check = report.accuracy.get(precision)
        if check:
            line += "  gate: " + ("passed" if check["passed"] else "failed")
            if check["median"] is not None:
                line += f" (IoU median {check['median']:.3f}, worst {check['worst']:.3f}, {check['prompts']} prompts)"
        elif precision != "float32" and not gated:
            line += "  gate: not checked (give --raster)"
        print(line)


def regularize(args) -> int:
    """A polygon file's outlines in a style (encoder/segment/regularize.py), every field kept, into a new file."""
    from .geo import parse_crs
    from .segment.output import read_polygons, write_polygons
    from .segment.regularize import OutlineOptions, style_geometries

    geometries, attributes, crs = read_polygons(args.input)
    if not crs:
        raise GeoSamError(f"{args.input} has no CRS: set one (e.g. with ogr2ogr -a_srs) so that lengths mean something.")
    options = OutlineOptions(args.style, args.tolerance, args.min_edge, args.neighbour_gap, args.fill_holes, args.angles)
    styled = style_geometries(geometries, options, geographic=parse_crs(crs).is_geographic)
    keep = [i for i, g in enumerate(styled) if g is not None and not g.is_empty]
    out = [dict(attributes[i]) for i in keep]
    if out and {"area_m2", "perimeter_m", "style"} & set(out[0]):  # GeoSAM's own fields describe the new outline
        from .segment.measures import true_measures

        for attrs, (area, length) in zip(out, true_measures([styled[i] for i in keep], crs)):
            attrs.update({k: v for k, v in (("area_m2", round(area, 3)), ("perimeter_m", round(length, 3)), ("style", args.style)) if k in attrs})
    write_polygons(args.output, [styled[i] for i in keep], out, crs)
    print(f"Wrote {len(keep)} outline(s) ({args.style}) to {args.output}")
    return 0


def export_training_data(args) -> int:
    """A raster and a polygon file -> image chips with COCO, YOLO and mask labels (encoder/segment/training.py)."""
    from .encode.tiles import open_dataset
    from .segment.output import read_polygons
    from .segment.training import TrainingOptions, export_training
    from .segment.vectorize import reproject_geometries

    geometries, attributes, crs = read_polygons(args.polygons)
    if args.class_field and attributes and args.class_field not in attributes[0]:
        raise GeoSamError(f"{args.polygons} has no field {args.class_field!r}: it has {', '.join(attributes[0]) or 'none'}.")
    raster_crs = open_dataset(args.raster).crs
    kept = [i for i, g in enumerate(geometries) if g is not None]
    polygons = reproject_geometries([geometries[i] for i in kept], crs or raster_crs, raster_crs)
    classes = [str(attributes[i][args.class_field]) if args.class_field and attributes[i][args.class_field] is not None else None for i in kept]
    options = TrainingOptions(args.chip_size, args.overlap, args.min_area, args.edge, args.val, args.seed, args.format)
    update = None if args.quiet else tqdm_updater(unit="%", desc="training data")
    done = export_training(args.raster, polygons, classes, args.output, options, progress=None if update is None else lambda p: update(p, 100.0))
    print(f"Wrote {done.chips.get('train', 0)} training and {done.chips.get('val', 0)} validation chips, {sum(done.objects.values())} objects, classes "
          f"{', '.join(done.classes)}, to {done.folder}")
    return 0


def self_test(args) -> int:
    """The runtime's check (the installer's "ready"): the worker's own self test, its result as one JSON line."""
    import json

    from .serve import run_self_test

    print(json.dumps(run_self_test()), flush=True)
    return 0


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GeoSamError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted: finished chips are kept; run the same command again to resume.", file=sys.stderr)
        return 130
