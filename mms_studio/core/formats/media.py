"""Finding the recording an annotation file belongs to, without wandering where it should not.

Annotation files name their media in ways that break when a corpus moves:
absolute `file:///Users/...` URLs from another laptop, Windows paths,
relative `../media/x.wav`. The rule here: try the paths the file gives
(relative ones against the annotation's folder, `..` allowed because ELAN
corpora are laid out that way), then the same file name beside the annotation,
then an audio file with the annotation's own stem. A candidate is only accepted
if it is an existing regular file with an audio suffix, so an annotation file
can never make the app read `/etc/passwd` or a document as "media".
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

from mms_studio.core.audio import AUDIO_SUFFIXES

_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


def is_audio_file(path: Path) -> bool:
    return path.suffix.casefold() in AUDIO_SUFFIXES and path.is_file()


def url_to_path(url: str) -> PurePosixPath | PureWindowsPath | None:
    """A media URL or path as written in a file, as a path (None when it is not a local file)."""
    url = url.strip()
    if not url:
        return None
    if _WINDOWS_PATH.match(url):
        return PureWindowsPath(url)
    parsed = urlparse(url)
    if parsed.scheme in ("", "file"):
        raw = unquote(parsed.path if parsed.scheme else url)
        if parsed.scheme == "file" and re.match(r"^/[A-Za-z]:[\\/]", raw):
            return PureWindowsPath(raw[1:])  # file:///C:/Users/...
        if parsed.scheme == "file" and parsed.netloc and parsed.netloc != "localhost":
            return PureWindowsPath(f"\\\\{parsed.netloc}{raw}")  # file://server/share
        return PureWindowsPath(raw) if "\\" in raw else PurePosixPath(raw)
    if len(parsed.scheme) == 1:  # "C:/x.wav" parsed as scheme "c"
        return PureWindowsPath(url)
    return None  # http:, rtsp:, ...


def candidate_paths(base: Path, written: str) -> list[Path]:
    """Where a media reference written in a file at folder `base` may point, in order."""
    path = url_to_path(written)
    if path is None:
        return []
    native = isinstance(path, PureWindowsPath) == (os.name == "nt")
    out: list[Path] = []
    if path.is_absolute():
        if native:  # a Windows path on Linux can only be matched by its file name
            out.append(Path(str(path)))
    elif not path.drive:
        out.append(base.joinpath(*path.parts))
    if path.name and base / path.name not in out:
        out.append(base / path.name)
    return out


def find_media(source: Path, written: list[str]) -> tuple[Path | None, list[str]]:
    """The recording for annotation file `source`, and the names tried (for the error message).

    `written`: media references found in the file, best first.
    """
    base = source.parent
    tried: list[str] = []
    for ref in written:
        for candidate in candidate_paths(base, ref):
            if is_audio_file(candidate):
                return candidate, tried
        name = url_to_path(ref)
        if name is not None and name.name and Path(name.name).suffix.casefold() not in AUDIO_SUFFIXES:
            # a video: its sound track is usually extracted beside it under the same name
            extracted = same_stem_audio(base / name.name)
            if extracted is not None:
                return extracted, tried
        if name is not None and name.name and name.name not in tried:
            tried.append(name.name)
    beside = same_stem_audio(source)
    if beside is not None:
        return beside, tried
    if f"{source.stem}.wav" not in tried:
        tried.append(f"{source.stem}.wav")
    return None, tried


def same_stem_audio(source: Path) -> Path | None:
    """An audio file next to `source` with the same stem (wav preferred), if there is one."""
    matches = sorted((p for p in source.parent.glob(f"{glob_escape(source.stem)}.*")
                      if p != source and is_audio_file(p)),
                     key=lambda p: (p.suffix.casefold() != ".wav", p.name))
    return matches[0] if matches else None


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


def media_duration(media: Path) -> float | None:
    """Seconds of audio in `media`, or None when it cannot be read (reported as skipped)."""
    from mms_studio.core.audio import probe
    from mms_studio.core.errors import AudioError

    try:
        return probe(media).duration
    except AudioError:
        return None


def padded_cut(start: float, end: float, duration: float, padding: float
               ) -> tuple[float, float] | None:
    """The cut `start`..`end` widened by `padding` on each side, kept inside the recording.

    None when nothing of it lies inside the recording (negative or reversed times, or a
    padding that is not a sensible number of seconds, which counts as no padding).
    """
    pad = padding if math.isfinite(padding) and padding > 0 else 0.0
    if not (math.isfinite(start) and math.isfinite(end)) or end <= start:
        return None
    cut_start = max(0.0, round(start - pad, 3))
    cut_end = min(duration, round(end + pad, 3))
    return (cut_start, cut_end) if cut_end > cut_start else None


def media_duration_or_reason(media: Path) -> tuple[float | None, str]:
    """(seconds, "") for a readable recording, else (None, the reason, naming the file)."""
    from mms_studio.core.audio import probe
    from mms_studio.core.errors import AudioError

    try:
        return probe(media).duration, ""
    except AudioError as exc:
        return None, f"Its recording {media.name} cannot be used: {exc}"


def inside(folder: Path, written: str) -> Path | None:
    """`written` (a relative path, / or \\ separators) under `folder`, or None if it leaves it.

    For paths listed in corpus tables (Common Voice, audiofolder): unlike
    annotation media, these never legitimately point outside their folder,
    so `..`, absolute paths and symlinks out of the folder are refused.
    """
    cleaned = written.strip().replace("\\", "/")
    if not cleaned or cleaned.startswith("/") or re.match(r"^[A-Za-z]:", cleaned):
        return None
    candidate = folder.joinpath(*PurePosixPath(cleaned).parts)
    try:
        candidate.resolve().relative_to(folder.resolve())
    except ValueError:
        return None
    return candidate
