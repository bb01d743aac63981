"""Train an adapter, or finish a stopped run: the Train page's buttons and `mms-studio train`.

On top of `core.engine.jobs` (splits, manifest, the loop, saving) this adds what
the product decides, once for both faces of the app:
- each run gets its own name, `<language>-<YYYYmmdd>-<HHMMSS>`, so the library keeps
  every adapter to compare instead of replacing the last one;
- a small project whose dev split rounded to nothing keeps one clip aside, or
  progress could not be measured;
- the new adapter is compared with the base model's own adapter for the language,
  when the base has one, on the same dev clips with the model already in memory;
- a stopped run resumes with its OWN settings (its config.json: steps, schedule,
  preset), never the ones a page or a command line shows now: changing them is a
  new run. The run's earlier metric rows are sent again first, so a page redraws
  its curves and log.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mms_studio.core.errors import TrainingError
from mms_studio.core.tasks import Message, TaskState

if TYPE_CHECKING:
    from mms_studio.core.engine.evaluate import BaselineScores
    from mms_studio.core.engine.hardware import Hardware
    from mms_studio.core.engine.jobs import RunPlan, TrainOutcome
    from mms_studio.core.engine.run_log import EvalRow
    from mms_studio.core.engine.trainer import TrainConfig

RUN_STAMP = "%Y%m%d-%H%M%S"


def run_name(language: str, *, now: time.struct_time | None = None) -> str:
    """`<language>-<YYYYmmdd>-<HHMMSS>` (local time): sorts by date, says the language."""
    return f"{language}-{time.strftime(RUN_STAMP, now or time.localtime())}"


def keep_a_dev_clip(project: Any, *, state: TaskState) -> str | None:
    """Small projects round to zero dev clips; without one, progress cannot be measured.

    With 3 or more training clips and no dev clip, the last training clip (by id, so the
    choice is stable) becomes a dev clip. Returns its id, or None when nothing changed.
    """
    if any(c.split is None for c in project.clips(status="ok")):
        state.set_status(Message("Choosing training, dev and test clips (speakers kept apart)…"))
        project.assign_splits()
    train = project.clips(split="train", status="ok")
    if project.clips(split="dev", status="ok") or len(train) < 3:
        return None
    held = sorted(train, key=lambda c: c.id)[-1]
    project.update_clip(held.id, split="dev")
    words = " ".join(held.transcript.split())        # people know a clip by what it says
    state.set_status(Message("No dev clips yet: clip {clip} is kept aside to measure progress.",
                             clip=f"“{words[:28] + '…' if len(words) > 28 else words}”"))
    return held.id


@dataclass(frozen=True)
class TrainReport:
    """What a finished run gives the page or the command to show."""

    name: str
    adapter_dir: Path
    run_dir: Path
    steps: int
    best: EvalRow | None              # the dev evaluation of the saved adapter
    baseline: BaselineScores | None   # beside the base model's own output, when it has one
    stopped_early: bool = False
    resumed: bool = False

    @property
    def cer(self) -> float | None:
        return self.best.cer if self.best else None

    @property
    def wer(self) -> float | None:
        return self.best.wer if self.best else None


def train_adapter(project: Any, *, config: TrainConfig, name: str | None = None,
                  base: str | None = None, from_adapter: str | None = None, state: TaskState,
                  on_planned: Callable[[RunPlan], None] | None = None,
                  hardware: Hardware | None = None) -> TrainReport:
    """Start a new run and train it to the end; the adapter lands in the project's library.

    name: the run's and the adapter's name (default `run_name(language)`).
    config: its `adapter_kind`/`lora_rank` choose the adapter on an Omnilingual base (a
        bottleneck as large as LoRA of rank 4 unless said; a ModelError sentence when
        given for an MMS base).
    on_planned: called once the run's manifest is written, before training (`mms-studio
        train` under several processes hands the run to the other processes there).
    hardware: this computer's `detect()` facts when the caller has them (detected once).
    Cancelling keeps a checkpoint: `resume_training` finishes the run.
    """
    from mms_studio.core.engine.families import adapter_config, detected_family
    from mms_studio.core.engine.families.catalog import base_family
    from mms_studio.core.engine.jobs import prepare_run, run_training

    # an adapter kind/rank for an MMS base is refused before anything is loaded or downloaded
    adapter_config(base_family(base or project.settings.base_model), config)
    keep_a_dev_clip(project, state=state)
    plan = prepare_run(project, name=name or run_name(project.settings.language), base=base,
                       from_adapter=from_adapter, state=state)
    # Omnilingual: the kind and rank in full, so adapter.json and config.json say them
    config = adapter_config(detected_family(plan.base_dir), config)
    if on_planned is not None:
        on_planned(plan)
    outcome = run_training(plan, config=config, state=state, hardware=hardware,
                           compare_with=_own_adapter_language(plan))
    return _report(outcome, plan, resumed=False)


@dataclass(frozen=True)
class StoppedRun:
    """A run that was stopped before its end: a checkpoint, no adapter yet."""

    name: str
    path: Path
    step: int                 # where it stopped
    config: TrainConfig       # its own settings, which resuming keeps


def stopped_runs(project: Any) -> list[StoppedRun]:
    """Runs that can be resumed, newest first."""
    import json

    from mms_studio.core.engine.checkpoint import STATE
    from mms_studio.core.engine.jobs import MANIFEST
    from mms_studio.core.engine.trainer import CHECKPOINT_DIR, read_run_config

    found = []
    for run in Path(project.runs_dir).glob("*/"):
        state_file = run / CHECKPOINT_DIR / STATE
        if not ((run / MANIFEST).is_file() and state_file.is_file()) or \
                (Path(project.adapters_dir) / run.name).exists():
            continue
        try:
            step = int(json.loads(state_file.read_text(encoding="utf-8"))["step"])
            config = read_run_config(run)
        except (OSError, ValueError, KeyError, TypeError, TrainingError):
            continue   # a damaged run is not offered; its folder stays as it is
        found.append((state_file.stat().st_mtime, StoppedRun(run.name, run, step, config)))
    return [run for _, run in sorted(found, key=lambda item: item[0], reverse=True)]


def resume_training(project: Any, *, run: str | None = None, state: TaskState,
                    on_planned: Callable[[RunPlan], None] | None = None,
                    device: str | None = None, precision: str | None = None,
                    hardware: Hardware | None = None) -> TrainReport:
    """Finish a stopped run (`run`: its name; default the newest) with its own settings.

    The run's earlier metric rows are sent as partial results first, so a page shows the
    whole run's curves and log. device/precision: where to run it now (they change where
    the numbers are computed, not the schedule); default the run's own.
    """
    from dataclasses import replace

    from mms_studio.core.engine.jobs import prepare_run, run_training
    from mms_studio.core.engine.run_log import read_rows

    runs = stopped_runs(project)
    chosen = next((r for r in runs if run is None or r.name == run), None)
    if chosen is None:
        raise TrainingError(f"There is no stopped training run called “{run}” to continue."
                            if run else "There is no stopped training run to continue.")
    config = chosen.config
    if device is not None or precision is not None:
        config = replace(config, device=device or config.device,
                         precision=precision or config.precision)
    state.set_status(Message("Resuming {run} with its own settings: step {step} of {steps}. "
                             "To change them, start a new run.", run=chosen.name,
                             step=chosen.step, steps=config.max_steps))
    for row in read_rows(chosen.path, until_step=chosen.step):
        state.set_partial_result(row)
    plan = prepare_run(project, name=chosen.name, resume=True, state=state)
    if on_planned is not None:
        on_planned(plan)
    outcome = run_training(plan, config=config, resume=True, state=state, hardware=hardware,
                           compare_with=_own_adapter_language(plan))
    return _report(outcome, plan, resumed=True)


def _own_adapter_language(plan: RunPlan) -> str | None:
    """The project's language when the base model gives a zero-shot output for it: its own
    adapter for it (MMS), or its own output, one for every language (Omnilingual)."""
    from mms_studio.core.engine.evaluate import has_base_output

    return plan.language if has_base_output(plan.base_dir, plan.language) else None


def _report(outcome: TrainOutcome, plan: RunPlan, *, resumed: bool) -> TrainReport:
    result = outcome.result
    return TrainReport(name=plan.name, adapter_dir=outcome.adapter.path, run_dir=plan.run_dir,
                       steps=result.steps, best=result.best_eval, baseline=outcome.baseline,
                       stopped_early=result.stopped_early, resumed=resumed)
