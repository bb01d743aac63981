"""Transcribe a recording with a library adapter or the base model's own: the Transcribe
page's button and `mms-studio transcribe`.

One recogniser stays loaded between jobs (the base model is 4 GB; loading it per
recording would cost more than transcribing a short one), one at a time: asking
for another adapter or base model replaces it. `release_models` gives the memory
back when the project closes.
"""

from __future__ import annotations

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
    None (the base model's own adapter for the project's language)."""
    from mms_studio.core.engine.library import list_adapters

    found = list_adapters(Path(project.adapters_dir))
    return found[0].name if found else None


def recogniser(project: Any, *, adapter: str | None = None, device: str = "auto",
               precision: str = "auto", state: TaskState) -> Recogniser:
    """The loaded recogniser for `adapter` (a library adapter's name), or for the base model's
    own adapter for the project's language when `adapter` is None; loaded on first use."""
    from mms_studio.core.engine.base import available_adapters, resolve_base_model
    from mms_studio.core.engine.jobs import load_recogniser
    from mms_studio.core.engine.transcribe import Recogniser

    settings = project.settings
    key = (str(settings.base_model), adapter or "", device, precision)
    found = _recognisers.get(key)
    if found is not None:
        return found
    state.set_status(Message("Loading the model…"))
    _recognisers.clear()   # one base model in memory at a time
    if adapter is not None:
        found = load_recogniser(project, adapter=adapter, device=device, precision=precision,
                                state=state)
    else:
        base_dir = resolve_base_model(settings.base_model, languages=[settings.language],
                                      state=state)
        if settings.language not in available_adapters(base_dir):
            raise ModelError("There is no adapter for this language yet: train one first "
                             "(the Train page, or mms-studio train).")
        found = Recogniser.load(base_dir, language=settings.language, device=device,
                                precision=precision, base_model=str(settings.base_model),
                                state=state)
    _recognisers[key] = found
    return found


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
    return rec.transcribe(Path(audio), chunk_seconds=chunk_seconds,
                          speech=DEFAULT_SPEECH if speech_detection else None, state=state)
