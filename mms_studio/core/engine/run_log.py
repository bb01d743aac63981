"""What a training run reports as it goes: typed metric rows and the run's `metrics.jsonl`.

The trainer hands each row to `state.set_partial_result` (the app draws it, the
CLI prints it) and appends it to `runs/<name>/metrics.jsonl`. In memory a row is
a frozen dataclass, so a caller matches on its type instead of a `"kind"` key;
on disk it stays one JSON object per line with that key, readable without the
app, and `read_rows` turns the file back into the same dataclasses (the Train
page redraws a resumed run's earlier curves from it).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, ClassVar

from mms_studio.core.atomic import write_text
from mms_studio.core.engine.data import Dropped

METRICS_FILE = "metrics.jsonl"
# The template of the status line each evaluation sends beside its `EvalRow` (a page that
# logs evaluations from their rows leaves this line out by its template, in any language).
EVAL_STATUS = "Step {step}: dev CER {cer:.1%}, WER {wer:.1%}"


@dataclass(frozen=True)
class TrainStep:
    """One logged optimiser step: its training loss and learning rate."""

    kind: ClassVar[str] = "train"
    step: int
    epoch: int
    loss: float
    lr: float
    audio_seconds: float = 0.0     # audio through the step, all processes together
    clips: int = 0
    elapsed: float = 0.0           # seconds of training so far, resumed runs included


@dataclass(frozen=True)
class EvalRow:
    """One evaluation on the dev clips (greedy decoding, CER over grapheme clusters)."""

    kind: ClassVar[str] = "eval"
    step: int
    epoch: int
    loss: float
    wer: float
    cer: float
    lr: float = 0.0
    elapsed: float = 0.0


@dataclass(frozen=True)
class DroppedClips:
    """Clips the pre-flight check left out of training or evaluation, each with its reason."""

    kind: ClassVar[str] = "dropped"
    clips: tuple[Dropped, ...]


Row = TrainStep | EvalRow | DroppedClips
_KINDS: dict[str, type] = {cls.kind: cls for cls in (TrainStep, EvalRow, DroppedClips)}


def row_to_dict(row: Row) -> dict[str, Any]:
    """The JSON form: `{"kind": ..., fields...}` (what metrics.jsonl holds)."""
    data = asdict(row)
    if isinstance(row, DroppedClips):
        data["clips"] = [d.to_dict() for d in row.clips]
    return {"kind": row.kind, **data}


def row_from_dict(data: dict[str, Any]) -> Row | None:
    """The dataclass for a JSON row; None for a kind this version does not know."""
    cls = _KINDS.get(data.get("kind", ""))
    if cls is None:
        return None
    if cls is DroppedClips:
        return DroppedClips(tuple(Dropped(d["id"], d["reason"]) for d in data.get("clips", ())))
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def read_rows(run_dir: Path, *, until_step: int | None = None) -> list[Row]:
    """The rows of a run's metrics.jsonl (up to `until_step`); [] when there is none yet.

    A damaged line (a crash in the middle of a write cannot leave one: the file
    is replaced atomically) is skipped rather than losing the whole history.
    """
    path = Path(run_dir) / METRICS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    rows: list[Row] = []
    for line in lines:
        try:
            row = row_from_dict(json.loads(line))
        except (ValueError, TypeError, KeyError):
            continue
        if row is None or (until_step is not None and getattr(row, "step", 0) > until_step):
            continue
        rows.append(row)
    return rows


class MetricsLog:
    """metrics.jsonl, rewritten atomically at each row (the file is small)."""

    def __init__(self, run_dir: Path, *, keep_until_step: int | None) -> None:
        """keep_until_step: a resumed run keeps the rows up to its checkpoint's step; None
        starts an empty log."""
        self.path = Path(run_dir) / METRICS_FILE
        self.rows: list[Row] = ([] if keep_until_step is None
                                else read_rows(run_dir, until_step=keep_until_step))

    def add(self, row: Row) -> None:
        self.rows.append(row)
        write_text(self.path, "".join(json.dumps(row_to_dict(r), ensure_ascii=False) + "\n"
                                      for r in self.rows))
