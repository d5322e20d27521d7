# SPDX-License-Identifier: GPL-2.0-or-later
"""python -m encoder: the command line."""

import sys

from .cli import main

sys.exit(main())
