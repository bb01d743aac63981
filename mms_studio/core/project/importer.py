"""Apply an import: plan every source, then add the planned clips one by one.

Planning reads only; applying converts each clip's audio and inserts its row
(see `Project.add_clip_from_file`), so a crash or a cancel at any point keeps
every clip finished so far and nothing half made. A clip that cannot be used
becomes a `Skipped` line with its reason, and the import goes on. A clip
already in the project (same recording, same cut) is skipped, so running an
interrupted import again finishes it instead of duplicating it.

Every clip that goes in is checked (`core.importing.clip_checks`: speech present,
distortion, length against its text, script); one with findings is kept but
marked *needs review*, and the report says why. The report puts what decided
first: what came in, what was flagged, what was refused and why, and only then
the readers' notes (tiers passed over, characters removed).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from mms_studio.core.diskerrors import StorageError
from mms_studio.core.durations import format_duration
from mms_studio.core.errors import Cancelled, ImportFailedError, MMSStudioError
from mms_studio.core.formats.labels import finish
from mms_studio.core.formats.markup import find_markup
from mms_studio.core.importing.clip_checks import ClipFinding, check_clip, usual_scripts
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, Note, PlannedClip, Skipped
from mms_studio.core.importing.registry import plan_source
from mms_studio.core.project.splits import SPLITS
from mms_studio.core.project.store import Clip, Project
from mms_studio.core.tasks import Message, NullTaskState, TaskState


def format_hms(seconds: float) -> str:
    """Durations for people: 1:02:03 (hours always shown, so a column of them lines up)."""
    return format_duration(seconds, hours="always")


@dataclass(frozen=True)
class Flagged:
    """A clip that went in marked *needs review*, and why."""

    clip: Clip
    where: str
    findings: tuple[ClipFinding, ...]


@dataclass
class ImportReport:
    imported: list[Clip] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    flagged: list[Flagged] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(c.duration for c in self.imported)

    def lines(self) -> list[Message]:
        """The report, one `Message` a line (translated by template), the decisive ones first."""
        lines = [Message("Imported {count} clip(s), {hms} of audio; {flagged} need review; "
                         "skipped {skipped}.", count=len(self.imported), hms=format_hms(self.seconds),
                         flagged=len(self.flagged), skipped=len(self.skipped))]
        by_origin: dict[str, list[Clip]] = {}
        for clip in self.imported:
            by_origin.setdefault(clip.media or clip.source, []).append(clip)
        for origin, clips in by_origin.items():
            lines.append(Message("  imported  {name}: {count} clip(s), {seconds:.1f} s",
                                 name=Path(origin).name, count=len(clips),
                                 seconds=sum(c.duration for c in clips)))
        for flag in self.flagged:
            for finding in flag.findings:
                lines.append(Message("  review    {where}: {reason}", where=flag.where,
                                     reason=finding.reason))
        for skip in self.skipped:
            lines.append(Message("  skipped   {where}: {reason}", where=skip.where,
                                 reason=skip.reason))
        for note in self.notes:
            lines.append(Message("  note      {where}: {text}", where=note.where, text=note.text))
        return lines

    def to_text(self) -> str:
        """The per-file report shown after an import: what came in, what did not and why."""
        return "\n".join(self.lines())


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
    sources = [Path(source).expanduser().absolute() for source in sources]
    if not options.media_roots:  # the places the user chose: recordings come from there only
        options = replace(options, media_roots=tuple(dict.fromkeys(
            s if s.is_dir() else s.parent for s in sources)))
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
        finished = finish(clip.transcript, remove_markup=options.strip_markup)
        if not finished.text:
            combined.skipped.append(Skipped(clip.source or clip.media.name, Message(
                "Nothing is left of the transcript once markup and invisible characters are "
                "removed.")))
            continue
        clips.append(replace(clip, transcript=finished.text, notes=clip.notes + finished.notes))
    combined.clips = clips
    return combined


def _reason(exc: Exception) -> str:
    """An error's sentence, keeping its `Message` (so the GUI can translate it) when it has one."""
    if isinstance(exc, MMSStudioError):
        first = exc.args[0] if exc.args else ""
        return first if isinstance(first, Message) else str(exc)
    return Message("The file could not be read ({reason}).",
                   reason=getattr(exc, "strerror", None) or str(exc))


def _notes_of(clips: list[PlannedClip]) -> list[Note]:
    """Per-clip reader notes, grouped: "invisible U+FEFF removed" once per file, with a count."""
    grouped: dict[tuple[str, str], int] = {}
    for clip in clips:
        origin = (clip.source or clip.media.name).split(" #", 1)[0]
        for note in clip.notes:
            grouped[(origin, note)] = grouped.get((origin, note), 0) + 1
    return [Note(origin, Message("{text} ({count} clip(s)).", text=text, count=count))
            for (origin, text), count in grouped.items()]


def _check(project: Project, clip: Clip, usual: frozenset[str],
           options: ImportOptions) -> tuple[ClipFinding, ...]:
    """Findings for a clip just added (read back from its 16 kHz WAV)."""
    from mms_studio.core import audio

    found: list[ClipFinding] = []
    markup = [] if options.strip_markup else find_markup(clip.transcript)
    if markup:
        found.append(ClipFinding("markup", Message(
            "The transcript holds annotation markup ({examples}) that would be learnt as "
            "speech; edit it, or import again with the option to remove markup.",
            examples=", ".join(markup))))
    try:
        samples = audio.load(project.audio_path(clip))
    except MMSStudioError as exc:
        return (*found, ClipFinding("unreadable", Message(
            "The stored clip cannot be read back: {reason}", reason=str(exc))))
    return (*found, *check_clip(samples, transcript=clip.transcript, usual=usual))


def _usual_scripts(project: Project, plan: ImportPlan) -> frozenset[str]:
    known = [c.transcript for c in project.clips() if c.status in ("ok", "needs_review")]
    return usual_scripts([*known, *(c.transcript for c in plan.clips)])


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
    report.notes.extend([*plan.notes, *_notes_of(plan.clips)])
    usual = _usual_scripts(project, plan)
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
            except StorageError as exc:   # a full disk or a vanished folder fails every clip
                raise type(exc)(f"{exc} The {len(report.imported)} clip(s) imported before "
                                "are kept; importing again finishes the import.") from exc
            except (MMSStudioError, OSError) as exc:
                skip = Skipped(where, _reason(exc))
                report.skipped.append(skip)
                state.set_partial_result(skip)
            else:
                findings = _check(project, clip, usual, options)
                if findings:
                    clip = project.update_clip(
                        clip.id, status="needs_review",
                        review_reasons=[finding.reason for finding in findings])
                    report.flagged.append(Flagged(clip, where, findings))
                report.imported.append(clip)
                state.set_partial_result(clip)
        state.set_progress((done + 1) / total)
    state.set_status(Message("Imported {imported} clip(s); skipped {skipped}.",
                             imported=len(report.imported), skipped=len(report.skipped)))
    return report
