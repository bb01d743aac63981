"""The small task state every long job takes (import, train, evaluate, transcribe).

A long job is a plain function `run(inputs..., state)`. It reports through
`state` and checks `state.is_interruption_requested()` between steps, raising
`Cancelled` (after saving what it finished) when asked to stop. The GUI adapts
a state to queued Qt signals, the CLI to a progress line with ETA, tests to a
recorder. The core never knows which.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from mms_studio.core.durations import format_duration
from mms_studio.core.errors import Cancelled


class Message(str):
    """A status sentence in English that carries its template and values too.

    It is a plain `str` for the CLI, logs and tests; the GUI looks `template` up
    in the interface language and fills in `params`, so a French user sees
    "Étape 20 : CER …" from the same call. Templates use `str.format` fields.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.template = template
        text.params = params
        return text

    @classmethod
    def restore(cls, template: str, params: dict[str, Any]) -> Message:
        """A sentence sent earlier and stored (its template was a literal where it was made)."""
        return cls(template, **params)


@runtime_checkable
class TaskState(Protocol):
    def set_status(self, text: str) -> None:
        """A short human sentence: what the job is doing now."""

    def set_progress(self, fraction: float) -> None:
        """0.0 .. 1.0 of the whole job. Implementations throttle and compute ETA."""

    def set_partial_result(self, value: Any) -> None:
        """Something finished so far: a metrics row, a transcribed segment, an import report line."""

    def is_interruption_requested(self) -> bool:
        """True once the user asked to stop."""


class NullTaskState:
    """For scripts that want no reporting; can still be cancelled from another thread."""

    def __init__(self) -> None:
        self._stop = threading.Event()

    def set_status(self, text: str) -> None:
        pass

    def set_progress(self, fraction: float) -> None:
        pass

    def set_partial_result(self, value: Any) -> None:
        pass

    def request_interruption(self) -> None:
        self._stop.set()

    def is_interruption_requested(self) -> bool:
        return self._stop.is_set()


def check_cancelled(state: TaskState, message: str = "Cancelled by the user.") -> None:
    """Raise `Cancelled` if the user asked to stop. Call between steps, never inside one."""
    if state.is_interruption_requested():
        raise Cancelled(message)


@dataclass
class EtaClock:
    """Estimates time left from progress so far (exponentially smoothed rate)."""

    started: float = field(default_factory=time.monotonic)
    _last_t: float | None = None
    _last_p: float = 0.0
    _rate: float | None = None  # fraction per second

    def update(self, fraction: float, now: float | None = None) -> float | None:
        """Record progress; return the seconds left, or None while unknown."""
        now = time.monotonic() if now is None else now
        fraction = min(max(fraction, 0.0), 1.0)
        if self._last_t is not None and fraction < self._last_p:
            # Progress went back: a new phase of the job began; its pace starts unknown.
            self.started, self._last_t, self._last_p, self._rate = now, None, 0.0, None
        if self._last_t is not None and now > self._last_t and fraction > self._last_p:
            inst = (fraction - self._last_p) / (now - self._last_t)
            self._rate = inst if self._rate is None else 0.7 * self._rate + 0.3 * inst
        elif self._last_t is None and fraction > 0 and now > self.started:
            self._rate = fraction / (now - self.started)
        self._last_t, self._last_p = now, fraction
        if fraction >= 1.0:
            return 0.0
        if not self._rate:
            return None
        return (1.0 - fraction) / self._rate


class WithoutProgress:
    """A job's state for one of its phases that must not move the progress bar.

    A short first phase (finding speech before transcribing it) that reports 0-100 %
    would make the bar run full and back, and the ETA learn the quick phase's pace;
    status, partial results and cancellation still pass through.
    """

    def __init__(self, state: TaskState) -> None:
        self._state = state

    def set_status(self, text: str) -> None:
        self._state.set_status(text)

    def set_progress(self, fraction: float) -> None:
        pass

    def set_partial_result(self, value: Any) -> None:
        self._state.set_partial_result(value)

    def is_interruption_requested(self) -> bool:
        return self._state.is_interruption_requested()


def format_eta(seconds: float | None) -> str:
    """Time left for people: "3:05", "1:02:05", "--:--" when not known yet."""
    return format_duration(seconds)


class CallbackTaskState:
    """Forwards reports to callbacks, throttling progress; the base of the CLI and GUI adapters.

    `on_progress(fraction, eta_seconds_or_None)` is called at most every
    `min_interval` seconds (and always for 0 and 1), so a job may call
    `set_progress` in its inner loop freely.
    """

    def __init__(self, *, on_status: Callable[[str], None] | None = None,
                 on_progress: Callable[[float, float | None], None] | None = None,
                 on_partial: Callable[[Any], None] | None = None,
                 min_interval: float = 0.1) -> None:
        self._on_status = on_status
        self._on_progress = on_progress
        self._on_partial = on_partial
        self._min_interval = min_interval
        self._last_emit = 0.0
        self._eta = EtaClock()
        self._stop = threading.Event()

    def set_status(self, text: str) -> None:
        if self._on_status:
            self._on_status(text)

    def set_progress(self, fraction: float) -> None:
        now = time.monotonic()
        eta = self._eta.update(fraction, now)
        if self._on_progress and (fraction <= 0.0 or fraction >= 1.0
                                  or now - self._last_emit >= self._min_interval):
            self._last_emit = now
            self._on_progress(min(max(fraction, 0.0), 1.0), eta)

    def set_partial_result(self, value: Any) -> None:
        if self._on_partial:
            self._on_partial(value)

    def request_interruption(self) -> None:
        self._stop.set()

    def is_interruption_requested(self) -> bool:
        return self._stop.is_set()


class RecordingTaskState(CallbackTaskState):
    """Keeps every report; for tests and for callers that want the partial results afterwards.

    `cancel_when` lets a test ask for a stop at a chosen point (e.g. after the
    third metrics row) without timing games.
    """

    def __init__(self, *, cancel_when: Callable[[RecordingTaskState], bool] | None = None) -> None:
        self.statuses: list[str] = []
        self.progress: list[float] = []
        self.partials: list[Any] = []
        self._cancel_when = cancel_when
        super().__init__(on_status=self.statuses.append,
                         on_progress=lambda f, _eta: self.progress.append(f),
                         on_partial=self.partials.append, min_interval=0.0)

    def is_interruption_requested(self) -> bool:
        if self._cancel_when is not None and self._cancel_when(self):
            self.request_interruption()
        return super().is_interruption_requested()
