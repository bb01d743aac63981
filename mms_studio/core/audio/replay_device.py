"""A stand-in for the sound card that replays a real recording through the same callback.

Used by the tests, the screenshot script and anyone without a microphone who
wants to try the Record page (`MMS_STUDIO_REPLAY_DEVICE=clip.wav`).
`NoSoundBackend` is the other stand-in: a computer without any sound card. It fakes
only the hardware boundary: `InputStream` calls the real capture callback from
its own thread with blocks of the clip, at real time or faster, exactly as
PortAudio would; everything downstream (queues, writer thread, checks) is the
real code.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import soundfile as sf


class ReplayInputStream:
    def __init__(self, backend: ReplayBackend, *, device: Any = None, samplerate: float | None = None,
                 channels: int = 1, blocksize: int = 0, dtype: str = "float32",
                 callback: Any = None, **_: Any) -> None:
        if device is not None and device not in range(len(backend.devices)):
            raise backend.PortAudioError(f"Invalid device {device!r}")
        if backend.fail_devices and device in backend.fail_devices:
            raise backend.PortAudioError("Device unavailable")
        self.backend, self.callback = backend, callback
        self.samplerate = float(samplerate or backend.samplerate)
        self.blocksize = blocksize or int(self.samplerate // 20)
        self.channels, self.device = channels, device
        self.audio = backend.audio
        if int(self.samplerate) != int(backend.samplerate):   # PortAudio would resample too
            import soxr

            self.audio = soxr.resample(backend.audio, backend.samplerate, self.samplerate)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.active = False

    def start(self) -> None:
        self.active = True
        self._thread = threading.Thread(target=self._run, name="replay-device", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        audio = self.audio
        pos, period = 0, self.blocksize / self.samplerate / self.backend.speed
        next_time = time.monotonic()
        while not self._stop.is_set():
            idx = np.arange(pos, pos + self.blocksize)
            if self.backend.loop:
                block = audio[idx % len(audio)]
            else:
                block = np.where(idx < len(audio), audio[np.minimum(idx, len(audio) - 1)], 0.0)
            pos += self.blocksize
            indata = np.repeat(block.reshape(-1, 1), self.channels, axis=1).astype(np.float32)
            self.callback(indata, self.blocksize, None, self.backend.CallbackFlags())
            next_time += period
            delay = next_time - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2.0)
        self.active = False

    def close(self) -> None:
        self.stop()

    abort = stop


class ReplayBackend:
    """Looks like the parts of the `sounddevice` module that `core.audio.devices` uses."""

    class PortAudioError(Exception):
        pass

    class CallbackFlags:
        input_overflow = False

        def __bool__(self) -> bool:
            return False

    def __init__(self, clip: str | Path, *, speed: float = 1.0, loop: bool = True,
                 names: tuple[str, ...] = ("Replay microphone", "Second replay microphone"),
                 fail_devices: tuple[int, ...] = ()) -> None:
        audio, self.samplerate = sf.read(str(clip), dtype="float32", always_2d=True)
        self.audio = audio[:, 0].copy()
        self.speed, self.loop = speed, loop
        self.fail_devices = fail_devices
        self.devices = [{"name": name, "index": i, "max_input_channels": 1,
                         "max_output_channels": 2, "default_samplerate": float(self.samplerate),
                         "hostapi": 0} for i, name in enumerate(names)]
        self.default = SimpleNamespace(device=[len(names) - 1, len(names) - 1])
        self.played: list[tuple[int, int]] = []   # (frames, samplerate) per play()

    def query_devices(self) -> list[dict[str, Any]]:
        return list(self.devices)

    def InputStream(self, **kwargs: Any) -> ReplayInputStream:  # noqa: N802 (sounddevice name)
        return ReplayInputStream(self, **kwargs)

    def play(self, data: np.ndarray, samplerate: int, **_: Any) -> None:
        self.played.append((len(data), int(samplerate)))

    def stop(self) -> None:
        pass


class NoSoundBackend:
    """A computer without a sound card: no devices; opening or playing fails as PortAudio does."""

    class PortAudioError(Exception):
        pass

    def __init__(self) -> None:
        self.default = SimpleNamespace(device=[-1, -1])

    def query_devices(self) -> list[dict[str, Any]]:
        return []

    def InputStream(self, **kwargs: Any) -> Any:  # noqa: N802 (sounddevice name)
        raise self.PortAudioError("Error querying device -1")

    def play(self, data: np.ndarray, samplerate: int, **_: Any) -> None:
        raise self.PortAudioError("Error querying device -1")

    def stop(self) -> None:
        pass
