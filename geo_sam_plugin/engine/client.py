# SPDX-License-Identifier: GPL-2.0-or-later
"""The one way QGIS's process reaches the engine: a worker process in GeoSAM's runtime, driven over encoder/protocol.py.

QGIS's own Python imports none of torch, onnxruntime, pyarrow, shapely, rasterio or sam*: EngineClient starts
`python -m encoder serve` in the runtime (engine/runtime.py) when something first needs it, never at QGIS start,
and keeps it for the session. Every call is a request answered by the worker; polygons come back as WKB.

- Threads: any thread may call (the dock's query thread, QGIS tasks, Processing); progress events are handed to the
  calling thread's callback while it waits, so a callback runs where the caller runs.
- Faults, each a one-line EngineError, never a traceback or a crashed QGIS: the worker died (WorkerDied: the next
  request starts a new one; the dock reopens its folder), stopped answering pings (WorkerTimeout: it is killed), a
  request outlived its own deadline while the worker kept answering pings (DeadlinePassed: the worker and its other
  work go on), or the runtime is missing, broken or built for other pins (EngineUnavailable, naming the runtime and
  the fix: Update).
- Liveness: while a caller waits, the worker is pinged after PING_AFTER_S without any message from it; the worker
  answers pings on its reading thread, never behind a chip being encoded. A worker is killed only when a ping has no
  answer in PING_TIMEOUT_S: a slow click never takes down the worker, its sessions or a running encode.
- Versions: the worker's first message lists its installed distributions; a runtime that does not satisfy this
  plugin's pins (pins.py) is refused in one line before any request is sent (runtime.outdated_problem).
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
from pathlib import Path

from ...encoder.protocol import CANCEL_OP, PING_OP, PROTOCOL_VERSION, SHUTDOWN_OP, ErrorKind, ProtocolError, operation, read_message, write_message
from ..paths import PLUGIN_DIR, plugin_version
from .runtime import RuntimeMissing, find_runtime, outdated_problem, qgis_install_root, worker_environment

START_TIMEOUT_S = 120.0  # the worker's own start: Python, the protocol and its list of distributions, no torch yet
# A request's own deadline is its operation's (encoder/protocol.py: OPERATIONS, deadline_s): a cheap answer two
# minutes, a click ten (a live click encodes a chip: a minute for ViT-H on a slow CPU; a view session's click is
# answered "encoding this area" after CLICK_WAIT_S, well before), an encode or an opening none. Passing it answers the
# caller (DeadlinePassed) and leaves the worker alone.
OPERATION_DEADLINE = object()  # request(timeout=...): the operation's own deadline
PING_AFTER_S = 10.0  # silence from the worker this long while a request waits: is it alive?
PING_TIMEOUT_S = 30.0  # a ping unanswered this long: the worker is hung (stopped, deadlocked) and is killed


class EngineError(Exception):
    """A one-line message from the engine (the command line's GeoSamError text), with the error's kind (an ErrorKind,
    shared with the worker: code compares kinds, never message text)."""

    KIND = ErrorKind.GEOSAM

    def __init__(self, message: str, kind: ErrorKind | None = None) -> None:
        super().__init__(message)
        self.kind = kind or self.KIND

    @property
    def cancelled(self) -> bool:
        return self.kind is ErrorKind.CANCELLED


class EngineUnavailable(EngineError):
    """The runtime is missing or broken, or the worker could not start."""

    KIND = ErrorKind.UNAVAILABLE


class WorkerDied(EngineError):
    """The worker process ended while a request was open (killed, crashed): the next request starts a new one."""

    KIND = ErrorKind.DIED


class WorkerTimeout(EngineError):
    """The worker stopped answering pings: it was killed."""

    KIND = ErrorKind.HUNG


class DeadlinePassed(EngineError):
    """A request outlived its deadline while the worker kept answering: the worker was left running."""

    KIND = ErrorKind.DEADLINE


@dataclass
class Reply:
    result: dict
    blobs: list = field(default_factory=list)


class EngineClient:
    """One worker process and the requests to it. Use shared_client() for the QGIS session's worker."""

    def __init__(self, python: str | None = None, env: dict | None = None, start_timeout: float = START_TIMEOUT_S, check_versions: bool = True,
                 ping_after: float = PING_AFTER_S, ping_timeout: float = PING_TIMEOUT_S) -> None:
        self.python = python
        self.env = env
        self.start_timeout = start_timeout
        self.check_versions = check_versions  # the runtime's distributions against this plugin's pins, at each start
        self.ping_after = ping_after
        self.ping_timeout = ping_timeout
        self.distributions: dict[str, str] = {}  # what the running worker's Python has installed
        self.process: subprocess.Popen | None = None
        self.generation = 0  # +1 for every worker started: sessions opened in an older one are gone
        self.stderr_tail: collections.deque = collections.deque(maxlen=40)
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._pending: dict[int, queue.Queue] = {}
        self._ids = itertools.count(1)
        self._ready = threading.Event()
        self._dead_reason = ""
        self._refused = ""  # why the runtime cannot serve this plugin (its versions), one line for the user
        self._runtime_root: Path | None = None  # the running worker's runtime folder
        self.main_thread_calls: collections.Counter = collections.Counter()  # op -> requests made on the main (GUI) thread

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
            self._refused = ""
            self._runtime_root = Path(python).parents[1]  # bin/python, Scripts\python.exe
            self._ready.clear()
            self.stderr_tail.clear()
            process = self.process
            threading.Thread(target=self._read_stdout, args=(process,), name="GeoSAM worker reader", daemon=True).start()
            log_reader = threading.Thread(target=self._read_stderr, args=(process,), name="GeoSAM worker log", daemon=True)
            log_reader.start()
            if not self._ready.wait(self.start_timeout) or not self.running:
                log_reader.join(2.0)  # its last words, when it ended by itself
                refused = self._refused
                reason = self._last_words() or (self._dead_reason if self._dead_reason not in ("", "it ended") else f"no answer in {self.start_timeout:.0f} s")
                self.kill()
                self._reap()
                if refused:
                    raise EngineUnavailable(refused)
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
                        write_message(process.stdin, {"id": 0, "op": SHUTDOWN_OP, "args": {}})
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
                self.distributions = dict(body.get("distributions") or {})
                problem = outdated_problem(self._runtime_root, self.distributions, plugin_version()) if self.check_versions else None
                if problem:
                    self._refused = problem
                    self._mark_dead("its runtime does not satisfy this plugin", process)
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
    def request(self, op: str, args: dict | None = None, blobs=(), timeout=OPERATION_DEADLINE, on_event=None, cancelled=None,
                discard_on_cancel: bool = False) -> Reply:
        """Send one request and wait for its answer in this thread; on_event(event) runs here too. args: the
        operation's request type as a dict (Message.to_wire()); the plugin's code calls this only through EngineApi
        (engine/api.py), which builds and reads the types. The calls made on the main thread are counted by op
        (main_thread_calls): QGIS's GUI thread must never wait here.

        cancelled(): polled while waiting; when it turns true the worker is asked to cancel (its answer then is an
        EngineError with kind 'cancelled'). discard_on_cancel: a result that arrives after the cancel was asked for
        (the worker finished first) is dropped the same way, for work whose output is written only afterwards.
        timeout: this request's own deadline (default: its operation's; None: none); passing it raises DeadlinePassed
        and leaves the worker running. The worker is killed only when it stops answering pings (WorkerTimeout).
        """
        if timeout is OPERATION_DEADLINE:
            try:
                timeout = operation(op).deadline_s
            except ProtocolError as exc:
                raise EngineError(str(exc), ErrorKind.PROTOCOL) from None
        if threading.current_thread() is threading.main_thread():
            self.main_thread_calls[op] += 1
        self.start()
        request_id = next(self._ids)
        answers: queue.Queue = queue.Queue()
        self._pending[request_id] = answers
        process = self.process
        ping_id = None
        try:
            try:
                with self._write_lock:
                    write_message(process.stdin, {"id": request_id, "op": op, "args": args or {}}, list(blobs))
            except (OSError, ValueError, AttributeError):
                self._mark_dead("it stopped reading", process)
                raise WorkerDied(self._died_message(op)) from None
            started = last_sign = time.monotonic()
            ping_sent = None
            cancel_sent = False
            while True:
                if cancelled is not None and not cancel_sent and cancelled():
                    cancel_sent = True
                    self._send_control(CANCEL_OP, {"request": request_id})
                try:
                    kind, body, payload = answers.get(timeout=0.1)
                except queue.Empty:
                    now = time.monotonic()
                    if ping_sent is not None and now - ping_sent > self.ping_timeout:
                        self.kill()
                        raise WorkerTimeout(f"GeoSAM's worker stopped answering (no answer to a ping in {self.ping_timeout:.0f} s during '{op}') "
                                            "and was stopped; the next action starts it again.") from None
                    if timeout is not None and now - started > timeout:
                        raise DeadlinePassed(f"'{op}' took longer than {timeout:.0f} s; GeoSAM's worker is still busy with it: try again in a moment.") from None
                    if ping_sent is None and now - last_sign > self.ping_after:
                        ping_id = self._send_control(PING_OP, {}, answers)
                        ping_sent = now
                    if process.poll() is not None:
                        self._mark_dead("it ended", process)
                    continue
                last_sign = time.monotonic()
                if kind == "died":
                    raise WorkerDied(self._died_message(op))
                if body.get("id") == ping_id:  # alive: the next silence asks again
                    ping_sent = ping_id = None
                    continue
                ping_sent = None  # any message is a sign of life
                if kind == "event":
                    if on_event is not None:
                        on_event(body)
                    continue
                if body.get("ok"):
                    if discard_on_cancel and (cancel_sent or (cancelled is not None and cancelled())):
                        raise EngineError("The run was cancelled: nothing was written.", ErrorKind.CANCELLED)
                    return Reply(body.get("result") or {}, payload)
                raise EngineError(str(body.get("error") or f"{op} failed"), ErrorKind.parse(body.get("kind")))
        finally:
            self._pending.pop(request_id, None)
            if ping_id is not None:
                self._pending.pop(ping_id, None)

    def long_request(self, op: str, args: dict, progress=None, cancelled=None, on_event=None, discard_on_cancel: bool = False) -> Reply:
        """A long request (encode, segment everything, text search, a model's verification): no deadline, for as long
        as the worker answers pings; progress(percent) gets its progress, on_event(event) every event (progress with
        its chips and rate, a plan, a log line)."""

        def dispatch(event: dict) -> None:
            if progress is not None and event.get("event") == "progress":
                progress(event["percent"])
            if on_event is not None:
                on_event(event)

        return self.request(op, args, timeout=None, cancelled=cancelled, on_event=dispatch, discard_on_cancel=discard_on_cancel)

    def _send_control(self, op: str, args: dict, answers: queue.Queue | None = None) -> int | None:
        """A cancel or a ping, which the worker answers on its reading thread; with `answers`, the answer is routed
        there under the returned id (None when the worker no longer reads)."""
        control_id = next(self._ids)
        if answers is not None:
            self._pending[control_id] = answers
        try:
            with self._write_lock:
                write_message(self.process.stdin, {"id": control_id, "op": op, "args": args})
        except (OSError, ValueError, AttributeError):
            self._pending.pop(control_id, None)
            return None
        return control_id

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
