# SPDX-License-Identifier: GPL-2.0-or-later
"""Checkpoint downloads inside QGIS, on QGIS's own network stack (its proxy and authentication settings apply).

The bytes stream from QgsNetworkAccessManager into `<name>.part` in the models folder (a 2.5 GB ViT-H never sits
in memory); an interrupted download resumes with an HTTP Range request; the finished file is verified and
renamed into place by encoder.models.download.finish_download (shared with the command line), in the GeoSAM worker.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsSettings, QgsTask
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ...encoder.models.catalogue import CatalogueEntry, default_models_dir

MODELS_DIR_KEY = "geosam/models_dir"
CATALOGUE_KEY = "geosam/models_catalogue"


def models_dir() -> Path:
    """The models folder QgsSettings remembers (default: the encoder's default folder)."""
    return Path(QgsSettings().value(MODELS_DIR_KEY, str(default_models_dir()), str))


def user_catalogue() -> str | None:
    return QgsSettings().value(CATALOGUE_KEY, "", str) or None


class VerifyTask(QgsTask):
    """Checks a file off the GUI thread (work(cancelled) raises one of `errors`, whose text is the one line shown:
    default the worker's EngineError); keeps itself alive until done."""

    running: set = set()

    def __init__(self, name: str, work, done, errors: tuple = ()) -> None:
        super().__init__(f"GeoSAM: verifying {name}", QgsTask.Flag.CanCancel)
        self.work, self.done = work, done
        self.errors = errors
        self.error = ""
        VerifyTask.running.add(self)

    def run(self) -> bool:
        from ..engine.client import EngineError

        try:
            self.work(self.isCanceled)
        except (EngineError, *self.errors) as exc:
            self.error = str(exc)
            return False
        return True

    def finished(self, ok: bool) -> None:
        VerifyTask.running.discard(self)
        self.done(ok, self.error)


class ModelDownload(QObject):
    """One download. progress(done, total) while bytes arrive (total -1 when unknown); finished(ok, message, path)."""

    progress = pyqtSignal(int, int)
    finished = pyqtSignal(bool, str, str)
    # What to do when the server refuses, the network fails, the folder cannot be written (one line each).
    HTTP_HINT = "check the URL in the catalogue, or try again later."
    NETWORK_HINT = "Check QGIS's network and proxy settings, or download the file elsewhere and import it."
    WRITE_HINT = "Free some space or choose another models folder."
    FOLDER_HINT = "Choose a models folder you can write to."

    def __init__(self, entry: CatalogueEntry, folder: Path | None = None) -> None:
        super().__init__()
        self.entry = entry
        self.folder = Path(folder) if folder else models_dir()
        self.target = self.folder / entry.file_name
        self.part = self.folder / (entry.file_name + ".part")
        self.reply = None
        self.file = None
        self.offset = 0
        self.cancelled = False
        self.verifier = None

    def start(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._end(False, f"Cannot create {self.folder}: {exc.strerror}. {self.FOLDER_HINT}")
            return
        if self.target.is_file():
            self._verify(self.target)
            return
        self.offset = self.part.stat().st_size if self.part.is_file() else 0
        request = QNetworkRequest(QUrl(self.entry.url))
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
        if self.offset:
            request.setRawHeader(b"Range", f"bytes={self.offset}-".encode())
        self.reply = QgsNetworkAccessManager.instance().get(request)
        self.reply.readyRead.connect(self._read)
        self.reply.downloadProgress.connect(lambda done, total: self.progress.emit(self.offset + done, self.offset + total if total > 0 else (self.entry.size or -1)))
        self.reply.finished.connect(self._reply_finished)

    def cancel(self) -> None:
        """Stop now; the bytes so far stay in the .part file and the next download resumes from them."""
        self.cancelled = True
        if self.reply is not None:
            self.reply.abort()
        if self.verifier is not None:
            self.verifier.cancel()

    def _status(self) -> int:
        return int(self.reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0)

    def _read(self) -> None:
        status = self._status()
        if status not in (200, 206):
            return
        if self.file is None:
            resumed = status == 206 and self.offset > 0
            if not resumed:
                self.offset = 0
            self.file = open(self.part, "ab" if resumed else "wb")
        try:
            self.file.write(bytes(self.reply.readAll()))
        except OSError as exc:
            self.file.close()
            self.file = None
            self.part.unlink(missing_ok=True)
            self.reply.finished.disconnect(self._reply_finished)
            self.reply.abort()
            self._end(False, f"Cannot write {self.part.name} in {self.folder}: {exc.strerror}. {self.WRITE_HINT}")

    def _reply_finished(self) -> None:
        if self.file is not None:
            self._read_rest()
            self.file.close()
            self.file = None
        status, error, error_text = self._status(), self.reply.error(), self.reply.errorString()
        self.reply.deleteLater()
        self.reply = None  # a cancel from now on stops the check, not a reply that is gone
        if self.cancelled:
            self._end(False, f"Download of {self.entry.name} cancelled; the next download resumes from {self.part.name}.")
        elif status == 416 and self.offset:  # the .part is already whole
            self._verify(self.part)
        elif status >= 400:
            self._end(False, f"{self.entry.url} answered HTTP {status}: {self.HTTP_HINT}")
        elif error != QNetworkReply.NetworkError.NoError:
            self._end(False, f"Cannot download {self.entry.url} ({error_text}). {self.NETWORK_HINT}")
        else:
            self._verify(self.part)

    def _read_rest(self) -> None:
        data = bytes(self.reply.readAll())
        if data:
            self.file.write(data)

    def _verify(self, path: Path) -> None:
        """In the worker (encoder.models.download: the command line's checks): a finished .part verified and renamed
        into place, or a file downloaded before checked again where it lies."""
        from ..engine.api import EngineApi

        def done(ok: bool, error: str) -> None:
            self.verifier = None
            self._end(ok, error or (f"{self.entry.name} downloaded and verified: {self.target}" if ok else f"The check of {self.entry.name} did not finish; download it again."))

        part = None if path == self.target else str(self.part)

        def work(cancelled) -> None:
            EngineApi().verify_download(dataclasses.asdict(self.entry), str(self.target), part, cancelled=cancelled)
        self.verifier = VerifyTask(self.entry.file_name, work, done)
        QgsApplication.taskManager().addTask(self.verifier)

    def _end(self, ok: bool, message: str) -> None:
        """finished, once: a cancel that came during the check makes it a cancel whatever the check found."""
        if self.cancelled and ok:
            ok, message = False, f"Download of {self.entry.name} cancelled."
        self.finished.emit(ok, message, str(self.target) if ok else "")
