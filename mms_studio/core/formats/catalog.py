"""The one table of file formats: which suffix is which kind, and what the app does with it.

Every place that needs to know a format reads this table instead of keeping
its own list: `detect` and the folder walk (`core.importing.registry`), the file
dialogs (`dialog_filter`), the export writers (`core.formats.writers`) and the
CLI's choices. Before it existed the same list was written out five times and
drifted (a dialog offered `.m4a`, which the reader refuses, and left out
`.trs`, `.aiff` and `.lab`, which it accepts).

It holds data only and imports nothing, so the CLI's argument parser and the
GUI can read it at start-up without loading numpy or libsndfile. The code that
reads or writes a kind is bound to it where that code lives (planners in
`core.importing.registry`, writer classes in `core.formats.writers`), and tests
check both bindings cover this table exactly. For the same reason the audio
suffixes are spelled here rather than imported from `core.audio`; a test keeps
them equal to `core.audio.AUDIO_SUFFIXES`, what the audio reader accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileFormat:
    """One kind of file.

    kind: the word `detect` gives ("audio", "eaf", ...).
    label: what it is, for people reading this table.
    suffixes: lower-case, with the dot; matched with `path.suffix.casefold()`.
    imports: a source the importer reads on its own ("transcript" files are read
        beside their recording, never alone, so they count as importable too).
    writers: names of the export writers producing this kind, in menu order.
    """

    kind: str
    label: str
    suffixes: tuple[str, ...]
    imports: bool = True
    writers: tuple[str, ...] = ()


# What core.audio reads (a test keeps the two equal); the common ones first for dialogs.
_AUDIO = (".wav", ".flac", ".mp3", ".ogg", ".opus", ".aif", ".aifc", ".aiff", ".au", ".caf",
          ".oga", ".rf64", ".snd", ".w64", ".wave")

FORMATS: tuple[FileFormat, ...] = (
    FileFormat("audio", "Recordings", _AUDIO),
    FileFormat("transcript", "Transcripts beside their recording", (".txt", ".lab"),
               writers=("txt",)),
    FileFormat("json", "Transcription with words and confidences", (".json",),
               imports=False, writers=("json",)),
    FileFormat("table", "Tables", (".csv", ".tsv"), writers=("csv",)),
    FileFormat("subtitles", "Subtitles", (".srt", ".vtt"), writers=("srt", "vtt")),
    FileFormat("eaf", "ELAN annotations", (".eaf",), writers=("eaf",)),
    FileFormat("textgrid", "Praat TextGrids", (".textgrid",), writers=("TextGrid",)),
    FileFormat("transcriber", "Transcriber files", (".trs",)),
)
"""Every file kind, in the order dialogs and the export menu list them."""

CORPUS_KINDS: tuple[str, ...] = ("common_voice", "audiofolder")
"""Folders recognised by their layout rather than a suffix (see `corpus_kind`)."""

COMMON_VOICE_TABLES = ("validated.tsv", "train.tsv", "dev.tsv", "test.tsv")
AUDIOFOLDER_TABLE = "metadata.csv"

_BY_SUFFIX: dict[str, FileFormat] = {s: f for f in FORMATS for s in f.suffixes}
_BY_KIND: dict[str, FileFormat] = {f.kind: f for f in FORMATS}


def format_of(path: str | Path) -> FileFormat | None:
    """The format a file's suffix says it is (any case), or None."""
    return _BY_SUFFIX.get(Path(path).suffix.casefold())


def kind_of(path: str | Path) -> str | None:
    """The kind a file's suffix says (no look at the disk), or None."""
    found = format_of(path)
    return found.kind if found else None


def suffixes(*kinds: str) -> tuple[str, ...]:
    """The suffixes of these kinds, in table order."""
    return tuple(s for kind in kinds for s in _BY_KIND[kind].suffixes)


def corpus_kind(folder: Path) -> str | None:
    """"common_voice" or "audiofolder" when a folder has that corpus's layout, else None."""
    if (folder / "clips").is_dir() and any((folder / n).is_file() for n in COMMON_VOICE_TABLES):
        return "common_voice"
    if (folder / AUDIOFOLDER_TABLE).is_file():
        return "audiofolder"
    return None


def import_kinds() -> tuple[str, ...]:
    """Every kind the importer reads, file kinds first, then corpus folders."""
    return tuple(f.kind for f in FORMATS if f.imports) + CORPUS_KINDS


def writer_names() -> tuple[str, ...]:
    """Export format names, in menu order (`core.formats.writers.WRITERS` follows it)."""
    return tuple(name for f in FORMATS for name in f.writers)


def _patterns(suffix_list: tuple[str, ...]) -> str:
    # "*.TextGrid" as Praat writes it, besides the lower case: dialogs match case-sensitively
    # on some platforms.
    names = []
    for suffix in suffix_list:
        names.append(f"*{suffix}")
        if suffix == ".textgrid":
            names.append("*.TextGrid")
    return " ".join(names)


def dialog_suffixes(*, kinds: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The suffixes a file dialog offers for these kinds (default: every importable file kind)."""
    chosen = kinds if kinds is not None else tuple(f.kind for f in FORMATS if f.imports)
    return suffixes(*chosen)


def dialog_filter(*, kinds: tuple[str, ...] | None = None,
                  everything: str = "Recordings and transcripts",
                  all_files: str = "All files") -> str:
    """A Qt file-dialog filter string: the files these kinds read, then all files.

    kinds: the kinds offered (default: every importable file kind).
    everything, all_files: the labels of the two entries, so the interface passes
    them translated.
    """
    return f"{everything} ({_patterns(dialog_suffixes(kinds=kinds))});;{all_files} (*)"
