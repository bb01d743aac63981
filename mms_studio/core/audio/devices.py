"""The sound card: device lists, a capture stream, playback, and whether any of it can work.

Recording is three activities (python-sounddevice's rec_gui.py): the
PortAudio callback only copies each block into a queue and the block's peak
into a one-slot queue, counting overflows — no file I/O, no locks, no Qt;
a writer thread drains the queue into a take file
(`core.recording.recorder.TakeRecorder`); the interface polls the peak for its
meter. The hardware is reached only through `backend()`, so tests, demos and
screenshots plug in `core.audio.replay_device.ReplayBackend` instead.

`check_sound()` says in one sentence what cannot work (no sound system, no
microphone, no speakers) and what to do about it, so every page of the app
and the CLI tell a person the same thing.
"""

from __future__ import annotations

import logging
import os
import queue
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from mms_studio.core.errors import AudioError
from mms_studio.core.tasks import Message

log = logging.getLogger(__name__)

BLOCK_SECONDS = 0.05
PREFERRED_RATE = 16000      # what the model wants; the project converts anything else
REPLAY_ENV = "MMS_STUDIO_REPLAY_DEVICE"   # a WAV file: replay it instead of a microphone

_backend: Any = None
_generation = 0
_open_streams: set[int] = set()   # ids of Captures holding a stream: rescan() waits for none


class AudioDeviceError(AudioError):
    """No sound device, or the chosen one cannot be opened (message: what to do)."""


def no_sound_system() -> Message:
    return Message("No sound system was found on this computer, so recording and playback "
                   "are unavailable. Install PortAudio (see the README), then restart "
                   "MMS Studio.")


def set_backend(backend: Any) -> None:
    """Use `backend` (sounddevice-like) instead of the sound card; None restores the default."""
    global _backend, _generation
    _backend = backend
    _generation += 1


def backend_generation() -> int:
    """Changes each time `set_backend` is called: what was learnt of the old one is stale."""
    return _generation


def backend() -> Any:
    """The sounddevice module (imported on first use: it loads PortAudio), or a stand-in."""
    global _backend
    if _backend is None:
        replay = os.environ.get(REPLAY_ENV)
        if replay:
            from mms_studio.core.audio.replay_device import ReplayBackend

            _backend = ReplayBackend(replay)
        else:
            try:
                import sounddevice
            except OSError as exc:   # PortAudio missing
                raise AudioDeviceError(no_sound_system()) from exc
            _backend = sounddevice
    return _backend


def rescan() -> None:
    """Ask the sound system for its devices again (PortAudio lists them only when it starts).

    Restarting PortAudio would close open streams, so while a `Capture` holds
    one this does nothing. A stand-in backend without this ability is left as it is.
    """
    if _open_streams:
        return
    try:
        sd = backend()
    except AudioDeviceError:
        return
    terminate, initialize = getattr(sd, "_terminate", None), getattr(sd, "_initialize", None)
    if callable(terminate) and callable(initialize):
        try:
            terminate()
            initialize()
        except Exception as exc:  # noqa: BLE001 — the next device list says what is wrong
            log.warning("restarting the sound system failed: %s", exc)


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    channels: int
    samplerate: float
    is_default: bool

    def label(self) -> str:
        return f"{self.name} (default)" if self.is_default else self.name


def _devices(direction: str) -> list[DeviceInfo]:
    sd = backend()
    key, slot = ("max_input_channels", 0) if direction == "input" else ("max_output_channels", 1)
    try:
        default = sd.default.device[slot]
        raw = sd.query_devices()
    except Exception as exc:  # noqa: BLE001 — PortAudio reports many ways
        raise AudioDeviceError(Message("The list of sound devices could not be read. "
                                       "Check that the sound system is running, then look "
                                       "for sound devices again.")) from exc
    if isinstance(raw, dict):   # sounddevice returns a single dict for one device
        raw = [raw]
    devices = [DeviceInfo(index=i, name=str(d["name"]), channels=int(d[key]),
                          samplerate=float(d["default_samplerate"]), is_default=i == default)
               for i, d in enumerate(raw) if int(d.get(key, 0)) > 0]
    devices.sort(key=lambda d: (not d.is_default, d.index))
    return devices


def input_devices() -> list[DeviceInfo]:
    """Devices that can record, the system default first."""
    return _devices("input")


def output_devices() -> list[DeviceInfo]:
    """Devices that can play, the system default first."""
    return _devices("output")


@dataclass(frozen=True)
class SoundCheck:
    """What the sound card allows now; `problem` says what cannot work and what to do."""

    inputs: tuple[DeviceInfo, ...]
    outputs: tuple[DeviceInfo, ...]
    problem: Message | None

    @property
    def can_record(self) -> bool:
        return bool(self.inputs)

    @property
    def can_play(self) -> bool:
        return bool(self.outputs)


NO_SOUND_CARD = Message("No sound card was found: recording and playback are unavailable. "
                        "Plug in a microphone and speakers or a headset, then press "
                        "“Look for sound devices again”.")
NO_MICROPHONE = Message("No microphone was found, so nothing can be recorded. Plug one in, "
                        "then press “Look for sound devices again”.")
NO_SPEAKERS = Message("No speakers or headphones were found, so nothing can be played. "
                      "Plug some in, then press “Look for sound devices again”.")


def check_sound() -> SoundCheck:
    """Look at the sound devices once (cheap: no stream is opened). Never raises."""
    try:
        inputs, outputs = tuple(input_devices()), tuple(output_devices())
    except AudioDeviceError as exc:
        problem = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else None
        return SoundCheck((), (), problem or no_sound_system())
    if not inputs and not outputs:
        problem: Message | None = NO_SOUND_CARD
    elif not inputs:
        problem = NO_MICROPHONE
    elif not outputs:
        problem = NO_SPEAKERS
    else:
        problem = None
    return SoundCheck(inputs, outputs, problem)


class Capture:
    """An open input stream feeding `peaks` and, while a take is recorded, that take's queue.

    A take recorder attaches its own queue as `sink`; the callback reads the
    attribute once per block, so a take started while an aborted one is still
    closing never receives or loses the other's blocks.

    `open()` on another device keeps the current stream if the new one fails,
    so a bad choice in the device list never leaves the user without input.
    """

    def __init__(self) -> None:
        self.sink: queue.Queue[np.ndarray] | None = None   # the take being recorded
        self.peaks: queue.Queue[float] = queue.Queue(maxsize=1)
        self.overflows = 0
        self.frames_captured = 0
        self.stream: Any = None
        self.device: DeviceInfo | None = None
        self.samplerate = PREFERRED_RATE

    # PortAudio thread: copy, count, never block.
    def _callback(self, indata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        if status:
            self.overflows += 1
        self.frames_captured += frames
        sink = self.sink
        if sink is not None:
            sink.put_nowait(indata[:, 0].copy())
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
            raise AudioDeviceError(Message(
                "The microphone “{name}” could not be opened; the previous one is still in "
                "use.", name=device.name)) from last_error
        old = self.stream
        try:
            stream.start()
        except Exception as exc:  # noqa: BLE001
            stream.close()
            raise AudioDeviceError(Message(
                "The microphone “{name}” could not be started; the previous one is still in "
                "use.", name=device.name)) from exc
        self.stream, self.device, self.samplerate = stream, device, rate
        _open_streams.add(id(self))
        if old is not None:
            old.stop()
            old.close()
        log.info("input device %s at %d Hz", device.name, rate)

    def latest_peak(self) -> float | None:
        try:
            return self.peaks.get_nowait()
        except queue.Empty:
            return None

    @property
    def recording(self) -> bool:
        """A take is attached and receives blocks."""
        return self.sink is not None

    def close(self) -> None:
        self.sink = None
        if self.stream is not None:
            self.stream.stop()
            self.stream.close()
            self.stream = None
        _open_streams.discard(id(self))


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
            raise AudioDeviceError(Message(
                "The sound could not be played: no speakers or headphones answered. Plug "
                "some in, then press “Look for sound devices again”.")) from exc
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
