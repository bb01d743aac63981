"""Hub downloads pinned to one commit and checked against the Hub's own checksums.

Why: `snapshot_download(base)` follows the repository's moving `main` branch, so a
changed or tampered repository would change what a new install runs, and a resumed
download could mix files of two commits. We cannot ship the commit of
`facebook/mms-1b-all` (nothing here reaches the Hub to read it), so the pin is taken on
first use: the first download asks the Hub which commit `main` is, downloads exactly
that commit, checks every large file's SHA-256 against the checksum the Hub lists for
it (Git LFS metadata), and writes the commit beside the download cache
(`mms-studio-revisions.json`). Every later download of that base (a resumed download,
another language's adapter) uses the same commit. A repository can also be pinned
ahead of time by writing its entry in that file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from mms_studio.core.atomic import write_json
from mms_studio.core.errors import ModelError

PINS_FILE = "mms-studio-revisions.json"
_CHUNK = 8 << 20


def pins_path(cache_dir: str | Path | None = None) -> Path:
    """The pins file, kept in the Hub download cache it describes."""
    if cache_dir is None:
        from huggingface_hub import constants

        cache_dir = constants.HF_HUB_CACHE
    return Path(cache_dir).expanduser() / PINS_FILE


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}   # a damaged pins file: the next download pins again
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(data, dict) else {}


def pinned_revision(repo: str, *, cache_dir: str | Path | None = None) -> str | None:
    """The commit this base was first downloaded at, or None before its first download."""
    return _read(pins_path(cache_dir)).get(repo)


def remember(repo: str, revision: str, *, cache_dir: str | Path | None = None) -> None:
    path = pins_path(cache_dir)
    pins = _read(path)
    if pins.get(repo) != revision:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json(path, {**pins, repo: revision})


def hub_manifest(repo: str, revision: str | None) -> tuple[str, dict[str, str]]:
    """(the commit `revision` names — `main` when None —, file name -> SHA-256 of large files)."""
    from huggingface_hub import HfApi

    info = HfApi().model_info(repo, revision=revision, files_metadata=True)
    sums = {s.rfilename: s.lfs.sha256 for s in (info.siblings or [])
            if getattr(s, "lfs", None) is not None and getattr(s.lfs, "sha256", None)}
    return info.sha, sums


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify_files(folder: Path, names: Iterable[str], expected: dict[str, str]) -> None:
    """Every downloaded file the Hub lists a checksum for must match it.

    A file that does not match is removed (the next download fetches it again) and a
    `ModelError` says which; a file the Hub lists no checksum for (small text files are
    not in Git LFS) is left as it is.
    """
    for name in names:
        path = Path(folder) / name
        want = expected.get(name)
        if want is None or not path.is_file():
            continue
        if sha256_of(path) != want:
            target = path.resolve()
            path.unlink(missing_ok=True)
            if target != path:
                target.unlink(missing_ok=True)
            raise ModelError(f"The downloaded file {name} does not match the checksum the Hub "
                             "lists for it (a damaged or altered download); it was removed. "
                             "Download the base model again.")
