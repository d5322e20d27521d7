# SPDX-License-Identifier: GPL-2.0-or-later
"""Package the plugin: the release build (`make zip`) and a copy into a QGIS profile (`make deploy`).

    package.py zip OUT.zip [--base-url URL] [--allow-dirty]   # the zip, checked, and plugins.xml beside it
    package.py deploy PLUGIN_DIR
    package.py bump VERSION        # metadata.txt's version, and its changelog from CHANGELOG.md (an entry must exist)

The zip holds what a user's QGIS needs and nothing else (no tests, scripts, fixtures, caches or venv), with the
LICENSE and the translations: the .qm files are built here from the committed .ts files (Qt's lrelease) when they
are missing or older. It is checked with the QGIS plugin repository's own upload rules (scripts/release_check.py).
plugins.xml beside it is a QGIS plugin repository for that zip: an organisation serves both files and adds the
folder's URL under Plugins > Manage and Install Plugins > Settings; QGIS then offers upgrades. A tree with
uncommitted changes is refused (--allow-dirty builds it anyway, and its build.txt says so).
"""

from __future__ import annotations

import configparser
import datetime
import hashlib
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "geo_sam_qgis"
# What a user's QGIS needs: no tests, scripts, caches, venv or build outputs.
INCLUDE = ["metadata.txt", "__init__.py", "plugin.py", "image_encoder.py", "README.md", "LICENSE", "CHANGELOG.md", "encoder", "geo_sam_plugin", "ui", "resources", "i18n"]
SKIPPED_SUFFIXES = (".pyc", ".pt", ".pth", ".ts", ".aux.xml")
DEFAULT_BASE_URL = "https://github.com/geosam-qgis/geosam-qgis/releases/latest/download"
LRELEASE = ["lrelease", "/usr/lib/qt5/bin/lrelease", "/usr/lib/qt6/bin/lrelease", "lrelease-qt5", "lrelease-qt6"]


class PackageError(Exception):
    """One line for the person building the release."""


def build_translations() -> list[Path]:
    """The .qm file of every committed .ts, built with lrelease when it is missing or older than its .ts."""
    built = []
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = next((t for t in LRELEASE if shutil.which(t)), None)
            if tool is None:
                raise PackageError("lrelease is missing, so the translations cannot be built: install qttools5-dev-tools (Debian, Ubuntu), qt5-tools (Fedora) or Qt's tools, then run make zip again.")
            run = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
            if run.returncode != 0 or not qm.is_file():
                raise PackageError(f"lrelease could not build {qm.name}: {(run.stderr or run.stdout).strip()[:200]}")
        built.append(qm)
    return built


def plugin_files() -> list[Path]:
    files = []
    for name in INCLUDE:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [p for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(SKIPPED_SUFFIXES)]
    return files


def git_state() -> tuple[str, list[str]]:
    """(commit, changed paths that the zip ships); ("", []) outside a git checkout."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        status = subprocess.run(["git", "status", "--porcelain", "--", *INCLUDE], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "", []
    return commit, [line[3:] for line in status.splitlines() if line.strip()]


def read_metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def changelog_entries(text: str) -> list[tuple[str, str]]:
    """(version, one-paragraph entry) of CHANGELOG.md's '## VERSION' sections, newest first."""
    entries = []
    for block in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        version, _, body = block.partition("\n")
        entries.append((version.strip(), " ".join(body.split())))
    return entries


def metadata_changelog(text: str) -> str:
    """metadata.txt's changelog value: each entry on a line of its own, continuation lines indented (configparser)."""
    return "\n    ".join(f"{version} {body}" for version, body in changelog_entries(text))


def bump(version: str) -> None:
    """Set metadata.txt's version and regenerate its changelog from CHANGELOG.md, which must have the entry."""
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise PackageError(f"A version is MAJOR.MINOR.PATCH (QGIS compares them so): {version!r} is not.")
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    if version not in [v for v, _ in changelog_entries(text)]:
        raise PackageError(f"CHANGELOG.md has no '## {version}' entry: write what changed first, then bump.")
    meta = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    meta = re.sub(r"^version=.*$", f"version={version}", meta, count=1, flags=re.MULTILINE)
    meta = re.sub(r"^changelog=.*?(?=^\S|\Z)", lambda _: f"changelog={metadata_changelog(text)}\n", meta, count=1, flags=re.MULTILINE | re.DOTALL)
    (ROOT / "metadata.txt").write_text(meta, encoding="utf-8")


def check_base_url(base_url: str) -> str:
    parsed = urlparse(base_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise PackageError(f"The plugin repository's base URL must be http(s)://host/...: {base_url!r} is not (QGIS downloads the zip from it).")
    return base_url.rstrip("/")


def make_zip(target: Path, base_url: str = DEFAULT_BASE_URL, allow_dirty: bool = False) -> Path:
    base_url = check_base_url(base_url)
    commit, changed = git_state()
    if changed and not allow_dirty:
        raise PackageError(f"Refused: {len(changed)} file(s) the zip ships have uncommitted changes ({', '.join(changed[:3])}{' ...' if len(changed) > 3 else ''}): commit them, or pass --allow-dirty (build.txt in the zip then says so).")
    meta = read_metadata()
    if " ".join(meta.get("changelog", "").split()) != " ".join(metadata_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8")).split()):
        raise PackageError(f"metadata.txt's changelog is not CHANGELOG.md's: run python3 scripts/package.py bump {meta['version']} (it regenerates it).")
    build_translations()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in plugin_files():
            zf.write(f, f"{PLUGIN}/{f.relative_to(ROOT)}")
        note = f"commit {commit or 'unknown (not a git checkout)'}" + (f", with uncommitted changes in: {', '.join(changed)}" if changed else "")
        zf.writestr(f"{PLUGIN}/build.txt", note + "\n")
    sys.path.insert(0, str(ROOT / "scripts"))
    from release_check import check_zip

    problems = check_zip(partial)
    if problems:
        partial.unlink()
        raise PackageError("The zip breaks the QGIS plugin repository's rules: " + "; ".join(problems))
    partial.replace(target)
    write_plugins_xml(target, base_url)
    return target


def write_plugins_xml(zip_path: Path, base_url: str) -> Path:
    """A QGIS plugin repository file for the zip (the elements pyplugin_installer/installer_data.py reads; the zip's
    file name gives the plugin's id, so it must be geo_sam_qgis.zip)."""
    meta = read_metadata()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    md5 = hashlib.md5(zip_path.read_bytes()).hexdigest()
    fields = {
        "description": meta["description"], "about": meta.get("about", ""), "version": meta["version"],
        "qgis_minimum_version": meta["qgisMinimumVersion"], "qgis_maximum_version": meta.get("qgisMaximumVersion", ""),
        "homepage": meta.get("homepage", ""), "file_name": zip_path.name, "icon": meta.get("icon", ""), "author_name": meta["author"],
        "author_email": meta.get("email", ""), "download_url": f"{base_url}/{zip_path.name}", "md5_sum": md5, "uploaded_by": meta["author"],
        "create_date": now, "update_date": now, "experimental": meta.get("experimental", "False"), "deprecated": meta.get("deprecated", "False"),
        "tracker": meta.get("tracker", ""), "repository": meta.get("repository", ""), "tags": meta.get("tags", ""), "category": meta.get("category", ""),
        "changelog": meta.get("changelog", ""), "server": meta.get("server", "False"), "downloads": "0", "average_vote": "0", "rating_votes": "0",
    }
    body = "\n".join(f"    <{k}>{escape(v)}</{k}>" for k, v in fields.items())
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<plugins>\n  <pyqgis_plugin name="{escape(meta["name"])}" version="{escape(meta["version"])}">\n{body}\n  </pyqgis_plugin>\n</plugins>\n'
    out = zip_path.with_name("plugins.xml")
    out.write_text(xml, encoding="utf-8")
    return out


def deploy(target: Path) -> None:
    build_translations()
    if target.exists():
        shutil.rmtree(target)
    for f in plugin_files():
        dest = target / f.relative_to(ROOT)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(f, dest)
    print(f"Copied the plugin to {target}: restart QGIS and enable GeoSAM in Plugins > Manage and Install Plugins.")


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="package.py", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["zip", "deploy", "bump"])
    parser.add_argument("target", help="the zip, the plugin folder, or the version")
    parser.add_argument("--base-url", default=DEFAULT_BASE_URL, help="where the zip is served: plugins.xml's download URL is BASE_URL/geo_sam_qgis.zip")
    parser.add_argument("--allow-dirty", action="store_true", help="build from a tree with uncommitted changes (build.txt in the zip says so)")
    args = parser.parse_args(argv)
    try:
        if args.action == "deploy":
            deploy(Path(args.target).resolve())
            return 0
        if args.action == "bump":
            bump(args.target)
            print(f"metadata.txt: version {args.target}, changelog from CHANGELOG.md. Commit, then make zip.")
            return 0
        target = make_zip(Path(args.target).resolve(), args.base_url, args.allow_dirty)
    except PackageError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB) and {target.with_name('plugins.xml')}: install the zip with Plugins > Manage and Install Plugins > Install from ZIP, "
          "or serve both files and add that folder's URL as a plugin repository.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
