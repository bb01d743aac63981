"""Sound input and output: device lists, a capture stream, a disk writer thread, playback.

Recording is three activities (python-sounddevice's rec_gui.py): the
PortAudio callback only copies each block into a queue and the block's peak
into a one-slot queue, counting overflows — no Qt, no file I/O there; a writer
thread drains the queue into a take file opened before capture starts
(`recording/wavfile.py`, readable after a crash); the GUI polls the peak with
a QTimer for the meter. The hardware is reached only through `backend()`, so
tests and demos can plug in `recording.replay_device.ReplayBackend`.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.errors import MMSStudioError
from mms_studio.gui.recording.wavfile import StreamingWavWriter

log = logging.getLogger(__name__)

TAIL_SECONDS = 0.5          # keep recording this long after Stop: people stop early
BLOCK_SECONDS = 0.05
PREFERRED_RATE = 16000      # what the model wants; the project converts anything else
STALL_SECONDS = 2.0         # no audio for this long while stopping: the device is gone

_backend: Any = None


class AudioDeviceError(MMSStudioError):
    """No sound device, or the chosen one cannot be opened."""


def set_backend(backend: Any) -> None:
    """Use `backend` (sounddevice-like) instead of the sound card; None restores the default."""
    global _backend
    _backend = backend


def backend() -> Any:
    global _backend
    if _backend is None:
        replay = os.environ.get("MMS_STUDIO_REPLAY_DEVICE")
        if replay:
            from mms_studio.gui.recording.replay_device import ReplayBackend

            _backend = ReplayBackend(replay)
        else:
            try:
                import sounddevice
            except OSError as exc:   # PortAudio missing
                raise AudioDeviceError("No sound system was found on this computer, so "
                                       "recording and playback are unavailable.") from exc
            _backend = sounddevice
    return _backend


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    channels: int
    samplerate: float
    is_default: bool

    def label(self) -> str:
        return f"{self.name} (default)" if self.is_default else self.name


def input_devices() -> list[DeviceInfo]:
    """Devices that can record, the system default first."""
    sd = backend()
    try:
        default = sd.default.device[0]
        raw = sd.query_devices()
    except Exception as exc:  # noqa: BLE001 — PortAudio reports many ways
        raise AudioDeviceError("The list of microphones could not be read.") from exc
    devices = [DeviceInfo(index=i, name=str(d["name"]), channels=int(d["max_input_channels"]),
                          samplerate=float(d["default_samplerate"]), is_default=i == default)
               for i, d in enumerate(raw) if int(d["max_input_channels"]) > 0]
    devices.sort(key=lambda d: (not d.is_default, d.index))
    return devices


class Capture:
    """An open input stream feeding `blocks` and `peaks`; a take writer attaches to it.

    `open()` on another device keeps the current stream if the new one fails,
    so a bad choice in the device list never leaves the user without input.
    """

    def __init__(self) -> None:
        self.blocks: queue.Queue[np.ndarray] = queue.Queue()
        self.peaks: queue.Queue[float] = queue.Queue(maxsize=1)
        self.overflows = 0
        self.frames_captured = 0
        self.stream: Any = None
        self.device: DeviceInfo | None = None
        self.samplerate = PREFERRED_RATE
        self.recording = False   # the writer thread wants blocks

    # PortAudio thread: copy, count, never block.
    def _callback(self, indata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        if status:
            self.overflows += 1
        self.frames_captured += frames
        if self.recording:
            self.blocks.put_nowait(indata[:, 0].copy())
        peak = max(float(indata.max()), -float(indata.min())) if frames else 0.0
        try:
            self.peaks.put_nowait(peak)
        except queue.Full:
            try:
                self.peaks.get_nowait()
                self.peaks.put_nowait(peak)
            except (queue.Empty, queue.Full):
                pass

    def open(self, device: DeviceInfo) -> None:
        """Switch to `device`; on failure the previous stream keeps running and this raises."""
        sd = backend()
        stream, rate = None, PREFERRED_RATE
        last_error: Exception | None = None
        for rate in (PREFERRED_RATE, int(device.samplerate)):
            try:
                stream = sd.InputStream(device=device.index, channels=1, samplerate=rate,
                                        blocksize=int(rate * BLOCK_SECONDS), dtype="float32",
                                        callback=self._callback)
                break
            except Exception as exc:  # noqa: BLE001 — PortAudioError or ValueError
                last_error = exc
        if stream is None:
            log.warning("could not open %s: %s", device.name, last_error)
            raise AudioDeviceError(f"The microphone “{device.name}” could not be opened; the "
                                   "previous one is still in use.") from last_error
        old = self.stream
        try:
            stream.start()
        except Exception as exc:  # noqa: BLE001
            stream.close()
            raise AudioDeviceError(f"The microphone “{device.name}” could not be started; the "
                                   "previous one is still in use.") from exc
        self.stream, self.device, self.samplerate = stream, device, rate
        if old is not None:
            old.stop()
            old.close()
        log.info("input device %s at %d Hz", device.name, rate)

    def latest_peak(self) -> float | None:
        try:
            return self.peaks.get_nowait()
        except queue.Empty:
            return None

    def close(self) -> None:
        self.recording = False
        if self.stream is not None:
            self.stream.stop()
            self.stream.close()
            self.stream = None


class TakeRecorder:
    """Streams one take from a `Capture` to disk on a writer thread.

    The file is created before the first block is routed to the queue. `stop()`
    keeps recording `tail` seconds, then closes the file; `done` is set when
    the take is complete and `on_done(path)` is called from the writer thread.
    """

    def __init__(self, capture: Capture, path: str | Path, *, tail: float = TAIL_SECONDS,
                 on_done: Callable[[Path], None] | None = None) -> None:
        self.capture, self.path, self.tail = capture, Path(path), tail
        self.writer = StreamingWavWriter(self.path, samplerate=capture.samplerate)
        self.done = threading.Event()
        self.error: BaseException | None = None
        self._stop_at: int | None = None     # frames to write in total, once stopped
        self._on_done = on_done
        self._thread = threading.Thread(target=self._run, name="take-writer", daemon=True)
        while not capture.blocks.empty():     # stale blocks from an earlier take
            capture.blocks.get_nowait()
        self._start_frames = capture.frames_captured
        capture.recording = True
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
        """Stop at once without the tail (closing the window)."""
        self.tail = 0.0
        self._stop_at = self.writer.frames

    def _run(self) -> None:
        last_block = time.monotonic()
        try:
            while True:
                if self._stop_at is not None and self.writer.frames >= self._stop_at:
                    break
                try:
                    block = self.capture.blocks.get(timeout=0.2)
                except queue.Empty:
                    stalled = time.monotonic() - last_block > STALL_SECONDS
                    if self.capture.stream is None or (self._stop_at is not None and stalled):
                        break   # the device went away: keep what was written
                    continue
                last_block = time.monotonic()
                if self._stop_at is not None:
                    block = block[: max(self._stop_at - self.writer.frames, 0)]
                self.writer.write(block)
        except BaseException as exc:  # noqa: BLE001 — reported to the page
            self.error = exc
            log.exception("writing the take %s failed", self.path)
        finally:
            self.capture.recording = False
            self.writer.close()
            self.done.set()
            if self._on_done is not None:
                self._on_done(self.path)

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)


class Player:
    """Plays samples on the default output; one sound at a time."""

    def __init__(self) -> None:
        self.until = 0.0

    def play(self, samples: np.ndarray, samplerate: int) -> None:
        sd = backend()
        try:
            sd.stop()
            sd.play(np.asarray(samples, dtype=np.float32), samplerate)
        except Exception as exc:  # noqa: BLE001
            raise AudioDeviceError("The sound could not be played on this computer.") from exc
        self.until = time.monotonic() + len(samples) / samplerate

    def stop(self) -> None:
        try:
            backend().stop()
        except Exception:  # noqa: BLE001 — nothing playing or no device
            pass
        self.until = 0.0

    @property
    def playing(self) -> bool:
        return time.monotonic() < self.until
