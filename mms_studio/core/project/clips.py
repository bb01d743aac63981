"""Clips: the rows of project.db and the WAV files they name, read and changed together.

Crash safety comes from ordering: a clip's WAV is written to a temporary file
and renamed into `clips/` first, and only then is its row inserted (and the WAV
removed again if the insert fails). A crash therefore leaves at most a WAV
without a row, which `recovery.sweep` moves aside at the next open.
Deleting is soft (status "deleted", the status before it kept) so an undo
brings a clip back exactly as it was.

Every function takes the project's `Database`; `Project` (store.py) is the
face callers use.
"""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core import audio
from mms_studio.core.base_location import stored_path
from mms_studio.core.diskerrors import require_folder
from mms_studio.core.errors import AudioError, ProjectError, TranscriptError
from mms_studio.core.project import layout
from mms_studio.core.project.database import Database
from mms_studio.core.project.settings import utc_now
from mms_studio.core.project.splits import SPLITS, SplitItem, plan_splits
from mms_studio.core.tasks import Message
from mms_studio.core.text import Normalizer

STATUSES = ("ok", "needs_review", "excluded", "deleted")
# A cut may end this far past the end of its recording (annotation tools round
# times, padding overshoots); further out it probably belongs to another file.
CUT_END_TOLERANCE = 0.5  # seconds

COLUMNS = ("id, audio, transcript, speaker, split, duration, source, created, updated, status, "
           "media, media_start, media_end, review_reason")


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
    media: str | None = None          # the original recording, if imported: absolute in memory,
                                      # "./recordings/a.wav" in project.db when inside (media_places)
    media_start: float | None = None  # the cut of it, seconds
    media_end: float | None = None
    # Why the clip needs review, as sentences (each a `Message`, said in the interface
    # language by the GUI); empty for a clip that needs none.
    review_reasons: tuple[Message, ...] = ()


def encode_reasons(reasons: Any) -> str:
    """The review reasons as stored: JSON of each sentence's template and values."""
    def one(reason: Any) -> dict[str, Any]:
        if isinstance(reason, Message):
            return {"template": reason.template,
                    "params": {k: one(v) if isinstance(v, Message) else v
                               for k, v in reason.params.items()}}
        return {"template": str(reason).replace("{", "{{").replace("}", "}}"), "params": {}}
    items = [one(r) for r in (reasons or ()) if str(r).strip()]
    return json.dumps(items, ensure_ascii=False, default=str) if items else ""


def decode_reasons(stored: str | None) -> tuple[Message, ...]:
    """Stored review reasons back as `Message`s; a damaged value reads as one plain sentence."""
    if not stored:
        return ()
    def one(item: Any) -> Message:
        params = {k: one(v) if isinstance(v, dict) and "template" in v else v
                  for k, v in (item.get("params") or {}).items()}
        try:
            return Message.restore(str(item["template"]), params)
        except (KeyError, IndexError, ValueError):
            return Message.restore("{text}", {"text": str(item.get("template", ""))})
    try:
        items = json.loads(stored)
        return tuple(one(item) for item in items if isinstance(item, dict))
    except (ValueError, TypeError, AttributeError):
        return (Message.restore("{text}", {"text": stored}),)


def _clip(row: Any) -> Clip:
    return Clip(*row[:-1], review_reasons=decode_reasons(row[-1]))


def clean_transcript(text: str) -> str:
    """Stored NFC with outer whitespace trimmed and line breaks folded into spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def checked_transcript(text: str, normalizer: Normalizer) -> str:
    """The transcript as stored; `TranscriptError` when nothing is left to train on."""
    cleaned = clean_transcript(text)
    if not normalizer.normalize(cleaned).strip():
        raise TranscriptError("The transcript is empty (nothing is left once punctuation "
                              "is set aside); type what is said in the recording.")
    return cleaned


def check_choice(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise ProjectError(f"'{value}' is not a {what}; use one of: {', '.join(allowed)}.")


def filters(*, split: str | None = None, status: str | None = None,
            include_deleted: bool = False,
            speaker: str | None = None) -> tuple[str, tuple[Any, ...]]:
    """A WHERE clause ("" when none) and its parameters for the list filters."""
    where: list[str] = []
    params: list[Any] = []
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
    return (" WHERE " + " AND ".join(where) if where else ""), tuple(params)


def list_clips(db: Database, **filter_args: Any) -> list[Clip]:
    """Clips in the order they were added (see `filters` for the arguments)."""
    where, params = filters(**filter_args)
    return [_clip(row) for row in db.query(
        f"SELECT {COLUMNS} FROM clips{where} ORDER BY created, rowid", params)]


def get_clip(db: Database, clip_id: str) -> Clip:
    rows = db.query(f"SELECT {COLUMNS} FROM clips WHERE id = ?", (clip_id,))
    if not rows:
        raise ProjectError(f"There is no clip {clip_id} in this project.")
    return _clip(rows[0])


def has_media(db: Database, media: str | os.PathLike[str] | tuple[str, ...],
              start: float | None, end: float | None) -> bool:
    """Whether a clip cut from this recording at these times is already in the project;
    `media`: the recording, or every way a row may spell it (`MediaPlaces.names`)."""
    names = media if isinstance(media, tuple) else (str(media),)
    marks = ", ".join("?" * len(names))
    return bool(db.query(
        f"SELECT 1 FROM clips WHERE media IN ({marks}) AND media_start IS ? "
        "AND media_end IS ? AND status != 'deleted' LIMIT 1", (*names, start, end)))


def _new_clip(clip_id: str, duration: float, *, transcript: str, speaker: str | None,
              split: str | None, source: str, status: str, media: str | None = None,
              start: float | None = None, end: float | None = None,
              review_reasons: tuple[Any, ...] = ()) -> Clip:
    now = utc_now()
    return Clip(id=clip_id, audio=f"{layout.CLIPS}/{clip_id}.wav", transcript=transcript,
                speaker=(speaker or "").strip() or None, split=split,
                duration=round(float(duration), 6), source=source, created=now, updated=now,
                status=status, media=media, media_start=start, media_end=end,
                review_reasons=tuple(review_reasons))


def _insert_or_remove(db: Database, wav: Path, clip: Clip) -> Clip:
    """The row goes in after its WAV; if it cannot, the WAV goes too."""
    try:
        db.execute(
            f"INSERT INTO clips ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (clip.id, clip.audio, clip.transcript, clip.speaker, clip.split, clip.duration,
             clip.source, clip.created, clip.updated, clip.status, clip.media,
             clip.media_start, clip.media_end, encode_reasons(clip.review_reasons)),
            action="take new clips")
    except BaseException:
        wav.unlink(missing_ok=True)
        raise
    return clip


def add_samples(db: Database, root: Path, samples: np.ndarray, *, normalizer: Normalizer,
                transcript: str, speaker: str | None, split: str | None, source: str,
                status: str) -> Clip:
    """A recorded clip (float samples, 16 kHz)."""
    check_choice(split, SPLITS, "split")
    check_choice(status, STATUSES, "clip status")
    transcript = checked_transcript(transcript, normalizer)
    clip_id = uuid.uuid4().hex
    wav = layout.clips_dir(root) / f"{clip_id}.wav"
    require_folder(wav.parent)     # never recreate a vanished project where its drive was
    audio.write_wav(wav, samples, audio.TARGET_SR)
    duration = len(np.asarray(samples)) / audio.TARGET_SR
    return _insert_or_remove(db, wav, _new_clip(
        clip_id, duration, transcript=transcript, speaker=speaker, split=split,
        source=source, status=status))


def add_file(db: Database, root: Path, path: str | os.PathLike[str], *,
             normalizer: Normalizer, transcript: str, start: float | None, end: float | None,
             speaker: str | None, split: str | None, source: str, status: str = "ok",
             review_reasons: tuple[Any, ...] = ()) -> Clip:
    """A recording (or its cut) converted into a 16 kHz clip.

    A clip that still needs its transcript (status "needs_review", e.g. cut from an
    untranscribed recording by speech detection) may have an empty one.
    """
    check_choice(split, SPLITS, "split")
    check_choice(status, STATUSES, "clip status")
    if status == "needs_review" and not clean_transcript(transcript).strip():
        transcript = ""
    else:
        transcript = checked_transcript(transcript, normalizer)
    media = Path(path).expanduser().absolute()
    if start is not None or end is not None:
        info = audio.probe(media)
        if end is not None and end > info.duration + CUT_END_TOLERANCE:
            raise AudioError(
                f"The cut from {start or 0:.2f} s to {end:.2f} s goes past the end of "
                f"{media.name} ({info.duration:.2f} s long); check that the annotation "
                "belongs to this recording.")
    clip_id = uuid.uuid4().hex
    wav = layout.clips_dir(root) / f"{clip_id}.wav"
    require_folder(wav.parent)
    stats = audio.convert_to_wav(media, wav, start=start, end=end)
    return _insert_or_remove(db, wav, _new_clip(
        clip_id, stats.duration, transcript=transcript, speaker=speaker, split=split,
        source=source or str(media), status=status, media=stored_path(str(media), root),
        start=start, end=end,
        review_reasons=review_reasons))


def update(db: Database, clip_id: str, *, normalizer: Normalizer,
           changes: dict[str, Any]) -> Clip:
    """Check and write `changes` (transcript, speaker, split, status, review_reasons).

    A status change leaves the review reasons as they are, so undoing "mark ok" brings
    the clip back with its reasons; they matter only while the status is needs_review.
    """
    changes = dict(changes)
    if "review_reasons" in changes:
        changes["review_reason"] = encode_reasons(changes.pop("review_reasons"))
    if "transcript" in changes:
        changes["transcript"] = checked_transcript(changes["transcript"], normalizer)
    if "speaker" in changes:
        changes["speaker"] = (changes["speaker"] or "").strip() or None
    if "split" in changes:
        check_choice(changes["split"], SPLITS, "split")
    if "status" in changes:
        check_choice(changes["status"], STATUSES, "clip status")
    unknown = set(changes) - {"transcript", "speaker", "split", "status", "review_reason"}
    if unknown:
        raise ProjectError(f"A clip has no field {', '.join(sorted(unknown))} to change.")
    get_clip(db, clip_id)  # raises for an unknown id
    if changes:
        changes = {**changes, "updated": utc_now()}
        sets = ", ".join(f"{key} = ?" for key in changes)
        db.execute(f"UPDATE clips SET {sets} WHERE id = ?", (*changes.values(), clip_id),
                   action="change clips")
    return get_clip(db, clip_id)


def delete(db: Database, clip_id: str) -> Clip:
    """Soft delete: the clip leaves every list and training, its WAV and row stay."""
    clip = get_clip(db, clip_id)
    if clip.status != "deleted":
        db.execute("UPDATE clips SET status = 'deleted', status_before_delete = ?, "
                   "updated = ? WHERE id = ?", (clip.status, utc_now(), clip_id),
                   action="delete clips")
    return get_clip(db, clip_id)


def restore(db: Database, root: Path, clip_id: str) -> Clip:
    """Undo a delete: the status it had, or "needs_review" if its WAV is gone meanwhile."""
    clip = get_clip(db, clip_id)
    if clip.status == "deleted":
        before = db.query("SELECT status_before_delete FROM clips WHERE id = ?",
                          (clip_id,))[0][0] or "ok"
        if not (root / clip.audio).is_file():
            before = "needs_review"
        db.execute("UPDATE clips SET status = ?, status_before_delete = NULL, updated = ? "
                   "WHERE id = ?", (before, utc_now(), clip_id), action="restore clips")
    return get_clip(db, clip_id)


def assign_splits(db: Database, *, dev: float, test: float, seed: int,
                  reassign: bool) -> dict[str, int]:
    """Give usable clips a train/dev/test split (rules in `splits.py`), in one transaction;
    returns clips per split afterwards. Excluded and deleted clips are left alone."""
    db.refuse_if_read_only("assign splits")
    if not (0 <= dev < 1 and 0 <= test < 1 and dev + test < 1):
        raise ProjectError("The dev and test shares must be between 0 and 1 and leave "
                           "something for training.")
    with db.transaction(action="assign splits"):   # read and write from one moment
        usable = [SplitItem(*row) for row in db.query(
            "SELECT id, speaker, split FROM clips WHERE status IN ('ok', 'needs_review') "
            "ORDER BY created, rowid")]
        current = {item.id: item.split for item in usable}
        chosen = plan_splits(usable, dev=dev, test=test, seed=seed, reassign=reassign)
        now = utc_now()
        db.executemany("UPDATE clips SET split = ?, updated = ? WHERE id = ?",
                       [(split, now, clip_id) for clip_id, split in chosen.items()
                        if current[clip_id] != split], action="assign splits")
    counts = Counter({**current, **chosen}.values())
    return {split: counts[split] for split in SPLITS}
