"""`mms-studio segment` and `mms-studio align` end to end on a trained demo project (tiny model,
synthetic language): clips in the project with their source times, JSON that reads back as a
transcription, EAF that pympi opens with its media linked, TextGrid, and bad input refused
with the project unchanged."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mms_studio.cli import main
from mms_studio.core.audio import write_wav
from mms_studio.core.project import Project
from mms_studio.core.transcript import Transcription
from mms_studio.devtools import SAMPLE_RATE, synthetic_clips
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow      # one demo project trained per module (~1 min)


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory):
    from mms_studio.core.workflows.demo import create_demo_project

    with torch_threads(1):
        demo = create_demo_project(tmp_path_factory.mktemp("long") / "proj")
    return demo.root


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    """~100 s: 40 lines joined by pauses of known length; the transcript has paragraph breaks."""
    rng = np.random.default_rng(4)
    parts, lines, truth = [], [], []
    pos = 0
    for clip in synthetic_clips(40, seed=21, words_per_clip=(2, 6)):
        gap = int(rng.uniform(0.5, 2.0) * SAMPLE_RATE)
        parts.append((0.01 * rng.standard_normal(gap)).astype(np.float32))
        pos += gap
        truth.append((pos / SAMPLE_RATE + clip.word_times[0][1],
                      pos / SAMPLE_RATE + clip.word_times[-1][2]))
        parts.append(clip.samples)
        pos += len(clip.samples)
        lines.append(clip.text)
    folder = tmp_path_factory.mktemp("recording")
    wav = folder / "story.wav"
    write_wav(wav, np.concatenate(parts))
    text = folder / "story.txt"
    paragraphs = ["\n".join(lines[i:i + 8]) for i in range(0, len(lines), 8)]
    text.write_text("\ufeff" + "\n\n  \n".join(paragraphs) + "\n", encoding="utf-8")
    return wav, text, lines, truth


def clip_count(root) -> int:
    with Project.open_read_only(root) as project:
        return len(project.clips(include_deleted=True))


def test_align_adds_timed_clips_and_writes_json_eaf_textgrid(project_dir, recording, tmp_path,
                                                             capsys):
    wav, text, lines, truth = recording
    before = clip_count(project_dir)
    out_json = tmp_path / "story.json"
    assert main(["align", str(project_dir), str(wav), str(text), "-o", str(out_json),
                 "--speaker", "Ama", "--device", "cpu", "--precision", "fp32"]) == 0
    assert "40 of 40 lines aligned" in capsys.readouterr().out
    result = Transcription.from_dict(json.loads(out_json.read_text(encoding="utf-8")))
    assert [s.text for s in result.segments] == lines
    starts = np.array([s.start for s in result.segments]) - [t[0] for t in truth]
    ends = np.array([s.end for s in result.segments]) - [t[1] for t in truth]
    assert np.median(np.abs(np.concatenate([starts, ends]))) <= 0.04
    assert all(len(s.words) == len(s.text.split()) for s in result.segments)
    with Project.open_read_only(project_dir) as project:
        new = project.clips(include_deleted=True)[before:]
    assert [c.transcript for c in new] == lines
    for clip, (start, end) in zip(new, truth, strict=True):
        assert clip.media == str(wav) and clip.speaker == "Ama"
        assert clip.media_start <= start + 0.05 and clip.media_end >= end - 0.05
        assert clip.media_end - clip.media_start < end - start + 0.4
    assert sum(c.status == "ok" for c in new) >= 36
    assert all(c.review_reasons for c in new if c.status == "needs_review")   # each says why
    # Aligning again adds nothing (the same cuts are already there) and writes ELAN and Praat.
    out_eaf, out_tg = tmp_path / "story.eaf", tmp_path / "story.TextGrid"
    assert main(["align", str(project_dir), str(wav), str(text), "-o", str(out_eaf),
                 "--device", "cpu", "--precision", "fp32"]) == 0
    assert clip_count(project_dir) == before + 40
    assert main(["align", str(project_dir), str(wav), str(text), "-o", str(out_tg),
                 "--no-clips", "--device", "cpu", "--precision", "fp32"]) == 0
    import pympi

    eaf = pympi.Elan.Eaf(str(out_eaf))
    assert any(d["MEDIA_URL"].endswith("story.wav") for d in eaf.media_descriptors)
    tiers = eaf.get_tier_names()
    utterances = [t for t in tiers if "word" not in t.lower() and "confidence" not in t.lower()]
    words = [t for t in tiers if "word" in t.lower()]
    assert utterances and words
    got = sorted(eaf.get_annotation_data_for_tier(utterances[0]))
    assert [a[2] for a in got] == lines
    assert abs(got[0][0] / 1000 - truth[0][0]) < 0.05
    from praatio import textgrid

    tg = textgrid.openTextgrid(str(out_tg), includeEmptyIntervals=False)
    assert [e.label for e in tg.getTier(tg.tierNames[0]).entries] == lines


def test_an_elan_tier_without_times_is_a_transcript(project_dir, recording, tmp_path):
    wav, _, lines, truth = recording
    slots = "".join(f'<TIME_SLOT TIME_SLOT_ID="ts{i}"/>' for i in range(2 * len(lines)))
    annotations = "".join(
        f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a{i}" TIME_SLOT_REF1="ts{2 * i}" '
        f'TIME_SLOT_REF2="ts{2 * i + 1}"><ANNOTATION_VALUE>{line}</ANNOTATION_VALUE>'
        f'</ALIGNABLE_ANNOTATION></ANNOTATION>' for i, line in enumerate(lines))
    eaf = tmp_path / "untimed.eaf"
    eaf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-01-01" '
        'FORMAT="3.0" VERSION="3.0"><HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>'
        f'<TIME_ORDER>{slots}</TIME_ORDER><TIER LINGUISTIC_TYPE_REF="default-lt" TIER_ID="Text">'
        f'{annotations}</TIER><LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" '
        'LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/></ANNOTATION_DOCUMENT>',
        encoding="utf-8")
    out = tmp_path / "from-eaf.json"
    assert main(["align", str(project_dir), str(wav), str(eaf), "-o", str(out), "--no-clips",
                 "--device", "cpu", "--precision", "fp32"]) == 0
    result = Transcription.from_dict(json.loads(out.read_text(encoding="utf-8")))
    assert [s.text for s in result.segments] == lines
    assert abs(result.segments[5].start - truth[5][0]) <= 0.15


def test_bad_input_changes_nothing_and_says_why(project_dir, recording, tmp_path, capsys):
    wav, text, lines, _ = recording
    before = clip_count(project_dir)
    cases = {
        "empty.txt": ("\n  \n\n", "transcript is empty"),
        "foreign.txt": ("bala sinu\nxylo quiz\n", "cannot spell these characters"),
        "long.txt": ("\n".join(lines * 12), "too short for its transcript"),
        "other.txt": ("\n".join(c.text for c in synthetic_clips(40, seed=77,
                                                                words_per_clip=(2, 6))),
                      "does not match the recording"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        capsys.readouterr()
        assert main(["align", str(project_dir), str(wav), str(path), "--device", "cpu",
                     "--precision", "fp32"]) == 1, name
        err = capsys.readouterr().err
        assert reason in err and "Error" not in err, (name, err)
        assert clip_count(project_dir) == before
    assert main(["align", str(project_dir), str(tmp_path / "missing.wav"), str(text)]) == 1
    assert main(["align", str(project_dir), str(wav), str(text), "-o",
                 str(tmp_path / "out.docx")]) == 1
    assert clip_count(project_dir) == before


def test_segment_cuts_an_untranscribed_recording_into_clips_to_transcribe(project_dir,
                                                                          recording, shared_data,
                                                                          tmp_path, capsys):
    wav, _, lines, truth = recording
    real = shared_data / "abui" / "untranscribed" / "audio.wav"
    before = clip_count(project_dir)
    assert main(["segment", str(project_dir), str(wav), str(real), "-o", str(tmp_path),
                 "--max-length", "8"]) == 0
    out = capsys.readouterr().out
    assert "story.wav:" in out and "audio.wav:" in out
    story = Transcription.from_dict(json.loads((tmp_path / "story.json").read_text("utf-8")))
    abui = Transcription.from_dict(json.loads((tmp_path / "audio.json").read_text("utf-8")))
    assert abui.segments and all(s.end - s.start <= 8.0 + 1e-6 for s in abui.segments)
    # Every synthetic line lies inside one region; the pauses between lines are left out.
    for start, end in truth:
        assert any(s.start <= start and end <= s.end for s in story.segments)
    assert sum(s.end - s.start for s in story.segments) < 0.85 * story.duration
    with Project.open_read_only(project_dir) as project:
        new = project.clips(include_deleted=True)[before:]
    assert len(new) == len(story.segments) + len(abui.segments)
    assert all(c.status == "needs_review" and c.transcript == "" for c in new)
    assert all("needs its transcript" in str(c.review_reasons[0]) for c in new)   # says why
    assert [(c.media_start, c.media_end) for c in new[:len(story.segments)]] == [
        (s.start, s.end) for s in story.segments]
    assert all(abs(c.duration - (c.media_end - c.media_start)) < 0.01 for c in new)
    assert main(["segment", str(project_dir), str(wav), "--max-length", "8"]) == 0
    assert clip_count(project_dir) == before + len(new)        # nothing added twice
    assert main(["segment", str(project_dir), str(wav), "--max-length", "0.1"]) == 1
    assert "cannot work together" in capsys.readouterr().err
