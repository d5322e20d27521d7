# SPDX-License-Identifier: GPL-2.0-or-later
"""What this machine's CPU can do, read without torch (the dock asks at QGIS start, in QGIS's own process)."""

from __future__ import annotations


def cpu_bfloat16_flags() -> list[str]:
    """This CPU's native bfloat16 instructions (amx_bf16, avx512_bf16), where bfloat16 encoding is fast.

    Read from /proc/cpuinfo, so asking imports no torch (the dock asks at QGIS start); none found elsewhere.
    """
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line.split() for line in f if line.startswith("flags")), [])
    except OSError:
        return []
    return [flag for flag in ("amx_bf16", "avx512_bf16") if flag in flags]


def cpu_has_bfloat16() -> bool:
    return bool(cpu_bfloat16_flags())
