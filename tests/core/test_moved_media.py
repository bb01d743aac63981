"""A clip keeps the link to its original recording when the project folder moves.

The recording lives inside the project (`recordings/`); the project is made, moved with
shutil.move (a USB stick, a shared folder) and reopened: each clip's `media` is the
recording at its new place, the Review page's core functions read it from there, a re-run
import or Review send recognises the cuts already made, and an ELAN export links the new
place. A recording outside the project stays absolute, and a row written before the rule
(an absolute path inside the old place) is found inside the moved project without being
rewritten.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np

from mms_studio.core.audio import write_wav
from mms_studio.core.base_location import resolved_path, stored_path
from mms_studio.core.formats.elan import read_eaf
from mms_studio.core.formats.elan_writer import EafWriter
from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources
from mms_studio.core.transcript import Segment, Transcription
from mms_studio.core.workflows import review
from mms_studio.core.workflows.review import ReviewSegment
from mms_studio.core.workflows.segment import segment_recordings
from mms_studio.devtools import SAMPLE_RATE, synthetic_clips
from tests.core.project_factory import wav

CUTS = (ReviewSegment(0.2, 1.0, "first", "accepted"), ReviewSegment(1.5, 2.4, "", "accepted"))


def _media_column(root: Path) -> list[str]:
    with sqlite3.connect(f"file:{root / 'project.db'}?mode=ro", uri=True) as db:
        return [r[0] for r in db.execute("SELECT media FROM clips ORDER BY created, rowid")]


def _set_media_column(root: Path, value: str) -> None:
    """What an MMS Studio before this rule wrote: the absolute path."""
    with sqlite3.connect(root / "project.db") as db:
        db.execute("UPDATE clips SET media = ?", (value,))


def _make(root: Path, outside: Path) -> None:
    with Project.create(root, language="xsy", name="Carried") as project:
        long = wav(project.recordings_dir / "long.wav", 3.0)
        wav(project.recordings_dir / "story.wav", 1.0, text="a story")
        review.send_accepted(project, long, CUTS)
        report = import_sources(project, [project.recordings_dir / "story.wav", outside])
        assert len(report.imported) == 2, report.to_text()


def test_paths_inside_a_project_are_written_relative(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    (root / "recordings").mkdir(parents=True)
    inside = root / "recordings" / "a b" / "long.wav"
    assert stored_path(str(inside), root) == "./recordings/a b/long.wav"
    assert stored_path(str(tmp_path / "x.wav"), root) == str(tmp_path / "x.wav")
    assert resolved_path("./recordings/a b/long.wav", root) == str(inside)
    assert resolved_path(".\\recordings\\long.wav", root) == str(root / "recordings/long.wav")


def test_a_vanished_absolute_recording_is_found_under_the_moved_root(tmp_path: Path) -> None:
    root = wav(tmp_path / "new" / "demo" / "recordings" / "long.wav").parents[1]
    old = "/home/someone/demo/recordings/long.wav"
    assert resolved_path(old, root) == str(root / "recordings" / "long.wav")
    assert resolved_path("C:\\Users\\a\\demo\\recordings\\long.wav", root) == \
        str(root / "recordings" / "long.wav")
    assert resolved_path("/home/someone/demo/recordings/gone.wav", root) == \
        "/home/someone/demo/recordings/gone.wav"           # nothing there: left as it was


def test_clip_recordings_follow_the_moved_project(tmp_path: Path) -> None:
    made, moved = tmp_path / "laptop" / "proj", tmp_path / "usb" / "proj"
    outside = wav(tmp_path / "corpus" / "elsewhere.wav", 1.0, text="far away")
    _make(made, outside)
    assert _media_column(made) == ["./recordings/long.wav", "./recordings/long.wav",
                                   "./recordings/story.wav", str(outside)]
    moved.parent.mkdir()
    shutil.move(made, moved)
    assert not made.exists()

    with Project.open(moved) as project:
        clips = project.clips()
        long, story = moved / "recordings" / "long.wav", moved / "recordings" / "story.wav"
        assert [c.media for c in clips] == [str(long), str(long), str(story), str(outside)]
        assert [(c.media_start, c.media_end) for c in clips[:2]] == [(0.2, 1.0), (1.5, 2.4)]
        assert project.media_path(clips[0]) == long and long.is_file()
        assert project.clip(clips[2].id).media == str(story)
        assert project.update_clip(clips[1].id, speaker="A").media == str(long)

        # The Review page re-opens the source from its new place and knows its cuts.
        assert review.recording_overview(project.media_path(clips[0]),
                                         points=200).duration > 2.9
        assert review.send_accepted(project, long, CUTS).already_there == 2
        again = import_sources(project, [story, outside])
        assert not again.imported and len(again.skipped) == 2, again.to_text()

        # An ELAN export links the recording at its new place (absolute and relative).
        out = project.exports_dir / "long.eaf"
        result = Transcription(segments=(Segment(0.2, 1.0, "first"),), duration=3.0,
                               language="xsy", audio_path=clips[0].media)
        EafWriter().write(result, out)
        assert read_eaf(out).media_refs == ["../recordings/long.wav", long.resolve().as_uri()]
    assert len(_media_column(moved)) == 4            # nothing added twice


def test_old_absolute_rows_are_found_after_a_move_and_not_rewritten(tmp_path: Path) -> None:
    made, moved = tmp_path / "laptop" / "proj", tmp_path / "shared" / "renamed"
    with Project.create(made, language="xsy", name="Old") as project:
        long = wav(project.recordings_dir / "long.wav", 3.0)
        review.send_accepted(project, long, CUTS)
    _set_media_column(made, str(long))
    moved.parent.mkdir()
    shutil.move(made, moved)

    with Project.open(moved) as project:
        here = moved / "recordings" / "long.wav"
        assert {c.media for c in project.clips()} == {str(here)}
        assert project.media_path(project.clips()[0]) == here
        assert review.send_accepted(project, here, CUTS).already_there == 2
    assert _media_column(moved) == [str(long), str(long)]      # opening rewrote nothing


def test_a_recording_gone_from_outside_the_project_stays_as_written(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    outside = wav(tmp_path / "corpus" / "gone.wav", 1.0, text="gone soon")
    with Project.create(root, language="xsy", name="Gone") as project:
        import_sources(project, [outside])
    outside.unlink()
    with Project.open(root) as project:
        clip = project.clips()[0]
        assert clip.media == str(outside)
        assert not project.media_path(clip).exists()


def test_segmenting_again_after_a_move_adds_nothing_twice(tmp_path: Path) -> None:
    made, moved = tmp_path / "laptop" / "proj", tmp_path / "usb" / "proj"
    pause = np.zeros(SAMPLE_RATE, dtype=np.float32) + 0.005
    parts = [p for c in synthetic_clips(4, seed=3, words_per_clip=(2, 4))
             for p in (pause, c.samples)]
    with Project.create(made, language="xsy", name="Cut") as project:
        story = project.recordings_dir / "story.wav"
        write_wav(story, np.concatenate([*parts, pause]))
        first = segment_recordings(project, [story])
        assert first.clips >= 2
    assert set(_media_column(made)) == {"./recordings/story.wav"}
    moved.parent.mkdir()
    shutil.move(made, moved)
    with Project.open(moved) as project:
        here = moved / "recordings" / "story.wav"
        assert {c.media for c in project.clips()} == {str(here)}
        again = segment_recordings(project, [here])
        assert again.clips == 0 and again.recordings[0].already_there == first.clips
