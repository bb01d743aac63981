"""The long jobs the Train and Transcribe pages run, over core's project jobs.

Plain `fn(..., state)` functions (no Qt), so they run in worker threads. They
add only what the app decides on top of `mms_studio.core.engine.jobs`: each
training run gets its own name (so the library keeps every adapter to compare),
a small project keeps one clip aside for measuring progress, the adapter is
scored against the base model's own adapter for the language when it has one,
and one recogniser stays loaded between transcriptions.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mms_studio.core.atomic import write_json
from mms_studio.core.errors import MMSStudioError, ModelError
from mms_studio.core.tasks import Message, TaskState

if TYPE_CHECKING:
    from mms_studio.core.engine.hardware import Hardware

BASELINE_FILE = "baseline.json"   # beside the run's manifest: the adapter vs the base's own


@dataclass(frozen=True)
class Preset:
    key: str
    label: str            # English name only; the Train page shows a translated label
    max_steps: int
    eval_every: int
    log_every: int
    checkpoint_every: int


# Labels promise no duration: a step of the 1B model takes well under a second on a
# graphics card but ~12.5 s on a 2-core CPU with bf16 units (2-3x that without), so any
# time written here is false somewhere. The page shows the step count and, while
# training, an ETA measured on this computer.
PRESETS = (
    Preset("quick", "Quick try", 200, 50, 10, 50),
    Preset("standard", "Standard", 1000, 100, 10, 100),
    Preset("thorough", "Thorough, for a graphics card", 3000, 200, 10, 200),
)


def hardware_summary() -> tuple[Hardware, str]:
    """(this computer's `Hardware` facts, the key of the preset that suits it).

    Facts rather than a sentence, so the page can say them in the interface's language.
    """
    from mms_studio.core.engine.hardware import detect

    hw = detect()
    if hw.device == "cpu":
        return hw, "quick"
    return hw, "standard" if hw.memory_gb < 20 else "thorough"


def train_config(preset: Preset, **advanced: Any) -> Any:
    from mms_studio.core.engine.trainer import TrainConfig

    base = TrainConfig(max_steps=preset.max_steps, eval_every=preset.eval_every,
                       log_every=preset.log_every, checkpoint_every=preset.checkpoint_every,
                       warmup_steps=max(1, min(100, preset.max_steps // 10)))
    return replace(base, **{k: v for k, v in advanced.items() if v is not None})


def resumable_runs(project: Any) -> list[Path]:
    """Stopped runs (a checkpoint, no adapter yet), newest first."""
    from mms_studio.core.engine.checkpoint import has_checkpoint
    from mms_studio.core.engine.jobs import MANIFEST
    from mms_studio.core.engine.trainer import CHECKPOINT_DIR

    runs = []
    for run in sorted(Path(project.runs_dir).glob("*/"), key=lambda p: p.stat().st_mtime,
                      reverse=True):
        if ((run / MANIFEST).is_file() and has_checkpoint(run / CHECKPOINT_DIR)
                and not (Path(project.adapters_dir) / run.name).exists()):
            runs.append(run)
    return runs


def _keep_a_dev_clip(project: Any, state: TaskState) -> None:
    """Small projects round to zero dev clips; without one, progress cannot be measured."""
    if any(c.split is None for c in project.clips(status="ok")):
        project.assign_splits()
    train = project.clips(split="train", status="ok")
    if not project.clips(split="dev", status="ok") and len(train) >= 3:
        held = sorted(train, key=lambda c: c.id)[-1]
        project.update_clip(held.id, split="dev")
        state.set_status(Message("No dev clips yet: clip {clip} is kept aside to measure progress.",
                                 clip=held.id))


def _baseline(project: Any, name: str, run_dir: Path, state: TaskState) -> dict[str, Any]:
    """Dev WER/CER of the new adapter and of the base model's own adapter for this language."""
    from mms_studio.core.engine.base import available_adapters, resolve_base_model
    from mms_studio.core.engine.jobs import evaluate_project

    language = project.settings.language
    try:
        base_dir = resolve_base_model(project.settings.base_model)
        if language not in available_adapters(base_dir):
            return {}
        state.set_status(Message("Comparing with the base model's own adapter for this language…"))
        report = evaluate_project(project, adapter=name, baseline=language, split="dev",
                                  state=state)
    except MMSStudioError as exc:   # offline, no dev clips: the table shows "—"
        state.set_status(Message("No comparison with the base model: {reason}", reason=str(exc)))
        return {}
    result = {"name": language, "wer": report.baseline_wer, "cer": report.baseline_cer,
              "adapter_wer": report.wer, "adapter_cer": report.cer}
    write_json(run_dir / BASELINE_FILE, result)
    return result


def train_project(project: Any, *, config: Any, base_dir: str | Path | None = None,
                  resume_run: Path | None = None, state: TaskState) -> dict[str, Any]:
    """Train a new adapter (or finish a stopped run); it lands in the project's library.

    Returns the adapter's dev metrics, with the base model's own adapter for the
    language beside them when there is one. Cancelling keeps a checkpoint.
    """
    from mms_studio.core.engine import jobs

    if resume_run is None:
        _keep_a_dev_clip(project, state)
        name = f"{project.settings.language}-{time.strftime('%Y%m%d-%H%M%S')}"
    else:
        name = Path(resume_run).name
    outcome = jobs.train_project(project, config=config, name=name,
                                 base=str(base_dir) if base_dir else None,
                                 resume=resume_run is not None, state=state)
    adapter = outcome.adapter
    metrics = _read_json(adapter.path / "metrics.json")
    baseline = _baseline(project, name, Path(project.runs_dir) / name, state)
    return {"adapter": str(adapter.path), "name": adapter.name, "cer": metrics.get("cer"),
            "wer": metrics.get("wer"), "steps": metrics.get("steps"), "baseline": baseline}


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass(frozen=True)
class LibraryEntry:
    name: str
    path: Path
    metrics: dict[str, Any]
    baseline: dict[str, Any]


def list_library(project: Any) -> list[LibraryEntry]:
    """The project's adapters, newest first, with their metrics and baseline comparison."""
    from mms_studio.core.engine.library import list_adapters

    return [LibraryEntry(info.name, info.path, _read_json(info.path / "metrics.json"),
                         _read_json(Path(project.runs_dir) / info.path.name / BASELINE_FILE))
            for info in list_adapters(Path(project.adapters_dir))]


_recogniser_cache: dict[tuple[str, str], Any] = {}


def release_models() -> None:
    """Forget the loaded recogniser (the project closed): gives its memory back."""
    _recogniser_cache.clear()


def transcribe_file(audio: str | Path, *, project: Any, adapter: str | None = None,
                    state: TaskState) -> Any:
    """Transcribe `audio` with a library adapter (by name), or with the base model's own
    adapter for the project's language when `adapter` is None. The model stays loaded
    between jobs (one at a time)."""
    from mms_studio.core.engine.base import available_adapters, resolve_base_model
    from mms_studio.core.engine.jobs import load_recogniser
    from mms_studio.core.engine.transcribe import Recogniser

    settings = project.settings
    key = (str(settings.base_model), adapter or "")
    rec = _recogniser_cache.get(key)
    if rec is None:
        state.set_status(Message("Loading the model…"))
        _recogniser_cache.clear()   # one base model in memory at a time
        if adapter is not None:
            rec = load_recogniser(project, adapter=adapter, state=state)
        else:
            base_dir = resolve_base_model(settings.base_model, languages=[settings.language],
                                          state=state)
            if settings.language not in available_adapters(base_dir):
                raise ModelError("There is no adapter for this language yet; train one on the "
                                 "Train page first.")
            rec = Recogniser.load(base_dir, language=settings.language)
        _recogniser_cache[key] = rec
    return rec.transcribe(Path(audio), state=state)
