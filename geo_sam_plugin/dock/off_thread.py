# SPDX-License-Identifier: GPL-2.0-or-later
"""Calls that wait for the worker run here, never on QGIS's GUI thread; their answer comes back to the GUI thread by
a queued Qt signal (the thread-safe way Qt hands a result across threads)."""

from __future__ import annotations

import threading

from qgis.PyQt.QtCore import QObject, pyqtSignal

# Deliveries whose call is still running: a QObject that nobody references is collected before its signal arrives.
_PENDING: set = set()


class _Delivery(QObject):
    arrived = pyqtSignal(object, object)  # the result, the exception (None when the call returned)

    def __init__(self, done) -> None:
        super().__init__()  # lives in the thread that made it: the GUI thread
        self.done = done
        self.arrived.connect(self._deliver)

    def _deliver(self, result, error) -> None:
        _PENDING.discard(self)
        self.done(result, error)


def off_gui_thread(work, done, name: str = "GeoSAM call") -> None:
    """work() on a thread of its own; then done(result, error) on the calling thread (the GUI thread, whose event
    loop delivers it), error being the exception work() raised, or None."""
    delivery = _Delivery(done)
    _PENDING.add(delivery)

    def run() -> None:
        try:
            result, error = work(), None
        except Exception as exc:  # handed to done(), which says it in one line
            result, error = None, exc
        delivery.arrived.emit(result, error)

    threading.Thread(target=run, name=name, daemon=True).start()
