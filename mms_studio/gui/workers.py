"""The one adapter between core's long jobs and Qt: a TaskState turned into queued signals.

A core job is `fn(..., state)`; `start_worker(fn, ...)` runs it on a thread
pool with a `CallbackTaskState` whose callbacks emit signals. Signals cross to
the GUI thread as queued calls, so the job never touches widgets and the
window never freezes. Every exception becomes `errored` (never lost);
`Cancelled` arrives there too, so a page can say "stopped, kept what was done".
`quit()` asks politely; `await_workers()` cancels and waits at shutdown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mms_studio.core.errors import Cancelled
from mms_studio.core.tasks import CallbackTaskState
from mms_studio.gui.core_messages import translate_status

log = logging.getLogger(__name__)

_active: set[TaskWorker] = set()
_lock = threading.Lock()


class WorkerSignals(QObject):
    started = Signal()
    progress = Signal(float, object)   # fraction 0..1, seconds left or None
    status = Signal(str)               # the status in the interface language
    said = Signal(object)              # the same status as core sent it (a core Message with
                                       # its template), for a page that acts on which one it is
    partial = Signal(object)
    returned = Signal(object)
    errored = Signal(object)           # the exception (Cancelled when the user stopped it)
    finished = Signal()                # always last, after returned or errored


class TaskWorker(QRunnable):
    """Runs `fn(*args, state=state, **kwargs)` once on a pool thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, name: str = "",
                 state_kw: str = "state", progress_interval: float = 0.1, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.name = name or getattr(fn, "__name__", "job")
        self.signals = WorkerSignals()
        self.state = CallbackTaskState(
            on_status=self._status,
            on_progress=lambda fraction, eta: self.signals.progress.emit(fraction, eta),
            on_partial=self.signals.partial.emit,
            min_interval=progress_interval)
        self._state_kw = state_kw
        self._done = threading.Event()
        # Python objects, not Qt, own these; keep results reachable after `finished`.
        self.result: Any = None
        self.error: BaseException | None = None
        self.delivered = False   # True once the GUI thread has run every `finished` slot

    def run(self) -> None:
        self.signals.started.emit()
        try:
            self.result = self.fn(*self.args, **{self._state_kw: self.state}, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 — every error reaches the GUI
            self.error = exc
            if not isinstance(exc, Cancelled):
                log.exception("job %s failed", self.name)
            else:
                log.info("job %s cancelled", self.name)
            self.signals.errored.emit(exc)
        else:
            self.signals.returned.emit(self.result)
        finally:
            self._done.set()
            with _lock:
                _active.discard(self)
            self.signals.finished.emit()

    def _status(self, text: str) -> None:
        self.signals.said.emit(text)
        self.signals.status.emit(translate_status(text))

    def _mark_delivered(self) -> None:
        self.delivered = True

    def quit(self) -> None:
        """Ask the job to stop at its next check; it keeps what it finished."""
        self.state.request_interruption()

    @property
    def is_running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def start_worker(fn: Callable[..., Any], *args: Any, name: str = "",
                 connect: dict[str, Callable[..., Any]] | None = None, **kwargs: Any) -> TaskWorker:
    """Start `fn` on the pool; `connect` maps signal names to slots, connected before start."""
    worker = TaskWorker(fn, *args, name=name, **kwargs)
    for signal, slot in (connect or {}).items():
        getattr(worker.signals, signal).connect(slot)
    worker.signals.finished.connect(worker._mark_delivered)   # after the caller's slots
    with _lock:
        _active.add(worker)
    pool().start(worker)
    return worker


def active_workers() -> list[TaskWorker]:
    with _lock:
        return [w for w in _active if w.is_running]


def await_workers(*, timeout: float = 30.0, cancel: bool = True) -> bool:
    """Ask every running job to stop (if `cancel`) and wait; True when all finished in time."""
    workers = active_workers()
    if cancel:
        for worker in workers:
            worker.quit()
    ok = all(worker.wait(timeout) for worker in workers)
    if workers:   # let the pool threads return from run() too
        pool().waitForDone(int(timeout * 1000))
    return ok
