"""Project-level jobs: what the GUI and the CLI call (train, evaluate, transcribe, export).

Training is split in two so it also runs as several processes
(`accelerate launch`): only the main process opens the project (it is
locked to one process) and writes a run manifest — the clips, their splits,
the vocabulary and text settings — into `runs/<name>/manifest.json`; every
process then trains from that manifest. A resumed run reuses the manifest, so
its vocabulary and data cannot drift from the checkpoint's.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core.atomic import write_json
from mms_studio.core.base_location import rebased
from mms_studio.core.engine.data import LabelCodec, Utterance
from mms_studio.core.engine.evaluate import BaselineScores
from mms_studio.core.engine.library import AdapterInfo, check_name, read_adapter_info, save_adapter
from mms_studio.core.errors import MMSStudioError, ModelError, TrainingError
from mms_studio.core.tasks import Message, NullTaskState, TaskState

MANIFEST = "manifest.json"
BASELINE_FILE = "baseline.json"   # the run's adapter beside the base model's own, on dev


@dataclass(frozen=True)
class RunPlan:
    """Everything a training process needs, readable without opening the project."""

    run_dir: Path
    name: str
    language: str
    base_model: str
    base_dir: Path
    from_adapter: str | None
    vocab: dict[str, int]
    text_settings: dict[str, Any]
    train: tuple[Utterance, ...]
    dev: tuple[Utterance, ...]
    adapter_dir: Path

    def codec(self) -> LabelCodec:
        from mms_studio.core.text import Normalizer, TextSettings

        return LabelCodec(self.vocab, Normalizer(TextSettings.from_dict(self.text_settings)).tokens)

    def to_dict(self) -> dict[str, Any]:
        def utt(u: Utterance) -> dict[str, Any]:
            return {"id": u.id, "text": u.text, "duration": u.duration, "path": str(u.path),
                    "speaker": u.speaker}

        return {"name": self.name, "language": self.language, "base_model": self.base_model,
                "base_dir": str(self.base_dir), "from_adapter": self.from_adapter,
                "vocab": self.vocab, "text_settings": self.text_settings,
                "adapter_dir": str(self.adapter_dir),
                "train": [utt(u) for u in self.train], "dev": [utt(u) for u in self.dev]}

    @classmethod
    def read(cls, run_dir: Path) -> RunPlan:
        try:
            data = json.loads((Path(run_dir) / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TrainingError("The training run's manifest is missing or damaged; "
                                "start a new run.") from exc

        # The project may have moved since (a USB stick): its paths are found at their new place.
        old_root = str(Path(data["adapter_dir"]).parent.parent)
        new_root = Path(run_dir).absolute().parent.parent

        def here(path: str) -> str:
            return rebased(path, old_root=old_root, new_root=new_root)

        def utt(d: dict[str, Any]) -> Utterance:
            return Utterance(id=d["id"], text=d["text"], duration=d["duration"],
                             path=Path(here(d["path"])), speaker=d["speaker"])

        return cls(run_dir=Path(run_dir), name=data["name"], language=data["language"],
                   base_model=here(data["base_model"]), base_dir=Path(here(data["base_dir"])),
                   from_adapter=data["from_adapter"], vocab=data["vocab"],
                   text_settings=data["text_settings"],
                   adapter_dir=Path(here(data["adapter_dir"])),
                   train=tuple(map(utt, data["train"])), dev=tuple(map(utt, data["dev"])))


def project_utterances(project, *, split: str) -> list[Utterance]:
    """Usable clips ("ok") of one split as utterances reading the project's WAV files."""
    return [Utterance(id=c.id, text=c.transcript, duration=c.duration,
                      path=project.audio_path(c), speaker=c.speaker)
            for c in project.clips(split=split, status="ok") if c.transcript.strip()]


def prepare_run(project, *, name: str | None = None, base: str | None = None,
                from_adapter: str | None = None, resume: bool = False,
                state: TaskState | None = None) -> RunPlan:
    """Main process only: splits, vocabulary, base model on disk, manifest in `runs/<name>/`."""
    from mms_studio.core.engine.base import resolve_base_model
    from mms_studio.core.text import build_vocab

    state = state or NullTaskState()
    settings = project.settings
    name = check_name(name or settings.language)
    run_dir = project.runs_dir / name
    if resume:
        return RunPlan.read(run_dir)
    if run_dir.exists():  # keep the previous run beside, never overwrite it silently
        run_dir.rename(run_dir.with_name(f"{name}.{time.strftime('%Y%m%d-%H%M%S')}"))
    if any(c.split is None for c in project.clips(status="ok")):
        state.set_status(Message("Choosing training, dev and test clips (speakers kept apart)…"))
        project.assign_splits()
    train = project_utterances(project, split="train")
    dev = project_utterances(project, split="dev")
    if not train:
        raise TrainingError("The project has no usable training clips; add clips with "
                            "transcripts first.")
    base_model = base or settings.base_model
    base_dir = resolve_base_model(base_model, languages=[from_adapter] if from_adapter else [],
                                  state=state)
    every_text = [c.transcript for c in project.clips(status="ok")]
    vocab = build_vocab(every_text, project.normalizer).token_to_id
    plan = RunPlan(run_dir=run_dir, name=name, language=settings.language,
                   base_model=base_model, base_dir=base_dir, from_adapter=from_adapter,
                   vocab=vocab, text_settings=settings.text.to_dict(), train=tuple(train),
                   dev=tuple(dev), adapter_dir=project.adapters_dir / name)
    write_json(run_dir / MANIFEST, plan.to_dict())
    return plan


@dataclass(frozen=True)
class TrainOutcome:
    result: Any                      # trainer.TrainResult (its best_eval: the saved adapter's)
    adapter: AdapterInfo | None      # None on non-main processes
    baseline: BaselineScores | None = None   # beside the base model's own output, when asked


def run_training(plan: RunPlan, *, config, resume: bool = False,
                 state: TaskState | None = None, is_main: bool = True,
                 compare_with: str | None = None, hardware=None) -> TrainOutcome:
    """All processes: load the base, start or resume the adapter, train, save it (main only).

    compare_with: a language of the base model's own adapters; after training, the main
        process scores that adapter on the same dev clips with the model already in memory
        (no second load of the base) and writes runs/<name>/baseline.json. A base without
        per-language adapters (Omnilingual) is always compared: its own output (zero-shot)
        writes every language it covers, whatever the code (`evaluate.base_output`).
    hardware: `hardware.detect(config.device)` when the caller already has it.
    """
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.families import model_family
    from mms_studio.core.engine.hardware import detect, pick_precision
    from mms_studio.core.engine.inference import load_dtype
    from mms_studio.core.engine.trainer import train

    state = state or NullTaskState()
    state.set_status(Message("Loading the base model…"))
    # Load the frozen base straight in the training precision: the 1B model then
    # never sits in memory as float32 (3.9 GB) before being cast down (1.9 GB).
    hardware = hardware or detect(config.device)
    precision = pick_precision(hardware, config.precision)
    model = load_base_model(plan.base_dir, dtype=load_dtype(precision))
    init = init_adapter(model, vocab=plan.vocab, base_dir=plan.base_dir,
                        from_adapter=plan.from_adapter, seed=config.seed)
    codec = plan.codec()
    result = train(model=model, codec=codec, train_set=plan.train, dev_set=plan.dev,
                   config=config, run_dir=plan.run_dir, state=state, resume=resume,
                   hardware=hardware)
    if not is_main:
        return TrainOutcome(result, None)
    best = result.best_eval
    metrics = {"cer": result.best_cer, "wer": best.wer if best else None,
               "best_step": result.best_step, "steps": result.steps,
               "stopped_early": result.stopped_early, "elapsed_seconds": round(result.elapsed, 1)}
    _save_adapter(model, plan, metrics=metrics, extra={
        "init": init.to_dict(), "run": plan.run_dir.name, "train_config": config.to_dict(),
        "device": result.device, "precision": result.precision,
        "data": {"train_clips": len(plan.train), "train_seconds": round(result.train_seconds, 1),
                 "dev_clips": len(plan.dev), "speakers": len({u.speaker for u in plan.train}),
                 "dropped_clips": len(result.dropped)}})
    baseline = None
    if compare_with is None and not model_family(model).base_adapters:
        compare_with = plan.language       # only a label: the base's output is one for all
    if compare_with and best is not None:
        baseline = _compare(model, plan, codec, language=compare_with, ours=best,
                            config=config, precision=result.precision, state=state)
    return TrainOutcome(result, read_adapter_info(plan.adapter_dir), baseline)


def _save_adapter(model, plan: RunPlan, *, metrics: dict[str, Any],
                  extra: dict[str, Any]) -> None:
    """Into the project's library; an older adapter of the same name stays usable until the
    new one is complete (whole folders are swapped)."""
    staging = plan.adapter_dir.with_name(f".{plan.adapter_dir.name}.new")
    shutil.rmtree(staging, ignore_errors=True)
    save_adapter(model, folder=staging, name=plan.name, language=plan.language, vocab=plan.vocab,
                 base_model=plan.base_model, text_settings=plan.text_settings, metrics=metrics,
                 extra=extra)
    if plan.adapter_dir.exists():
        old = plan.adapter_dir.with_name(f".{plan.adapter_dir.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        plan.adapter_dir.rename(old)
        staging.rename(plan.adapter_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(plan.adapter_dir)


def _compare(model, plan: RunPlan, codec: LabelCodec, *, language: str, ours: Any, config,
             precision: str, state: TaskState) -> BaselineScores | None:
    from mms_studio.core.engine.evaluate import score_base_adapter
    from mms_studio.core.engine.families import model_family
    from mms_studio.core.engine.trainer import read_run_config

    base_adapter = model_family(model).base_adapters
    if base_adapter:
        state.set_status(Message("Comparing with the base model's own adapter for this "
                                 "language…"))
    else:
        state.set_status(Message("Comparing with what the base model writes on its own "
                                 "(zero-shot)…"))
    budget = read_run_config(plan.run_dir).seconds_per_batch   # the batches the run scored with
    try:
        theirs = score_base_adapter(model, base_dir=plan.base_dir, language=language,
                                    dev=plan.dev, codec=codec, seconds_per_batch=budget,
                                    precision=precision, max_clip_seconds=config.max_clip_seconds,
                                    state=state)
    except MMSStudioError as exc:   # a damaged adapter file in the base: the table shows "—"
        state.set_status(Message("No comparison with the base model: {reason}", reason=str(exc)))
        return None
    baseline = BaselineScores(language=language, wer=theirs.wer, cer=theirs.cer,
                              adapter_wer=ours.wer, adapter_cer=ours.cer,
                              clips=theirs.utterances, base_adapter=base_adapter)
    write_json(plan.run_dir / BASELINE_FILE, baseline.to_dict())
    return baseline


def train_project(project, *, config, name: str | None = None, base: str | None = None,
                  from_adapter: str | None = None, resume: bool = False,
                  state: TaskState | None = None,
                  compare_with: str | None = None) -> TrainOutcome:
    """Single-process training of a project's adapter, without the app's rules on top
    (`core.workflows.training` adds them: run names, a dev clip, the baseline)."""
    plan = prepare_run(project, name=name, base=base, from_adapter=from_adapter, resume=resume,
                       state=state)
    return run_training(plan, config=config, resume=resume, state=state,
                        compare_with=compare_with)


def find_adapter(project, name: str | None = None) -> AdapterInfo:
    """A project adapter by name (default: the newest), else one from the user library."""
    from mms_studio.core.engine.library import list_adapters, user_library_dir

    if name is None:
        found = list_adapters(project.adapters_dir)
        if not found:
            raise ModelError("This project has no trained adapter yet; train one first.")
        return found[0]
    for library in (project.adapters_dir, user_library_dir()):
        if (library / name / "adapter.json").is_file():
            return read_adapter_info(library / name)
    raise ModelError(f"There is no adapter called “{name}” in this project or your library.")


def load_recogniser(project, *, adapter: str | AdapterInfo | None = None, device: str = "auto",
                    precision: str = "auto", state: TaskState | None = None):
    """A `Recogniser` for the project's base model with one of its adapters (a name, or the
    `AdapterInfo` the caller already found)."""
    from mms_studio.core.engine.base import resolve_base_model
    from mms_studio.core.engine.transcribe import Recogniser

    info = adapter if isinstance(adapter, AdapterInfo) else find_adapter(project, adapter)
    base_model = info.meta.get("base_model") or project.settings.base_model
    base_dir = resolve_base_model(base_model, state=state)
    return Recogniser.load(base_dir, adapter_dir=info.path, device=device, precision=precision,
                           base_model=base_model, state=state)


def evaluate_project(project, *, adapter: str | None = None, baseline: str | None = None,
                     split: str = "test", device: str = "auto",
                     state: TaskState | None = None):
    """Score an adapter on the project's `split` clips (dev when test is empty), with a baseline.

    baseline: a language code of the base model's own adapters (zero-shot); on a base
        without them (Omnilingual) any code names the base's own output, one for all.
    """
    from mms_studio.core.engine.evaluate import evaluate, resolve_base_output, transcribe_all
    from mms_studio.core.text import units_to_text

    state = state or NullTaskState()
    utterances = project_utterances(project, split=split)
    if not utterances and split == "test":
        utterances = project_utterances(project, split="dev")
    info = find_adapter(project, adapter)
    rec = load_recogniser(project, adapter=info, device=device, state=state)
    baseline_texts = baseline_model = None
    if baseline:
        # On a base without per-language adapters (Omnilingual) the code is only a label:
        # the baseline is what the base writes on its own (evaluate.base_output).
        base_dir = resolve_base_output(rec.base_model, baseline, state=state)
        state.set_status(Message("Transcribing with the baseline “{baseline}”…", baseline=baseline))
        rec.use_base_language(base_dir, baseline)
        baseline_model = rec.adapter.name
        baseline_texts = transcribe_all(rec.transcribe_text, utterances, state=state)
        rec.use_adapter(info.path)
    normalizer = project.normalizer
    return evaluate(rec.transcribe_text, utterances,
                    normalize=lambda text: units_to_text(normalizer.tokens(text)),
                    adapter=info.name, baseline=baseline_texts, baseline_name=baseline,
                    baseline_model=baseline_model, state=state)
