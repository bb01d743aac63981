"""The project: a folder of 16 kHz WAV clips, a SQLite index of them, and project.json.

`Project` is the face every caller uses (the app, the CLI, the engine); it
checks what the caller asked and hands the work to the module that owns it:

    opening.py    create, open (lock, migrate, sweep), open_read_only
    recovery.py   what a crash left behind, tidied at each writable open
    database.py   the one connection, shared by threads under a lock
    clips.py      adding, changing, deleting clips; the WAV-before-row rule
    stats.py      counts made by SQLite
    splits.py     which clip goes to train, dev or test
    layout.py     every file and folder name inside a project

A read-only handle (`Project.open_read_only`) refuses every method that would
change the project before touching anything, and SQLite itself is opened
read-only below that check.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.core.project import clips as clip_ops
from mms_studio.core.project import layout, opening
from mms_studio.core.project.clips import STATUSES, Clip
from mms_studio.core.project.media_places import MediaPlaces
from mms_studio.core.project.settings import ProjectSettings, save_settings
from mms_studio.core.project.stats import ProjectStats, count
from mms_studio.core.text import Normalizer, TextSettings

__all__ = ["STATUSES", "Clip", "Project", "ProjectStats"]

_UNSET: Any = object()


class Project:
    """An open project folder: locked (`create`, `open`) or read-only (`open_read_only`).

    Call `close()` (or use it as a context manager) when done.
    """

    def __init__(self, opened: opening.Opened) -> None:
        self.root = opened.root
        self._settings = opened.settings
        self._database = opened.database
        self._media = MediaPlaces(self.root, self._database)   # clips' recordings, movable
        self._lock = opened.lock  # None: opened read-only
        self._normalizer: Normalizer | None = None
        self.swept: list[str] = opened.swept  # what `open` tidied up, for the log and the user

    # --- lifecycle (opening.py) ----------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], *, language: str, name: str,
               base_model: str = DEFAULT_BASE_MODEL, text: TextSettings | None = None) -> Project:
        """Make a new project in `path` (a new or empty folder) and open it."""
        return cls(opening.create(path, language=language, name=name, base_model=base_model,
                                  text=text))

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Project:
        """Open and lock an existing project, migrating it and tidying after any crash."""
        return cls(opening.open_locked(path))

    @classmethod
    def open_read_only(cls, path: str | os.PathLike[str]) -> Project:
        """Open a project only to read it, even while another MMS Studio holds it.

        No lock is taken and nothing is migrated, tidied or written, so `info` and
        scripts work beside the app; what they see is what the holder has committed.
        Every method that would change the project raises `ProjectError`. A database
        in an older format is refused with a message saying how to update it, since
        updating it would be a write.
        """
        return cls(opening.open_read_only(path))

    def close(self) -> None:
        self._database.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """True for `open_read_only` handles: callers that write beside the project
        (runs, adapters, exports) should check this before they start."""
        return self._database.read_only

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Make every read inside see the database as of one moment.

        Without it, two queries can straddle a clip committed by another process or
        thread (an import running in the app), giving figures that disagree.
        Meant for reads: `assign_splits`, which runs its own transaction, cannot run
        inside. Nested blocks share the outer moment.
        """
        with self._database.snapshot():
            yield

    # --- settings and folders --------------------------------------------------------
    @property
    def settings(self) -> ProjectSettings:
        return self._settings

    def update_settings(self, **changes: Any) -> ProjectSettings:
        """Change name, language, base_model or text settings; project.json is rewritten atomically."""
        self._database.refuse_if_read_only("change its settings")
        new = self._settings.changed(**changes)
        save_settings(self.root, new)
        self._settings = new
        self._normalizer = None
        return new

    @property
    def normalizer(self) -> Normalizer:
        if self._normalizer is None:
            self._normalizer = Normalizer(self._settings.text)
        return self._normalizer

    @property
    def clips_dir(self) -> Path:
        return layout.clips_dir(self.root)

    @property
    def runs_dir(self) -> Path:
        return layout.runs_dir(self.root)

    @property
    def adapters_dir(self) -> Path:
        return layout.adapters_dir(self.root)

    @property
    def exports_dir(self) -> Path:
        return layout.exports_dir(self.root)

    @property
    def recordings_dir(self) -> Path:
        """Raw takes (made on first use, never by opening)."""
        return layout.recordings_dir(self.root)

    # --- clips (clips.py) --------------------------------------------------------------
    def clips(self, *, split: str | None = None, status: str | None = None,
              include_deleted: bool = False, speaker: str | None = None) -> list[Clip]:
        """Clips in the order they were added. Deleted ones only when asked for."""
        return [self._media.located(clip) for clip in clip_ops.list_clips(
            self._database, split=split, status=status, include_deleted=include_deleted,
            speaker=speaker)]

    def clip(self, clip_id: str) -> Clip:
        return self._media.located(clip_ops.get_clip(self._database, clip_id))

    def audio_path(self, clip: Clip | str) -> Path:
        rel = clip.audio if isinstance(clip, Clip) else self.clip(clip).audio
        return self.root / rel

    def media_path(self, clip: Clip | str) -> Path | None:
        """The recording `clip` was cut from, where it is now (inside a moved project too;
        see media_places), or None for a recorded clip; it may be gone (check is_file)."""
        media = (clip if isinstance(clip, Clip) else self.clip(clip)).media
        return Path(self._media.resolved(media)) if media else None

    def has_media(self, media: str | os.PathLike[str], start: float | None,
                  end: float | None) -> bool:
        """Whether a clip cut from this recording at these times is already in the project."""
        return clip_ops.has_media(self._database, self._media.names(media), start, end)

    def add_clip(self, samples: np.ndarray, *, transcript: str, speaker: str | None = None,
                 split: str | None = None, source: str = "", status: str = "ok") -> Clip:
        """Save recorded samples (float, 16 kHz) as a new clip: WAV first, then its row."""
        self._database.refuse_if_read_only("take new clips")
        return clip_ops.add_samples(self._database, self.root, samples,
                                    normalizer=self.normalizer, transcript=transcript,
                                    speaker=speaker, split=split, source=source, status=status)

    def add_clip_from_file(self, path: str | os.PathLike[str], *, transcript: str,
                           start: float | None = None, end: float | None = None,
                           speaker: str | None = None, split: str | None = None,
                           source: str = "", status: str = "ok",
                           review_reasons: Sequence[str] = ()) -> Clip:
        """Copy a recording (or its cut start..end, seconds) into the project as a 16 kHz clip.

        The original is only read; `source` defaults to its path. Raises the audio errors
        for unreadable files and `TranscriptError` for an empty transcript, changing nothing.
        `status="needs_review"` allows an empty transcript (a clip still to transcribe);
        `review_reasons` say why it needs review (kept with the clip, see `update_clip`).
        """
        self._database.refuse_if_read_only("take new clips")
        return self._media.located(clip_ops.add_file(
            self._database, self.root, path, normalizer=self.normalizer,
            transcript=transcript, start=start, end=end, speaker=speaker, split=split,
            source=source, status=status, review_reasons=tuple(review_reasons)))

    def update_clip(self, clip_id: str, *, transcript: str = _UNSET, speaker: str | None = _UNSET,
                    split: str | None = _UNSET, status: str = _UNSET,
                    review_reasons: Sequence[str] = _UNSET) -> Clip:
        """Change only the fields given; `speaker=None` or `split=None` clears them.

        `review_reasons`: sentences (best `Message`s) saying why the clip needs review;
        kept with it, and shown while its status is needs_review (a status change keeps
        them, so an undone "mark ok" still says why).
        """
        self._database.refuse_if_read_only("change clips")
        given = {"transcript": transcript, "speaker": speaker, "split": split, "status": status,
                 "review_reasons": review_reasons}
        return self._media.located(clip_ops.update(
            self._database, clip_id, normalizer=self.normalizer,
            changes={k: v for k, v in given.items() if v is not _UNSET}))

    def delete_clip(self, clip_id: str) -> Clip:
        """Soft delete: the clip leaves every list and training, its WAV and row stay."""
        self._database.refuse_if_read_only("delete clips")
        return self._media.located(clip_ops.delete(self._database, clip_id))

    def restore_clip(self, clip_id: str) -> Clip:
        self._database.refuse_if_read_only("restore clips")
        return self._media.located(clip_ops.restore(self._database, self.root, clip_id))

    # --- summaries and splits (stats.py, splits.py) ------------------------------------
    def stats(self) -> ProjectStats:
        return count(self._database)

    def assign_splits(self, *, dev: float = 0.1, test: float = 0.1, seed: int = 0,
                      reassign: bool = False) -> dict[str, int]:
        """Give usable clips a train/dev/test split; returns clips per split afterwards.

        dev/test: wanted shares (0..1). reassign: also move clips that already have a split.
        Excluded and deleted clips are left alone. See `splits.py` for the rules.
        """
        return clip_ops.assign_splits(self._database, dev=dev, test=test, seed=seed,
                                      reassign=reassign)
