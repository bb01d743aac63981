"""Apply an import: plan every source, then add the planned clips one by one.

Planning reads only; applying converts each clip's audio and inserts its row
(see `Project.add_clip_from_file`), so a crash or a cancel at any point keeps
every clip finished so far and nothing half made. A clip that cannot be used
becomes a `Skipped` line with its reason, and the import goes on. A clip
already in the project (same recording, same cut) is skipped, so running an
interrupted import again finishes it instead of duplicating it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from mms_studio.core.errors import Cancelled, ImportFailedError, MMSStudioError
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.importing.registry import plan_source
from mms_studio.core.project.splits import SPLITS
from mms_studio.core.project.store import Clip, Project
from mms_studio.core.tasks import Message, NullTaskState, TaskState


def format_hms(seconds: float) -> str:
    """Durations for people: 1:02:03 (hours always shown, so a column of them lines up)."""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


@dataclass
class ImportReport:
    imported: list[Clip] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(c.duration for c in self.imported)

    def to_text(self) -> str:
        """The per-file report shown after an import: what came in, what did not and why."""
        lines = [f"Imported {len(self.imported)} clip(s), {format_hms(self.seconds)} of audio; "
                 f"skipped {len(self.skipped)}."]
        by_origin: dict[str, list[Clip]] = {}
        for clip in self.imported:
            by_origin.setdefault(clip.media or clip.source, []).append(clip)
        for origin, clips in by_origin.items():
            total = sum(c.duration for c in clips)
            lines.append(f"  imported  {Path(origin).name}: {len(clips)} clip(s), {total:.1f} s")
        for skip in self.skipped:
            lines.append(f"  skipped   {skip.where}: {skip.reason}")
        return "\n".join(lines)


class ImportCancelled(Cancelled):
    """Raised when the user stops an import; `report` holds what was kept."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"Import stopped: {len(report.imported)} clip(s) were kept.")
        self.report = report


def _key(clip: PlannedClip) -> tuple[str, float | None, float | None]:
    return (os.path.abspath(clip.media), clip.start, clip.end)


def plan_sources(sources: Iterable[str | os.PathLike[str]], options: ImportOptions,
                 state: TaskState) -> ImportPlan:
    """Plan all sources and drop clips listed twice (a folder with a table and sidecars)."""
    combined = ImportPlan()
    for source in sources:
        state.set_status(Message("Reading {name}…", name=Path(source).name))
        combined.extend(plan_source(Path(source), options))
    unique: dict[tuple[str, float | None, float | None], PlannedClip] = {}
    clips = []
    for clip in combined.clips:
        key = _key(clip)
        if key in unique:
            combined.skipped.append(Skipped(clip.source or clip.media.name, (
                f"{clip.media.name} is listed twice; it is imported once, "
                f"from {unique[key].source or clip.media.name}.")))
            continue
        unique[key] = clip
        clips.append(clip)
    combined.clips = clips
    return combined


def _with_options(clip: PlannedClip, options: ImportOptions) -> PlannedClip:
    return replace(clip, speaker=options.speaker or clip.speaker,
                   split=options.split or clip.split)


def import_sources(project: Project, sources: Iterable[str | os.PathLike[str]],
                   options: ImportOptions | None = None,
                   state: TaskState | None = None) -> ImportReport:
    """Import recordings and transcripts from files and folders into `project`.

    sources: files or folders; each is detected and planned (see `registry.py`).
    options: tier choices, padding, a speaker or split to force on every clip.
    state: progress and ETA per clip, a partial result (the Clip or Skipped) per clip;
    a cancel stops between clips and raises `ImportCancelled` carrying the report.
    """
    options = options or ImportOptions()
    state = state or NullTaskState()
    if options.split is not None and options.split not in SPLITS:
        raise ImportFailedError(f"'{options.split}' is not a split; use one of: {', '.join(SPLITS)}.")
    report = ImportReport()
    plan = plan_sources(sources, options, state)
    report.skipped.extend(plan.skipped)
    total = len(plan.clips)
    state.set_status(Message("Importing {count} clip(s)…", count=total))
    state.set_progress(0.0)
    for done, planned in enumerate(plan.clips):
        if state.is_interruption_requested():
            raise ImportCancelled(report)
        planned = _with_options(planned, options)
        where = planned.source or planned.media.name
        if project.has_media(_key(planned)[0], planned.start, planned.end):
            report.skipped.append(Skipped(where, "Already in the project."))
        else:
            try:
                clip = project.add_clip_from_file(
                    planned.media, transcript=planned.transcript, start=planned.start,
                    end=planned.end, speaker=planned.speaker, split=planned.split,
                    source=planned.source)
            except (MMSStudioError, OSError) as exc:
                skip = Skipped(where, str(exc) if isinstance(exc, MMSStudioError)
                               else f"The file could not be read ({exc.strerror}).")
                report.skipped.append(skip)
                state.set_partial_result(skip)
            else:
                report.imported.append(clip)
                state.set_partial_result(clip)
        state.set_progress((done + 1) / total)
    state.set_status(Message("Imported {imported} clip(s); skipped {skipped}.",
                             imported=len(report.imported), skipped=len(report.skipped)))
    return report
