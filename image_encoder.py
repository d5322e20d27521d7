#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Legacy Geo-SAM encoder command: image_encoder.py -i IMAGE -c CKPT -f FEATURE_DIR [-s settings.json] [...]."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from encoder.legacy import legacy_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(legacy_main())
