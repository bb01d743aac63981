"""Import a long recording with its untimed transcript: `mms-studio align` and the app's
"Import a long recording with its transcript".

Why: documentation projects hold hours of recordings whose transcript was typed
in a notebook, one utterance or paragraph a line, without times. Forced
alignment (`core.engine.align`) gives every line and word its times; each line
found becomes a clip cut from the recording (source and times kept on the
clip). Lines that scored low, lines beside speech the transcript does not
have, and lines not found are marked `needs_review` (the not-found ones get no
clip), so nothing doubtful is silently trained on.

Which acoustic model: the project's own adapter when it has one (or the one
named); otherwise, zero-shot, one of the base model's adapters for a language
written with the same letters (the best coverage of the transcript's letters,
the project's own language first), the letters mapped onto its alphabet
(`align_text.Speller`: lower case, accents, `uroman` romanisation); on a base
without per-language adapters (Omnilingual), its own output, the words split
into its own SentencePiece pieces (`align_text.PieceSpeller`). Align, train,
and align again with the project's own adapter: the second pass scores higher.

Everything that can be wrong with the input is checked before the project is
touched: unreadable audio, an empty transcript, letters no adapter can spell,
a recording too short for its text, a transcript of another recording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mms_studio.core.engine.align import (
    Alignment,
    AlignSettings,
    align_utterances,
    compute_emissions,
)
from mms_studio.core.engine.align_text import AlignmentInputError, Speller, split_utterances
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled
from mms_studio.core.transcript import Transcription

#: Audio kept before and after each aligned line when it becomes a clip (at most half the gap).
CLIP_PAD_SECONDS = 0.15


@dataclass(frozen=True)
class AlignReport:
    alignment: Alignment
    transcription: Transcription
    audio: Path
    model: str                    # which adapter aligned ("abc (base model)" / "base model
                                  # (zero-shot)" when the base's own output aligned)
    zero_shot: bool
    clip_ids: tuple[str, ...]     # per line, "" when no clip was made

    def to_text(self) -> str:
        utts = self.alignment.utterances
        review = [u for u in utts if u.needs_review(self.alignment.settings)]
        lost = [u for u in utts if not u.found]
        lines = [f"{self.audio.name}: {len(utts) - len(lost)} of {len(utts)} lines aligned with "
                 f"{self.model} (typical score {self.alignment.median_score:.0%}); "
                 f"{sum(1 for c in self.clip_ids if c)} clip(s) added, {len(review)} to review."]
        for u in review[:20]:
            why = "; ".join(u.notes) or f"low score {u.score:.0%}"
            lines.append(f"  line {u.index + 1} ({why}): {u.text[:60]}")
        if len(review) > 20:
            lines.append(f"  … and {len(review) - 20} more")
        return "\n".join(lines)


def read_transcript(path: Path, *, tier: str | None = None) -> list[str]:
    """Utterances of a plain-text transcript (one a line) or of an ELAN tier, in order."""
    path = Path(path)
    if not path.is_file():
        raise AlignmentInputError(f"The transcript {path} does not exist.")
    if path.suffix.lower() == ".eaf":
        from mms_studio.core.formats.elan import read_eaf

        doc = read_eaf(path)
        tiers = [t for t in doc.tiers.values() if t.info.non_empty]
        if tier is not None:
            tiers = [t for t in tiers if t.info.name == tier]
            if not tiers:
                raise AlignmentInputError(f"{path.name} has no tier “{tier}” with text.")
        if not tiers:
            raise AlignmentInputError(f"{path.name} has no tier with text; nothing to align.")
        chosen = max(tiers, key=lambda t: (t.info.parent is None, t.info.non_empty))
        return [" ".join(a.value.split()) for a in chosen.annotations if a.value.strip()]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AlignmentInputError(f"{path.name} is not UTF-8 text; save it as UTF-8 and try "
                                  "again.") from exc
    return split_utterances(text)


def _choose_base_language(base_dir: Path, lines: list[str], normalizer, *,
                          prefer: str) -> tuple[str, dict[str, int]]:
    """The base model's adapter whose alphabet spells most of the transcript."""
    from mms_studio.core.engine.base import available_adapters, base_vocabularies

    vocabs = base_vocabularies(base_dir)
    codes = [c for c in available_adapters(base_dir) if c in vocabs]
    if not codes:
        raise AlignmentInputError("The base model has no adapter of its own to align with; "
                                  "train an adapter for this project first.")
    sample = lines[:200]
    scored = []
    for code in codes:
        coverage = Speller(vocabs[code], normalizer, map_letters=True).coverage(sample)
        scored.append((coverage, code == prefer, code == "eng", code))
    best = max(scored)
    return best[3], vocabs[best[3]]


def _zero_shot_speller(base_dir: Path, lines: list[str], normalizer, *, language: str | None,
                       prefer: str) -> tuple[str, Speller]:
    """The base model's own tokens for the transcript (zero-shot), by family: MMS, one of its
    adapters' alphabets (`language`, else the one that spells the transcript best);
    a base without per-language adapters (Omnilingual), its own SentencePiece pieces,
    whatever the code (`language` only a label, the project's by default)."""
    from mms_studio.core.engine.evaluate import family_has_base_adapters

    if not family_has_base_adapters(base_dir):
        from mms_studio.core.engine.align_text import PieceSpeller
        from mms_studio.core.engine.families.omniasr_zero_shot import PieceSplitter

        return language or prefer, PieceSpeller(PieceSplitter.from_base(base_dir), normalizer)
    if language is None:
        language, vocab = _choose_base_language(base_dir, lines, normalizer, prefer=prefer)
    else:
        from mms_studio.core.engine.base import base_vocabularies

        vocab = base_vocabularies(base_dir).get(language)
        if vocab is None:
            raise AlignmentInputError(f"The base model has no adapter for “{language}”.")
    return language, Speller(vocab, normalizer, map_letters=True)


def align_recording(project: Any, audio: Path, transcript: Path | list[str], *,
                    adapter: str | None = None, language: str | None = None,
                    tier: str | None = None, add_clips: bool = True, speaker: str | None = None,
                    device: str = "auto", precision: str = "auto",
                    settings: AlignSettings = AlignSettings(),
                    state: TaskState | None = None) -> AlignReport:
    """Align `transcript` (a file, or its lines) to `audio` and add each line found as a clip.

    adapter: a project or library adapter by name; language: one of the base model's
        own adapters (zero-shot; on a base without them, Omnilingual, only a label: its
        own output in its own pieces); neither: the project's newest adapter, else the
        base's own output (MMS: the base adapter that spells the transcript best).
    add_clips: False only computes the alignment (the review page shows it first).
    """
    from mms_studio.core.audio import probe
    from mms_studio.core.engine.base import resolve_base_model
    from mms_studio.core.engine.evaluate import resolve_base_output
    from mms_studio.core.engine.jobs import find_adapter
    from mms_studio.core.engine.library import list_adapters
    from mms_studio.core.engine.transcribe import Recogniser

    state = state or NullTaskState()
    audio = Path(audio).expanduser().absolute()
    probe(audio)                                   # a clear audio error before anything else
    lines = (read_transcript(transcript, tier=tier) if isinstance(transcript, (str, Path))
             else [" ".join(str(line).split()) for line in transcript if str(line).strip()])
    if not lines:
        raise AlignmentInputError("The transcript is empty: there is nothing to align.")
    if adapter is not None and language is not None:
        raise AlignmentInputError("Choose an adapter or a base-model language, not both.")
    normalizer = project.normalizer
    state.set_status(Message("Loading the model…"))
    if language is None and (adapter is not None or list_adapters(project.adapters_dir)):
        info = find_adapter(project, adapter)
        base_model = info.meta.get("base_model") or project.settings.base_model
        base_dir = resolve_base_model(base_model, state=state)
        if info.meta.get("text_settings"):      # spelled as the adapter was trained
            from mms_studio.core.text import Normalizer, TextSettings

            normalizer = Normalizer(TextSettings.from_dict(info.meta["text_settings"]))
        utterances = Speller(info.vocab, normalizer).spell(lines)
        rec = Recogniser.load(base_dir, adapter_dir=info.path, device=device,
                              precision=precision, base_model=base_model)
        model_name, zero_shot = info.name, False
    else:
        base_model = project.settings.base_model
        base_dir = resolve_base_model(base_model, state=state)
        language, speller = _zero_shot_speller(base_dir, lines, normalizer, language=language,
                                               prefer=project.settings.language)
        utterances = speller.spell(lines)
        base_dir = resolve_base_output(base_model, language, state=state)
        rec = Recogniser.load(base_dir, language=language, device=device, precision=precision,
                              base_model=base_model)
        model_name, zero_shot = rec.adapter.name, True
    check_cancelled(state)
    token_ids = {i for u in utterances for i in u.ids}
    emissions = compute_emissions(rec, audio, token_ids=token_ids, state=state)
    alignment = align_utterances(emissions, utterances, settings=settings, state=state)
    alignment = replace(alignment, meta={"model": model_name, "zero_shot": zero_shot})
    result = alignment.to_transcription(language=project.settings.language,
                                        adapter=model_name, audio_path=str(audio),
                                        base_model=str(base_model))
    ids: list[str] = [""] * len(alignment.utterances)
    if add_clips:
        ids = add_aligned_clips(project, audio, alignment, speaker=speaker, state=state)
    return AlignReport(alignment=alignment, transcription=result, audio=audio, model=model_name,
                       zero_shot=zero_shot, clip_ids=tuple(ids))


def add_aligned_clips(project: Any, audio: Path, alignment: Alignment, *,
                      speaker: str | None = None, state: TaskState | None = None) -> list[str]:
    """Each found line as a clip (padded into the pauses); doubtful ones `needs_review`."""
    state = state or NullTaskState()
    utts = alignment.utterances
    found = [u for u in utts if u.found]
    place = {id(u): k for k, u in enumerate(found)}
    ids: list[str] = []
    state.set_status(Message("Adding the aligned lines to the project…"))
    for n, u in enumerate(utts):
        check_cancelled(state)
        if not u.found:
            ids.append("")
            continue
        k = place[id(u)]
        before = found[k - 1].end if k else 0.0
        after = found[k + 1].start if k + 1 < len(found) else alignment.duration
        start = round(max(0.0, u.start - min(CLIP_PAD_SECONDS, (u.start - before) / 2)), 3)
        end = round(min(alignment.duration, u.end + min(CLIP_PAD_SECONDS, (after - u.end) / 2)),
                    3)
        if project.has_media(audio, start, end):
            ids.append("")
            continue
        status = "needs_review" if u.needs_review(alignment.settings) else "ok"
        clip = project.add_clip_from_file(audio, transcript=u.text, start=start, end=end,
                                          speaker=speaker, status=status,
                                          review_reasons=_review_reasons(u, alignment.settings))
        ids.append(clip.id)
        state.set_progress((n + 1) / len(utts))
    return ids


_NOTE_REASONS = {
    "speech not in the transcript follows it": Message(
        "Speech that is not in the transcript follows this line; check where the line ends."),
    "speech not in the transcript comes before it": Message(
        "Speech that is not in the transcript comes before this line; check where it starts."),
}


def _review_reasons(u: Any, settings: Any) -> list[Message]:
    """Why an aligned line needs a look, in sentences kept with its clip."""
    reasons = [_NOTE_REASONS.get(note, Message("{text}", text=note)) for note in u.notes]
    if u.score < settings.review_below:
        reasons.insert(0, Message("The alignment of this line is doubtful (score {score}); "
                                  "check its times and its text.", score=round(u.score, 2)))
    return reasons
