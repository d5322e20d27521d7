"""make bench's stages, one module each (scripts/bench.py runs them)."""
