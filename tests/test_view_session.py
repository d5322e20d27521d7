# SPDX-License-Identifier: GPL-2.0-or-later
"""The view-first session in the worker: a raster encoded in the background, the map view's chips first, clicks
answered from the chips that are ready (a click elsewhere goes first), and a normal feature folder at the end."""

from __future__ import annotations

import importlib
import time

import pyarrow.parquet as pq
import pytest
from conftest import PLUGIN_NAME, lonlat_of_pixel

from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint


def wait_until_finished(engine, timeout: float = 180.0):
    deadline = time.monotonic() + timeout
    status = engine.view(detail=True)
    while not status.finished and not status.error and time.monotonic() < deadline:
        time.sleep(0.2)
        status = engine.view(detail=True)
    return status


def test_the_view_goes_first_a_click_elsewhere_before_it_and_the_folder_is_a_normal_one(plugin_package, data_dir, sam_ckpt, tmp_path):
    client_module = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.client")
    remote = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.remote")
    raster = data_dir / "cogeo.tif"  # 1024 x 1024 px: 16 chips of 256 px
    top_left, bottom_right = lonlat_of_pixel(raster, 100, 100), lonlat_of_pixel(raster, 900, 900)
    client = client_module.EngineClient()
    try:
        engine = remote.RemoteEngine.open_view(str(raster), sam_ckpt, str(tmp_path / "view"), view=(*bottom_right, "EPSG:4326"), paused=True, client=client,
                                               chip_size=256, stride=256)
        assert engine.live and engine.view_session and len(engine.chips) == 16
        status = engine.view()
        assert (status.ready, status.queued, status.total, status.paused) == (0, 16, 16, True)  # paused before any chip
        # A hover preview never waits: it says the area is being encoded.
        with pytest.raises(client_module.EngineError, match="Encoding this area"):
            engine.query(points=[top_left], labels=[1], crs="EPSG:4326", continue_across_chips=False, preview=True)
        # A click on a chip that is not ready: its chip goes first (even paused), and the click is answered.
        result = engine.query(points=[top_left], labels=[1], crs="EPSG:4326", continue_across_chips=False)
        assert result.polygons and {a["chip_ids"] for a in result.attributes} == {"0"}
        status = engine.view(detail=True)
        assert status.order == [0] and status.ready == 1 and status.states[0] == "ready"
        # Resumed with the view at the bottom right: its chip next, then its neighbours, the farthest last.
        engine.view(centre=(*bottom_right, "EPSG:4326"), paused=False)
        status = wait_until_finished(engine)
        assert status.finished and not status.error, status
        order = status.order
        assert order[:2] == [0, 15] and set(order[2:4]) == {11, 14} and sorted(order) == list(range(16))
        # A hover preview on a ready chip is answered now.
        preview = engine.query(points=[bottom_right], labels=[1], crs="EPSG:4326", continue_across_chips=False, preview=True)
        assert preview.polygons and {a["chip_ids"] for a in preview.attributes} == {"15"}
        engine.close()
    finally:
        client.stop()
    # The folder is the one a plain encode makes: same manifest, resumable, loadable anywhere.
    FeatureCacheBuilder(RasterDataset(raster), create_model_spec_from_checkpoint(sam_ckpt), tmp_path / "plain", chip_size=256, stride=256).run()
    assert pq.read_table(tmp_path / "view" / "manifest.parquet").equals(pq.read_table(tmp_path / "plain" / "manifest.parquet"))


def test_a_view_session_closed_midway_leaves_a_resumable_folder_and_resumes_there(plugin_package, data_dir, sam_ckpt, tmp_path):
    client_module = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.client")
    remote = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.remote")
    raster = data_dir / "cogeo.tif"
    corner = lonlat_of_pixel(raster, 100, 100)
    client = client_module.EngineClient()
    try:
        engine = remote.RemoteEngine.open_view(str(raster), sam_ckpt, str(tmp_path / "v"), paused=True, client=client, chip_size=256, stride=256)
        engine.query(points=[corner], labels=[1], crs="EPSG:4326", continue_across_chips=False)  # one chip encoded, then closed
        engine.close()
        assert not (tmp_path / "v" / "manifest.parquet").exists() and len(list((tmp_path / "v" / "features").glob("chip_*.pt"))) == 1
        again = remote.RemoteEngine.open_view(str(raster), sam_ckpt, str(tmp_path / "v"), client=client, chip_size=256, stride=256)
        assert again.view().ready >= 1  # the chip written before is ready at once
        status = wait_until_finished(again)
        assert status.finished and 0 not in status.order  # resumed: chip 0 was not encoded again
        again.close()
    finally:
        client.stop()


def test_a_chip_limit_stops_the_background_order_but_not_clicks(plugin_package, data_dir, sam_ckpt, tmp_path):
    client_module = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.client")
    remote = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.remote")
    raster = data_dir / "cogeo.tif"
    centre, corner = lonlat_of_pixel(raster, 512, 512), lonlat_of_pixel(raster, 950, 950)
    client = client_module.EngineClient()
    try:
        engine = remote.RemoteEngine.open_view(str(raster), sam_ckpt, str(tmp_path / "v"), view=(*centre, "EPSG:4326"), client=client, chip_size=256, stride=256)
        engine.view(limit=3)
        deadline = time.monotonic() + 120
        status = engine.view()
        while not status.limited and time.monotonic() < deadline:
            time.sleep(0.2)
            status = engine.view()
        time.sleep(1.0)  # the background order waits: nothing more is encoded
        status = engine.view(detail=True)
        assert status.limited and status.limit == 3 and status.ready + status.nodata == 3 and not status.finished, status
        assert len(status.order) == 3 and set(status.order) < {5, 6, 9, 10}  # three of the four chips around the view's centre
        # A click beyond the limit still encodes its chip, and lifting the limit finishes the folder.
        answer = engine.query(points=[corner], labels=[1], crs="EPSG:4326", continue_across_chips=False)
        assert answer.polygons and {a["chip_ids"] for a in answer.attributes} == {"15"}
        engine.view(limit=0)
        status = wait_until_finished(engine)
        assert status.finished and not status.limited and status.order[3] == 15
        engine.close()
    finally:
        client.stop()


def test_one_order_clicks_first_then_nearest_the_view_for_the_scheduler_and_an_encodes_first_at():
    """encoder/order.py's NearestFirst against a brute-force reference (the distance from each chip's centre, ties by
    chip id), and a view session's ChipScheduler takes the chips in exactly that order, a click's chip first."""
    import random
    import threading

    from encoder.encode.grid import chip_grid
    from encoder.order import NearestFirst
    from encoder.segment.view import ChipScheduler

    chips = chip_grid(5000, 3000, 1024, 512)
    rng = random.Random(7)
    for _ in range(20):
        centre = (rng.uniform(-500, 5500), rng.uniform(-500, 3500))
        reference = sorted(chips, key=lambda c: ((c.col_off + c.width / 2 - centre[0]) ** 2 + (c.row_off + c.height / 2 - centre[1]) ** 2, c.chip_id))
        order = NearestFirst(lambda i: chips[i].centre)
        order.centre = centre
        assert order.sorted(c.chip_id for c in chips) == [c.chip_id for c in reference]
        clicked = rng.choice(chips).chip_id
        scheduler = ChipScheduler()
        scheduler.nearest.centre = centre
        for chip in chips:
            scheduler.state[chip.chip_id] = "queued"
        scheduler.bump(clicked)
        taken = [c.chip_id for c in scheduler.take(chips, threading.Event())]
        assert taken == [clicked] + [c.chip_id for c in reference if c.chip_id != clicked]
    no_centre = NearestFirst(lambda i: chips[i].centre)
    no_centre.ask_first(9)
    assert [no_centre.pick({3, 9, 1}), no_centre.pick({3, 1})] == [9, 1]  # asked for first, then the smallest key
