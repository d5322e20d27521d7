# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding across processes: job-array shards + merge, and a real Dask LocalCluster on 127.0.0.1, each equal to a
single-process encode (the same manifest rows, every tensor bit for bit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import dask.distributed  # noqa: F401  (test requirements that make setup installs: a broken set-up fails here)
import pytest
from conftest import ROOT
from test_encoder import assert_same_folder

from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
from encoder.encode.distributed import encode_with_dask, merge, parse_shard
from encoder.encode.sources import shard_chips
from encoder.errors import FeatureFolderError, RasterError

OPTIONS = {"chip_size": 256, "stride": 256}  # RGB.byte.tif: 12 chips, some of them all nodata


@pytest.fixture(scope="module")
def single(tmp_path_factory, data_dir, sam_ckpt):
    """The reference: one process, one encode."""
    out = tmp_path_factory.mktemp("single") / "f"
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), create_model_spec_from_checkpoint(sam_ckpt), out, **OPTIONS).build()
    return out


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "encoder", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env or dict(os.environ))


def test_shards_are_deterministic_balanced_and_cover_the_grid():
    chips = list(range(14))
    parts = [shard_chips(chips, k, 4) for k in range(1, 5)]
    assert sum(parts, []) == chips and {len(p) for p in parts} == {3, 4}
    assert parse_shard("3/8") == (3, 8)
    assert parse_shard("8", {"SLURM_ARRAY_TASK_ID": "2"}) == (3, 8)
    assert parse_shard("8", {"SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1"}) == (3, 8)  # --array=1-8
    assert parse_shard("8", {"JOB_COMPLETION_INDEX": "0"}) == (1, 8)
    assert parse_shard("8", {"AWS_BATCH_JOB_ARRAY_INDEX": "7"}) == (8, 8)
    with pytest.raises(RasterError, match="out of range"):
        parse_shard("9/8")
    with pytest.raises(RasterError, match="no job-array index"):
        parse_shard("8", {})


def test_two_shards_into_one_folder_then_merge_equal_a_single_encode(single, data_dir, sam_ckpt, tmp_path):
    folder = tmp_path / "shared"
    common = ["encode", "-i", str(data_dir / "RGB.byte.tif"), "-c", sam_ckpt, "-f", str(folder), "--chip-size", "256", "--stride", "256", "-q"]
    first = run_cli(*common, "--shard", "1/2")
    assert first.returncode == 0 and "python -m encoder merge" in first.stdout, first.stderr
    assert not (folder / "manifest.parquet").exists()
    env = dict(os.environ, JOB_COMPLETION_INDEX="1")  # the second shard takes its index from a Kubernetes Indexed Job
    second = run_cli(*common, "--shard", "2", env=env)
    assert second.returncode == 0, second.stderr
    settings = [json.loads(p.read_text())["settings"]["value_range"] for p in sorted((folder / "shards").glob("*.json"))]
    assert len(settings) == 2 and settings[0] == settings[1]  # one value range for all
    merged = run_cli("merge", str(folder))
    assert merged.returncode == 0, merged.stderr
    assert_same_folder(single, folder)
    again = run_cli(*common, "--shard", "1/2")  # resume: a finished shard keeps its chips
    assert again.returncode == 0 and "0 chips encoded" in again.stdout


def test_shards_into_separate_folders_then_merge(single, data_dir, sam_ckpt, tmp_path):
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    for k in (1, 2, 3):
        FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / f"s{k}", shard=(k, 3), **OPTIONS).run()
    with pytest.raises(FeatureFolderError, match=r"chip\(s\) missing .*: .*Run the shards that hold them again"):
        merge(tmp_path / "merged", [tmp_path / "s1", tmp_path / "s2"])  # shard 3 left out: its chips are listed by id
    result = merge(tmp_path / "merged", [tmp_path / "s1", tmp_path / "s2", tmp_path / "s3"])
    assert result.copied > 0
    assert_same_folder(single, tmp_path / "merged")


def test_merge_refuses_shards_with_other_settings_and_a_second_merge(data_dir, sam_ckpt, tmp_path):
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "a", shard=(1, 2), **OPTIONS).run()
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "b", shard=(2, 2), value_range=(0, 200), **OPTIONS).run()
    with pytest.raises(FeatureFolderError, match=r"other settings \(value_range differ\)"):
        merge(tmp_path / "a", [tmp_path / "b"])
    from encoder.folders.format import FolderLock

    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "a", shard=(2, 2), **OPTIONS).run()
    with FolderLock(tmp_path / "a"):  # another merge (or an encode) holds the folder: the second merge refuses
        with pytest.raises(FeatureFolderError, match="Another encode or merge is writing"):
            merge(tmp_path / "a")
    assert not (tmp_path / "a/manifest.parquet").exists()  # never a torn manifest
    assert merge(tmp_path / "a").chips > 0  # once the folder is free
    bad = run_cli("encode", "-i", str(data_dir / "RGB.byte.tif"), "-c", sam_ckpt, "-f", str(tmp_path / "c"), "--shard", "3/2")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "out of range" in bad.stderr


def test_dask_local_cluster_encode_equals_a_single_encode(single, data_dir, sam_ckpt, tmp_path):
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    seen = []
    result = encode_with_dask(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "dask", "local:2", batch_chips=2, progress=lambda d, t: seen.append((d, t)), **OPTIONS)
    assert result.chips + result.skipped_nodata == 12 and seen[-1] == (12, 12)
    assert_same_folder(single, tmp_path / "dask")


def test_a_worker_killed_mid_run_is_survived(single, data_dir, sam_ckpt, tmp_path):
    """One worker process is killed while it encodes: its chips are rescheduled, the folder is identical."""
    import signal
    import threading

    from dask.distributed import Client, LocalCluster

    spec = create_model_spec_from_checkpoint(sam_ckpt)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)
    killed = []

    def kill_one_worker(done, total):
        if done > 0 and not killed:
            pid = next(iter(client.run(os.getpid).values()))
            killed.append(pid)
            threading.Thread(target=os.kill, args=(pid, signal.SIGKILL)).start()

    try:
        encode_with_dask(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "dask", "unused", batch_chips=1, progress=kill_one_worker, client=client, **OPTIONS)
    finally:
        client.close()
        cluster.close()
    assert killed
    assert_same_folder(single, tmp_path / "dask")


def test_cli_dask_local_and_an_unreachable_scheduler(single, data_dir, sam_ckpt, tmp_path):
    ok = run_cli("encode", "-i", str(data_dir / "RGB.byte.tif"), "-c", sam_ckpt, "-f", str(tmp_path / "f"), "--chip-size", "256", "--stride", "256", "--dask", "local:2", "-q")
    assert ok.returncode == 0 and "with Dask at local:2" in ok.stdout, ok.stderr
    assert_same_folder(single, tmp_path / "f")
    started = time.monotonic()
    bad = run_cli("encode", "-i", str(data_dir / "RGB.byte.tif"), "-c", sam_ckpt, "-f", str(tmp_path / "g"), "--dask", "tcp://127.0.0.1:9", "-q")
    assert bad.returncode == 2 and "Cannot reach the Dask scheduler at tcp://127.0.0.1:9" in bad.stderr and bad.stderr.count("\n") == 1, bad.stderr
    assert time.monotonic() - started < 120 and not (tmp_path / "g").exists()


def test_dask_is_needed_only_when_asked_for():
    code = "import sys; import encoder.cli, encoder.encode.builder, encoder.encode.distributed; print('dask' in sys.modules, 'distributed' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "False"], out.stderr


def test_missing_dask_is_one_line(tmp_path, data_dir, sam_ckpt):
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text("import sys\nsys.modules['dask'] = None\nsys.modules['dask.distributed'] = None\n")
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    bad = run_cli("encode", "-i", str(data_dir / "shade.tif"), "-c", sam_ckpt, "-f", str(tmp_path / "f"), "--dask", "local:1", "-q", env=env)
    assert bad.returncode == 2 and "--dask needs the dask and distributed packages" in bad.stderr, bad.stderr
    assert not (tmp_path / "f").exists()  # refused before anything was written


def test_processing_sends_the_encode_to_a_dask_scheduler(geosam_provider, single, data_dir, sam_ckpt, tmp_path):
    import processing

    out = processing.run(
        "geosam:encoderaster",
        {"INPUT": str(data_dir / "RGB.byte.tif"), "CHECKPOINT": sam_ckpt, "CHIP_SIZE": 256, "STRIDE": 256, "SCHEDULER": "local:2", "OUTPUT": str(tmp_path / "f")},
    )
    assert out["CHIP_COUNT"] + out["SKIPPED_NODATA"] == 12
    assert_same_folder(single, tmp_path / "f")


def test_shards_run_with_different_n_are_refused_at_merge(data_dir, sam_ckpt, tmp_path):
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "f", shard=(1, 2), **OPTIONS).run()
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "f", shard=(2, 3), **OPTIONS).run()
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), spec, tmp_path / "f", shard=(3, 3), **OPTIONS).run()
    with pytest.raises(FeatureFolderError, match=r"disagree on how many shards there are \(2, 3\)"):
        merge(tmp_path / "f")


def test_dask_and_shards_count_all_nodata_chips_as_done(data_dir, sam_ckpt, tmp_path):
    """A raster whose left chips are all nodata: every route skips them and merges to the single-process folder."""
    import numpy as np
    import rasterio

    with rasterio.open(data_dir / "RGB.byte.tif") as src:
        profile = dict(src.profile, nodata=0)
        pixels = src.read(window=rasterio.windows.Window(0, 0, 768, 512))
        profile.update(width=768, height=512, transform=rasterio.windows.transform(rasterio.windows.Window(0, 0, 768, 512), src.transform))
    pixels[:, :, :256] = 0
    raster = tmp_path / "half_nodata.tif"
    with rasterio.open(raster, "w", **profile) as dst:
        dst.write(np.ascontiguousarray(pixels))
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    single = FeatureCacheBuilder(RasterDataset(raster), spec, tmp_path / "single", **OPTIONS).run()
    assert single.skipped_nodata == 2
    dask_result = encode_with_dask(RasterDataset(raster), spec, tmp_path / "dask", "local:2", batch_chips=2, **OPTIONS)
    assert dask_result.skipped_nodata == 2
    assert_same_folder(tmp_path / "single", tmp_path / "dask")
    for k in (1, 2):
        FeatureCacheBuilder(RasterDataset(raster), spec, tmp_path / "shards", shard=(k, 2), **OPTIONS).run()
    assert merge(tmp_path / "shards").skipped_nodata == 2
    assert_same_folder(tmp_path / "single", tmp_path / "shards")
