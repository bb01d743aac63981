"""Where takes live on disk, and recovering the ones a crash interrupted.

Takes are the speaker's raw recordings, kept in `<project>/recordings/<session>/`
even after they become clips (a clip is a 16 kHz copy made by the project
store), so nothing recorded is ever thrown away. A take being written is named
`*.recording.wav`; a finished one loses the `.recording`. Any
`*.recording.wav` found on the next start was cut short by a crash: it is
repaired (header made to cover every whole sample) and renamed
`*.recovered.wav` so the Record page can offer it back.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any

from mms_studio.core.project import layout
from mms_studio.core.recording.wavfile import repair

log = logging.getLogger(__name__)

IN_PROGRESS = ".recording.wav"
RECOVERED = ".recovered.wav"
SOURCE_PREFIX = "recorded "   # a clip made from a take: source = "recorded <session>/<file>"


def session_dir(project_root: Path, speaker: str) -> Path:
    """`recordings/<yyyymmdd>-<speaker>/`: one folder per day and speaker, a safe name."""
    safe = re.sub(r"[^\w-]+", "_", speaker.strip(), flags=re.UNICODE).strip("_") or "speaker"
    return layout.recordings_dir(project_root) / f"{time.strftime('%Y%m%d')}-{safe}"


def new_take_path(folder: Path) -> Path:
    """A fresh in-progress take name in `folder`: neither it nor its finished or recovered
    name exists, so finishing a take never replaces an earlier one of the same second."""
    stamp = time.strftime("%H%M%S")
    for n in range(1000):
        stem = f"take-{stamp}-{n:03d}"
        if not any((folder / f"{stem}{end}").exists() for end in (IN_PROGRESS, ".wav", RECOVERED)):
            return folder / f"{stem}{IN_PROGRESS}"
    raise FileExistsError(folder)


def finished_path(path: Path) -> Path:
    """The name a take gets once it is complete (`take-….wav`)."""
    return path.with_name(path.name[: -len(IN_PROGRESS)] + ".wav")


def take_source(path: Path) -> str:
    """The `source` a clip made from this take carries (session folder and file name)."""
    return f"{SOURCE_PREFIX}{path.parent.name}/{path.name}"


def recover_takes(project_root: Path) -> list[Path]:
    """Repair and rename takes left half-written by a crash; return the recovered files."""
    recovered: list[Path] = []
    root = layout.recordings_dir(project_root)
    if not root.is_dir():
        return recovered
    for path in sorted(root.rglob(f"*{IN_PROGRESS}")):
        try:
            frames = repair(path)
        except (OSError, ValueError) as exc:
            log.warning("could not recover %s: %s", path, exc)
            continue
        target = path.with_name(path.name[: -len(IN_PROGRESS)] + RECOVERED)
        path.replace(target)
        log.info("recovered %s (%d frames) after a crash", target, frames)
        recovered.append(target)
    return recovered


def recovered_to_review(project: Any) -> list[Path]:
    """Recovered takes (after `recover_takes`) that are not yet clips of `project`, oldest first."""
    recover_takes(project.root)
    root = layout.recordings_dir(project.root)
    if not root.is_dir():
        return []
    accepted = {c.source.rsplit("/", 1)[-1] for c in project.clips(include_deleted=True)
                if c.source.startswith(SOURCE_PREFIX)}
    return sorted(p for p in root.rglob(f"*{RECOVERED}") if p.name not in accepted)
