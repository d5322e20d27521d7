# SPDX-License-Identifier: GPL-2.0-or-later
"""Runs queries off the GUI thread: clicks are never dropped, previews keep only the latest position."""

from __future__ import annotations

import threading

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..engine.client import EngineError


class QueryWorker(QObject):
    """One background thread for one engine. Results arrive through Qt signals on the GUI thread.

    A preview request replaces any preview still waiting (latest position wins);
    a preview result older than a newer request already sent is dropped as stale.
    """

    resultReady = pyqtSignal(int, str, object)  # request id, "commit" | "preview", SegmentResult
    failed = pyqtSignal(int, str, str, str)  # request id, kind, message, the error's kind (protocol.ErrorKind; "" for another exception)

    def __init__(self, run_query) -> None:
        super().__init__()
        self._run_query = run_query
        self._lock = threading.Condition()
        self._commits: list[tuple[int, object]] = []
        self._preview: tuple[int, object] | None = None
        self._next_id = 0
        self._latest_preview_id = -1
        self._stopped = False
        self.previews_run = 0
        self._thread = threading.Thread(target=self._loop, name="GeoSAM queries", daemon=True)
        self._thread.start()

    def submit(self, prompt, preview: bool = False) -> int:
        with self._lock:
            self._next_id += 1
            request = (self._next_id, prompt)
            if preview:
                self._preview = request
                self._latest_preview_id = self._next_id
            else:
                self._commits.append(request)
                self._preview = None  # a click supersedes the hover preview
            self._lock.notify()
            return self._next_id

    def cancel_previews(self) -> None:
        with self._lock:
            self._preview = None
            self._latest_preview_id = self._next_id

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._stopped and not self._commits and self._preview is None:
                    self._lock.wait()
                if self._stopped:
                    return
                if self._commits:
                    kind, (request_id, prompt) = "commit", self._commits.pop(0)
                else:
                    kind, (request_id, prompt) = "preview", self._preview
                    self._preview = None
            try:
                result = self._run_query(prompt, kind == "preview")
            except Exception as exc:  # reported to the GUI, which shows it in the message bar
                self.failed.emit(request_id, kind, str(exc), exc.kind.value if isinstance(exc, EngineError) else "")
                continue
            if kind == "preview":
                self.previews_run += 1
                with self._lock:
                    stale = request_id != self._latest_preview_id
                if stale:
                    continue
            self.resultReady.emit(request_id, kind, result)

    def stop(self) -> None:
        """No further query; one under way ends in the thread, never waited for here (the GUI thread calls this)."""
        with self._lock:
            self._stopped = True
            self._lock.notify()
