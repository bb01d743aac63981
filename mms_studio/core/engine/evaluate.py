"""Evaluation: how well an adapter transcribes held-out clips, next to a zero-shot baseline.

Both sides are scored on the same normalised text (the project's Normalizer),
so a baseline that writes capitals or punctuation the project strips is not
punished for them. CER counts grapheme clusters (metrics.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mms_studio.core.engine.data import LabelCodec, Utterance
from mms_studio.core.engine.metrics import ZERO, ErrorCounts, char_errors, word_errors
from mms_studio.core.errors import ModelError, TrainingError
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled


@dataclass(frozen=True)
class UtteranceScore:
    id: str
    speaker: str | None
    reference: str
    hypothesis: str
    words: ErrorCounts
    chars: ErrorCounts
    baseline: str | None = None
    baseline_words: ErrorCounts | None = None
    baseline_chars: ErrorCounts | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "speaker": self.speaker, "reference": self.reference,
                "hypothesis": self.hypothesis, "words": self.words.to_dict(),
                "chars": self.chars.to_dict()}
        if self.baseline is not None:
            data.update(baseline=self.baseline, baseline_words=self.baseline_words.to_dict(),
                        baseline_chars=self.baseline_chars.to_dict())
        return data


@dataclass(frozen=True)
class EvalReport:
    adapter: str
    baseline: str | None
    utterances: tuple[UtteranceScore, ...] = field(default_factory=tuple)
    # what the baseline was, as the recogniser names it ("abc (base model)" on MMS;
    # ZERO_SHOT_NAME on a base without per-language adapters, where the code is a label)
    baseline_model: str | None = None

    def _total(self, attr: str) -> ErrorCounts:
        total = ZERO
        for u in self.utterances:
            total = total + getattr(u, attr)
        return total

    @property
    def wer(self) -> float:
        return self._total("words").rate

    @property
    def cer(self) -> float:
        return self._total("chars").rate

    @property
    def baseline_wer(self) -> float | None:
        return self._total("baseline_words").rate if self.baseline else None

    @property
    def baseline_cer(self) -> float | None:
        return self._total("baseline_chars").rate if self.baseline else None

    def per_speaker(self) -> dict[str, dict[str, float | int]]:
        groups: dict[str, list[UtteranceScore]] = defaultdict(list)
        for u in self.utterances:
            groups[u.speaker or ""].append(u)
        out = {}
        for speaker, items in sorted(groups.items()):
            words = sum((u.words for u in items), ZERO)
            chars = sum((u.chars for u in items), ZERO)
            out[speaker] = {"clips": len(items), "wer": words.rate, "cer": chars.rate}
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"adapter": self.adapter, "baseline": self.baseline,
                "baseline_model": self.baseline_model if self.baseline else None,
                "clips": len(self.utterances),
                "wer": self.wer, "cer": self.cer, "baseline_wer": self.baseline_wer,
                "baseline_cer": self.baseline_cer, "per_speaker": self.per_speaker(),
                "utterances": [u.to_dict() for u in self.utterances]}

    def to_text(self, *, worst: int = 5) -> str:
        lines = [f"Evaluated on {len(self.utterances)} clips with adapter “{self.adapter}”.",
                 f"  word error rate (WER): {self.wer:.1%}",
                 f"  character error rate (CER): {self.cer:.1%}"]
        if self.baseline:
            lines += ["Baseline: the base model's own output (zero-shot; no training on your "
                      "data):" if self.baseline_model == ZERO_SHOT_NAME else
                      f"Baseline “{self.baseline}” (no training on your data):",
                      f"  WER {self.baseline_wer:.1%}, CER {self.baseline_cer:.1%}"]
        speakers = self.per_speaker()
        if len(speakers) > 1:
            lines.append("Per speaker:")
            lines += [f"  {s or '(unknown)'}: WER {v['wer']:.1%}, CER {v['cer']:.1%} "
                      f"({v['clips']} clips)" for s, v in speakers.items()]
        bad = sorted(self.utterances, key=lambda u: -u.chars.rate)[:worst]
        if bad and bad[0].chars.errors:
            lines.append("Clips with the most errors:")
            for u in bad:
                if u.chars.errors:
                    lines += [f"  {u.id}: CER {u.chars.rate:.0%}", f"    said:  {u.reference}",
                              f"    heard: {u.hypothesis}"]
        return "\n".join(lines)


def evaluate(transcribe: Callable[[Any], str], utterances: Sequence[Utterance], *,
             normalize: Callable[[str], str], adapter: str,
             baseline: dict[str, str] | None = None, baseline_name: str | None = None,
             baseline_model: str | None = None,
             state: TaskState | None = None) -> EvalReport:
    """Score `transcribe(samples) -> text` on `utterances`, beside a baseline's texts.

    normalize: turns any text into the scoring form (the project's normaliser),
        applied to references and to both hypotheses.
    baseline: utterance id -> the baseline's transcript (see `transcribe_all`), so
        the model switches adapters once, not per clip.
    baseline_model: the baseline as the recogniser named it (`EvalReport.baseline_model`).
    """
    state = state or NullTaskState()
    if not utterances:
        raise TrainingError("There are no clips to evaluate on; give some clips the "
                            "dev or test split.")
    scores = []
    state.set_status(Message("Evaluating…"))
    for i, utt in enumerate(utterances):
        check_cancelled(state)
        samples = utt.load()
        ref = normalize(utt.text)
        hyp = normalize(transcribe(samples))
        base = normalize(baseline[utt.id]) if baseline else None
        scores.append(UtteranceScore(
            id=utt.id, speaker=utt.speaker, reference=ref, hypothesis=hyp,
            words=word_errors(ref, hyp), chars=char_errors(ref, hyp), baseline=base,
            baseline_words=word_errors(ref, base) if base is not None else None,
            baseline_chars=char_errors(ref, base) if base is not None else None))
        state.set_progress((i + 1) / len(utterances))
    return EvalReport(adapter=adapter, baseline=baseline_name if baseline else None,
                      utterances=tuple(scores), baseline_model=baseline_model)


def transcribe_all(transcribe: Callable[[Any], str], utterances: Sequence[Utterance], *,
                   state: TaskState | None = None) -> dict[str, str]:
    """id -> transcript of every utterance (for the baseline side of `evaluate`)."""
    state = state or NullTaskState()
    out = {}
    for utt in utterances:
        check_cancelled(state)
        out[utt.id] = transcribe(utt.load())
    return out


@dataclass(frozen=True)
class BaselineScores:
    """A new adapter beside the base model's own output for the language, on the same dev
    clips, scored by the same function (ctc.evaluate_examples), so the two are comparable.

    base_adapter: what the base's side was, so every place says it right without knowing
    families: True, its own adapter for `language` (MMS); False, its own output (zero-shot),
    one for every language, `language` only a label (Omnilingual; `base_output`).
    """

    language: str            # the base model's adapter compared with (a label on Omnilingual)
    wer: float               # the base's own output
    cer: float
    adapter_wer: float       # the new adapter (its best evaluation in training)
    adapter_cer: float
    clips: int
    base_adapter: bool = True

    def describe(self) -> str:
        """The base's side in English (the CLI; the app words it in the interface language)."""
        if self.base_adapter:
            return f"the base model's own “{self.language}” adapter"
        return "the base model's own output (zero-shot)"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.language, "wer": self.wer, "cer": self.cer,
                "adapter_wer": self.adapter_wer, "adapter_cer": self.adapter_cer,
                "clips": self.clips, "base_adapter": self.base_adapter}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BaselineScores | None:
        try:
            return cls(language=data["name"], wer=data["wer"], cer=data["cer"],
                       adapter_wer=data["adapter_wer"], adapter_cer=data["adapter_cer"],
                       clips=data.get("clips", 0),
                       # files written before the field: MMS, or the zero-shot name
                       base_adapter=bool(data.get("base_adapter",
                                                  data["name"] != ZERO_SHOT_NAME)))
        except (KeyError, TypeError):
            return None


#: The name the base's own output goes by on a family without per-language adapters.
ZERO_SHOT_NAME = "base model (zero-shot)"


@dataclass(frozen=True)
class BaseOutput:
    """What makes a loaded model write the base model's own output (a zero-shot baseline).

    MMS: its adapter for a language, read from the base folder. A family without
    per-language adapters (Omnilingual): its own output layer over its own vocabulary,
    the same whatever language is named (families/omniasr_zero_shot.py).
    """

    name: str                   # how the baseline is shown ("abc (base model)")
    weights: dict               # adapter state for `adapters.set_adapter_state`
    vocab: dict[str, int]       # token -> output row (the blank under [PAD]/<pad>)
    decoder: Any | None = None  # decodes its output to words; None: greedy over `vocab`


def family_has_base_adapters(base_dir: Path) -> bool:
    """Whether the base's zero-shot output is one adapter per language (MMS) rather than its
    own output layer, one for every language (Omnilingual)."""
    from mms_studio.core.engine.families import FAMILIES, detected_family

    return FAMILIES[detected_family(Path(base_dir))].base_adapters


def has_base_output(base_dir: Path, language: str) -> bool:
    """Whether the base can give a zero-shot baseline for `language`: MMS when it has its
    adapter; a base without per-language adapters (Omnilingual) whenever its folder has its
    tokenizer (its own output covers what it covers, whatever the code)."""
    from mms_studio.core.engine.base import available_adapters

    if not family_has_base_adapters(base_dir):
        from mms_studio.core.engine.families.omniasr_zero_shot import has_zero_shot

        return has_zero_shot(Path(base_dir))
    return language in available_adapters(Path(base_dir))


def resolve_base_output(base_model: str, language: str, *, state: TaskState | None = None):
    """The base folder holding what its zero-shot output for `language` needs (MMS: the
    language's adapter file, downloaded with it; Omnilingual: nothing more)."""
    from mms_studio.core.engine.base import resolve_base_model

    base_dir = resolve_base_model(base_model, state=state)
    if family_has_base_adapters(base_dir):
        base_dir = resolve_base_model(base_model, languages=[language], state=state)
    return base_dir


def base_output(model, *, base_dir: Path, language: str) -> BaseOutput:
    """The base model's own output for `language` on `model` (see `BaseOutput`)."""
    from mms_studio.core.engine.adapters import read_adapter_file
    from mms_studio.core.engine.base import base_vocabularies
    from mms_studio.core.engine.families import model_family

    if not model_family(model).base_adapters:
        from mms_studio.core.engine.families.omniasr_zero_shot import zero_shot_output

        own = zero_shot_output(model, base_dir=Path(base_dir))
        return BaseOutput(name=ZERO_SHOT_NAME, weights=own.weights, vocab=own.vocab,
                          decoder=own.decoder)
    vocab = base_vocabularies(Path(base_dir)).get(language)
    if vocab is None:
        raise ModelError(f"The base model has no vocabulary for the language code “{language}”.")
    weights = read_adapter_file(Path(base_dir) / f"adapter.{language}.safetensors")
    return BaseOutput(name=f"{language} (base model)", weights=weights, vocab=vocab)


def score_base_adapter(model, *, base_dir: Path, language: str, dev: Sequence[Utterance],
                       codec: LabelCodec, seconds_per_batch: float, precision: str,
                       max_clip_seconds: float = 30.0, state: TaskState | None = None):
    """Dev scores (`ctc.DevScores`) of the base model's own output for `language` (its
    adapter on MMS; its own head on Omnilingual, whatever the code: `base_output`), on
    the model already in memory: its adapter is swapped for the base's, scored, put back.

    codec: the run's own (ours); the clips are those training scored (the same pre-flight
    check), each side decodes with its own vocabulary, and both are compared with the same
    references (`codec.reference`).
    """
    import torch

    from mms_studio.core.engine.adapters import adapter_state, set_adapter_state
    from mms_studio.core.engine.ctc import evaluate_examples
    from mms_studio.core.engine.data import Example, preflight

    state = state or NullTaskState()
    theirs_output = base_output(model, base_dir=base_dir, language=language)
    examples, _ = preflight(dev, codec, max_seconds=max_clip_seconds)
    if not examples:
        raise TrainingError("There are no dev clips to compare on.")
    theirs = LabelCodec(theirs_output.vocab, codec.tokenize)
    examples = [Example(e.utterance, tuple(theirs.encode(e.utterance.text))) for e in examples]
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)
    device_type = model.device.type

    def autocast():
        return torch.autocast(device_type=device_type, dtype=dtype, enabled=dtype is not None)

    ours = adapter_state(model)
    set_adapter_state(model, theirs_output.weights)
    try:
        return evaluate_examples(model, examples, theirs, seconds_per_batch=seconds_per_batch,
                                 autocast=autocast, stop=state.is_interruption_requested,
                                 decoder=theirs_output.decoder)
    finally:
        set_adapter_state(model, ours)
