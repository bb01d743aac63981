"""One registry of small writers, so every export format is picked by one name.

The engine's `transcribe --format`, the GUI's export menu and scripts all ask
`get_writer(name)` and call `.write(result, path, **options)`. Which formats
exist, and in what order the menus list them, is the format table's
(`catalog.writer_names()`); this module binds each name to its class. Adding a
format means one row in the table and one class here or in its format's module
(imported explicitly below: a broken writer fails at import, not at export).
Each writer goes through `mms_studio.core.atomic`, so an export interrupted
half-way never leaves a truncated file where the user expects a good one.
Writers that need a heavier library (TextGrid's praatio) import it inside `write`.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from mms_studio.core import atomic
from mms_studio.core.errors import FormatError
from mms_studio.core.formats import catalog
from mms_studio.core.formats.elan_writer import EafWriter
from mms_studio.core.formats.subtitles import SrtWriter, VttWriter
from mms_studio.core.formats.textgrid import TextGridWriter
from mms_studio.core.transcript import Transcription


@runtime_checkable
class Writer(Protocol):
    """Writes one `Transcription` to one file, atomically."""

    name: str
    extension: str  # with the dot, e.g. ".srt"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        """Write `result` to `path` and return the path written."""


def _reject_unknown(writer: str, options: Mapping[str, Any], known: set[str]) -> None:
    unknown = sorted(set(options) - known)
    if unknown:
        raise FormatError(f"The {writer} export does not understand the option(s) "
                          f"{', '.join(unknown)}.")


class TextWriter:
    """Plain text, one utterance per line: what a teacher pastes into a document."""

    name = "txt"
    extension = ".txt"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        """`speakers=True` prefixes each line with "speaker: " when the segment has one."""
        _reject_unknown(self.name, options, {"speakers"})
        lines = []
        for segment in result.segments:
            if not segment.text:
                continue
            prefix = f"{segment.speaker}: " if options.get("speakers") and segment.speaker else ""
            lines.append(prefix + segment.text)
        atomic.write_text(path, "\n".join(lines) + ("\n" if lines else ""))
        return Path(path)


class JsonWriter:
    """The full result (segments, words, confidences): the format that loses nothing."""

    name = "json"
    extension = ".json"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        _reject_unknown(self.name, options, set())
        atomic.write_json(path, result.to_dict())
        return Path(path)


CSV_COLUMNS = ("start", "end", "speaker", "text", "confidence")


class CsvWriter:
    """A spreadsheet-friendly table: start, end, speaker, text, confidence (times in seconds).

    `level="words"` writes one row per word instead of one per utterance, for
    people checking which words the model was unsure of. UTF-8 with a BOM so
    spreadsheet programs on Windows show non-Latin scripts correctly.
    """

    name = "csv"
    extension = ".csv"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        _reject_unknown(self.name, options, {"level"})
        level = options.get("level", "segments")
        if level not in ("segments", "words"):
            raise FormatError('The CSV export level must be "segments" or "words".')
        buffer = io.StringIO()
        table = csv.writer(buffer, lineterminator="\r\n")
        table.writerow(CSV_COLUMNS)
        for segment in result.segments:
            if level == "segments":
                table.writerow([f"{segment.start:.3f}", f"{segment.end:.3f}",
                                segment.speaker or "", segment.text,
                                f"{segment.confidence:.3f}"])
                continue
            for word in segment.words:
                table.writerow([f"{word.start:.3f}", f"{word.end:.3f}", segment.speaker or "",
                                word.text, f"{word.confidence:.3f}"])
        atomic.write_text(path, "\ufeff" + buffer.getvalue(), encoding="utf-8")
        return Path(path)


class _Guarded:
    """A writer whose disk errors (read-only folder, full disk) become one FormatError sentence."""

    def __init__(self, writer: Writer) -> None:
        self.inner = writer
        self.name = writer.name
        self.extension = writer.extension

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        try:
            return self.inner.write(result, path, **options)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise FormatError(f"The {self.name} file {Path(path).name} could not be written "
                              f"({reason}); choose another folder.") from exc


class _Registry(Mapping[str, Writer]):
    """Name -> writer, case-insensitive; each writer is made on first use."""

    def __init__(self, classes: Mapping[str, type[Writer]]) -> None:
        self._classes = dict(classes)
        self._folded = {name.casefold(): name for name in classes}
        self._made: dict[str, Writer] = {}

    def canonical(self, name: str) -> str:
        try:
            return self._folded[name.strip().lstrip(".").casefold()]
        except KeyError:
            raise FormatError(f"Unknown export format “{name}”; choose one of "
                              f"{', '.join(self._classes)}.") from None

    def __getitem__(self, name: str) -> Writer:
        key = self.canonical(name)
        if key not in self._made:
            self._made[key] = _Guarded(self._classes[key]())
        return self._made[key]

    def __iter__(self):
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)


def _bind() -> dict[str, type[Writer]]:
    """Every writer class by name, in the table's order; a name without a class fails here."""
    classes: dict[str, type[Writer]] = {
        cls.name: cls for cls in (TextWriter, JsonWriter, CsvWriter, SrtWriter, VttWriter,
                                  EafWriter, TextGridWriter)}
    return {name: classes[name] for name in catalog.writer_names()}


WRITERS: Mapping[str, Writer] = _Registry(_bind())


def get_writer(name: str) -> Writer:
    """The writer for a format name or file extension (any case, leading dot allowed).

    Raises `FormatError` naming the known formats when `name` is not one of them.
    """
    return WRITERS[name]


def writer_for_path(path: str | os.PathLike[str]) -> Writer:
    """The writer whose extension matches `path` (e.g. "talk.TextGrid" -> TextGrid)."""
    return get_writer(Path(path).suffix or str(path))
