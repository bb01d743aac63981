"""Language-model actions, one function each: what `mms-studio lm ...` and the Texts panel call.

- `add_texts` / `remove_text` / `texts_report`: the project's texts (core.lm.texts), with
  the alphabet of the newest adapter (else of the project's transcripts) to say which
  characters the adapter cannot spell and to refuse texts in another script.
- `build_language_model`: add texts (all or nothing), build `lm/`, then tune the LM
  weight and word bonus for the newest adapter on its dev clips (when there is one).
- `tune_language_model`: tune again; `ensure_tuned` does it on first use of the LM with an
  adapter trained after the LM was built (transcribe, evaluate, the evaluation page).
- `decoder_for`: the decoder transcription and evaluation use (core.lm.decoding).
- `transcribe_with_lm`: a recording through the loaded recogniser with that decoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core.lm.decoding import DecoderChoice, choose_decoder
from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.tasks import Message, NullTaskState, TaskState

__all__ = ["DecoderChoice", "LmBuild", "add_texts", "build_language_model", "decoder_for",
           "ensure_tuned",
           "project_alphabet", "remove_text", "texts_report", "transcribe_with_lm",
           "tune_language_model"]


def _newest_adapter(project):
    from mms_studio.core.engine.library import list_adapters

    found = list_adapters(Path(project.adapters_dir))
    return found[0] if found else None


def project_alphabet(project) -> set[str]:
    """The units an adapter spells: the newest adapter's vocabulary, else the transcripts'."""
    adapter = _newest_adapter(project)
    if adapter is not None:
        vocab = adapter.vocab
    else:
        from mms_studio.core.text import build_vocab

        texts = [c.transcript for c in project.clips(status="ok")]
        vocab = build_vocab(texts, project.normalizer).token_to_id if texts else {}
    return {u for u in vocab if u not in ("[PAD]", "[UNK]", "|", "<pad>", "<unk>", "<s>", "</s>")}


def add_texts(project, paths, *, tiers=(), state: TaskState | None = None):
    from mms_studio.core.lm import texts

    return texts.add_texts(project, [Path(p) for p in paths], tiers=tuple(tiers),
                           alphabet=project_alphabet(project), state=state)


def remove_text(project, source_id: str):
    from mms_studio.core.lm import texts

    return texts.remove_text(project, source_id)


def texts_report(project, *, state: TaskState | None = None):
    from mms_studio.core.lm import texts

    return texts.texts_report(project, alphabet=project_alphabet(project), state=state)


@dataclass(frozen=True)
class LmBuild:
    lm: Any                 # core.lm.store.LmInfo
    added: tuple            # TextSource added by this build
    report: Any             # TextsReport
    weights: Any | None     # LmWeights for the newest adapter, when there is one

    def to_text(self) -> str:
        lines = [self.report.to_text(),
                 f"Language model built: {self.lm.describe()} ({self.lm.meta.get('seconds')} s)."]
        if self.weights is not None:
            lines.append(self.weights.to_text())
        else:
            lines.append("No adapter yet: the LM weights are tuned after training "
                         "(mms-studio lm tune).")
        return "\n".join(lines)


def build_language_model(project, *, texts=(), tiers=(), order: int | None = None,
                         tune: bool = True, device: str = "auto",
                         state: TaskState | None = None) -> LmBuild:
    """Add `texts`, build the project's LM, tune it for the newest adapter."""
    from mms_studio.core.lm.store import build_project_lm

    state = state or NullTaskState()
    if project.read_only:
        raise LanguageModelError("The project is opened read-only; close it elsewhere to build "
                                 "a language model.")
    added = tuple(add_texts(project, texts, tiers=tiers, state=state)) if texts else ()
    report = texts_report(project, state=state)
    lm = build_project_lm(project, order=order, state=state)
    weights = None
    if tune and _newest_adapter(project) is not None:
        weights = tune_language_model(project, device=device, state=state)
    return LmBuild(lm=lm, added=added, report=report, weights=weights)


def _dev_log_probs(project, rec, *, state: TaskState):
    from mms_studio.core.engine.jobs import project_utterances
    from mms_studio.core.tasks import check_cancelled

    utts = project_utterances(project, split="dev") or project_utterances(project, split="test")
    if not utts:
        raise LanguageModelError("The project has no dev or test clips to tune the language "
                                 "model on; give some clips the dev split.")
    rows = []
    state.set_status(Message("Scoring {clips} dev clips…", clips=len(utts)))
    for i, utt in enumerate(utts):
        check_cancelled(state)
        rows.append(rec.log_probs(utt.load()))
        state.set_progress((i + 1) / len(utts))
    return utts, rows


def tune_language_model(project, *, adapter: str | None = None, device: str = "auto",
                        state: TaskState | None = None):
    """Choose the LM weight and word bonus on the dev clips; stored in the adapter folder."""
    from mms_studio.core.engine.jobs import find_adapter, load_recogniser
    from mms_studio.core.lm.store import project_lm

    state = state or NullTaskState()
    lm = project_lm(project)
    if lm is None:
        raise LanguageModelError("This project has no language model yet; add texts and "
                                 "build one (mms-studio lm build).")
    info = find_adapter(project, adapter)
    rec = load_recogniser(project, adapter=info.name, device=device, state=state)
    return _tune_with(project, rec, info, lm, state=state)


def _tune_with(project, rec, info, lm, *, state: TaskState):
    from mms_studio.core.lm.tuning import save_weights, tune_weights
    from mms_studio.core.text import units_to_text

    utts, rows = _dev_log_probs(project, rec, state=state)
    normalizer = project.normalizer
    weights = tune_weights(rows, [u.text for u in utts], vocab=info.vocab, lm=lm,
                           normalize=lambda t: units_to_text(normalizer.tokens(t)), state=state)
    save_weights(info.path, weights)
    return weights


def ensure_tuned(project, rec, info, *, use_lm: bool | None, state: TaskState) -> None:
    """Tune the weights now, with the recogniser already loaded, when the project has an LM
    this adapter was never tuned for (a new adapter trained after the LM was built): the
    weights are always measured before the LM decodes, never left at a guess."""
    from mms_studio.core.engine.jobs import project_utterances
    from mms_studio.core.lm.store import project_lm
    from mms_studio.core.lm.tuning import read_weights

    if use_lm is False or project.read_only:
        return
    try:
        lm = project_lm(project)
    except LanguageModelError:
        return     # decoder_for says what is wrong with it (or raises when it was asked for)
    if lm is None or read_weights(info.path, lm_sha256=lm.sha256) is not None:
        return
    if not (project_utterances(project, split="dev") or project_utterances(project, split="test")):
        return     # nothing to tune on: default weights, and the description says so
    _tune_with(project, rec, info, lm, state=state)


def decoder_for(project, *, adapter_dir: Path, vocab: dict[str, int],
                use_lm: bool | None = None, hotwords: tuple[str, ...] = ()) -> DecoderChoice:
    return choose_decoder(project, adapter_dir=adapter_dir, vocab=vocab, use_lm=use_lm,
                          hotwords=hotwords)


def transcribe_with_lm(audio, *, project, adapter: str | None = None, use_lm: bool | None = None,
                       hotwords: tuple[str, ...] = (), device: str = "auto",
                       precision: str = "auto", chunk_seconds: float = 30.0,
                       speech_detection: bool = True, state: TaskState | None = None):
    """`workflows.transcription.transcribe_file` with the project's decoder (LM, hotwords)."""
    from mms_studio.core.engine.jobs import find_adapter
    from mms_studio.core.engine.transcribe import DEFAULT_SPEECH
    from mms_studio.core.workflows.transcription import recogniser, with_base_output_said

    state = state or NullTaskState()
    rec = recogniser(project, adapter=adapter, device=device, precision=precision, state=state)
    if adapter is None:   # the base model's own output: no tuned weights, no project vocab
        from mms_studio.core.engine.evaluate import ZERO_SHOT_NAME

        choice = DecoderChoice(None, False, Message(
            "Decoding: greedy (the base model's own output, zero-shot).")
            if rec.adapter.name == ZERO_SHOT_NAME else
            Message("Decoding: greedy (the base model's own adapter)."))
    else:
        info = find_adapter(project, adapter)
        ensure_tuned(project, rec, info, use_lm=use_lm, state=state)
        choice = decoder_for(project, adapter_dir=info.path, vocab=info.vocab, use_lm=use_lm,
                             hotwords=hotwords)
    try:
        state.set_status(choice.description)
        result = rec.transcribe(Path(audio), chunk_seconds=chunk_seconds,
                                decoder=choice.decoder,
                                speech=DEFAULT_SPEECH if speech_detection else None, state=state)
    finally:
        choice.close()
    return with_base_output_said(result) if adapter is None else result


@dataclass(frozen=True)
class UtteranceHypotheses:
    id: str
    speaker: str | None
    path: str
    reference: str
    greedy: str
    lm: str | None
    base: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def compare_decoders(project, *, adapter: str | None = None, split: str = "test",
                     baseline: str | None = None, device: str = "auto",
                     state: TaskState | None = None) -> list[UtteranceHypotheses]:
    """Each `split` clip's reference beside greedy, LM and (optionally) the base model's
    zero-shot hypotheses, all normalised alike: what the evaluation page shows.
    `baseline="auto"`: the base model's own adapter for the project's language, if it has one;
    on a base without per-language adapters (Omnilingual), what it writes on its own.

    The acoustic model runs once per clip for greedy and LM decoding; `baseline` (a base
    model language code) switches adapters once for all clips.
    """
    from mms_studio.core.engine.base import resolve_base_model
    from mms_studio.core.engine.decode import GreedyDecoder
    from mms_studio.core.engine.evaluate import resolve_base_output, transcribe_all
    from mms_studio.core.engine.jobs import find_adapter, load_recogniser, project_utterances
    from mms_studio.core.tasks import check_cancelled
    from mms_studio.core.text import units_to_text

    state = state or NullTaskState()
    utts = project_utterances(project, split=split)
    if not utts and split == "test":
        utts = project_utterances(project, split="dev")
    if not utts:
        raise LanguageModelError("There are no clips to evaluate on; give some clips the "
                                 "dev or test split.")
    info = find_adapter(project, adapter)
    rec = load_recogniser(project, adapter=info.name, device=device, state=state)
    ensure_tuned(project, rec, info, use_lm=None, state=state)
    choice = decoder_for(project, adapter_dir=info.path, vocab=info.vocab, use_lm=None)
    if not choice.uses_lm and (choice.decoder is None) and _has_lm(project):
        choice.close()
        choice = decoder_for(project, adapter_dir=info.path, vocab=info.vocab, use_lm=True)
    greedy = GreedyDecoder(info.vocab)
    normalizer = project.normalizer

    def norm(text: str) -> str:
        return units_to_text(normalizer.tokens(text))

    rows: dict[str, tuple[str, str | None]] = {}
    state.set_status(Message("Evaluating…"))
    try:
        for i, utt in enumerate(utts):
            check_cancelled(state)
            lp = rec.log_probs(utt.load())
            rows[utt.id] = (greedy.decode(lp).text,
                            choice.decoder.decode(lp).text if choice.uses_lm else None)
            state.set_progress((i + 1) / len(utts))
    finally:
        choice.close()
    base_texts: dict[str, str] = {}
    if baseline == "auto":   # the base model's own output for the project's language, if any
        from mms_studio.core.engine.evaluate import has_base_output

        language = project.settings.language
        base_dir = resolve_base_model(rec.base_model, state=state)
        baseline = language if has_base_output(base_dir, language) else None
    if baseline:
        base_dir = resolve_base_output(rec.base_model, baseline, state=state)
        rec.use_base_language(base_dir, baseline)
        try:
            base_texts = transcribe_all(rec.transcribe_text, utts, state=state)
        finally:
            rec.use_adapter(info.path)
    return [UtteranceHypotheses(u.id, u.speaker, str(u.path), norm(u.text),
                                norm(rows[u.id][0]),
                                norm(rows[u.id][1]) if rows[u.id][1] is not None else None,
                                norm(base_texts[u.id]) if u.id in base_texts else None)
            for u in utts]


def _has_lm(project) -> bool:
    from mms_studio.core.lm.store import lm_dir

    return lm_dir(project.root).exists()


def evaluate_with_lm(project, *, adapter: str | None = None, baseline: str | None = None,
                     split: str = "test", use_lm: bool | None = None, device: str = "auto",
                     state: TaskState | None = None):
    """`engine.jobs.evaluate_project` decoding with the project's decoder (LM when it helps).

    Returns (EvalReport, DecoderChoice.description)."""
    from mms_studio.core.engine.evaluate import evaluate, resolve_base_output, transcribe_all
    from mms_studio.core.engine.jobs import find_adapter, load_recogniser, project_utterances
    from mms_studio.core.text import units_to_text

    state = state or NullTaskState()
    utterances = project_utterances(project, split=split)
    if not utterances and split == "test":
        utterances = project_utterances(project, split="dev")
    info = find_adapter(project, adapter)
    rec = load_recogniser(project, adapter=info.name, device=device, state=state)
    baseline_texts = baseline_model = None
    if baseline:   # on Omnilingual, any code names the base's own output (evaluate.base_output)
        base_dir = resolve_base_output(rec.base_model, baseline, state=state)
        state.set_status(Message("Transcribing with the baseline “{baseline}”…",
                                 baseline=baseline))
        rec.use_base_language(base_dir, baseline)
        baseline_model = rec.adapter.name
        baseline_texts = transcribe_all(rec.transcribe_text, utterances, state=state)
        rec.use_adapter(info.path)
    normalizer = project.normalizer
    ensure_tuned(project, rec, info, use_lm=use_lm, state=state)
    choice = decoder_for(project, adapter_dir=info.path, vocab=info.vocab, use_lm=use_lm)
    try:
        report = evaluate(lambda samples: rec.transcribe_text(samples, decoder=choice.decoder),
                          utterances, normalize=lambda text: units_to_text(normalizer.tokens(text)),
                          adapter=info.name, baseline=baseline_texts, baseline_name=baseline,
                          baseline_model=baseline_model, state=state)
    finally:
        choice.close()
    return report, choice.description


def hypotheses_figures(rows: list[UtteranceHypotheses]) -> dict[str, Any]:
    """WER/CER of each decoder, overall and per speaker, from `compare_decoders` rows."""
    from mms_studio.core.engine.metrics import ZERO, char_errors, word_errors

    def figures(items: list[UtteranceHypotheses]) -> dict[str, Any]:
        out: dict[str, Any] = {"clips": len(items)}
        for kind in ("greedy", "lm", "base"):
            pairs = [(r.reference, getattr(r, kind)) for r in items
                     if getattr(r, kind) is not None]
            if pairs:
                words = sum((word_errors(a, b) for a, b in pairs), ZERO)
                chars = sum((char_errors(a, b) for a, b in pairs), ZERO)
                out[kind] = {"wer": words.rate, "cer": chars.rate}
        return out

    speakers: dict[str, list[UtteranceHypotheses]] = {}
    for row in rows:
        speakers.setdefault(row.speaker or "", []).append(row)
    return {"all": figures(rows),
            "speakers": {s: figures(items) for s, items in sorted(speakers.items())}}


def clip_error(reference: str, hypothesis: str | None) -> float:
    """One clip's CER (grapheme clusters), for sorting the evaluation table."""
    from mms_studio.core.engine.metrics import char_errors

    return char_errors(reference, hypothesis or "").rate
