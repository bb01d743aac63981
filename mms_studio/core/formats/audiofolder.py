"""Hugging Face "audiofolder" datasets: import them as clips, export a project as one.

The audiofolder layout (a folder of audio plus `metadata.csv` with a
`file_name` column) is what `datasets.load_dataset("audiofolder", ...)` reads,
so a project exported this way can be trained on elsewhere or shared on the
Hub, and datasets made by others come in without conversion.

Export layout: `metadata.csv` at the top (file_name, transcription, speaker,
split, duration) and the 16 kHz WAVs in `audio/`. One table with a `split`
column rather than split folders, because clips not yet assigned to a split
must be exported too; filter on the column to get train/dev/test.

Import accepts a top-level `metadata.csv` and/or split subfolders
(`train/`, `dev/` or `validation/`, `test/`) each with their own metadata.csv;
the split comes from a `split` column, else the subfolder's name.
"""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mms_studio.core import atomic
from mms_studio.core.errors import Cancelled, FormatError
from mms_studio.core.formats.labels import clean
from mms_studio.core.formats.media import inside, is_audio_file
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.tasks import Message, NullTaskState, TaskState

TEXT_COLUMNS = ("transcription", "sentence", "text", "transcript", "normalized_text", "label")
SPEAKER_COLUMNS = ("speaker", "speaker_id", "client_id")
SPLIT_NAMES = {"train": "train", "training": "train", "dev": "dev", "validation": "dev",
               "valid": "dev", "val": "dev", "test": "test", "testing": "test"}
EXPORT_COLUMNS = ("file_name", "transcription", "speaker", "split", "duration")
AUDIO_DIR = "audio"


def _read_metadata(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise FormatError(f"{path.name} could not be read ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise FormatError(f"{path} is not UTF-8 text; save it as UTF-8 CSV.") from exc
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        return list(reader.fieldnames or []), list(reader)
    except csv.Error as exc:  # a stray carriage return or NUL inside a field
        raise FormatError(f"{path} is not a readable CSV table ({exc}); save it again as UTF-8 "
                          "CSV from a spreadsheet.") from exc


def _pick(header: list[str], wanted: str | None, guesses: tuple[str, ...]) -> str | None:
    keys = {h.strip().casefold(): h for h in header}
    if wanted:
        return keys.get(wanted.strip().casefold())
    return next((keys[g] for g in guesses if g in keys), None)


def plan_audiofolder(path: Path, options: ImportOptions) -> ImportPlan:
    """Clips for each row of the folder's metadata.csv files (see the module docstring)."""
    path = Path(path)
    plan = ImportPlan()
    tables = [(path / "metadata.csv", None)] if (path / "metadata.csv").is_file() else []
    tables += [(sub / "metadata.csv", SPLIT_NAMES[sub.name.casefold()])
               for sub in sorted(p for p in path.iterdir() if p.is_dir())
               if sub.name.casefold() in SPLIT_NAMES and (sub / "metadata.csv").is_file()]
    if not tables:
        raise FormatError(f"{path.name} has no metadata.csv, so it is not an audiofolder dataset.")
    if path.name.casefold() in SPLIT_NAMES and tables[0][1] is None:
        tables[0] = (tables[0][0], SPLIT_NAMES[path.name.casefold()])
    for table, folder_split in tables:
        _plan_table(table, folder_split, options, plan)
    return plan


def _plan_table(table: Path, folder_split: str | None, options: ImportOptions,
                plan: ImportPlan) -> None:
    header, rows = _read_metadata(table)
    where_table = f"{table.parent.name}/{table.name}"
    file_column = _pick(header, options.file_column, ("file_name",))
    text_column = _pick(header, options.text_column, TEXT_COLUMNS)
    if file_column is None or text_column is None:
        missing = "file_name" if file_column is None else (options.text_column or "transcription")
        raise FormatError(f"{where_table} has no “{missing}” column; audiofolder metadata needs "
                          "file_name and a transcription column.")
    speaker_column = _pick(header, options.speaker_column, SPEAKER_COLUMNS)
    split_column = _pick(header, None, ("split",))
    for number, row in enumerate(rows, start=2):
        where = f"{where_table} line {number}"
        written = row.get(file_column) or ""
        media = inside(table.parent, written)
        text = clean(row.get(text_column) or "")
        if media is None:
            plan.skipped.append(Skipped(where, Message(
                "The file name “{name}” is empty or leads outside the dataset folder.",
                name=written)))
            continue
        if not is_audio_file(media):
            plan.skipped.append(Skipped(where, Message("{name} is missing or not a recording.",
                                                       name=written)))
            continue
        if not text:
            plan.skipped.append(Skipped(where, Message("The transcription is empty.")))
            continue
        split = SPLIT_NAMES.get((row.get(split_column) or "").strip().casefold()) \
            if split_column else None
        plan.clips.append(PlannedClip(
            media=media, transcript=text,
            speaker=options.speaker or (row.get(speaker_column) or None if speaker_column
                                        else None),
            split=options.split or split or folder_split, source=where))


@dataclass
class ExportReport:
    folder: Path
    written: int = 0
    left_out: dict[str, int] = field(default_factory=dict)   # status -> clips not exported


def export_audiofolder(project, out: str | Path, *, state: TaskState | None = None,
                       include_review: bool = False) -> ExportReport:
    """Write the project's clips as an audiofolder dataset in `out` (new, empty, or a previous export).

    project: an open `mms_studio.core.project.Project`.
    include_review: also export clips marked "needs_review" (left out by
        default: their transcripts are not trusted yet). Excluded and deleted
        clips are never exported.
    state: progress per clip; on cancel, the clips copied so far get their
        metadata.csv written (a usable smaller dataset) and `Cancelled` is raised.
    """
    try:
        return _export(project, Path(out), state or NullTaskState(), include_review)
    except OSError as exc:
        raise FormatError(f"The dataset could not be written to {out} "
                          f"({exc.strerror or exc}); choose another folder.") from exc


def _export(project, out: Path, state: TaskState, include_review: bool) -> ExportReport:
    if out.exists() and any(out.iterdir()) and not (out / "metadata.csv").is_file():
        raise FormatError(f"The folder {out} is not empty; choose a new or empty folder for "
                          "the dataset.")
    statuses = ("ok", "needs_review") if include_review else ("ok",)
    clips = [c for c in project.clips() if c.status in statuses]
    report = ExportReport(folder=out)
    for clip in project.clips(include_deleted=True):
        if clip.status not in statuses:
            report.left_out[clip.status] = report.left_out.get(clip.status, 0) + 1
    audio_dir = out / AUDIO_DIR
    audio_dir.mkdir(parents=True, exist_ok=True)
    state.set_status(Message("Exporting {count} clip(s)…", count=len(clips)))
    rows: list[list[str]] = []
    cancelled = False
    for done, clip in enumerate(clips):
        if state.is_interruption_requested():
            cancelled = True
            break
        name = f"{clip.id}.wav"
        with atomic.atomic_path(audio_dir / name, suffix=".wav") as tmp:
            shutil.copyfile(project.audio_path(clip), tmp)
        rows.append([f"{AUDIO_DIR}/{name}", clip.transcript, clip.speaker or "", clip.split or "",
                     f"{clip.duration:.3f}"])
        state.set_progress((done + 1) / max(1, len(clips)))
    keep = {row[0].split("/", 1)[1] for row in rows}
    for stale in audio_dir.glob("*.wav"):   # from an earlier export of clips since removed
        if stale.name not in keep:
            stale.unlink()
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\n")
    table.writerow(EXPORT_COLUMNS)
    table.writerows(rows)
    atomic.write_text(out / "metadata.csv", buffer.getvalue())
    report.written = len(rows)
    if cancelled:
        raise Cancelled(f"Export stopped; {len(rows)} clip(s) were exported to {out}.")
    state.set_status(Message("Exported {count} clip(s) to {folder}.", count=len(rows), folder=out))
    return report
