# SPDX-License-Identifier: GPL-2.0-or-later
"""The one set of user-facing defaults that the dock, the Processing algorithms and the CLI share."""

# Vectorising a prompt's mask: SAM masks of real objects come with specks, one object is what a prompt asks for.
LARGEST_ONLY = True
MIN_AREA = 0.0  # folder CRS units²
SIMPLIFY = 0.0  # folder CRS units

# Outline styles (encoder/segment/regularize.py), in the order the dock and Processing offer them; traced: as the
# mask's pixel edges, the default.
STYLES = ("traced", "buildings", "fields", "natural")
REGULARIZED = STYLES[1:]  # what geosam:regularize and `python -m encoder regularize` make of a layer

# Encoding: float32 is the reference predictors' arithmetic; bfloat16 is an opt-in speed-up (make bench).
PRECISION = "float32"
FEATURE_DTYPES = ("float16", "float32")  # how chip features are stored
FEATURE_DTYPE = "float16"

# Segment everything (SAM's automatic mask generator uses 0.88 / 0.95 on 32 x 32 points).
POINTS_PER_SIDE = 8
PRED_IOU_THRESH = 0.88
STABILITY_THRESH = 0.92

# Segment by concept (SAM 3 text prompts): Sam3Processor's default confidence threshold.
CONCEPT_THRESHOLD = 0.5

# What the image encoder computes in. float32 is the reference predictors' arithmetic; the others run it under
# torch.autocast: bfloat16 on CUDA GPUs and on CPUs with AMX / AVX-512 BF16 (what it gains depends on the CPU:
# make bench measures it), float16 on CUDA GPUs only.
PRECISIONS = ("float32", "bfloat16", "float16")
# Measured by make bench, not offered: int8 (the encoder's linear layers quantised dynamically, CPU only) changed
# LiteMedSAM's box masks beyond the accuracy gate (docs/performance.md, "int8").
MEASURED_ONLY = ("int8",)


def default_stride(chip_size: int) -> int:
    """The stride of an encode that sets none: half a chip, so every object lies whole in some chip."""
    return chip_size // 2
