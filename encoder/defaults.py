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

# What the image encoder computes in. float32 is the reference predictors' arithmetic. bfloat16: on CUDA GPUs under
# torch.autocast; on a CPU in OpenVINO (fast with AMX or AVX-512 BF16; torch's autocast where OpenVINO is missing).
# float16 on CUDA GPUs only. int8: on a CPU only, NNCF's quantisation in OpenVINO, calibrated on the user's raster.
# On a CPU, bfloat16 and int8 are used only where the accuracy gate passed for the checkpoint (encode/gate.py: int8
# must have passed it; bfloat16 must not have failed it).
PRECISIONS = ("float32", "bfloat16", "float16", "int8")
# The accuracy gate: masks from reduced-precision features against float32's on the user's checkpoint and imagery.
GATE_MEDIAN_IOU = 0.98
GATE_WORST_IOU = 0.95
# Which image encoders (model variants) OpenVINO runs in float32 on a CPU (engine "auto"): where make bench (stage
# openvino) showed it beating today's path: TinyViT (MobileSAM, LiteMedSAM), 0.77x ONNX Runtime's time a chip. SAM's
# ViTs stay on the fused torch path (faster than OpenVINO's float32), SAM 2's Hiera and SAM 3's trunk on torch's, the
# reference predictors' own arithmetic (tests hold SAM 2's masks bit-equal to SAM2ImagePredictor's).
OPENVINO_FLOAT32 = ("mobile_sam", "lite_medsam")
# An Intel GPU through OpenVINO, as the dock, Processing and the CLI name it: openvino:GPU (the first), openvino:GPU.N.
OPENVINO_DEVICE_PREFIX = "openvino:"
INTEL_GPU = f"{OPENVINO_DEVICE_PREFIX}GPU"


def default_stride(chip_size: int) -> int:
    """The stride of an encode that sets none: half a chip, so every object lies whole in some chip."""
    return chip_size // 2
