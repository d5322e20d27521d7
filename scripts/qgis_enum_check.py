# SPDX-License-Identifier: GPL-2.0-or-later
"""Every Qt and QGIS enum value the plugin names is spelled the scoped way (`Qgis.MessageLevel.Warning`, not
`Qgis.Warning`; `Qt.AlignmentFlag.AlignLeft`, not `Qt.AlignLeft`), checked against the bindings of the QGIS that runs
this script (make lint runs it with QGIS 3.44's Python, the newest QGIS on Debian).

PyQt6, and so QGIS 4, has no unscoped enum values: an unscoped name imports fine and fails only when the line runs
(TerraLabAI/QGIS_AI-Segmentation#173, #192; opengeos/geoai#715). QGIS's own migration script (pyqt5_to_pyqt6.py, which
plugins.qgis.org runs on an upload from its pyqgis4-checker image) rewrites QGIS's enums only with QGIS's Qt6 bindings,
which no Debian QGIS has; this check applies the same rule with the Qt5 bindings: each attribute chain that starts at a
name imported from qgis.* is resolved, and an enum value reached from anything but its own enum type is a finding.

    python3 scripts/qgis_enum_check.py [FILE_OR_FOLDER ...]    # default: what runs inside QGIS
"""

from __future__ import annotations

import ast
import enum
import importlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What runs inside QGIS's process: the plugin's entry, its widgets and logic, and the script the desktop test runs there.
DEFAULT = ["__init__.py", "plugin.py", "ui", "geo_sam_plugin", "scripts/desktop_session.py"]
# The one unscoped form QGIS wants: QGIS's Qt6 builds put QVariant.Int, .Double, ... back onto PyQt6's QVariant as their
# QMetaType.Type values (qgis/QGIS#55954), and the migration script rewrites QVariant.Type.X to QVariant.X
# (qgis/QGIS#64861: "QVariant.Type.XXX doesn't exist, it should be QVariant.XXX").
UNSCOPED_BY_DESIGN = {"QVariant"}


def enum_type_of(value) -> type | None:
    """The enum type of a value (Python's enum, or a sip enum of PyQt5 / QGIS's bindings), None when it is no enum value."""
    if isinstance(value, enum.Enum):
        return type(value)
    kind = type(value)
    meta = type(kind).__name__
    if meta in ("enumtype", "EnumType", "sipEnumType") and kind is not int:
        return kind
    return None


def imported_names(tree: ast.AST) -> dict[str, str]:
    """{local name: module} for `from qgis.x import Name` (and `import qgis.x as y` as {y: qgis.x})."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (node.module == "qgis" or node.module.startswith("qgis.")):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}" if alias.name[0].islower() else node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("qgis.") and alias.asname:
                    names[alias.asname] = alias.name
    return names


def chain(node: ast.Attribute) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *reversed(parts)]
    return None


def findings(path: Path) -> list[str]:
    """One line per unscoped enum value in the file: where, what was written, and the scoped spelling."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = imported_names(tree)
    found = []
    seen = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or (node.lineno, node.col_offset) in seen:
            continue
        parts = chain(node)
        if not parts or parts[0] not in names:
            continue
        seen.update((n.lineno, n.col_offset) for n in ast.walk(node) if isinstance(n, ast.Attribute))
        module_name = names[parts[0]]
        try:
            module = importlib.import_module(module_name)
            parent = getattr(module, parts[0]) if not module_name.endswith(f".{parts[0]}") else module
        except (ImportError, AttributeError):
            continue
        for depth, attr in enumerate(parts[1:], start=1):
            try:
                value = getattr(parent, attr)
            except AttributeError:
                break
            kind = enum_type_of(value)
            if kind is not None and parent is not kind and isinstance(parent, type) and parent.__name__ not in UNSCOPED_BY_DESIGN:
                written = ".".join(parts[: depth + 1])
                scoped = f"{'.'.join(parts[:depth])}.{kind.__name__}.{attr}"
                found.append(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{node.lineno}: {written} -> {scoped}")
                break
            parent = value
    return found


def python_files(targets: list[str]) -> list[Path]:
    files = []
    for target in targets:
        path = (ROOT / target) if not os.path.isabs(target) else Path(target)
        files += sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts) if path.is_dir() else [path]
    return files


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import Qgis

    files = python_files(argv[1:] or DEFAULT)
    problems = [line for path in files for line in findings(path)]
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} unscoped Qt / QGIS enum values: PyQt6 (QGIS 4) has none of them; write the scoped form shown.", file=sys.stderr)
        return 1
    print(f"QGIS enum check (QGIS {Qgis.QGIS_VERSION}'s bindings): {len(files)} files, every Qt and QGIS enum value scoped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
