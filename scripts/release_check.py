# SPDX-License-Identifier: GPL-2.0-or-later
"""The QGIS plugin repository's upload rules, run on a built zip: `python3 scripts/release_check.py dist/geo_sam_qgis.zip`.

The rules of plugins.qgis.org's validator (qgis/QGIS-Django, qgis-app/plugins/validator.py: size, paths, .pyc and
forbidden folders, one top folder named like a package, __init__.py and metadata.txt with its [general] section
and required fields, the LICENSE file that the repository requires since June 2024, an author without slashes,
URLs with a scheme and a host), without its network check that the URLs answer, plus what the repository's
reviewers refuse: compiled binaries (.so, .dll, .pyd, .dylib, .exe) in a plugin.
"""

from __future__ import annotations

import configparser
import re
import sys
import zipfile
from io import StringIO
from pathlib import Path
from urllib.parse import urlparse

MAX_SIZE = 25_000_000  # PLUGIN_MAX_UPLOAD_SIZE
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker", "repository")
BOOLEANS = ("experimental", "deprecated", "server")
BINARIES = (".so", ".dll", ".pyd", ".dylib", ".exe")


def check_zip(path: Path) -> list[str]:
    """The rules the zip breaks, one line each ([] when it passes)."""
    path = Path(path)
    if path.stat().st_size > MAX_SIZE:
        return [f"{path.name} is {path.stat().st_size / 1e6:.1f} MB: the repository takes at most {MAX_SIZE / 1e6:.0f} MB"]
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return [f"{path.name} is not a zip file"]
    problems = []
    with zf:
        names = zf.namelist()
        for name in names:
            parts = name.split("/")
            if ".." in name or name.startswith("/"):
                problems.append(f"a path outside the plugin folder: {name}")
            if ".pyc" in name:
                problems.append(f"a .pyc file: {name}")
            if any(p in ("__MACOSX", ".git", "__pycache__") for p in parts):
                problems.append(f"a forbidden folder (__MACOSX, .git, __pycache__): {name}")
            if name.lower().endswith(BINARIES):
                problems.append(f"a compiled binary: {name}")
        bad = zf.testzip()
        if bad:
            problems.append(f"a damaged member (CRC error): {bad}")
        tops = {n.split("/")[0] for n in names}
        if len(tops) != 1 or "/" not in names[0]:
            return problems + [f"not one top folder: {sorted(tops)}"]
        package = tops.pop()
        if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
            problems.append(f"the top folder {package!r} must start with an ASCII letter and hold only letters, digits, - and _")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{package}/{required}" not in names:
                problems.append(f"no {required} in the plugin folder")
        if f"{package}/metadata.txt" not in names:
            return problems
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        try:
            parser.read_file(StringIO(zf.read(f"{package}/metadata.txt").decode("utf8")))
        except (configparser.Error, UnicodeDecodeError) as exc:
            return problems + [f"metadata.txt cannot be read: {exc}"]
        if not parser.has_section("general"):
            return problems + ["metadata.txt has no [general] section"]
        meta = dict(parser["general"])
        missing = [k for k in REQUIRED if not meta.get(k, "").strip()]
        if missing:
            problems.append(f"metadata.txt lacks {', '.join(missing)}")
        if "/" in meta.get("author", ""):
            problems.append("the author's name contains a slash")
        for key in ("tracker", "repository", "homepage"):
            if key in meta:
                url = urlparse(meta[key])
                if not (url.scheme and url.netloc):
                    problems.append(f"metadata.txt's {key} is not a URL: {meta[key]!r}")
        for key in BOOLEANS:
            if key in meta and meta[key].strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
                problems.append(f"metadata.txt's {key} is not a boolean: {meta[key]!r}")
        icon = meta.get("icon", "").removeprefix("./")
        if icon and f"{package}/{icon}" not in names:
            problems.append(f"the icon {icon} is not in the zip")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    problems = check_zip(Path(argv[0]))
    for line in problems:
        print(f"{argv[0]}: {line}", file=sys.stderr)
    if not problems:
        print(f"{argv[0]}: passes the QGIS plugin repository's rules")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
