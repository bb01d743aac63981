"""Speech detection (VAD) for recordings of any length, with Silero VAD's own weights.

Why: long field recordings are mostly pauses, and sending silence through the
1B model costs as much as speech. Silero VAD is a 300 k-parameter model made
for this job, and its wheel (`silero-vad` on PyPI) carries the weights, so it
works offline. We read them from the wheel's `silero_vad_16k.safetensors` into
the small module below (the same layers as the package's own tinygrad port:
an STFT as a convolution, four convolutions, one LSTM cell, a sigmoid) and
never load its TorchScript file or import the package itself (which pins
torch to one thread at import).

How it streams: the audio is read block by block (`core.audio.iter_blocks`);
each 32 ms frame (512 samples plus the 64 before it) goes through the
convolutions in one batch per block and the LSTM carries its state across
blocks, so memory is a few blocks whatever the length. Only two numbers per
32 ms frame are kept (speech probability and level: 0.5 MB per hour), from
which `speech_regions` draws the regions with the settings a person sets:
minimum pause, minimum and maximum segment length, padding (and loud
stretches kept even when the model doubts they are speech). A region longer
than the maximum is split at its quietest moment (lowest level, then lowest
speech probability), so a cut falls between words wherever there is a gap.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from mms_studio.core.errors import ModelError
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled

SAMPLE_RATE = 16000
FRAME_SAMPLES = 512                      # Silero's frame at 16 kHz
CONTEXT_SAMPLES = 64                     # samples of the previous frame it sees
FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE   # 0.032 s
WEIGHTS_FILE = "silero_vad_16k.safetensors"


@dataclass(frozen=True)
class VadSettings:
    """What a person tunes, in seconds (and a 0..1 threshold).

    threshold: speech probability above which a frame is speech; a region ends
        only when it falls below `threshold - 0.15` (hysteresis: no flicker).
    min_pause: a silence shorter than this does not end a region.
    min_speech: regions shorter than this are dropped (clicks, coughs).
    max_segment: a longer region is split at its quietest moment; 30 s matches
        the window the recogniser sees at once.
    min_segment: a split never leaves a piece shorter than this.
    pad: added before and after each region so word edges are not clipped.
    loud_is_speech: stretches at least `loud_db` above the recording's noise floor
        count as speech even when the model doubts (singing, whistled or shouted
        speech, a synthetic test language): only quiet stretches are ever skipped,
        so no words are lost to the detector's idea of what speech sounds like.
    """

    threshold: float = 0.5
    min_pause: float = 0.3
    min_speech: float = 0.25
    max_segment: float = 30.0
    min_segment: float = 1.0
    pad: float = 0.2
    loud_is_speech: bool = True
    loud_db: float = 20.0

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        if self.max_segment <= 2 * self.pad or self.min_segment >= self.max_segment:
            raise ValueError("max_segment must exceed min_segment and twice the padding")
        if min(self.min_pause, self.min_speech, self.pad, self.min_segment) < 0:
            raise ValueError("durations cannot be negative")

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass(frozen=True)
class SpeechRegion:
    start: float      # seconds from the start of the recording
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class FrameScores:
    """Per 32 ms frame: speech probability and level (dBFS) of a whole recording."""

    probs: np.ndarray     # float32 (frames,)
    level_db: np.ndarray  # float32 (frames,)
    duration: float       # seconds of audio they cover

    @property
    def frame_seconds(self) -> float:
        return FRAME_SECONDS


@dataclass(frozen=True)
class SpeechDetection:
    regions: tuple[SpeechRegion, ...]
    duration: float
    settings: VadSettings

    @property
    def speech_seconds(self) -> float:
        return float(sum(r.duration for r in self.regions))

    @property
    def silence_seconds(self) -> float:
        return max(0.0, self.duration - self.speech_seconds)


# --- the model ----------------------------------------------------------------------------------

def weights_path() -> Path:
    """The safetensors weights inside the installed silero-vad wheel (package not imported)."""
    spec = importlib.util.find_spec("silero_vad")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("Speech detection needs the silero-vad package; reinstall MMS Studio.")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / WEIGHTS_FILE
    if not path.is_file():
        raise ModelError("The silero-vad package has no speech detection weights; "
                         "reinstall MMS Studio.")
    return path


_MODEL = None


def _model():
    """The Silero VAD network built from its safetensors weights (once per process)."""
    global _MODEL
    if _MODEL is None:
        import torch
        from safetensors.torch import load_file

        class SileroVad(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.stft_conv = torch.nn.Conv1d(1, 258, 256, stride=128, bias=False)
                self.conv1 = torch.nn.Conv1d(129, 128, 3, padding=1)
                self.conv2 = torch.nn.Conv1d(128, 64, 3, stride=2, padding=1)
                self.conv3 = torch.nn.Conv1d(64, 64, 3, stride=2, padding=1)
                self.conv4 = torch.nn.Conv1d(64, 128, 3, padding=1)
                self.lstm_cell = torch.nn.LSTMCell(128, 128)
                self.final_conv = torch.nn.Conv1d(128, 1, 1)
                self.lstm = torch.nn.LSTM(128, 128)   # the same weights, run over a sequence

            def encode(self, frames):
                """(n, 576) frames with their context -> (n, 128) features (no state)."""
                x = torch.nn.functional.pad(frames, (0, 64), mode="reflect")[:, None]
                x = self.stft_conv(x)
                x = torch.sqrt(x[:, :129] ** 2 + x[:, 129:] ** 2)
                for conv in (self.conv1, self.conv2, self.conv3, self.conv4):
                    x = torch.relu(conv(x))
                return x[:, :, 0]

            def forward(self, frames, state):
                h, state = self.lstm(self.encode(frames), state)
                x = self.final_conv(torch.relu(h).T[None])
                return torch.sigmoid(x)[0, 0], state

        model = SileroVad()
        weights = load_file(str(weights_path()))
        missing, unexpected = model.load_state_dict(weights, strict=False)
        if unexpected or set(missing) != {f"lstm.{n}" for n, _ in model.lstm.named_parameters()}:
            raise ModelError("The speech detection weights do not match the expected model.")
        with torch.no_grad():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(model.lstm, f"{name}_l0").copy_(getattr(model.lstm_cell, name))
        _MODEL = model.eval()
    return _MODEL


class _Scorer:
    """Feeds blocks of 16 kHz audio through the model, carrying context and LSTM state."""

    def __init__(self) -> None:
        self.model = _model()
        self.state = None
        self.tail = np.zeros(0, dtype=np.float32)          # samples not yet a whole frame
        self.context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
        self.probs: list[np.ndarray] = []
        self.levels: list[np.ndarray] = []
        self.samples = 0

    def add(self, block: np.ndarray, *, final: bool = False) -> None:
        import torch

        self.samples += len(block)
        audio = np.concatenate([self.tail, np.asarray(block, dtype=np.float32)])
        n = len(audio) // FRAME_SAMPLES
        if final and len(audio) % FRAME_SAMPLES:
            audio = np.concatenate([audio, np.zeros(FRAME_SAMPLES - len(audio) % FRAME_SAMPLES,
                                                    dtype=np.float32)])
            n += 1
        self.tail = audio[n * FRAME_SAMPLES:]
        if n == 0:
            return
        frames = audio[:n * FRAME_SAMPLES].reshape(n, FRAME_SAMPLES)
        contexts = np.concatenate([self.context[None], frames[:-1, -CONTEXT_SAMPLES:]])
        self.context = frames[-1, -CONTEXT_SAMPLES:].copy()
        with torch.inference_mode():
            probs, self.state = self.model(torch.from_numpy(
                np.concatenate([contexts, frames], axis=1)), self.state)
        self.probs.append(probs.numpy().astype(np.float32))
        rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
        self.levels.append((20 * np.log10(np.maximum(rms, 1e-6))).astype(np.float32))

    def result(self) -> FrameScores:
        self.add(np.zeros(0, dtype=np.float32), final=True)
        empty = np.zeros(0, np.float32)
        return FrameScores(np.concatenate(self.probs) if self.probs else empty,
                           np.concatenate(self.levels) if self.levels else empty,
                           self.samples / SAMPLE_RATE)


def frame_scores(audio: Path | str | np.ndarray, *, state: TaskState | None = None) -> FrameScores:
    """Speech probability and level of every 32 ms frame, streamed from a file or samples."""
    state = state or NullTaskState()
    if isinstance(audio, np.ndarray):
        blocks: Iterable[np.ndarray] = (audio[i:i + 30 * SAMPLE_RATE]
                                        for i in range(0, len(audio), 30 * SAMPLE_RATE))
        total = len(audio) / SAMPLE_RATE
    else:
        from mms_studio.core.audio import iter_blocks, probe

        total = probe(audio).duration
        blocks = iter_blocks(audio, block_seconds=30.0)
    import torch

    scorer = _Scorer()
    threads = torch.get_num_threads()
    # Its layers are tiny: one thread is 5-20x faster than two here (thread hand-offs
    # dominate), the same choice the silero-vad package makes at import.
    torch.set_num_threads(1)
    try:
        for block in blocks:
            check_cancelled(state)
            scorer.add(block)
            if total:
                state.set_progress(min(scorer.samples / SAMPLE_RATE / total, 1.0))
        return scorer.result()
    finally:
        torch.set_num_threads(threads)


# --- regions ------------------------------------------------------------------------------------

def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) frame index pairs of the True runs in `mask`."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(),
                    strict=True))


def _split(start: int, end: int, scores: FrameScores, *, max_frames: int,
           min_frames: int) -> list[tuple[int, int]]:
    """Cut [start, end) into pieces <= max_frames at the quietest frames (recursive halving)."""
    if end - start <= max_frames:
        return [(start, end)]
    lo = start + min(min_frames, (end - start) // 2)
    hi = min(end - min(min_frames, (end - start) // 2), start + max_frames)
    if hi <= lo:
        hi = lo + 1
    # A cut needs ~100 ms of quiet: smooth the level over 3 frames, break ties on probability.
    level = np.convolve(scores.level_db[start:end], np.ones(3) / 3, mode="same")[lo - start:hi - start]
    cost = level + 3.0 * scores.probs[lo:hi]
    cut = lo + int(np.argmin(cost))
    return [(start, cut), *_split(cut, end, scores, max_frames=max_frames, min_frames=min_frames)]


def speech_regions(scores: FrameScores, settings: VadSettings = VadSettings()) -> list[SpeechRegion]:
    """Speech regions from frame scores: hysteresis, pauses bridged, short bits dropped, long split."""
    probs = scores.probs
    if not len(probs):
        return []
    if settings.loud_is_speech:
        floor = float(np.percentile(scores.level_db, 10))
        probs = np.maximum(probs, (scores.level_db >= floor + settings.loud_db).astype(np.float32))
    on = probs >= settings.threshold
    keep = probs >= max(settings.threshold - 0.15, 0.01)
    # A region starts on a frame above the threshold and lasts while above the lower one.
    regions: list[list[int]] = []
    for s, e in _runs(keep):
        if on[s:e].any():
            first = s + int(np.argmax(on[s:e]))
            regions.append([first, e])
    pause = int(round(settings.min_pause / FRAME_SECONDS))
    merged: list[list[int]] = []
    for region in regions:
        if merged and region[0] - merged[-1][1] < pause:
            merged[-1][1] = region[1]
        else:
            merged.append(region)
    min_speech = settings.min_speech / FRAME_SECONDS
    pad = settings.pad
    max_frames = max(1, int((settings.max_segment - 2 * pad) / FRAME_SECONDS))
    min_frames = int(settings.min_segment / FRAME_SECONDS)
    pieces: list[tuple[int, int]] = []
    for s, e in merged:
        if e - s >= min_speech:
            pieces.extend(_split(s, e, scores, max_frames=max_frames, min_frames=min_frames))
    out: list[SpeechRegion] = []
    for i, (a, b) in enumerate(pieces):
        # Padding never reaches past half the gap to a neighbour (split pieces touch: no gap).
        before = pad if i == 0 else min(pad, (a - pieces[i - 1][1]) * FRAME_SECONDS / 2)
        after = pad if i == len(pieces) - 1 else min(pad, (pieces[i + 1][0] - b) * FRAME_SECONDS / 2)
        out.append(SpeechRegion(round(max(0.0, a * FRAME_SECONDS - before), 3),
                                round(min(scores.duration, b * FRAME_SECONDS + after), 3)))
    return out


def detect_speech(audio: Path | str | np.ndarray, *, settings: VadSettings = VadSettings(),
                  state: TaskState | None = None) -> SpeechDetection:
    """Speech regions of a recording of any length (a file, or samples at 16 kHz)."""
    state = state or NullTaskState()
    state.set_status(Message("Finding speech…"))
    scores = frame_scores(audio, state=state)
    regions = speech_regions(scores, settings)
    return SpeechDetection(regions=tuple(regions), duration=scores.duration, settings=settings)
