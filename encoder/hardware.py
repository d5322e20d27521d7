# SPDX-License-Identifier: GPL-2.0-or-later
"""What this machine's CPU can do, read without torch (make bench and the tests ask; the dock's precision hint is what
Measure timed, never these flags)."""

from __future__ import annotations


def cpu_bfloat16_flags() -> list[str]:
    """This CPU's native bfloat16 instructions (amx_bf16, avx512_bf16), where bfloat16 encoding is fast.

    Read from /proc/cpuinfo, so asking imports no torch; none found elsewhere.
    """
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line.split() for line in f if line.startswith("flags")), [])
    except OSError:
        return []
    return [flag for flag in ("amx_bf16", "avx512_bf16") if flag in flags]


def cpu_has_bfloat16() -> bool:
    return bool(cpu_bfloat16_flags())


def _cpuinfo_line(prefix: str) -> str:
    try:
        with open("/proc/cpuinfo") as f:
            return next((line.split(":", 1)[1].strip() for line in f if line.startswith(prefix)), "")
    except OSError:
        return ""


def cpu_model() -> str:
    """The CPU's model name (Linux: /proc/cpuinfo; elsewhere what Python's platform module says)."""
    import platform

    return _cpuinfo_line("model name") or platform.processor() or platform.machine()


def cpu_matrix_flags() -> list[str]:
    """The instructions that decide the encoders' CPU speed in bfloat16 and int8: AMX, AVX-512 BF16 / VNNI, AVX2."""
    flags = _cpuinfo_line("flags").split()
    return [flag for flag in ("amx_bf16", "amx_int8", "avx512_bf16", "avx512_vnni", "avx_vnni", "avx512f", "avx2") if flag in flags]
