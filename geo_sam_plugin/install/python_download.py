# SPDX-License-Identifier: GPL-2.0-or-later
"""The standalone Python's archive (standalone.py) fetched in QGIS's own process, through QgsNetworkAccessManager
(QGIS's proxy, its authentication configurations and its SSL), before the runtime builder starts.

Why not in the builder: the builder runs in QGIS's Python outside QGIS's process, and on Windows QGIS 3.22-3.34
(OSGeo4W's Python 3.9, the case that needs the standalone Python) that Python often cannot load `ssl` there
(qgis/QGIS#46276 and #44185; TerraLab's AI Segmentation plugin, issue #146, on QGIS 3.32.1), so urllib fails with
what reads like a proxy problem. QGIS's own network stack is the one the user's settings are known to work with.

The bytes stream into `<archive>.part` (resumed with a Range request, as a model's), are checked against the
pinned sha256 off the GUI thread and renamed into the downloads folder; the builder's download_archive finds the
verified file there and downloads nothing."""

from __future__ import annotations

import os
from pathlib import Path

from ...encoder.models.catalogue import CatalogueEntry
from .model_manager import ModelDownload, VerifyTask
from .standalone import SHA256, STANDALONE_VERSION, StandaloneError, accept_archive, archive_url, downloads_folder


class PythonDownload(ModelDownload):
    """The archive for `triple` into downloads_folder(home); source: a mirror's base URL (default
    $GEOSAM_PYTHON_MIRROR, else the release on GitHub). finished(ok, message, path) as ModelDownload's."""

    HTTP_HINT = "check the mirror (GEOSAM_PYTHON_MIRROR), or install from a folder of wheels that holds the Python archive (python_env.py bundle --with-python)."
    NETWORK_HINT = ("Check QGIS's network and proxy settings (Settings > Options > Network), or install from a folder of wheels that holds the Python "
                    "archive (python_env.py bundle --with-python).")
    WRITE_HINT = "Free some space in the folder of GeoSAM's runtime."
    FOLDER_HINT = "Set GEOSAM_RUNTIME to a folder you can write to, or make this one writable."

    def __init__(self, triple: str, home: Path, source: str | None = None, sha256: dict | None = None) -> None:
        expected = (sha256 or SHA256)[triple]
        super().__init__(CatalogueEntry(f"Python {STANDALONE_VERSION}", archive_url(triple, source), expected), downloads_folder(Path(home)))
        self.expected = expected
        # One .part per QGIS process (as the builder's own download): two QGIS installing at once never share one.
        self.part = self.folder / f"{self.target.name}.part-{os.getpid()}"

    def _verify(self, path: Path) -> None:
        """The file's sha256 against the pinned one, off the GUI thread; a match is renamed into place, a mismatch
        removed (a damaged or foreign file never reaches the builder)."""
        target = self.target

        def work(cancelled) -> None:
            accept_archive(path, target, self.expected)  # the builder's own check (standalone.py)
            if cancelled():  # kept verified for the next Install; this one stops here
                raise StandaloneError(f"Download of Python {STANDALONE_VERSION} cancelled.")

        def done(ok: bool, error: str) -> None:
            self.verifier = None
            self._end(ok, error or (f"Python {STANDALONE_VERSION} downloaded and verified: {target}" if ok else f"The check of {target.name} did not finish; Install again."))

        self.verifier = VerifyTask(target.name, work, done, errors=(StandaloneError, OSError))
        from qgis.core import QgsApplication

        QgsApplication.taskManager().addTask(self.verifier)
