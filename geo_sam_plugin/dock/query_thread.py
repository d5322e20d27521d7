# SPDX-License-Identifier: GPL-2.0-or-later
"""Runs queries off the GUI thread: clicks are never dropped, previews keep only the latest position."""

from __future__ import annotations

import threading
import weakref

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..engine.client import EngineError
from .off_thread import gui_dispatcher, on_gui_thread


class _QueryQueue:
    """The queue and its thread (no QObject: the thread never holds one). deliver(kind, request_id, *fields) is
    called on the GUI thread for each answer, through a weak reference: a query thread that was stopped gets nothing."""

    def __init__(self, run_query, deliver) -> None:
        self._run_query = run_query
        self._deliver = deliver  # weakref.WeakMethod of QueryThread._deliver
        self._dispatcher = gui_dispatcher()
        self._lock = threading.Condition()
        self.commits: list[tuple[int, object]] = []
        self.preview: tuple[int, object] | None = None
        self.next_id = 0
        self.latest_preview_id = -1
        self.stopped = False
        self.previews_run = 0
        threading.Thread(target=self._loop, name="GeoSAM queries", daemon=True).start()

    def submit(self, prompt, preview: bool) -> int:
        with self._lock:
            self.next_id += 1
            request = (self.next_id, prompt)
            if preview:
                self.preview = request
                self.latest_preview_id = self.next_id
            else:
                self.commits.append(request)
                self.preview = None  # a click supersedes the hover preview
            self._lock.notify()
            return self.next_id

    def cancel_previews(self) -> None:
        with self._lock:
            self.preview = None
            self.latest_preview_id = self.next_id

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            self._lock.notify()

    def _send(self, *answer) -> None:
        on_gui_thread(self._dispatcher, self._arrived, answer)

    def _arrived(self, answer) -> None:  # GUI thread
        deliver = self._deliver()
        if deliver is not None and not self.stopped:
            deliver(*answer)

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self.stopped and not self.commits and self.preview is None:
                    self._lock.wait()
                if self.stopped:
                    return
                if self.commits:
                    kind, (request_id, prompt) = "commit", self.commits.pop(0)
                else:
                    kind, (request_id, prompt) = "preview", self.preview
                    self.preview = None
            try:
                result = self._run_query(prompt, kind == "preview")
            except Exception as exc:  # reported to the GUI, which shows it in the message bar
                self._send("failed", request_id, kind, str(exc), exc.kind.value if isinstance(exc, EngineError) else "")
                continue
            if kind == "preview":
                self.previews_run += 1
                with self._lock:
                    stale = request_id != self.latest_preview_id
                if stale:
                    continue
            self._send("result", request_id, kind, result)


class QueryThread(QObject):
    """One background thread for one engine. Results arrive through Qt signals on the GUI thread.

    A preview request replaces any preview still waiting (latest position wins);
    a preview result older than a newer request already sent is dropped as stale.
    """

    resultReady = pyqtSignal(int, str, object)  # request id, "commit" | "preview", SegmentResult
    failed = pyqtSignal(int, str, str, str)  # request id, kind, message, the error's kind (protocol.ErrorKind; "" for another exception)

    def __init__(self, run_query) -> None:
        super().__init__()
        self._queue = _QueryQueue(run_query, weakref.WeakMethod(self._deliver))

    @property
    def previews_run(self) -> int:
        return self._queue.previews_run

    @property
    def preview_waiting(self) -> bool:
        return self._queue.preview is not None

    def submit(self, prompt, preview: bool = False) -> int:
        return self._queue.submit(prompt, preview)

    def cancel_previews(self) -> None:
        self._queue.cancel_previews()

    def _deliver(self, what: str, *fields) -> None:
        (self.resultReady if what == "result" else self.failed).emit(*fields)

    def stop(self) -> None:
        """No further query; one under way ends in its thread, never waited for here (the GUI thread calls this)."""
        self._queue.stop()
