"""Why a clip needs review stays with the clip (schema v3), said by template."""

from __future__ import annotations

import sqlite3

import numpy as np

from mms_studio.core.project import Project
from mms_studio.core.project.clips import decode_reasons, encode_reasons
from mms_studio.core.project.importer import import_sources
from mms_studio.core.tasks import Message
from tests.core.audio_factory import tone_file


def test_reasons_round_trip_as_templates_with_their_values(tmp_path) -> None:
    reason = Message("The clip is {seconds:.1f} s long.", seconds=70.0)
    nested = Message("{where}: {reason}", where="a.wav", reason=reason)
    back = decode_reasons(encode_reasons([reason, nested, "a plain {odd} sentence"]))
    assert [str(r) for r in back] == ["The clip is 70.0 s long.", "a.wav: The clip is 70.0 s long.",
                                      "a plain {odd} sentence"]
    assert back[0].template == reason.template and back[0].params == {"seconds": 70.0}
    assert back[1].params["reason"].template == reason.template
    assert [str(r) for r in decode_reasons("not json")] == ["not json"]
    assert encode_reasons([]) == "" and decode_reasons("") == ()


def test_update_keeps_reasons_through_edits_and_status_changes(tmp_path) -> None:
    with Project.create(tmp_path / "p", language="abz", name="P") as project:
        clip = project.add_clip(np.zeros(16000, np.float32) + 0.1, transcript="ama")
        why = Message("No speech was found in {name}.", name="x.wav")
        flagged = project.update_clip(clip.id, status="needs_review", review_reasons=[why])
        assert flagged.review_reasons == (why,)
        assert project.clip(clip.id).review_reasons[0].template == why.template
        assert project.clips(status="needs_review")[0].review_reasons == (why,)
        assert project.update_clip(clip.id, transcript="ama ama").review_reasons == (why,)
        assert project.update_clip(clip.id, status="ok").review_reasons == (why,)  # undo keeps it
        assert project.update_clip(clip.id, review_reasons=[]).review_reasons == ()


def test_an_imported_silent_clip_keeps_its_reason(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    tone_file(folder / "quiet.wav", seconds=2.0, amplitude=0.0)
    (folder / "quiet.txt").write_text("ama ata", encoding="utf-8")
    with Project.create(tmp_path / "p", language="abz", name="P") as project:
        report = import_sources(project, [folder])
        assert len(report.flagged) == 1
        stored = project.clip(report.flagged[0].clip.id)
        assert stored.status == "needs_review"
        assert [r.template for r in stored.review_reasons] == \
            [f.reason.template for f in report.flagged[0].findings]


def test_a_version_2_database_gains_the_column_and_keeps_its_clips(tmp_path) -> None:
    with Project.create(tmp_path / "p", language="abz", name="P") as project:
        clip = project.add_clip(np.zeros(8000, np.float32) + 0.1, transcript="ama")
    db = sqlite3.connect(tmp_path / "p" / "project.db")
    db.execute("ALTER TABLE clips DROP COLUMN review_reason")
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with Project.open(tmp_path / "p") as project:
        assert project.clip(clip.id).transcript == "ama"
        assert project.clip(clip.id).review_reasons == ()
