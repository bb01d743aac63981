"""The long jobs the Train and Transcribe pages run, as plain `fn(..., state)` functions.

They only compose `mms_studio.core.engine` building blocks (base model,
adapter init, trainer, library, recogniser) over a project: no Qt here, so
they run in worker threads and could move to core unchanged. (Core has no
project-level train/transcribe entry point yet; when it lands these become
thin calls to it.)
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mms_studio.core.atomic import write_json
from mms_studio.core.errors import Cancelled, ModelError, TrainingError
from mms_studio.core.tasks import TaskState

RUN_VOCAB = "vocab.json"
RUN_INFO = "run.json"


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    max_steps: int
    eval_every: int
    log_every: int
    checkpoint_every: int


PRESETS = (
    Preset("quick", "Quick try (about 10 minutes on a laptop)", 200, 50, 10, 50),
    Preset("standard", "Standard (an hour or two on a laptop)", 1000, 100, 10, 100),
    Preset("thorough", "Thorough (for a graphics card)", 3000, 200, 10, 200),
)


def hardware_summary() -> tuple[str, str]:
    """(a sentence about this computer, the preset key that suits it)."""
    from mms_studio.core.engine.hardware import detect

    hw = detect()
    if hw.device == "cpu":
        return (f"No graphics card found: training runs on the processor ({hw.memory_gb:.0f} GB "
                "memory). Start with a quick try.", "quick")
    return (f"Graphics card: {hw.name} ({hw.memory_gb:.0f} GB).",
            "standard" if hw.memory_gb < 20 else "thorough")


def train_config(preset: Preset, **advanced: Any) -> Any:
    from mms_studio.core.engine.trainer import TrainConfig

    base = TrainConfig(max_steps=preset.max_steps, eval_every=preset.eval_every,
                       log_every=preset.log_every, checkpoint_every=preset.checkpoint_every,
                       warmup_steps=max(1, min(100, preset.max_steps // 10)))
    return replace(base, **{k: v for k, v in advanced.items() if v is not None})


def _utterances(project: Any, clips: list[Any]) -> list[Any]:
    from mms_studio.core.engine.data import Utterance

    return [Utterance(id=c.id, text=c.transcript, duration=c.duration,
                      path=project.audio_path(c), speaker=c.speaker) for c in clips]


def resumable_runs(project: Any) -> list[Path]:
    """Runs with a checkpoint that did not finish, newest first."""
    from mms_studio.core.engine.checkpoint import has_checkpoint
    from mms_studio.core.engine.trainer import CHECKPOINT_DIR

    runs = []
    for run in sorted(Path(project.runs_dir).glob("*/"), reverse=True):
        info = run / RUN_INFO
        if not info.is_file() or not has_checkpoint(run / CHECKPOINT_DIR):
            continue
        if json.loads(info.read_text(encoding="utf-8")).get("finished"):
            continue
        runs.append(run)
    return runs


def train_project(project: Any, *, config: Any, base_dir: str | Path | None = None,
                  resume_run: Path | None = None, state: TaskState) -> dict[str, Any]:
    """Train an adapter on the project's clips; put it in the project's adapter library.

    Clips without a split get one (speaker-disjoint). The vocabulary is fixed
    in the run folder, so a resumed run trains the very same output layer.
    Returns the adapter's metrics with the baseline (the fresh adapter's dev
    scores) beside them. Cancelling keeps a checkpoint to resume from.
    """
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model, resolve_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.library import save_adapter
    from mms_studio.core.engine.trainer import evaluate_examples, train

    settings = project.settings
    state.set_status("Preparing the clips…")
    if any(c.split is None for c in project.clips(status="ok")):
        project.assign_splits()
    train_clips = project.clips(split="train", status="ok")
    dev_clips = project.clips(split="dev", status="ok")
    if not dev_clips and len(train_clips) >= 3 and resume_run is None:
        # Small projects round to zero dev clips; without one, progress cannot be measured.
        held = sorted(train_clips, key=lambda c: c.id)[-1]
        project.update_clip(held.id, split="dev")
        state.set_status(f"No dev clips yet: clip {held.id} is kept aside to measure progress.")
        train_clips = project.clips(split="train", status="ok")
        dev_clips = project.clips(split="dev", status="ok")
    if not train_clips:
        raise TrainingError("There are no clips to train on; import or record some first.")
    if resume_run is not None:
        run_dir = Path(resume_run)
        info = json.loads((run_dir / RUN_INFO).read_text(encoding="utf-8"))
        vocab = json.loads((run_dir / RUN_VOCAB).read_text(encoding="utf-8"))
        codec = LabelCodec(vocab, project.normalizer.tokens)
        name = info["name"]
    else:
        name = f"{settings.language}-{time.strftime('%Y%m%d-%H%M%S')}"
        run_dir = Path(project.runs_dir) / name
        codec = LabelCodec.from_texts([c.transcript for c in train_clips + dev_clips],
                                      project.normalizer)
        run_dir.mkdir(parents=True, exist_ok=True)
        write_json(run_dir / RUN_VOCAB, codec.vocab)
        write_json(run_dir / RUN_INFO, {"name": name, "finished": False})
    base = Path(base_dir) if base_dir else resolve_base_model(settings.base_model, state=state)
    state.set_status("Loading the base model…")
    model = load_base_model(base)
    init_adapter(model, vocab=codec.vocab, seed=config.seed)
    train_set, dev_set = _utterances(project, train_clips), _utterances(project, dev_clips)
    baseline: dict[str, Any] = {}
    if dev_set and resume_run is None:
        from mms_studio.core.engine.data import preflight

        state.set_status("Measuring the starting point on the dev clips…")
        examples, _ = preflight(dev_set, codec, max_seconds=config.max_clip_seconds)
        if examples:
            result = evaluate_examples(model, examples, codec, seconds_per_batch=30.0,
                                       autocast=contextlib.nullcontext)
            baseline = {"wer": result["wer"], "cer": result["cer"]}
            write_json(run_dir / "baseline.json", baseline)
    elif (run_dir / "baseline.json").is_file():
        baseline = json.loads((run_dir / "baseline.json").read_text(encoding="utf-8"))
    if state.is_interruption_requested():
        raise Cancelled("Training stopped before it started.")
    result = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                   config=config, run_dir=run_dir, state=state, resume=resume_run is not None)
    last = result.last_eval or {}
    metrics = {"cer": result.best_cer, "wer": last.get("wer"), "best_step": result.best_step,
               "steps": result.steps, "baseline": baseline}
    state.set_status("Saving the adapter…")
    adapter = save_adapter(model, folder=Path(project.adapters_dir) / name, name=name,
                           language=settings.language, vocab=codec.vocab,
                           base_model=str(settings.base_model),
                           text_settings=settings.text.to_dict(), metrics=metrics,
                           extra={"data": {"train_clips": len(train_clips),
                                           "dev_clips": len(dev_clips),
                                           "train_seconds": round(result.train_seconds, 1),
                                           "dropped_clips": len(result.dropped)}})
    write_json(run_dir / RUN_INFO, {"name": name, "finished": True})
    return {"adapter": str(adapter.path), "name": name, **metrics}


def list_library(project: Any) -> list[Any]:
    from mms_studio.core.engine.library import list_adapters

    return list_adapters(Path(project.adapters_dir))


_recogniser_cache: dict[tuple[str, str], Any] = {}


def transcribe_file(audio: str | Path, *, project: Any, adapter_dir: str | Path | None = None,
                    base_dir: str | Path | None = None, state: TaskState) -> Any:
    """Transcribe `audio` with an adapter from the library (or the base model's own for the
    project's language). The base model stays loaded between jobs."""
    from mms_studio.core.engine.base import available_adapters, resolve_base_model
    from mms_studio.core.engine.transcribe import Recogniser

    settings = project.settings
    state.set_status("Loading the model…")
    base = Path(base_dir) if base_dir else resolve_base_model(settings.base_model, state=state)
    key = (str(base), str(adapter_dir or ""))
    rec = _recogniser_cache.get(key)
    if rec is None:
        _recogniser_cache.clear()   # one base model in memory at a time
        if adapter_dir is not None:
            rec = Recogniser.load(base, adapter_dir=Path(adapter_dir))
        elif settings.language in available_adapters(base):
            rec = Recogniser.load(base, language=settings.language)
        else:
            raise ModelError("There is no adapter for this language yet; train one on the "
                             "Train page first.")
        _recogniser_cache[key] = rec
    return rec.transcribe(Path(audio), state=state)
