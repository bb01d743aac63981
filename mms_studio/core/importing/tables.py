"""Planning imports from a CSV/TSV table: one row per clip, a file column and a text column.

People make these in a spreadsheet, and corpora ship them (`transcripts.tsv`,
DeepSpeech's `wav_filename,wav_filesize,transcript`, LJSpeech-like lists), so
column names are guessed from common spellings unless the user names them.
Audio paths are read relative to the table's folder and may not leave it: a
table from someone else must not make the app read files elsewhere on disk.
Optional `start`/`end` columns (seconds) cut clips out of longer recordings.
"""

from __future__ import annotations

import csv
import io
import math
import os
import posixpath
from pathlib import Path, PurePosixPath

from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped

FILE_COLUMNS = ("path", "file", "file_name", "filename", "audio", "audio_file", "audio_path",
                "audio_filename", "wav", "wav_filename", "wav_file", "recording", "clip")
TEXT_COLUMNS = ("transcript", "transcription", "text", "sentence", "normalized_text", "utterance",
                "label")
SPEAKER_COLUMNS = ("speaker", "speaker_id", "client_id", "speaker_name", "spk")
START_COLUMNS = ("start", "start_time", "begin", "tmin")
END_COLUMNS = ("end", "end_time", "stop", "tmax")


def _key(name: str) -> str:
    return name.strip().casefold().replace(" ", "_").replace("-", "_")


def _pick(header: list[str], wanted: str | None, guesses: tuple[str, ...]) -> str | None:
    keys = {_key(h): h for h in header}
    if wanted:
        return keys.get(_key(wanted))
    return next((keys[g] for g in guesses if g in keys), None)


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def _delimiter(path: Path, text: str) -> str:
    if path.suffix.casefold() == ".tsv":
        return "\t"
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def resolve_inside(folder: Path, written: str) -> Path | None:
    """`written` (relative, / or \\ separators) under `folder`, or None if it would leave it."""
    cleaned = written.strip().replace("\\", "/")
    if not cleaned or cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
        return None
    normal = posixpath.normpath(cleaned)
    if normal == ".." or normal.startswith("../"):
        return None
    return folder.joinpath(*PurePosixPath(normal).parts)


def _seconds(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


def plan_table(path: Path, options: ImportOptions) -> ImportPlan:
    """Each row: an audio file (relative to the table) and its transcript."""
    plan = ImportPlan()
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        plan.skipped.append(Skipped(path.name, f"The table cannot be read ({exc.strerror})."))
        return plan
    except UnicodeDecodeError:
        plan.skipped.append(Skipped(path.name, "The table is not UTF-8 text; save it from your "
                                               "spreadsheet as 'CSV UTF-8'."))
        return plan
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(path, text)))
    except csv.Error as exc:
        plan.skipped.append(Skipped(path.name, f"The table is malformed ({exc})."))
        return plan
    if not rows:
        plan.skipped.append(Skipped(path.name, "The table is empty."))
        return plan
    header, body = rows[0], rows[1:]
    file_col = _pick(header, options.file_column, FILE_COLUMNS)
    text_col = _pick(header, options.text_column, TEXT_COLUMNS)
    if file_col is None or text_col is None:
        missing = "audio file" if file_col is None else "transcript"
        names = FILE_COLUMNS if file_col is None else TEXT_COLUMNS
        plan.skipped.append(Skipped(path.name, (
            f"No {missing} column found; name it one of: {', '.join(names[:6])} "
            f"(columns found: {', '.join(header) or 'none'}).")))
        return plan
    index = {name: header.index(name) for name in header}
    speaker_col = _pick(header, options.speaker_column, SPEAKER_COLUMNS)
    start_col, end_col = _pick(header, None, START_COLUMNS), _pick(header, None, END_COLUMNS)
    folder = path.parent.absolute()

    def cell(row: list[str], column: str | None) -> str | None:
        if column is None or index[column] >= len(row):
            return None
        return row[index[column]]

    for line, row in enumerate(body, start=2):
        if not any(c.strip() for c in row):
            continue
        where = f"{path.name} line {line}"
        written = (cell(row, file_col) or "").strip()
        transcript = " ".join((cell(row, text_col) or "").split())
        if not written:
            plan.skipped.append(Skipped(where, "No audio file is named in this row."))
            continue
        media = resolve_inside(folder, written)
        if media is None:
            plan.skipped.append(Skipped(where, (
                f"The audio path '{written}' points outside the table's folder; give paths "
                "relative to the folder that holds the table.")))
            continue
        if not media.is_file():
            plan.skipped.append(Skipped(where, f"The audio file '{written}' was not found "
                                               f"next to {path.name}."))
            continue
        if not transcript:
            plan.skipped.append(Skipped(where, f"The transcript for '{written}' is empty."))
            continue
        try:
            start, end = _seconds(cell(row, start_col)), _seconds(cell(row, end_col))
        except ValueError:
            plan.skipped.append(Skipped(where, "The start or end time is not a number of seconds."))
            continue
        if any(t is not None and not math.isfinite(t) for t in (start, end)) or (
                start is not None and end is not None and end <= start) or (
                end is not None and end <= 0):
            plan.skipped.append(Skipped(where, f"The cut of '{written}' from {start} to {end} s "
                                               "holds no sound; check the start and end columns."))
            continue
        speaker = options.speaker or (cell(row, speaker_col) or "").strip() or None
        source = f"{path.name} line {line}"
        plan.clips.append(PlannedClip(media=Path(os.path.abspath(media)), transcript=transcript,
                                      start=start, end=end, speaker=speaker, split=options.split,
                                      source=source))
    return plan
