"""The project: a folder of 16 kHz WAV clips, a SQLite index of them, and project.json.

Crash safety comes from ordering: a clip's WAV is written to a temporary file
and renamed into `clips/` first, and only then is its row inserted. A crash
therefore leaves at most a WAV without a row, which the next `open` moves to
`clips/.orphans/` (temporary files are deleted); a row whose WAV has vanished
is marked "needs_review", never deleted.

Threads: the GUI reads on the main thread while a worker imports or trains, so
there is one `sqlite3` connection opened with `check_same_thread=False` and
every use of it holds `self._db_lock` (an RLock). SQLite serialises writers
anyway; one guarded connection keeps the transaction handling in one place and
costs nothing at the sizes a project reaches (tens of thousands of rows).
The database runs in WAL mode with `synchronous=FULL`, so a committed clip
survives a power cut and readers never block the writer.

Read-only handles (`Project.open_read_only`) exist so a terminal or a script can
look at a project the app has open: they take no lock, migrate and tidy
nothing, and open SQLite with `mode=ro`, which WAL lets run beside the writer.
Every writing method refuses on them before touching anything. The one trace
they can leave is SQLite's own `project.db-wal`/`-shm` companions (empty WAL,
shared-memory index), which a WAL reader needs to coordinate with writers and
which the next writable open uses as usual; `project.db` itself is never written.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.core import audio
from mms_studio.core.errors import (
    AudioError,
    ProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
    TranscriptError,
)
from mms_studio.core.project import schema
from mms_studio.core.project.lock import ProjectLock
from mms_studio.core.project.settings import (
    ProjectSettings,
    load_settings,
    save_settings,
    utc_now,
    validate_language,
    validate_name,
)
from mms_studio.core.project.splits import SPLITS, SplitItem, plan_splits
from mms_studio.core.text import Normalizer, TextSettings

STATUSES = ("ok", "needs_review", "excluded", "deleted")
CLIPS_DIR, RUNS_DIR, ADAPTERS_DIR, EXPORTS_DIR = "clips", "runs", "adapters", "exports"
ORPHANS_DIR = ".orphans"
# A cut may end this far past the end of its recording (annotation tools round
# times, padding overshoots); further out it probably belongs to another file.
CUT_END_TOLERANCE = 0.5  # seconds

_UNSET: Any = object()
_COLUMNS = ("id, audio, transcript, speaker, split, duration, source, created, updated, status, "
            "media, media_start, media_end")


@dataclass(frozen=True)
class Clip:
    id: str
    audio: str          # path relative to the project folder, "clips/<id>.wav"
    transcript: str     # NFC, as the user wrote it (normalisation is applied when training)
    speaker: str | None
    split: str | None   # train | dev | test | None
    duration: float     # seconds
    source: str         # where it came from, for people ("abui_1.eaf tier 'Phrase' #1")
    created: str
    updated: str
    status: str         # ok | needs_review | excluded | deleted
    media: str | None = None          # absolute path of the original recording, if imported
    media_start: float | None = None  # the cut of it, seconds
    media_end: float | None = None


@dataclass(frozen=True)
class ProjectStats:
    """Counts over clips that are not deleted."""

    clips: int
    seconds: float
    speakers: dict[str, int] = field(default_factory=dict)   # speaker -> clips ("" = unknown)
    splits: dict[str, int] = field(default_factory=dict)     # train/dev/test/unassigned -> clips
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def hours(self) -> float:
        return self.seconds / 3600.0


def _clean_transcript(text: str) -> str:
    """Stored NFC with outer whitespace trimmed and line breaks folded into spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _check_choice(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise ProjectError(f"'{value}' is not a {what}; use one of: {', '.join(allowed)}.")


class Project:
    """An open project folder: locked (`create`, `open`) or read-only (`open_read_only`).

    Call `close()` (or use it as a context manager) when done.
    """

    def __init__(self, root: Path, settings: ProjectSettings, db: sqlite3.Connection,
                 lock: ProjectLock | None) -> None:
        self.root = root
        self._settings = settings
        self._db = db
        self._db_lock = threading.RLock()
        self._lock = lock  # None: opened read-only
        self._normalizer: Normalizer | None = None
        self.swept: list[str] = []  # what `open` tidied up, for the log and the user

    # --- lifecycle -----------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], *, language: str, name: str,
               base_model: str = DEFAULT_BASE_MODEL, text: TextSettings | None = None) -> Project:
        """Make a new project in `path` (a new or empty folder) and open it."""
        root = Path(path).expanduser().absolute()
        settings = ProjectSettings(language=validate_language(language), name=validate_name(name),
                                   base_model=base_model or DEFAULT_BASE_MODEL,
                                   text=text or TextSettings(),
                                   schema_version=schema.SCHEMA_VERSION)
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise ProjectExistsError(
                f"{root} already exists and is not an empty folder; choose a new folder name.")
        root.mkdir(parents=True, exist_ok=True)
        for folder in (CLIPS_DIR, RUNS_DIR, ADAPTERS_DIR, EXPORTS_DIR):
            (root / folder).mkdir(exist_ok=True)
        lock = ProjectLock(root)
        lock.acquire()
        try:
            db = cls._connect(root)
            schema.migrate(db)
            save_settings(root, settings)  # last: a folder without project.json is not a project
        except BaseException:
            lock.release()
            raise
        return cls(root, settings, db, lock)

    @staticmethod
    def _folder_and_settings(path: str | os.PathLike[str]) -> tuple[Path, ProjectSettings]:
        root = Path(path).expanduser().absolute()
        if not root.is_dir():
            raise ProjectNotFoundError(f"There is no project folder at {root}.")
        return root, load_settings(root, max_schema=schema.SCHEMA_VERSION)

    @staticmethod
    def _require_database(root: Path) -> None:
        if not (root / schema.DB_FILE).is_file():
            raise ProjectError(
                f"The clip database {schema.DB_FILE} is missing from {root}; restore it from "
                "a backup (the recordings in clips/ are still there).")

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Project:
        """Open and lock an existing project, migrating it and tidying after any crash."""
        root, settings = cls._folder_and_settings(path)
        lock = ProjectLock(root)
        lock.acquire()
        try:
            cls._require_database(root)
            db = cls._connect(root)
            try:
                before, after = schema.migrate(db)
            except sqlite3.DatabaseError as exc:
                db.close()
                raise ProjectError(
                    f"The clip database in {root} cannot be read ({exc}); restore project.db "
                    "from a backup (the recordings in clips/ are still there).") from exc
            if settings.schema_version != after:
                settings = replace(settings, schema_version=after)
                save_settings(root, settings)
            project = cls(root, settings, db, lock)
            for folder in (CLIPS_DIR, RUNS_DIR, ADAPTERS_DIR, EXPORTS_DIR):
                (root / folder).mkdir(exist_ok=True)
            project._recover()
            if before != after:
                project.swept.append(f"updated the project format from {before} to {after}")
        except BaseException:
            lock.release()
            raise
        return project

    @classmethod
    def open_read_only(cls, path: str | os.PathLike[str]) -> Project:
        """Open a project only to read it, even while another MMS Studio holds it.

        No lock is taken and nothing is migrated, tidied or written, so `info` and
        scripts work beside the app; what they see is what the holder has committed.
        Every method that would change the project raises `ProjectError`. A database
        in an older format is refused with a message saying how to update it, since
        updating it would be a write.
        """
        root, settings = cls._folder_and_settings(path)
        cls._require_database(root)
        db = cls._connect(root, read_only=True)
        try:
            version = cls._read_only_version(root, db)
        except BaseException:
            db.close()
            raise
        # project.json may lag the database by a crash; the database is the truth.
        return cls(root, replace(settings, schema_version=version), db, None)

    @staticmethod
    def _read_only_version(root: Path, db: sqlite3.Connection) -> int:
        """The database's format, refusing any this code cannot read without migrating."""
        try:
            version = schema.read_version(db)
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise ProjectError(
                f"The clip database in {root} cannot be read ({exc}); restore project.db "
                "from a backup (the recordings in clips/ are still there).") from exc
        schema.refuse_newer(version)
        if version < schema.SCHEMA_VERSION:
            state = ("has not been set up yet" if version == 0
                     else f"is in an older format ({version}, this MMS Studio uses "
                          f"{schema.SCHEMA_VERSION})")
            raise ProjectError(
                f"The clip database in {root} {state} and must be updated before it can be "
                "read; open the project once in MMS Studio, not read-only, to update it.")
        return version

    @staticmethod
    def _connect(root: Path, *, read_only: bool = False) -> sqlite3.Connection:
        try:
            if read_only:
                # as_uri() percent-encodes the path, so spaces, '?' and '#' in folder names
                # are safe.
                db = sqlite3.connect((root / schema.DB_FILE).as_uri() + "?mode=ro", uri=True,
                                     isolation_level=None, check_same_thread=False,
                                     timeout=10.0)
                # A second guard below mode=ro: SQLite itself refuses any write on it.
                db.execute("PRAGMA query_only=ON")
            else:
                db = sqlite3.connect(root / schema.DB_FILE, isolation_level=None,
                                     check_same_thread=False, timeout=10.0)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=FULL")
                db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise ProjectError(
                f"The clip database in {root} cannot be read ({exc}); restore project.db from a "
                "backup.") from exc
        return db

    def close(self) -> None:
        with self._db_lock:
            if self._db is not None:
                self._db.close()
                self._db = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()

    @property
    def read_only(self) -> bool:
        """True for `open_read_only` handles: callers that write beside the project
        (runs, adapters, exports) should check this before they start."""
        return self._lock is None

    def _refuse_if_read_only(self, action: str) -> None:
        if self._lock is None:
            raise ProjectError(
                f"This project was opened read-only, so it cannot {action}; open it normally "
                "(close it in any other MMS Studio first) to change it.")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Make every read inside see the database as of one moment.

        Without it, two queries can straddle a clip committed by another process or
        thread (an import running in the app), giving figures that disagree.
        Meant for reads: `assign_splits`, which runs its own transaction, cannot run
        inside. Nested blocks share the outer moment.
        """
        with self._db_lock:
            if self._db is None:
                raise ProjectError("The project is closed; open it again.")
            if self._db.in_transaction:
                yield
                return
            self._db.execute("BEGIN")
            try:
                yield
            finally:
                if self._db is not None and self._db.in_transaction:
                    self._db.execute("COMMIT")

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recover(self) -> None:
        """Undo what a crash can leave behind, without losing anything a person made."""
        clips_dir = self.clips_dir
        known = {Path(row[0]).name for row in self._query("SELECT audio FROM clips")}
        for entry in sorted(clips_dir.iterdir()):
            if entry.name == ORPHANS_DIR or not entry.is_file():
                continue
            if entry.name.startswith("."):  # a temporary file of an interrupted write
                entry.unlink(missing_ok=True)
                self.swept.append(f"deleted the unfinished file {entry.name}")
            elif entry.name not in known:
                orphans = clips_dir / ORPHANS_DIR
                orphans.mkdir(exist_ok=True)
                shutil.move(str(entry), str(orphans / entry.name))
                self.swept.append(f"moved {entry.name}, which belongs to no clip, to "
                                  f"{CLIPS_DIR}/{ORPHANS_DIR}")
        for clip_id, rel, status in self._query("SELECT id, audio, status FROM clips"):
            if status not in ("needs_review", "deleted") and not (self.root / rel).is_file():
                self._execute("UPDATE clips SET status = 'needs_review', updated = ? WHERE id = ?",
                              (utc_now(), clip_id))
                self.swept.append(f"clip {clip_id} has lost its recording; marked for review")

    # --- settings and folders --------------------------------------------------------
    @property
    def settings(self) -> ProjectSettings:
        return self._settings

    def update_settings(self, **changes: Any) -> ProjectSettings:
        """Change name, language, base_model or text settings; project.json is rewritten atomically."""
        self._refuse_if_read_only("change its settings")
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
        return self.root / CLIPS_DIR

    @property
    def runs_dir(self) -> Path:
        return self.root / RUNS_DIR

    @property
    def adapters_dir(self) -> Path:
        return self.root / ADAPTERS_DIR

    @property
    def exports_dir(self) -> Path:
        return self.root / EXPORTS_DIR

    # --- database plumbing -------------------------------------------------------
    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._db_lock:
            if self._db is None:
                raise ProjectError("The project is closed; open it again.")
            return self._db.execute(sql, params).fetchall()

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        self._refuse_if_read_only("be changed")
        with self._db_lock:
            if self._db is None:
                raise ProjectError("The project is closed; open it again.")
            return self._db.execute(sql, params).rowcount

    # --- clips ---------------------------------------------------------------
    def clips(self, *, split: str | None = None, status: str | None = None,
              include_deleted: bool = False, speaker: str | None = None) -> list[Clip]:
        """Clips in the order they were added. Deleted ones only when asked for."""
        where, params = [], []
        if split is not None:
            where.append("split = ?")
            params.append(split)
        if status is not None:
            where.append("status = ?")
            params.append(status)
        elif not include_deleted:
            where.append("status != 'deleted'")
        if speaker is not None:
            where.append("speaker = ?")
            params.append(speaker)
        sql = f"SELECT {_COLUMNS} FROM clips"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [Clip(*row) for row in self._query(sql + " ORDER BY created, rowid", tuple(params))]

    def clip(self, clip_id: str) -> Clip:
        rows = self._query(f"SELECT {_COLUMNS} FROM clips WHERE id = ?", (clip_id,))
        if not rows:
            raise ProjectError(f"There is no clip {clip_id} in this project.")
        return Clip(*rows[0])

    def audio_path(self, clip: Clip | str) -> Path:
        rel = clip.audio if isinstance(clip, Clip) else self.clip(clip).audio
        return self.root / rel

    def has_media(self, media: str | os.PathLike[str], start: float | None,
                  end: float | None) -> bool:
        """Whether a clip cut from this recording at these times is already in the project."""
        rows = self._query(
            "SELECT 1 FROM clips WHERE media = ? AND media_start IS ? AND media_end IS ? "
            "AND status != 'deleted' LIMIT 1", (str(media), start, end))
        return bool(rows)

    def _checked_transcript(self, transcript: str) -> str:
        text = _clean_transcript(transcript)
        if not self.normalizer.normalize(text).strip():
            raise TranscriptError("The transcript is empty (nothing is left once punctuation "
                                  "is set aside); type what is said in the recording.")
        return text

    def _insert(self, clip: Clip) -> Clip:
        self._execute(
            f"INSERT INTO clips ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (clip.id, clip.audio, clip.transcript, clip.speaker, clip.split, clip.duration,
             clip.source, clip.created, clip.updated, clip.status, clip.media, clip.media_start,
             clip.media_end))
        return clip

    def _new_clip(self, clip_id: str, duration: float, *, transcript: str, speaker: str | None,
                  split: str | None, source: str, status: str, media: str | None = None,
                  start: float | None = None, end: float | None = None) -> Clip:
        now = utc_now()
        return Clip(id=clip_id, audio=f"{CLIPS_DIR}/{clip_id}.wav", transcript=transcript,
                    speaker=(speaker or "").strip() or None, split=split,
                    duration=round(float(duration), 6), source=source, created=now, updated=now,
                    status=status, media=media, media_start=start, media_end=end)

    def add_clip(self, samples: np.ndarray, *, transcript: str, speaker: str | None = None,
                 split: str | None = None, source: str = "", status: str = "ok") -> Clip:
        """Save recorded samples (float, 16 kHz) as a new clip: WAV first, then its row."""
        self._refuse_if_read_only("take new clips")
        _check_choice(split, SPLITS, "split")
        _check_choice(status, STATUSES, "clip status")
        text = self._checked_transcript(transcript)
        clip_id = uuid.uuid4().hex
        wav = self.clips_dir / f"{clip_id}.wav"
        audio.write_wav(wav, samples, audio.TARGET_SR)
        duration = len(np.asarray(samples)) / audio.TARGET_SR
        return self._insert_or_remove(wav, self._new_clip(
            clip_id, duration, transcript=text, speaker=speaker, split=split, source=source,
            status=status))

    def add_clip_from_file(self, path: str | os.PathLike[str], *, transcript: str,
                           start: float | None = None, end: float | None = None,
                           speaker: str | None = None, split: str | None = None,
                           source: str = "") -> Clip:
        """Copy a recording (or its cut start..end, seconds) into the project as a 16 kHz clip.

        The original is only read; `source` defaults to its path. Raises the audio errors
        for unreadable files and `TranscriptError` for an empty transcript, changing nothing.
        """
        self._refuse_if_read_only("take new clips")
        _check_choice(split, SPLITS, "split")
        text = self._checked_transcript(transcript)
        media = Path(path).expanduser().absolute()
        if start is not None or end is not None:
            info = audio.probe(media)
            if end is not None and end > info.duration + CUT_END_TOLERANCE:
                raise AudioError(
                    f"The cut from {start or 0:.2f} s to {end:.2f} s goes past the end of "
                    f"{media.name} ({info.duration:.2f} s long); check that the annotation "
                    "belongs to this recording.")
        clip_id = uuid.uuid4().hex
        wav = self.clips_dir / f"{clip_id}.wav"
        stats = audio.convert_to_wav(media, wav, start=start, end=end)
        return self._insert_or_remove(wav, self._new_clip(
            clip_id, stats.duration, transcript=text, speaker=speaker, split=split,
            source=source or str(media), status="ok", media=str(media), start=start, end=end))

    def _insert_or_remove(self, wav: Path, clip: Clip) -> Clip:
        try:
            return self._insert(clip)
        except BaseException:
            wav.unlink(missing_ok=True)
            raise

    def update_clip(self, clip_id: str, *, transcript: str = _UNSET, speaker: str | None = _UNSET,
                    split: str | None = _UNSET, status: str = _UNSET) -> Clip:
        """Change only the fields given; `speaker=None` or `split=None` clears them."""
        self._refuse_if_read_only("change clips")
        changes: dict[str, Any] = {}
        if transcript is not _UNSET:
            changes["transcript"] = self._checked_transcript(transcript)
        if speaker is not _UNSET:
            changes["speaker"] = (speaker or "").strip() or None
        if split is not _UNSET:
            _check_choice(split, SPLITS, "split")
            changes["split"] = split
        if status is not _UNSET:
            _check_choice(status, STATUSES, "clip status")
            changes["status"] = status
        self.clip(clip_id)  # raises for an unknown id
        if changes:
            changes["updated"] = utc_now()
            sets = ", ".join(f"{key} = ?" for key in changes)
            self._execute(f"UPDATE clips SET {sets} WHERE id = ?", (*changes.values(), clip_id))
        return self.clip(clip_id)

    def delete_clip(self, clip_id: str) -> Clip:
        """Soft delete: the clip leaves every list and training, its WAV and row stay."""
        self._refuse_if_read_only("delete clips")
        clip = self.clip(clip_id)
        if clip.status != "deleted":
            self._execute("UPDATE clips SET status = 'deleted', status_before_delete = ?, "
                          "updated = ? WHERE id = ?", (clip.status, utc_now(), clip_id))
        return self.clip(clip_id)

    def restore_clip(self, clip_id: str) -> Clip:
        self._refuse_if_read_only("restore clips")
        clip = self.clip(clip_id)
        if clip.status == "deleted":
            before = self._query("SELECT status_before_delete FROM clips WHERE id = ?",
                                 (clip_id,))[0][0] or "ok"
            if not self.audio_path(clip).is_file():
                before = "needs_review"
            self._execute("UPDATE clips SET status = ?, status_before_delete = NULL, updated = ? "
                          "WHERE id = ?", (before, utc_now(), clip_id))
        return self.clip(clip_id)

    # --- summaries -----------------------------------------------------------
    def stats(self) -> ProjectStats:
        clips = self.clips()
        speakers = Counter(c.speaker or "" for c in clips)
        splits = Counter(c.split or "unassigned" for c in clips)
        statuses = Counter(c.status for c in clips)
        return ProjectStats(clips=len(clips), seconds=sum(c.duration for c in clips),
                            speakers=dict(sorted(speakers.items())),
                            splits={k: splits[k] for k in (*SPLITS, "unassigned") if splits[k]},
                            statuses=dict(sorted(statuses.items())))

    def assign_splits(self, *, dev: float = 0.1, test: float = 0.1, seed: int = 0,
                      reassign: bool = False) -> dict[str, int]:
        """Give usable clips a train/dev/test split; returns clips per split afterwards.

        dev/test: wanted shares (0..1). reassign: also move clips that already have a split.
        Excluded and deleted clips are left alone. See `splits.py` for the rules.
        """
        self._refuse_if_read_only("assign splits")
        if not (0 <= dev < 1 and 0 <= test < 1 and dev + test < 1):
            raise ProjectError("The dev and test shares must be between 0 and 1 and leave "
                               "something for training.")
        usable = [c for c in self.clips() if c.status in ("ok", "needs_review")]
        chosen = plan_splits((SplitItem(c.id, c.speaker, c.split) for c in usable), dev=dev,
                             test=test, seed=seed, reassign=reassign)
        current = {c.id: c.split for c in usable}
        now = utc_now()
        with self._db_lock:
            self._execute("BEGIN IMMEDIATE")
            try:
                for clip_id, split in chosen.items():
                    if current[clip_id] != split:
                        self._execute("UPDATE clips SET split = ?, updated = ? WHERE id = ?",
                                      (split, now, clip_id))
                self._execute("COMMIT")
            except BaseException:
                self._execute("ROLLBACK")
                raise
        counts = Counter({**current, **chosen}.values())
        return {split: counts[split] for split in SPLITS}
