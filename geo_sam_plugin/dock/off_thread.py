# SPDX-License-Identifier: GPL-2.0-or-later
"""Calls that wait for the worker run here, never on QGIS's GUI thread; their answer comes back to the GUI thread by
a queued Qt signal (the thread-safe way Qt hands a result across threads).

One dispatcher QObject, made on the GUI thread, carries every answer: the threads hold no QObject of their own, so
none is ever destroyed outside the thread that made it (Qt warns, and may crash, when that happens).
"""

from __future__ import annotations

import threading

from qgis.PyQt.QtCore import QObject, pyqtSignal


class _Dispatcher(QObject):
    arrived = pyqtSignal(object, object)  # a callback, its arguments

    def __init__(self) -> None:
        super().__init__()  # lives in the thread that made it: the GUI thread
        self.arrived.connect(self._deliver)

    def _deliver(self, callback, args) -> None:  # a method of this QObject: Qt runs it in the GUI thread
        callback(*args)


_dispatcher: _Dispatcher | None = None


def gui_dispatcher() -> _Dispatcher:
    """The dispatcher, made on first use: call this on the GUI thread (the dock and its controller do, as they start)."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def on_gui_thread(dispatcher: _Dispatcher, callback, *args) -> None:
    """callback(*args) on the GUI thread, from any thread (queued; run by the GUI thread's event loop)."""
    dispatcher.arrived.emit(callback, args)


def off_gui_thread(work, done, name: str = "GeoSAM call") -> None:
    """work() on a thread of its own; then done(result, error) on the GUI thread (which calls this), error being the
    exception work() raised, or None."""
    dispatcher = gui_dispatcher()

    def run() -> None:
        try:
            result, error = work(), None
        except Exception as exc:  # handed to done(), which says it in one line
            result, error = None, exc
        on_gui_thread(dispatcher, done, result, error)

    threading.Thread(target=run, name=name, daemon=True).start()

