"""Which planner reads which source: the one place that knows every import format.

Format planners written in other modules (ELAN, TextGrid, subtitles, corpora)
are imported only when a source needs them, by module and function name, so
a missing or broken optional reader costs one "not supported" line in the
report instead of breaking every import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.importing import files, tables
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, Skipped

Planner = Callable[[Path, ImportOptions], ImportPlan]

# suffix (casefolded) -> (module, function) of a planner written elsewhere
FORMAT_PLANNERS: dict[str, tuple[str, str]] = {
    ".eaf": ("mms_studio.core.formats.elan", "plan_eaf"),
    ".textgrid": ("mms_studio.core.formats.textgrid", "plan_textgrid"),
    ".srt": ("mms_studio.core.formats.subtitles", "plan_subtitles"),
    ".vtt": ("mms_studio.core.formats.subtitles", "plan_subtitles"),
    ".trs": ("mms_studio.core.formats.transcriber", "plan_trs"),
}
COMMON_VOICE = ("mms_studio.core.formats.commonvoice", "plan_common_voice")
AUDIOFOLDER = ("mms_studio.core.formats.audiofolder", "plan_audiofolder")


def detect(path: Path) -> str:
    """A word for what `path` is: audio, table, eaf, textgrid, subtitles, common_voice,
    audiofolder, folder, missing or unknown."""
    if not path.exists():
        return "missing"
    if path.is_dir():
        if (path / "clips").is_dir() and any((path / n).is_file()
                                            for n in ("validated.tsv", "train.tsv", "dev.tsv",
                                                      "test.tsv")):
            return "common_voice"
        if (path / "metadata.csv").is_file():
            return "audiofolder"
        return "folder"
    suffix = path.suffix.casefold()
    if suffix in files.TABLE_SUFFIXES:
        return "table"
    if suffix == ".eaf":
        return "eaf"
    if suffix == ".textgrid":
        return "textgrid"
    if suffix in (".srt", ".vtt"):
        return "subtitles"
    if suffix == ".trs":
        return "transcriber"
    if files.is_audio(path):
        return "audio"
    return "unknown"


def _external(module: str, function: str) -> Planner | None:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return None
        raise
    return getattr(mod, function, None)


def _run_external(path: Path, options: ImportOptions, target: tuple[str, str]) -> ImportPlan:
    planner = _external(*target)
    if planner is None:
        return ImportPlan(skipped=[Skipped(path.name, "This format is not supported yet.")])
    try:
        return planner(path, options)
    except (MMSStudioError, OSError) as exc:  # a malformed file: report it, import the rest
        return ImportPlan(skipped=[Skipped(path.name, str(exc))])


def plan_source(path: str | Path, options: ImportOptions) -> ImportPlan:
    """Plan one source the user named (a file or folder); never writes, never raises on bad input."""
    path = Path(path).expanduser().absolute()
    kind = detect(path)
    if kind == "missing":
        return ImportPlan(skipped=[Skipped(str(path), "This file or folder does not exist.")])
    if kind == "folder":
        return files.plan_folder(path, options)
    if kind == "common_voice":
        return _run_external(path, options, COMMON_VOICE)
    if kind == "audiofolder":
        return _run_external(path, options, AUDIOFOLDER)
    if kind == "table":
        return tables.plan_table(path, options)
    if kind == "audio":
        return files.plan_audio_file(path, options)
    if kind in ("eaf", "textgrid", "subtitles", "transcriber"):
        return _run_external(path, options, FORMAT_PLANNERS[path.suffix.casefold()])
    return ImportPlan(skipped=[Skipped(path.name, (
        "MMS Studio cannot import this kind of file; give recordings with .txt transcripts, "
        "CSV/TSV tables, ELAN, TextGrid, Transcriber or subtitle files."))])
