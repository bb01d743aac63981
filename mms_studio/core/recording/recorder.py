"""The writer thread: one take streamed from a `Capture` to a crash-safe WAV file.

The file is created before the first block is routed to the queue, so a take
exists on disk from its first moment (`wavfile.StreamingWavWriter` keeps it
readable after a crash). `stop()` keeps recording `tail` seconds — people stop
early — counted in captured frames, not wall time.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from mms_studio.core.audio.devices import Capture
from mms_studio.core.recording.wavfile import StreamingWavWriter

log = logging.getLogger(__name__)

TAIL_SECONDS = 0.5          # keep recording this long after Stop: people stop early
STALL_SECONDS = 2.0         # no audio for this long while stopping: the device is gone


class TakeRecorder:
    """Streams one take from a `Capture` to disk on a writer thread.

    `finish_as`: the name the file gets once complete (renamed by the writer
    thread, so an interrupted take keeps its in-progress name for recovery);
    `path` then is that name. `on_done(path)` is called from the writer thread,
    then `done` is set; `error` holds what went wrong, if anything.
    """

    def __init__(self, capture: Capture, path: str | Path, *, tail: float = TAIL_SECONDS,
                 finish_as: str | Path | None = None,
                 on_done: Callable[[Path], None] | None = None) -> None:
        self.capture, self.path, self.tail = capture, Path(path), tail
        self._finish_as = Path(finish_as) if finish_as is not None else None
        self.writer = StreamingWavWriter(self.path, samplerate=capture.samplerate)
        self.done = threading.Event()
        self.error: BaseException | None = None
        self._stop_at: int | None = None     # frames to write in total, once stopped
        self._on_done = on_done
        self._thread = threading.Thread(target=self._run, name="take-writer", daemon=True)
        self.blocks: queue.Queue[np.ndarray] = queue.Queue()   # this take's own blocks
        self._start_frames = capture.frames_captured
        capture.sink = self.blocks
        self.started = time.monotonic()
        self._thread.start()

    @property
    def seconds(self) -> float:
        return self.writer.duration

    @property
    def stopping(self) -> bool:
        return self._stop_at is not None

    def stop(self) -> None:
        """Finish the take `tail` seconds from now (counted in captured frames, not wall time)."""
        if self._stop_at is None:
            captured = self.capture.frames_captured - self._start_frames
            self._stop_at = captured + int(self.tail * self.capture.samplerate)

    def abort(self) -> None:
        """Stop at once without the tail (closing the window, recording again)."""
        self.tail = 0.0
        self._stop_at = self.writer.frames

    def _run(self) -> None:
        last_block = time.monotonic()
        try:
            while True:
                if self._stop_at is not None and self.writer.frames >= self._stop_at:
                    break
                try:
                    block = self.blocks.get(timeout=0.2)
                except queue.Empty:
                    stalled = time.monotonic() - last_block > STALL_SECONDS
                    if self.capture.stream is None or (self._stop_at is not None and stalled):
                        break   # the device went away: keep what was written
                    continue
                last_block = time.monotonic()
                if self._stop_at is not None:
                    block = block[: max(self._stop_at - self.writer.frames, 0)]
                self.writer.write(block)
        except BaseException as exc:  # noqa: BLE001 — reported to whoever waits on the take
            self.error = exc
            log.exception("writing the take %s failed", self.path)
        finally:
            if self.capture.sink is self.blocks:   # a newer take may have attached already
                self.capture.sink = None
            try:
                self.writer.close()
                if self._finish_as is not None:
                    self.path.replace(self._finish_as)
                    self.path = self._finish_as
                if self._on_done is not None:
                    self._on_done(self.path)
            except BaseException as exc:  # noqa: BLE001 — reported like a write error
                self.error = self.error or exc
                log.exception("finishing the take %s failed", self.path)
            finally:
                self.done.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)
