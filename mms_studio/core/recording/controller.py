"""One take at a time, for every page that records: record → stream to WAV → check → keep.

The Record page and the Transcribe page both drive a `TakeController`, so
they open the microphone, name and store takes, report errors and check takes
the same way. Nothing here blocks the caller: `stop()` only asks the writer
thread to finish (the tail is still being recorded), and the caller calls
`poll()` from its timer until the finished `Take` comes back; `wait()` exists
for closing the window and for scripts. Errors arrive as `AudioDeviceError` or
`TakeError`, whose message is a `Message` (a sentence saying what to do).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.audio.devices import (
    NO_MICROPHONE,
    AudioDeviceError,
    Capture,
    DeviceInfo,
    input_devices,
)
from mms_studio.core.diskerrors import storage_error
from mms_studio.core.errors import MMSStudioError
from mms_studio.core.recording.checks import TakeProblem, check_take
from mms_studio.core.recording.recorder import TAIL_SECONDS, TakeRecorder
from mms_studio.core.recording.takes import RECOVERED, finished_path, new_take_path, take_source
from mms_studio.core.tasks import Message

log = logging.getLogger(__name__)


class TakeError(MMSStudioError):
    """A take could not be recorded, saved or kept (message: what happened, what to do)."""


@dataclass(frozen=True)
class Take:
    """A finished take on disk, its samples and what the checks found."""

    path: Path
    samples: np.ndarray
    samplerate: int
    problems: tuple[TakeProblem, ...]

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.samplerate

    @property
    def recovered(self) -> bool:
        """Cut short by a crash and offered back (`takes.recover_takes`)."""
        return self.path.name.endswith(RECOVERED)


def load_take(path: str | Path, *, tail_seconds: float = 0.0) -> Take:
    """Read a take file and check it (`tail_seconds`: padding after Stop, not speech)."""
    import soundfile as sf

    path = Path(path)
    try:
        samples, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (OSError, RuntimeError) as exc:   # soundfile raises LibsndfileError(RuntimeError)
        raise TakeError(Message("The take {name} could not be read; it is kept in the "
                                "project's recordings folder.", name=path.name)) from exc
    mono = samples[:, 0].copy()
    return Take(path=path, samples=mono, samplerate=int(rate),
                problems=tuple(check_take(mono, int(rate), tail_seconds=tail_seconds)))


def keep_take(project: Any, take: Take, *, transcript: str, speaker: str | None = None) -> Any:
    """Add `take` to the dataset as a clip; one with problems is marked "needs_review".

    The take file stays in `recordings/` (the clip is a 16 kHz copy). Raises
    `TakeError` for an empty transcript and the store's errors otherwise,
    changing nothing.
    """
    text = transcript.strip()
    if not text:
        raise TakeError(Message("Type what is said in the take before accepting it."))
    clip = project.add_clip_from_file(take.path, transcript=text,
                                      speaker=(speaker or "").strip() or None,
                                      source=take_source(take.path))
    if take.problems:
        clip = project.update_clip(clip.id, status="needs_review")
    return clip


class TakeController:
    """The microphone and at most one take being recorded; see the module docstring."""

    def __init__(self, *, tail: float = TAIL_SECONDS) -> None:
        self.tail = tail
        self.capture: Capture | None = None
        self.devices: list[DeviceInfo] = []
        self.recorder: TakeRecorder | None = None
        self._closing: list[TakeRecorder] = []   # aborted takes whose writer may still run

    # ---- input ---------------------------------------------------------------------------
    def list_devices(self) -> list[DeviceInfo]:
        """Look for microphones again (default first); raises `AudioDeviceError`."""
        self.devices = input_devices()
        return self.devices

    def open_input(self, device: DeviceInfo | None = None) -> DeviceInfo:
        """Open `device` (default: the system's default microphone) for the meter and takes.

        If another device is open and `device` fails, the old one stays in use
        and this raises `AudioDeviceError`.
        """
        if device is None:
            devices = self.list_devices()
            if not devices:
                raise AudioDeviceError(NO_MICROPHONE)
            device = devices[0]
        capture = self.capture or Capture()
        capture.open(device)
        self.capture = capture
        return device

    @property
    def input_open(self) -> bool:
        return self.capture is not None and self.capture.stream is not None

    @property
    def device(self) -> DeviceInfo | None:
        return self.capture.device if self.capture is not None else None

    def close_input(self) -> bool:
        """Release the microphone (refused while a take is recorded); True when released."""
        if self.recorder is not None:
            return False
        if self.capture is not None:
            self.capture.close()
            self.capture = None
        return True

    def latest_peak(self) -> float | None:
        return self.capture.latest_peak() if self.capture is not None else None

    # ---- takes ---------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        """A take is being written (including its tail after `stop()`)."""
        return self.recorder is not None

    @property
    def stopping(self) -> bool:
        return self.recorder is not None and self.recorder.stopping

    @property
    def seconds(self) -> float:
        return self.recorder.seconds if self.recorder is not None else 0.0

    def start(self, folder: Path) -> Path:
        """Start a take in `folder` (the microphone is opened if needed); returns its file."""
        if self.recorder is not None:
            raise TakeError(Message("A take is already being recorded."))
        if not self.input_open:
            self.open_input()
        assert self.capture is not None
        path = new_take_path(Path(folder))
        try:
            self.recorder = TakeRecorder(self.capture, path, tail=self.tail,
                                         finish_as=finished_path(path))
        except OSError as exc:
            typed = storage_error(exc, where=path, folder=folder)
            if typed is not None:
                raise typed from exc
            raise TakeError(Message("The take could not be saved in {folder} ({reason}).",
                                    folder=str(folder), reason=exc.strerror or str(exc))) from exc
        log.info("recording a take to %s", path)
        return path

    def stop(self) -> None:
        """Ask the take to finish (after the tail); `poll()` then returns it."""
        if self.recorder is not None:
            self.recorder.stop()

    def abort(self) -> None:
        """Stop at once and forget the take (its file is kept, finished, in recordings/).

        Returns at once: the writer thread closes the file on its own, and a
        take started right after gets its own queue from the capture.
        """
        recorder, self.recorder = self.recorder, None
        if recorder is not None:
            recorder.abort()
            self._closing = [r for r in self._closing if not r.done.is_set()] + [recorder]

    def poll(self) -> Take | None:
        """The finished take once the writer is done, else None; never waits.

        Raises `TakeError` when the take could not be written (what was
        written is kept on disk).
        """
        recorder = self.recorder
        if recorder is None or not recorder.done.is_set():
            return None
        self.recorder = None
        if recorder.error is not None:
            typed = storage_error(recorder.error, where=f"the take {recorder.path.name}",
                                  folder=recorder.path.parent)
            if typed is not None:    # what was written before is kept (wavfile.py)
                raise type(typed)(f"{typed} What was recorded before is kept in the "
                                  "project's recordings folder.") from recorder.error
            reason = getattr(recorder.error, "strerror", None) or str(recorder.error)
            raise TakeError(Message("The take could not be saved: {reason}",
                                    reason=reason)) from recorder.error
        return load_take(recorder.path, tail_seconds=recorder.tail)

    def wait(self, timeout: float = 10.0) -> Take | None:
        """Block until the take is finished (closing, scripts, tests); None if it is not."""
        if self.recorder is None or not self.recorder.wait(timeout):
            return None
        return self.poll()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Closing: end any take at once (what was recorded is kept) and release the device."""
        self.abort()
        for recorder in self._closing:
            if not recorder.wait(timeout):
                log.warning("the take %s did not finish within %.1f s", recorder.path, timeout)
        self._closing.clear()
        self.close_input()
