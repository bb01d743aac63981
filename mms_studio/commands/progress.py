"""A terminal face for a TaskState: one progress line with ETA, Ctrl-C asks the job to stop.

On a terminal the line is redrawn in place (throttled by CallbackTaskState);
when stderr is a file or a pipe (CI logs, `2> log.txt`) a plain line is
written at most every `log_interval` seconds so logs stay short. The first
Ctrl-C requests interruption, so the job keeps what it finished; a second one
stops at once.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

from mms_studio.core.tasks import CallbackTaskState, format_eta

BAR_WIDTH = 24


class CliTaskState(CallbackTaskState):
    def __init__(self, *, stream: TextIO | None = None, log_interval: float = 10.0,
                 on_partial: Any = None) -> None:
        self._stream = stream or sys.stderr
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())
        self._status = ""
        self._log_interval = log_interval
        self._last_log: float | None = None
        self._line_open = False
        super().__init__(on_status=self._show_status, on_progress=self._show_progress,
                         on_partial=on_partial, min_interval=0.1 if self._tty else 0.0)

    def _write_line(self, text: str) -> None:
        if self._tty:
            self._stream.write("\r\x1b[2K" + text)
            self._line_open = True
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def _show_status(self, text: str) -> None:
        self._status = text
        if self._tty:
            self._write_line(text)

    def _show_progress(self, fraction: float, eta: float | None) -> None:
        now = time.monotonic()
        if (not self._tty and fraction < 1.0 and self._last_log is not None
                and now - self._last_log < self._log_interval):
            return
        self._last_log = now
        filled = int(round(fraction * BAR_WIDTH))
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self._write_line(f"[{bar}] {fraction * 100:5.1f}%  ETA {format_eta(eta)}  {self._status}")

    def finish(self) -> None:
        """End the in-place line so the next output starts on a fresh line."""
        if self._line_open:
            self._stream.write("\n")
            self._stream.flush()
            self._line_open = False


@contextlib.contextmanager
def interrupt_on_sigint(state: CallbackTaskState, *,
                        stream: TextIO | None = None) -> Iterator[CallbackTaskState]:
    """While inside, the first Ctrl-C requests interruption; the second raises KeyboardInterrupt."""
    out = stream or sys.stderr

    def handler(signum: int, frame: Any) -> None:
        if state.is_interruption_requested():
            raise KeyboardInterrupt
        state.request_interruption()
        out.write("\nStopping after the current step (press Ctrl-C again to stop at once)…\n")
        out.flush()

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: leave Ctrl-C as it is
        yield state
        return
    try:
        yield state
    finally:
        signal.signal(signal.SIGINT, previous)
