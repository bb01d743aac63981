"""Transcribe recordings of any length with a base model and one adapter.

`Recogniser` holds the base model once; `use_adapter` swaps the ~2 M adapter
weights and the output layer in place, so switching languages or adapters
never reloads the 4 GB base.

By default only speech goes through the model: `core.audio.vad` finds the
speech regions (streamed, fast), and each region (at most `chunk_seconds`) is
transcribed on its own and keeps its own times, so a recording that is half
silence costs half as much and segments follow the speaker's pauses.

Without speech detection (`speech=None`, the `--no-vad` fallback), long audio
is streamed in windows of `chunk_seconds` that overlap by
`context_seconds` on each side (the HF pipeline's stride idea): each window
contributes only its middle frames, where the model saw context on both
sides, and windows start on the 20 ms frame grid so the kept frames tile the
recording exactly. Only the best token and its posterior per frame are kept
(decode.py), and words are decoded and handed out as segments whenever a
pause is seen, so an hour-long recording runs in bounded memory and a
cancelled job keeps every finished segment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from mms_studio.core.audio.vad import VadSettings
from mms_studio.core.durations import format_duration
from mms_studio.core.engine.data import normalize_audio
from mms_studio.core.engine.decode import (
    FRAME_SECONDS,
    SAMPLE_RATE,
    SAMPLES_PER_FRAME,
    DecodedWord,
    best_path,
    blank_id,
    greedy_decode,
)
from mms_studio.core.engine.stream import FrameStream, windows, words_to_segments
from mms_studio.core.errors import Cancelled, MMSStudioError, ModelError
from mms_studio.core.tasks import (
    Message,
    NullTaskState,
    TaskState,
    WithoutProgress,
    check_cancelled,
)
from mms_studio.core.transcript import Segment, Transcription

#: Speech detection as a person would set it for field recordings (see VadSettings).
DEFAULT_SPEECH = VadSettings()


class TranscriptionCancelled(Cancelled):
    """Cancelled; `partial` holds the segments finished before the stop."""

    def __init__(self, partial: Transcription) -> None:
        super().__init__("Transcription stopped; the part already transcribed was kept.")
        self.partial = partial


@dataclass(frozen=True)
class AdapterRef:
    """What `Recogniser` needs to know about the adapter in use."""

    language: str
    vocab: dict[str, int]
    name: str = ""


class Recogniser:
    """A base model in memory plus the adapter in use. Not thread-safe: one job at a time."""

    def __init__(self, model, *, adapter: AdapterRef, base_model: str = "",
                 precision: str = "fp32") -> None:
        self.model = model.eval()
        self.adapter = adapter
        self.base_model = base_model
        self.precision = precision
        self._id_to_token = {i: t for t, i in adapter.vocab.items()}
        self._own_decoder = None   # the base's own output's decoder while it is in use
        self._load_on_torch: Callable[[], object] | None = None   # set by `load`

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, base_dir: Path, *, adapter_dir: Path | None = None, language: str | None = None,
             device: str = "auto", precision: str = "auto", base_model: str = "",
             state: TaskState | None = None) -> Recogniser:
        """Load the base once, with our adapter (`adapter_dir`) or the base's own output for
        `language` (MMS: its adapter; Omnilingual: its own head, whatever the code).

        `state` shows the one-time conversion of the base to the run precision (inference.py).
        """
        from mms_studio.core.engine.evaluate import family_has_base_adapters
        from mms_studio.core.engine.features import use_pieces
        from mms_studio.core.engine.hardware import detect
        from mms_studio.core.engine.inference import choose_inference_precision, load_for_inference

        if (adapter_dir is None) == (language is None):
            raise ValueError("give exactly one of adapter_dir and language")
        # A base without per-language adapters (Omnilingual) loads bare; its own output is
        # then swapped in like an adapter (`use_base_language`).
        own_adapter = language is not None and family_has_base_adapters(base_dir)
        hw = detect(device)
        precision = choose_inference_precision(hw, precision)
        target_lang = language if own_adapter else None
        # The runtime depends on the adapter's kind (an Omnilingual LoRA adapter runs on torch).
        kind = _adapter_kind(adapter_dir) if adapter_dir is not None else None
        model = load_for_inference(base_dir, target_lang=target_lang, precision=precision, hw=hw,
                                   state=state, adapter_kind=kind)
        use_pieces(model)  # the conv encoder in 5 s pieces: a 30 s window in bounded memory
        if own_adapter:
            ref = _base_adapter_ref(base_dir, language)
        else:
            ref = AdapterRef(language="", vocab={})
        rec = cls(model, adapter=ref, base_model=base_model or str(base_dir), precision=precision)

        def load_on_torch():
            torch_model = load_for_inference(base_dir, target_lang=target_lang,
                                             precision=precision, hw=hw, runtime="torch")
            use_pieces(torch_model)
            return torch_model

        rec._load_on_torch = load_on_torch
        if adapter_dir is not None:
            rec.use_adapter(adapter_dir)
        elif not own_adapter:
            rec.use_base_language(base_dir, language)
        return rec

    def use_adapter(self, adapter_dir: Path) -> None:
        """Switch to an adapter folder from the library (no base reload)."""
        from mms_studio.core.engine.adapters import read_adapter_file, set_adapter_state
        from mms_studio.core.engine.families.omniasr_layout import AdapterNeedsTorch
        from mms_studio.core.engine.library import read_adapter_info

        info = read_adapter_info(adapter_dir)
        weights = read_adapter_file(info.weights_path)
        try:
            set_adapter_state(self.model, weights)
        except AdapterNeedsTorch:  # LoRA on an OpenVINO graph: the base again, on torch
            if self._load_on_torch is None:
                raise
            self.model = self._load_on_torch().eval()
            set_adapter_state(self.model, weights)
        self.model.target_lang = info.language
        self._set_ref(AdapterRef(info.language, info.vocab, info.name))
        self._own_decoder = None

    def use_base_language(self, base_dir: Path, language: str) -> None:
        """Switch to the base model's own output for `language` (zero-shot baseline): its
        adapter for it on MMS; on a base without per-language adapters (Omnilingual), its
        own output layer and vocabulary, the same whatever the code (`evaluate.base_output`).
        """
        from mms_studio.core.engine.adapters import set_adapter_state
        from mms_studio.core.engine.evaluate import base_output

        out = base_output(self.model, base_dir=Path(base_dir), language=language)
        set_adapter_state(self.model, out.weights)
        self.model.target_lang = language
        self._set_ref(AdapterRef(language=language, vocab=out.vocab, name=out.name))
        self._own_decoder = out.decoder

    def _set_ref(self, ref: AdapterRef) -> None:
        if len(ref.vocab) != self.model.lm_head.out_features:
            raise ModelError("The adapter's vocabulary does not match its output layer; "
                             "the adapter folder is damaged.")
        self.adapter = ref
        self._id_to_token = {i: t for t, i in ref.vocab.items()}

    # -- inference -----------------------------------------------------------------------------
    def log_probs(self, samples: np.ndarray) -> np.ndarray:
        """(frames, vocab) log-posteriors of one stretch of 16 kHz audio."""
        import torch

        from mms_studio.core.engine.inference import input_dtype

        x = torch.from_numpy(normalize_audio(samples))[None]
        x = x.to(device=self.model.device, dtype=input_dtype(self.model))
        with torch.inference_mode():  # weights are already in the run precision (inference.py)
            logits = self.model(x).logits[0]
        return torch.log_softmax(logits.float(), dim=-1).cpu().numpy()

    def decode(self, samples: np.ndarray, *, decoder=None) -> tuple[DecodedWord, ...]:
        """Words of a short clip; `decoder` (decode.GreedyDecoder/BeamDecoder) or greedy."""
        decoder = decoder or self._own_decoder
        if decoder is not None:
            return decoder.decode(self.log_probs(samples)).words
        ids, probs = best_path(self.log_probs(samples))
        return greedy_decode(ids, probs, id_to_token=self._id_to_token,
                             blank=blank_id(self.adapter.vocab)).words

    def transcribe_text(self, samples: np.ndarray, *, decoder=None) -> str:
        """The text of a short clip (a training clip, a recorded phrase)."""
        return " ".join(w.text for w in self.decode(samples, decoder=decoder))

    def transcribe(self, audio: Path | np.ndarray, *, chunk_seconds: float = 30.0,
                   context_seconds: float = 3.0, pause_seconds: float = 0.5,
                   speech: VadSettings | None = DEFAULT_SPEECH, decoder=None,
                   state: TaskState | None = None) -> Transcription:
        """Transcribe a recording of any length (a file path, or samples at 16 kHz).

        speech: speech detection settings (`core.audio.vad`): only the speech regions
            go through the model, each on its own (silence costs nothing and segments
            follow the speaker's pauses, not the model's stumbles); `meta` reports
            the seconds of silence skipped. None: fixed windows over the whole
            recording (the `--no-vad` fallback).
        chunk_seconds: audio the model sees at once; bounds memory (with the conv
            encoder run in 5 s pieces, the 1B model transcribes 30 s windows in
            1.9 GB in all with int8, 2.5 GB with bf16: bench/README.md). Speech
            regions are never longer than this.
        context_seconds: (fixed windows) overlap on each side of a window whose
            frames are thrown away, so no word is cut at a window edge without context.
        pause_seconds: a silence this long between words starts a new segment.
        decoder: `decode.BeamDecoder` (language model, hotwords; `core.lm.decoding`
            chooses it for a project) or None for greedy decoding.
        Segments are sent through `state.set_partial_result` as they are finished.
        Raises `TranscriptionCancelled` (with `.partial`) when asked to stop.
        """
        state = state or NullTaskState()
        decoder = decoder or self._own_decoder
        if isinstance(audio, np.ndarray):
            total = len(audio)
            audio_path = None
        else:
            from mms_studio.core.audio import probe

            total = int(round(probe(audio).duration * SAMPLE_RATE))
            audio_path = str(audio)
        segments: list[Segment] = []
        # A family's longest window (Omnilingual CTC: 40 s; families/) bounds every window.
        chunk_seconds = min(chunk_seconds, getattr(self.model, "max_window_seconds", None)
                            or chunk_seconds)
        meta: dict = {"chunk_seconds": chunk_seconds,
                      # a Message: the app says it in its language, the JSON keeps English
                      "decoder": decoder.describe() if decoder is not None else Message("greedy")}

        def emit(new: list[Segment]) -> None:
            for seg in new:
                segments.append(seg)
                state.set_partial_result(seg)

        def result(done: bool) -> Transcription:
            return Transcription(segments=tuple(segments), duration=total / SAMPLE_RATE,
                                 language=self.adapter.language, adapter=self.adapter.name,
                                 audio_path=audio_path, base_model=self.base_model,
                                 meta={"complete": done, **meta})

        try:
            if speech is None:
                meta["speech_detection"] = False
                self._transcribe_windows(audio, total, chunk_seconds=chunk_seconds,
                                         context_seconds=context_seconds,
                                         pause_seconds=pause_seconds, emit=emit, state=state,
                                         decoder=decoder)
            else:
                meta["speech_detection"] = True
                self._transcribe_regions(audio, total, speech=speech, meta=meta,
                                         chunk_seconds=chunk_seconds,
                                         pause_seconds=pause_seconds, emit=emit, state=state,
                                         decoder=decoder)
        except Cancelled as exc:
            raise TranscriptionCancelled(result(False)) from exc
        state.set_progress(1.0)
        return result(True)

    def _words(self, log_probs: np.ndarray, decoder=None) -> list[DecodedWord]:
        """Words of one stretch of log-probabilities: the one place a decoder is called."""
        if decoder is not None:
            return list(decoder.decode(log_probs).words)
        ids, probs = best_path(log_probs)
        return list(greedy_decode(ids, probs, id_to_token=self._id_to_token,
                                  blank=blank_id(self.adapter.vocab)).words)

    def _transcribe_regions(self, audio: Path | np.ndarray, total: int, *, speech: VadSettings,
                            meta: dict, chunk_seconds: float, pause_seconds: float,
                            emit: Callable[[list[Segment]], None], state: TaskState,
                            decoder=None) -> None:
        """Speech regions only, each through the model on its own, with its own times."""
        from mms_studio.core.audio import load
        from mms_studio.core.audio.vad import detect_speech

        if speech.max_segment > chunk_seconds:
            speech = replace(speech, max_segment=chunk_seconds,
                             min_segment=min(speech.min_segment, chunk_seconds / 2))
        # The bar and the ETA follow the model pass, which is nearly all of the time.
        found = detect_speech(audio, settings=speech, state=WithoutProgress(state))
        meta.update(speech_seconds=round(found.speech_seconds, 2),
                    skipped_seconds=round(found.silence_seconds, 2),
                    speech_regions=len(found.regions))
        state.set_status(Message("Transcribing {speech} of speech ({skipped} of silence "
                                 "skipped)…", speech=format_duration(found.speech_seconds),
                                 skipped=format_duration(found.silence_seconds)))
        # The ETA's clock starts with the model pass: its pace, not the speech detection's
        # (or the model loading's) before it (the first estimate was ~2x the real time).
        state.set_progress(0.0)
        done = 0.0
        for region in found.regions:
            check_cancelled(state)
            if isinstance(audio, np.ndarray):
                samples = audio[int(region.start * SAMPLE_RATE):int(region.end * SAMPLE_RATE)]
            else:
                samples = load(audio, start=region.start, end=region.end)
            if len(samples) >= 400:      # shorter holds no complete frame
                words = self._words(self.log_probs(samples.astype(np.float32)), decoder)
                emit(words_to_segments(words, pause_seconds=pause_seconds, offset=region.start))
            done += region.duration
            if found.speech_seconds:
                state.set_progress(min(done / found.speech_seconds, 1.0))

    def _transcribe_windows(self, audio: Path | np.ndarray, total: int, *, chunk_seconds: float,
                            context_seconds: float, pause_seconds: float,
                            emit: Callable[[list[Segment]], None], state: TaskState,
                            decoder=None) -> None:
        """Fixed overlapping windows over the whole recording (no speech detection)."""
        if isinstance(audio, np.ndarray):
            blocks: Iterable[np.ndarray] = [audio.astype(np.float32)]
        else:
            from mms_studio.core.audio import iter_blocks

            blocks = iter_blocks(audio, block_seconds=10.0)
        stream = FrameStream(blank=blank_id(self.adapter.vocab), id_to_token=self._id_to_token,
                              pause_frames=max(1, int(round(pause_seconds / FRAME_SECONDS))),
                              decoder=decoder)
        state.set_status(Message("Transcribing…"))
        for window_start, window, keep_from, keep_to in windows(blocks, chunk_seconds,
                                                                context_seconds):
            check_cancelled(state)
            rows = self.log_probs(window)
            ids, probs = best_path(rows)
            keep_to = min(keep_to, len(ids)) if keep_to is not None else len(ids)
            emit(words_to_segments(stream.add(window_start // SAMPLES_PER_FRAME + keep_from,
                                      ids[keep_from:keep_to], probs[keep_from:keep_to],
                                      rows[keep_from:keep_to] if decoder is not None else None),
                           pause_seconds=pause_seconds))
            if total:
                state.set_progress(min((window_start + len(window)) / total, 1.0))
        emit(words_to_segments(stream.finish(), pause_seconds=pause_seconds))


def _adapter_kind(adapter_dir: Path) -> str | None:
    """An Omnilingual adapter's kind ("bottleneck" / "lora") from its file's tensor names (the
    header alone); None for an MMS adapter or an unreadable folder (use_adapter says why)."""
    from mms_studio.core.engine.families.omniasr import shape_of
    from mms_studio.core.engine.library import read_adapter_info
    from mms_studio.core.engine.safetensors_stream import read_header

    try:
        header, _meta, _start = read_header(read_adapter_info(adapter_dir).weights_path)
    except (OSError, ValueError, MMSStudioError):
        return None
    shape = shape_of({key: _Shaped(entry["shape"]) for key, entry in header.items()})
    return shape.kind if shape is not None else None


@dataclass(frozen=True)
class _Shaped:
    """A tensor's shape alone (what `shape_of` reads), from a safetensors header."""

    shape: list


def _base_adapter_ref(base_dir: Path, language: str) -> AdapterRef:
    from mms_studio.core.engine.base import base_vocabularies

    vocab = base_vocabularies(Path(base_dir)).get(language)
    if vocab is None:
        raise ModelError(f"The base model has no vocabulary for the language code “{language}”.")
    return AdapterRef(language=language, vocab=vocab, name=f"{language} (base model)")
