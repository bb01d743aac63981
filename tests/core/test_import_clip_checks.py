"""Clips that decode fine but should not be trained on unseen go in marked *needs review*.

Issue 14 item 4 and issue 15's made-up files: digital silence, a flat -30 dBFS hum,
a 70 s clip, 0.05 s with seven words, 1 s with 200,000 letters, a Chinese sentence
in an Abui project, clipping; and WAV headers lying about their sample rate or
length, which are refused with a reason (and change nothing).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.importing.clip_checks import check_audio, check_clip, usual_scripts
from mms_studio.core.importing.sidecars import parse_sidecar
from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources
from tests.core.project_factory import snapshot

SR = 16000


def speechlike(seconds: float, *, seed: int = 0, level: float = 0.3) -> np.ndarray:
    """Syllables: 4 Hz bursts of a harmonic sound with pauses, loudness rising and falling."""
    t = np.arange(round(seconds * SR)) / SR
    rng = np.random.default_rng(seed)
    voice = sum(np.sin(2 * np.pi * f * t) / k for k, f in enumerate((140, 280, 420, 700), 1))
    envelope = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) ** 2
    noise = 0.002 * rng.standard_normal(t.size)
    return (level * envelope * voice / 2 + noise).astype(np.float32)


def put(folder: Path, name: str, samples: np.ndarray, text: str, sr: int = SR) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sf.write(folder / f"{name}.wav", samples, sr, subtype="PCM_16")
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder / f"{name}.wav"


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p", language="abz", name="Abui") as p:
        yield p


def test_a_speechlike_clip_passes_every_check():
    samples = speechlike(3.0)
    assert check_clip(samples, transcript="ama ni tuku la ba", usual=frozenset({"LATIN"})) == []


@pytest.mark.parametrize(("samples", "code"), [
    (np.zeros(10 * SR, dtype=np.float32), "no_speech"),                       # digital silence
    ((0.0178 * np.random.default_rng(1).standard_normal(5 * SR)).astype(np.float32),
     "no_speech"),                                                            # flat, peak ~-30 dBFS
    (np.clip(speechlike(2.0, level=3.0), -1, 1), "clipping"),
    (speechlike(70.0), "too_long"),
    (speechlike(0.1), "too_short"),
])
def test_audio_findings(samples, code):
    assert code in [f.code for f in check_audio(samples)]


def test_text_for_its_length_and_script():
    assert [f.code for f in check_clip(speechlike(0.05), transcript="one two three four five "
                                       "six seven")] == ["too_short", "too_fast"]
    assert "too_fast" in [f.code for f in check_clip(speechlike(1.0), transcript="a" * 200_000)]
    assert [f.code for f in check_clip(speechlike(12.0), transcript="ya")] == ["too_sparse"]
    usual = usual_scripts(["ama ni tuku", "la ba ke hei"] * 10 + ["你好世界"])
    assert usual == frozenset({"LATIN"})
    [finding] = check_clip(speechlike(2.0), transcript="你好世界", usual=usual)
    assert finding.code == "script" and "Han" in finding.reason and "Latin" in finding.reason


def test_import_marks_suspicious_clips_for_review_with_reasons(tmp_path, project):
    folder = tmp_path / "in"
    for i in range(4):
        put(folder, f"good{i}", speechlike(2.5, seed=i), "ama ni tuku la ba ke")
    put(folder, "silence", np.zeros(10 * SR, dtype=np.float32), "ama ni tuku")
    put(folder, "hum", (0.0178 * np.random.default_rng(2).standard_normal(4 * SR))
        .astype(np.float32), "ama ni tuku")
    put(folder, "long", speechlike(70.0), "f000001|ama ni tuku la ba ke hei")
    put(folder, "blink", speechlike(0.05), "ama ni tuku la ba ke hei")
    put(folder, "essay", speechlike(1.0), "ama " * 50_000)
    put(folder, "chinese", speechlike(2.0), "你好世界你好")
    report = import_sources(project, [folder])
    status = {Path(c.media).stem: c.status for c in project.clips()}
    assert {k for k, v in status.items() if v == "ok"} == {f"good{i}" for i in range(4)}
    review = {Path(c.media).stem for c in project.clips(status="needs_review")}
    assert review == {"silence", "hum", "long", "blink", "essay", "chinese"}
    reasons = {Path(f.clip.media).stem: " ".join(x.reason for x in f.findings)
               for f in report.flagged}
    assert "silent" in reasons["silence"] and "steady noise" in reasons["hum"]
    assert "70 s long" in reasons["long"] and "do not belong together" in reasons["essay"]
    assert "another script" in reasons["chinese"]
    [long_clip] = [c for c in project.clips() if Path(c.media).stem == "long"]
    assert long_clip.transcript == "ama ni tuku la ba ke hei"  # not "f000001|..."
    assert any("id|text" in n.text for n in report.notes)
    text = report.to_text()
    assert "6 need review" in text and text.index("review") < text.index("note")


def _wav_bytes(seconds: float = 1.0) -> bytearray:
    path_samples = speechlike(seconds)
    import io

    buffer = io.BytesIO()
    sf.write(buffer, path_samples, SR, format="WAV", subtype="PCM_16")
    return bytearray(buffer.getvalue())


@pytest.mark.parametrize(("fault", "reason"), [
    ("1hz", "1 samples per second"),
    ("4mhz", "4,000,000 samples per second"),
    ("short_header", "was not closed properly"),
])
def test_wav_headers_that_lie_are_refused_and_change_nothing(tmp_path, project, fault, reason):
    data = _wav_bytes(1.0)
    if fault == "1hz":
        data[24:28], data[28:32] = struct.pack("<I", 1), struct.pack("<I", 2)
    elif fault == "4mhz":
        data[24:28], data[28:32] = struct.pack("<I", 4_000_000), struct.pack("<I", 8_000_000)
    else:
        data[40:44] = struct.pack("<I", 1000)
    folder = tmp_path / "lies"
    folder.mkdir()
    (folder / f"{fault}.wav").write_bytes(bytes(data))
    (folder / f"{fault}.txt").write_text("ama ni tuku", encoding="utf-8")
    before = snapshot(project.root)
    report = import_sources(project, [folder])
    assert report.imported == [] and len(report.skipped) == 1
    assert f"{fault}.wav" in report.skipped[0].reason and reason in report.skipped[0].reason
    assert snapshot(project.root) == before


@pytest.mark.parametrize(("text", "expected", "layout"), [
    ("f000001|ama ni tuku", "ama ni tuku", "id|text"),
    ("LJ001-0001|Printing, in the only sense|printing in the only sense", "Printing, in the only "
     "sense", "id|text"),
    ("story1 ama ni tuku\n", "ama ni tuku", "kaldi"),
    ("0 4500000 sil\n4500000 9000000 ama\n9000000 12000000 tuku\n", "ama tuku", "timed labels"),
    ("ama ni\ntuku  la\n", "ama ni tuku la", "plain"),
    ("story2 is a plain sentence", "story2 is a plain sentence", "plain"),
])
def test_sidecar_layouts(text, expected, layout):
    read = parse_sidecar(text, stem="story1")
    assert (read.text, read.layout) == (expected, layout)


def test_cli_import_reports_review_and_strips_markup_on_request(tmp_path):
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    folder = tmp_path / "in"
    put(folder, "tagged", speechlike(2.5), "ipu_4 ama <cut/> ni tuku")
    put(folder, "quiet", np.zeros(3 * SR, dtype=np.float32), "ama ni tuku")
    with Project.create(tmp_path / "p", language="abz", name="Abui"):
        pass
    env = {**os.environ, "PYTHONPATH": str(repo)}
    done = subprocess.run([sys.executable, "-m", "mms_studio", "import", str(tmp_path / "p"),
                           str(folder), "--strip-markup"], cwd=repo, env=env, text=True,
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "1 need review" in done.stdout and "silent" in done.stdout
    assert "Markup removed" in done.stdout
    with Project.open(tmp_path / "p") as project:
        clips = {Path(c.media).stem: (c.transcript, c.status) for c in project.clips()}
    assert clips == {"tagged": ("ama ni tuku", "ok"), "quiet": ("ama ni tuku", "needs_review")}
