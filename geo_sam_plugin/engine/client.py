# SPDX-License-Identifier: GPL-2.0-or-later
"""The one way QGIS's process reaches the engine: a worker process in GeoSAM's runtime, driven over encoder/protocol.py.

QGIS's own Python imports none of torch, onnxruntime, pyarrow, shapely, rasterio or sam*: EngineClient starts
`python -m encoder serve` in the runtime (install/runtime.py) when something first needs it, never at QGIS start,
and keeps it for the session. Every call is a request answered by the worker; polygons come back as WKB.

- Threads: any thread may call (the dock's query thread, QGIS tasks, Processing); progress events are handed to the
  calling thread's callback while it waits, so a callback runs where the caller runs.
- Faults, each a one-line EngineError, never a traceback or a crashed QGIS: the worker died (WorkerDied: the next
  request starts a new one; the dock reopens its folder), did not answer in time (WorkerTimeout: it is killed), or
  the runtime is missing or broken (EngineUnavailable, naming the runtime and the fix).
- Lifetime: the worker ends with QGIS (stop() at unload, and the worker itself ends when its stdin closes or its
  parent changes), so no worker outlives its QGIS; two QGIS processes have two workers.
"""

from __future__ import annotations

import collections
import itertools
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

from ...encoder.protocol import PROTOCOL_VERSION, ProtocolError, read_message, write_message
from ..paths import PLUGIN_DIR
from .runtime import RuntimeMissing, find_runtime, qgis_install_root, worker_environment

START_TIMEOUT_S = 120.0  # the worker's own start: Python and the protocol, no torch yet
REQUEST_TIMEOUT_S = 600.0  # an interactive request (a live click encodes a chip: a minute for ViT-H on a slow CPU)
# A long request (encode, segment everything, text search) is hung when it says nothing (no progress) for this long.
SILENCE_TIMEOUT_S = 900.0


class EngineError(Exception):
    """A one-line message from the engine (the command line's GeoSamError text), with the error's kind."""

    def __init__(self, message: str, kind: str = "GeoSamError") -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def cancelled(self) -> bool:
        return self.kind == "cancelled"


class EngineUnavailable(EngineError):
    """The runtime is missing or broken, or the worker could not start."""


class WorkerDied(EngineError):
    """The worker process ended while a request was open (killed, crashed): the next request starts a new one."""


class WorkerTimeout(EngineError):
    """The worker did not answer in time: it was killed."""


@dataclass
class Reply:
    result: dict
    blobs: list = field(default_factory=list)


class EngineClient:
    """One worker process and the requests to it. Use shared_client() for the QGIS session's worker."""

    def __init__(self, python: str | None = None, env: dict | None = None, start_timeout: float = START_TIMEOUT_S) -> None:
        self.python = python
        self.env = env
        self.start_timeout = start_timeout
        self.process: subprocess.Popen | None = None
        self.generation = 0  # +1 for every worker started: sessions opened in an older one are gone
        self.stderr_tail: collections.deque = collections.deque(maxlen=40)
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._pending: dict[int, queue.Queue] = {}
        self._ids = itertools.count(1)
        self._ready = threading.Event()
        self._dead_reason = ""

    # ------------------------------------------------------------------------------------------ the process
    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None and not self._dead_reason

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def start(self) -> None:
        """Start the worker unless one runs; EngineUnavailable in one line when the runtime cannot."""
        with self._lock:
            if self.running:
                return
            self._reap()
            try:
                python = self.python or str(find_runtime())
            except RuntimeMissing as exc:
                raise EngineUnavailable(str(exc)) from None
            env = worker_environment(self.env, qgis_prefix=qgis_install_root(sys.prefix, self.env))
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window flashing on Windows
            try:
                # -s: no user site-packages; -m from the plugin folder: the worker imports this plugin's encoder.
                self.process = subprocess.Popen(
                    [python, "-s", "-m", "encoder", "serve"], cwd=str(PLUGIN_DIR), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE, creationflags=flags,
                )
            except OSError as exc:
                raise EngineUnavailable(f"GeoSAM's runtime at {python} cannot start ({exc}): repair it with Raster > GeoSAM > Install dependencies… (from a clone: make setup).") from None
            self.generation += 1
            self._dead_reason = ""
            self._ready.clear()
            self.stderr_tail.clear()
            process = self.process
            threading.Thread(target=self._read_stdout, args=(process,), name="GeoSAM worker reader", daemon=True).start()
            log_reader = threading.Thread(target=self._read_stderr, args=(process,), name="GeoSAM worker log", daemon=True)
            log_reader.start()
            if not self._ready.wait(self.start_timeout) or not self.running:
                log_reader.join(2.0)  # its last words, when it ended by itself
                reason = self._last_words() or f"no answer in {self.start_timeout:.0f} s"
                self.kill()
                raise EngineUnavailable(f"GeoSAM's worker did not start in its runtime ({python}): {reason}. Repair the runtime with Raster > GeoSAM > Install dependencies… (from a clone: make setup).")

    def stop(self, wait_s: float = 5.0) -> None:
        """End the worker: shutdown, then its stdin closed, then killed if it is still there after wait_s."""
        with self._lock:
            process = self.process
            if process is None:
                return
            if process.poll() is None:
                try:
                    with self._write_lock:
                        write_message(process.stdin, {"id": 0, "op": "shutdown"})
                    process.stdin.close()
                except (OSError, ValueError):
                    pass
                try:
                    process.wait(wait_s)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
            self._mark_dead("the worker was stopped")
            self._reap()

    def kill(self) -> None:
        with self._lock:
            if self.process is not None and self.process.poll() is None:
                self.process.kill()
                try:
                    self.process.wait(10)
                except subprocess.TimeoutExpired:
                    pass
            self._mark_dead("the worker was killed")

    def _reap(self) -> None:
        if self.process is not None:
            for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
                try:
                    stream.close()
                except (OSError, ValueError):
                    pass
            self.process = None

    def _read_stdout(self, process) -> None:
        while True:
            try:
                message = read_message(process.stdout)
            except ProtocolError as exc:
                if not self._ready.is_set():  # printed by the interpreter's start (a .pth file, sitecustomize): not ours
                    self.stderr_tail.append(f"(stray output before the worker started: {exc})")
                    continue
                self._mark_dead(f"its answer broke off ({exc})", process)
                return
            except (OSError, ValueError) as exc:
                self._mark_dead(f"its answer broke off ({exc})", process)
                return
            if message is None:
                self._mark_dead("it ended", process)
                return
            body, blobs = message
            if body.get("event") == "ready" and "id" not in body:
                if body.get("protocol") != PROTOCOL_VERSION:
                    self._mark_dead(f"its protocol is version {body.get('protocol')}, this plugin speaks {PROTOCOL_VERSION}: repair the runtime", process)
                    return
                self._ready.set()
                continue
            waiting = self._pending.get(body.get("id"))
            if waiting is not None:
                waiting.put(("event" if "event" in body else "reply", body, blobs))

    def _read_stderr(self, process) -> None:
        for raw in iter(process.stderr.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self.stderr_tail.append(line)

    def _last_words(self) -> str:
        lines = [line for line in self.stderr_tail if line.strip()]
        return lines[-1].strip() if lines else ""

    def _mark_dead(self, reason: str, process=None) -> None:
        if process is not None and process is not self.process:
            return  # an older worker's reader
        if not self._dead_reason:
            self._dead_reason = reason
        self._ready.set()
        for waiting in list(self._pending.values()):
            waiting.put(("died", {}, []))

    # ----------------------------------------------------------------------------------------- requests
    def request(self, op: str, args: dict | None = None, blobs=(), timeout: float | None = REQUEST_TIMEOUT_S, on_event=None, cancelled=None,
                silence_timeout: float | None = None, discard_on_cancel: bool = False) -> Reply:
        """Send one request and wait for its answer in this thread; on_event(event) runs here too.

        cancelled(): polled while waiting; when it turns true the worker is asked to cancel (its answer then is an
        EngineError with kind 'cancelled'). discard_on_cancel: a result that arrives after the cancel was asked for
        (the worker finished first) is dropped the same way, for work whose output is written only afterwards.
        timeout: for the whole answer; silence_timeout: for any sign of life.
        """
        self.start()
        request_id = next(self._ids)
        answers: queue.Queue = queue.Queue()
        self._pending[request_id] = answers
        process = self.process
        try:
            try:
                with self._write_lock:
                    write_message(process.stdin, {"id": request_id, "op": op, "args": args or {}}, list(blobs))
            except (OSError, ValueError, AttributeError):
                self._mark_dead("it stopped reading", process)
                raise WorkerDied(self._died_message(op)) from None
            started = last_sign = time.monotonic()
            cancel_sent = False
            while True:
                if cancelled is not None and not cancel_sent and cancelled():
                    cancel_sent = True
                    self._send_cancel(request_id)
                try:
                    kind, body, payload = answers.get(timeout=0.1)
                except queue.Empty:
                    now = time.monotonic()
                    if (timeout is not None and now - started > timeout) or (silence_timeout is not None and now - last_sign > silence_timeout):
                        self.kill()
                        waited = now - started
                        raise WorkerTimeout(f"GeoSAM's worker did not answer '{op}' in {waited:.0f} s and was stopped; the next action starts it again.") from None
                    if process.poll() is not None:
                        self._mark_dead("it ended", process)
                    continue
                last_sign = time.monotonic()
                if kind == "died":
                    raise WorkerDied(self._died_message(op))
                if kind == "event":
                    if on_event is not None:
                        on_event(body)
                    continue
                if body.get("ok"):
                    if discard_on_cancel and (cancel_sent or (cancelled is not None and cancelled())):
                        raise EngineError("The run was cancelled: nothing was written.", "cancelled")
                    return Reply(body.get("result") or {}, payload)
                raise EngineError(str(body.get("error") or f"{op} failed"), str(body.get("kind") or "GeoSamError"))
        finally:
            self._pending.pop(request_id, None)

    def long_request(self, op: str, args: dict, progress=None, cancelled=None, on_event=None, discard_on_cancel: bool = False) -> Reply:
        """A long request (encode, segment everything, text search, a model's verification): no limit on its length,
        but stopped after SILENCE_TIMEOUT_S without a sign of life; progress(percent) gets its progress, on_event(event)
        every event (progress with its chips and rate, a plan, a log line)."""

        def dispatch(event: dict) -> None:
            if progress is not None and event.get("event") == "progress":
                progress(event["percent"])
            if on_event is not None:
                on_event(event)

        return self.request(op, args, timeout=None, silence_timeout=SILENCE_TIMEOUT_S, cancelled=cancelled, on_event=dispatch, discard_on_cancel=discard_on_cancel)

    def _send_cancel(self, request_id: int) -> None:
        cancel_id = next(self._ids)
        try:
            with self._write_lock:
                write_message(self.process.stdin, {"id": cancel_id, "op": "cancel", "args": {"request": request_id}})
        except (OSError, ValueError, AttributeError):
            pass

    def _died_message(self, op: str) -> str:
        process = self.process
        code = None
        if process is not None:
            try:  # its output ends a moment before the process itself: wait for its exit status
                code = process.wait(2)
            except subprocess.TimeoutExpired:
                code = process.poll()
        how = f"exit code {code}" if code is not None and code >= 0 else (f"killed by signal {-code}" if code is not None else self._dead_reason or "it stopped")
        last = self._last_words()
        return f"GeoSAM's worker stopped during '{op}' ({how}{': ' + last if last else ''}); the next action starts it again."


_shared: EngineClient | None = None
_shared_lock = threading.Lock()


def shared_client() -> EngineClient:
    """This QGIS session's worker client (started on the first request)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = EngineClient()
        return _shared


def stop_shared_client() -> None:
    """End this session's worker (plugin unload, QGIS quitting)."""
    with _shared_lock:
        client = _shared
    if client is not None:
        client.stop()
