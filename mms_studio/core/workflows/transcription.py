"""Transcribe a recording with a library adapter or the base model's own: the Transcribe
page's button and `mms-studio transcribe`.

One recogniser stays loaded between jobs (the base model is 4 GB; loading it per
recording would cost more than transcribing a short one), one at a time: asking
for another adapter or base model replaces it. `release_models` gives the memory
back when the project closes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mms_studio.core.errors import ModelError
from mms_studio.core.tasks import Message, TaskState

if TYPE_CHECKING:
    from mms_studio.core.engine.transcribe import Recogniser
    from mms_studio.core.transcript import Transcription

_recognisers: dict[tuple[str, ...], Recogniser] = {}


def release_models() -> None:
    """Forget the loaded recogniser (the project closed): gives its memory back."""
    _recognisers.clear()


def default_adapter(project: Any) -> str | None:
    """What transcribes when nobody chose: the newest adapter the project trained, else
    None (the base model's own output for the project's language: its adapter for it on
    MMS, its own output (zero-shot) on Omnilingual)."""
    from mms_studio.core.engine.library import list_adapters

    found = list_adapters(Path(project.adapters_dir))
    return found[0].name if found else None


def base_output_choice(project: Any) -> Message:
    """How the "nothing trained" choice reads where an adapter is picked (the Transcribe
    page's list): the base's own adapter for the language on MMS, its own output
    (zero-shot) on Omnilingual. Reads only the base's config.json / the catalogue."""
    from mms_studio.core.engine.families import FAMILIES, MMS
    from mms_studio.core.errors import MMSStudioError
    from mms_studio.core.workflows.base_choice import current_base

    try:
        family = current_base(project).family
    except (MMSStudioError, OSError, StopIteration):
        family = MMS
    if FAMILIES.get(family, FAMILIES[MMS]).base_adapters:
        return Message("Base model's own {lang} adapter (if it has one)",
                       lang=project.settings.language)
    return Message("Base model's own output (zero-shot)")


def recogniser(project: Any, *, adapter: str | None = None, device: str = "auto",
               precision: str = "auto", state: TaskState) -> Recogniser:
    """The loaded recogniser for `adapter` (a library adapter's name), or, when `adapter` is
    None, for the base model's own output for the project's language (MMS: its adapter for
    the language; Omnilingual: its own output, zero-shot, whatever the language); loaded on
    first use. The status says which was used; `Transcription.adapter` names it too."""
    from mms_studio.core.engine.evaluate import (
        family_has_base_adapters,
        has_base_output,
        resolve_base_output,
    )
    from mms_studio.core.engine.jobs import load_recogniser
    from mms_studio.core.engine.transcribe import Recogniser

    settings = project.settings
    key = (str(settings.base_model), adapter or "", device, precision)
    found = _recognisers.get(key)
    if found is None:
        state.set_status(Message("Loading the model…"))
        _recognisers.clear()   # one base model in memory at a time
        if adapter is not None:
            found = load_recogniser(project, adapter=adapter, device=device,
                                    precision=precision, state=state)
        else:
            # MMS: its adapter for the language (downloaded with it); Omnilingual: its own
            # output, one for every language it covers (evaluate.base_output).
            base_dir = resolve_base_output(str(settings.base_model), settings.language,
                                           state=state)
            if family_has_base_adapters(base_dir) and \
                    not has_base_output(base_dir, settings.language):
                raise ModelError("There is no adapter for this language yet: train one first "
                                 "(the Train page, or mms-studio train).")
            found = Recogniser.load(base_dir, language=settings.language, device=device,
                                    precision=precision, base_model=str(settings.base_model),
                                    state=state)
        _recognisers[key] = found
    if adapter is None:
        state.set_status(base_output_used(found.adapter.name, found.adapter.language))
    return found


def base_output_used(name: str, language: str) -> Message:
    """The sentence saying that the base model's own output transcribes (nothing trained);
    `name`, `language`: the recogniser's adapter (`Transcription.adapter`, `.language`)."""
    from mms_studio.core.engine.evaluate import ZERO_SHOT_NAME

    if name == ZERO_SHOT_NAME:
        return Message("No adapter trained yet: transcribing with the base model's own "
                       "output (zero-shot).")
    return Message("No adapter trained yet: transcribing with the base model's own adapter "
                   "for “{language}”.", language=language)


def transcribe_file(audio: str | Path, *, project: Any, adapter: str | None = None,
                    device: str = "auto", precision: str = "auto", chunk_seconds: float = 30.0,
                    speech_detection: bool = True, state: TaskState) -> Transcription:
    """Transcribe `audio` (any length) with `adapter` (see `recogniser`).

    speech_detection: only the speech regions go through the model (silence skipped and
        reported); False: fixed windows over the whole recording (`--no-vad`).
    Segments arrive as partial results; a stop raises `TranscriptionCancelled` with the
    finished part.
    """
    from mms_studio.core.engine.transcribe import DEFAULT_SPEECH

    rec = recogniser(project, adapter=adapter, device=device, precision=precision, state=state)
    result = rec.transcribe(Path(audio), chunk_seconds=chunk_seconds,
                            speech=DEFAULT_SPEECH if speech_detection else None, state=state)
    return with_base_output_said(result) if adapter is None else result


def with_base_output_said(result: Transcription) -> Transcription:
    """`result` of the base model's own output, saying so in its meta ("model", "zero_shot"):
    the status line is gone by the time a person reads the result."""
    used = base_output_used(result.adapter, result.language)
    return replace(result, meta={**result.meta, "model": str(used), "zero_shot": True})
