# SPDX-License-Identifier: GPL-2.0-or-later
"""Docs that tell the truth about the code: every file of the project that a doc, a docstring or a comment names is
there, every command the docs show runs (its --help), and every `make` target they name exists."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

from conftest import ROOT

SKIPPED_DIRS = {".venv", ".git", "dist", "demo_out", "bench_out", "desktop_out", "__pycache__", "data"}
# The project's own folders: a path starting with one of these names a file of ours (others, such as osgeo_utils/...,
# pip/_internal/... or FOLDER/manifest.parquet, name another project's file or an example).
OWN_FOLDERS = {"encoder", "geo_sam_plugin", "ui", "scripts", "tests", "docs", "i18n", "resources", ".ci",
               "install", "engine", "dock", "algorithms", "models", "folders", "encode", "segment"}
PATH = re.compile(r"(?<![\w/.\-~$<{])((?:[\w\-.]+/)+[\w\-.]+\.(?:py|md|sh|toml|txt|ts|json))\b")


def texts():
    for path in sorted(ROOT.rglob("*")):
        rel = path.relative_to(ROOT)
        if path.suffix in (".py", ".md", ".sh") and not SKIPPED_DIRS & set(rel.parts) and path.is_file():
            yield path, path.read_text(encoding="utf-8", errors="replace")


def resolves(name: str, named_in) -> bool:
    """A path as a reader finds it: from the project's root, from the naming file's folder or one of its parents,
    or inside either package (docstrings say install/runtime_builder.py within geo_sam_plugin)."""
    bases = [ROOT, ROOT / "geo_sam_plugin", ROOT / "encoder", *named_in.parents]
    return any((base / name).exists() for base in bases if ROOT in (base, *base.parents))


def test_every_project_file_a_doc_or_docstring_names_exists():
    missing = []
    for path, text in texts():
        for match in PATH.finditer(text):
            name = match.group(1)
            if name.split("/")[0] in OWN_FOLDERS and not resolves(name, path):
                missing.append(f"{path.relative_to(ROOT)}: {name}")
    assert not missing, "files named that are not there:\n" + "\n".join(sorted(set(missing)))


def shown_commands() -> set[tuple[str, ...]]:
    """The project's command lines in README.md and docs/: python -m encoder SUB, python3 path/to/script.py [SUB]."""
    found = set()
    command = re.compile(r"(?:\.venv/bin/)?python3? (-m encoder(?: [a-z][a-z\-]*)?|(?:[\w/]+/)?[\w]+\.py(?: [a-z][a-z\-]*)?)")
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for match in command.finditer(doc.read_text(encoding="utf-8")):
            words = tuple(shlex.split(match.group(1)))
            if words[0] != "-m" and not (ROOT / words[0]).is_file():
                continue  # another project's script (gdal_edit.py, ...)
            found.add(words)
    return found


def test_every_command_the_docs_show_runs():
    commands = shown_commands()
    assert ("-m", "encoder", "encode") in commands and any(c[0] == "scripts/package.py" for c in commands)
    failed = []
    for words in sorted(commands):
        run = subprocess.run([sys.executable, *words, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        if run.returncode != 0 or "usage" not in run.stdout.lower():
            failed.append(f"{' '.join(words)} --help: exit {run.returncode}: {(run.stderr or run.stdout).strip()[-300:]}")
    assert not failed, "\n".join(failed)


def test_every_make_target_the_docs_name_exists():
    rules = re.findall(r"^([a-z][\w\- ]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    targets = {target for rule in rules for target in rule.split()}  # "test demo bench:" names three
    named = set()
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        named |= set(re.findall(r"\bmake ([a-z][\w\-]*)", doc.read_text(encoding="utf-8")))
    assert named and not named - targets, f"make targets the docs name that the Makefile lacks: {sorted(named - targets)}"
