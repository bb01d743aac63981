"""The adapters a project trained, as the Train page's table and the Transcribe page's list
show them: newest first, with their dev error rates and the base model's beside them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mms_studio.core.engine.evaluate import BaselineScores


@dataclass(frozen=True)
class LibraryEntry:
    name: str
    path: Path
    language: str
    steps: int | None             # the steps its run took
    cer: float | None             # dev CER of the saved (best) adapter
    wer: float | None
    baseline: BaselineScores | None   # the base model's own adapter on the same dev clips


def list_library(project: Any) -> list[LibraryEntry]:
    """The project's adapters, newest first."""
    from mms_studio.core.engine.evaluate import BaselineScores
    from mms_studio.core.engine.jobs import BASELINE_FILE
    from mms_studio.core.engine.library import METRICS_FILE, list_adapters

    entries = []
    for info in list_adapters(Path(project.adapters_dir)):
        metrics = _read_json(info.path / METRICS_FILE)
        run = info.meta.get("run") or info.path.name
        baseline = _read_json(Path(project.runs_dir) / run / BASELINE_FILE)
        entries.append(LibraryEntry(
            name=info.name, path=info.path, language=info.language,
            steps=metrics.get("steps"), cer=metrics.get("cer"), wer=metrics.get("wer"),
            baseline=BaselineScores.from_dict(baseline) if baseline else None))
    return entries


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
