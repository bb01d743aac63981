"""Mozilla Common Voice releases: a language's CV download becomes clips with speakers and splits.

A release folder holds `clips/*.mp3` and TSV tables. When `train.tsv`,
`dev.tsv` and `test.tsv` are present they are used and their split is kept
(Common Voice already made them speaker-disjoint); otherwise `validated.tsv`
is read and clips get no split. `client_id` is kept as the speaker so
MMS Studio's own split assignment stays speaker-disjoint too. Old releases
(v1/v2) list `path` as a bare hash without ".mp3"; both are accepted.
Paths may not leave `clips/`.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.labels import clean
from mms_studio.core.formats.media import inside, is_audio_file
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.tasks import Message

SPLIT_TABLES = (("train.tsv", "train"), ("dev.tsv", "dev"), ("test.tsv", "test"))
REQUIRED = ("client_id", "path", "sentence")
MAX_NAMED = 5   # how many missing file names a report lists before "and N more"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a Common Voice table; sentences keep their quotes (no CSV quoting in CV)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise FormatError(f"{path.name} could not be read ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise FormatError(f"{path.name} is not UTF-8 text, so it is not a Common Voice "
                          "table.") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    try:
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise FormatError(f"{path.name} lacks the Common Voice column(s) "
                              f"{', '.join(missing)}.")
        return list(reader)
    except csv.Error as exc:  # a stray carriage return or NUL inside a field
        raise FormatError(f"{path.name} is not a readable Common Voice table ({exc}).") from exc


def plan_common_voice(path: Path, options: ImportOptions) -> ImportPlan:
    """Clips for every row of the release's split tables (or validated.tsv)."""
    path = Path(path)
    clips_dir = path / "clips"
    tables = [(path / name, split) for name, split in SPLIT_TABLES if (path / name).is_file()]
    if not tables:
        if not (path / "validated.tsv").is_file():
            raise FormatError(f"{path.name} has neither train/dev/test.tsv nor validated.tsv, "
                              "so it is not a Common Voice release.")
        tables = [(path / "validated.tsv", None)]
    plan = ImportPlan()
    for table, split in tables:
        missing: list[str] = []
        for number, row in enumerate(read_tsv(table), start=2):
            where = f"{path.name}/{table.name} line {number}"
            text = clean(row.get("sentence") or "")
            written = (row.get("path") or "").strip()
            if not text:
                plan.skipped.append(Skipped(where, Message("The sentence is empty.")))
                continue
            media = _media(clips_dir, written)
            if media is None:
                if inside(clips_dir, written) is None:
                    plan.skipped.append(Skipped(where, Message(
                        "The path “{path}” leads outside the clips folder; it was not followed.",
                        path=written)))
                else:
                    missing.append(written)
                continue
            plan.clips.append(PlannedClip(
                media=media, transcript=text, speaker=options.speaker or row.get("client_id")
                or None, split=options.split or split, source=where))
        if missing:
            named = ", ".join(missing[:MAX_NAMED])
            more = f" and {len(missing) - MAX_NAMED} more" if len(missing) > MAX_NAMED else ""
            plan.skipped.append(Skipped(f"{path.name}/{table.name}", Message(
                "{count} recording(s) listed are not in the clips folder: {named}{more}.",
                count=len(missing), named=named, more=more)))
    return plan


def _media(clips_dir: Path, written: str) -> Path | None:
    candidate = inside(clips_dir, written)
    if candidate is None:
        return None
    for option in (candidate, candidate.with_name(candidate.name + ".mp3")):
        if is_audio_file(option):
            return option
    return None
