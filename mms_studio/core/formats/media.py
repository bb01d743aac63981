"""Finding the recording an annotation file belongs to, without wandering where it should not.

Annotation files name their media in ways that break when a corpus moves:
absolute `file:///Users/...` URLs from another laptop, Windows paths,
relative `../media/x.wav`. The rule here: try the paths the file gives
(relative ones against the annotation's folder, `..` allowed because ELAN
corpora are laid out that way), then the same file name beside the annotation,
then an audio file with the annotation's own stem. A candidate is only accepted
if it is an existing regular file with an audio suffix, so an annotation file
can never make the app read `/etc/passwd` or a document as "media", and only if
it lies in the places the user chose for the import (`allowed_roots`), so a
crafted absolute URL or `../../..` path cannot pull a recording from elsewhere.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

from mms_studio.core.audio import AUDIO_SUFFIXES
from mms_studio.core.tasks import Message

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


def allowed_roots(source: Path, chosen: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """Folders an annotation file may take its recording from: the places the user chose.

    `chosen`: the folders the user imported, and the folder of each file they picked
    (`ImportOptions.media_roots`, filled by the importer); without them, the annotation's
    own folder. Nothing outside is followed, whatever the file says (an absolute
    `file:///home/me/private.wav`, `../../x.wav`, a link beside it pointing away), so a
    file from a stranger cannot make the app copy a recording from elsewhere on the disk
    into a project. ELAN's `eaf/` + `media/` layout works when the corpus folder is
    imported; a lone .eaf whose recording lies elsewhere says so in the report.
    """
    roots = chosen or (source.absolute().parent,)
    out = []
    for root in roots:
        try:
            out.append(Path(root).absolute().resolve())
        except (OSError, RuntimeError):
            continue
    return tuple(out)


def within(path: Path, roots: tuple[Path, ...]) -> bool:
    """True when `path`, links resolved, lies in one of `roots`."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return False
    return any(resolved == root or root in resolved.parents for root in roots)


def find_media(source: Path, written: list[str], *, roots: tuple[Path, ...] = ()
               ) -> tuple[Path | None, list[str]]:
    """The recording for annotation file `source`, and the names tried (for the error message).

    `written`: media references found in the file, best first. `roots`: the places the
    user chose (see `allowed_roots`); a recording found outside them is named in `tried`
    with where it is, so the user can import the folder holding both or copy it.
    """
    base = source.parent
    scope = allowed_roots(source, roots)
    tried: list[str] = []
    for ref in written:
        for candidate in candidate_paths(base, ref):
            if is_audio_file(candidate):
                if within(candidate, scope):
                    return candidate, tried
                note = (f"{candidate.name} (at {candidate.parent}, outside the folders chosen "
                        "for this import)")
                if note not in tried:
                    tried.append(note)
        name = url_to_path(ref)
        if name is not None and name.name and Path(name.name).suffix.casefold() not in AUDIO_SUFFIXES:
            # a video: its sound track is usually extracted beside it under the same name
            extracted = same_stem_audio(base / name.name, roots=roots)
            if extracted is not None:
                return extracted, tried
        if name is not None and name.name and not any(t.startswith(name.name) for t in tried):
            tried.append(name.name)
    beside = same_stem_audio(source, roots=roots)
    if beside is not None:
        return beside, tried
    if f"{source.stem}.wav" not in tried:
        tried.append(f"{source.stem}.wav")
    return None, tried


def same_stem_audio(source: Path, *, roots: tuple[Path, ...] = ()) -> Path | None:
    """An audio file next to `source` with the same stem (wav preferred), if there is one.

    A link by that name pointing out of `allowed_roots(source, roots)` does not count.
    """
    scope = allowed_roots(source, roots)
    matches = sorted((p for p in source.parent.glob(f"{glob_escape(source.stem)}.*")
                      if p != source and is_audio_file(p) and within(p, scope)),
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


def media_duration_or_reason(media: Path) -> tuple[float | None, str]:  # str: a Message
    """(seconds, "") for a readable recording, else (None, the reason, naming the file)."""
    from mms_studio.core.audio import probe
    from mms_studio.core.errors import AudioError

    try:
        return probe(media).duration, ""
    except AudioError as exc:
        return None, Message("Its recording {media} cannot be used: {reason}", media=media.name,
                             reason=exc.args[0] if exc.args else str(exc))


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
