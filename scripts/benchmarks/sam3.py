# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 11: full-size SAM 3: build, encode (float32, bfloat16) and text queries against Sam3Processor."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from .common import DEMO_IMAGE, read_rgb, row, timed


def bench_sam3(work: Path) -> None:
    """The full-size SAM 3 (840 M parameters, random weights): a 1008 px chip encoded in float32 and bfloat16
    against Sam3Processor.set_image, and a text prompt on cached features against Sam3Processor from the image."""
    try:
        from encoder.models.checkpoints import OFFICIAL_SAM3
        from encoder.models.sam3 import import_sam3

        import_sam3()
    except Exception as exc:  # noqa: BLE001
        row("11 sam3", "SAM 3", "not measured", target=f"sam3 is not installed ({exc})")
        return
    import torch
    from sam3.model.sam3_image_processor import Sam3Processor

    from encoder import create_model_spec_from_checkpoint
    from encoder.hardware import cpu_has_bfloat16
    from encoder.models.sam3 import Sam3Adapter, cpu_workarounds
    from encoder.models.tiny import make_small_sam3_checkpoint

    print("11. SAM 3, full size (random weights): encode and text prompt, against Sam3Processor")
    ckpt = work / "sam3.pt"
    t = time.perf_counter()
    make_small_sam3_checkpoint(ckpt, arch=dict(OFFICIAL_SAM3.__dict__))
    spec = create_model_spec_from_checkpoint(ckpt)
    adapter = Sam3Adapter(spec, "cpu")
    row("11 sam3", f"build + load the full model ({sum(p.numel() for p in adapter.model.parameters()) / 1e6:.0f} M parameters)", time.perf_counter() - t, unit="s")
    chip = read_rgb(DEMO_IMAGE)[:1008, :1008].copy()
    # The reference on a model of its own, as sam3 builds it (the adapter's neck and head are channels-last on a CPU).
    from encoder.models.checkpoints import read_state_dict
    from encoder.models.sam3 import load_image_model

    processor = Sam3Processor(load_image_model(str(ckpt), read_state_dict(str(ckpt)), torch.device("cpu")), device="cpu", confidence_threshold=0.5)
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

    reference = timed(from_image, 1)[0]
    found = len(adapter.find(features, "building", (1008, 1008), 0.5)[0])
    row("11 sam3", f"text prompt on cached features, s/chip, {found} found (Sam3Processor from the image = ref)", query, reference, "s", "<= 0.1", query <= 0.1 * reference)
    # A chip where the concept is absent (above every score): the neck's finer levels and the segmentation head,
    # which only masks read, are not run. The usual chip of a search over a large raster.
    top = float(adapter.find(features, "building", (1008, 1008), 0.0)[0].max())
    absent = statistics.median(timed(lambda: adapter.find(features, "building", (1008, 1008), top + 1e-3), 2))
    row("11 sam3", "text prompt on cached features, s/chip, the concept absent", absent, reference, "s", "<= 0.1", absent <= 0.1 * reference)
