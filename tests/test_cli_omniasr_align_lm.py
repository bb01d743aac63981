"""Alignment, LM decoding and the zero-shot baseline on an Omnilingual base, through the CLI and
the Evaluation page's function: the same commands and core functions as for MMS.

One project on the tiny Omnilingual model, in the LM tests' synthetic language
(tests/core/lm/language.py), trained briefly by `mms-studio train`; a text corpus of
that language built into an LM by `mms-studio lm build`. Then: `align` finds every line
of a ~50 s recording where it was spoken; `evaluate --lm` beats greedy decoding;
`evaluate --baseline` and `compare_decoders` give the base's own (zero-shot) column.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mms_studio.cli import main
from mms_studio.core.transcript import Transcription
from mms_studio.devtools import SAMPLE_RATE, build_tiny_model, synth_utterance
from tests.core.lm.language import sentences
from tests.test_cli_lm import trained_project_with_lm
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow
RUN = ["--device", "cpu", "--precision", "fp32"]


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


@pytest.fixture(scope="module")
def omni_project(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("omni-lm")
    base = build_tiny_model(tmp / "base", family="omniasr")
    return trained_project_with_lm(tmp, base, steps=150, eval_every=75)


def _adapter(root: Path):
    from mms_studio.core.engine.library import list_adapters

    return list_adapters(root / "adapters")[0]


def test_the_adapter_is_an_omnilingual_one_and_compared_with_the_base(omni_project):
    info = _adapter(omni_project)
    assert info.meta["base_family"] == "omniasr"
    run = omni_project / "runs" / info.name
    baseline = json.loads((run / "baseline.json").read_text())
    # The base's own output (random tiny model) knows nothing of this language.
    assert baseline["cer"] > baseline["adapter_cer"] and baseline["clips"] > 0


def test_lm_decoding_beats_greedy_on_omniasr(omni_project, capsys):
    assert main(["evaluate", str(omni_project), "--no-lm", "--json", "--baseline", "xsy",
                 "--device", "cpu"]) == 0
    greedy = json.loads(capsys.readouterr().out)
    assert main(["evaluate", str(omni_project), "--lm", "--json", "--device", "cpu"]) == 0
    captured = capsys.readouterr()
    with_lm = json.loads(captured.out)
    assert "language model" in captured.err
    assert with_lm["clips"] == greedy["clips"] > 0
    assert greedy["cer"] < 0.5                       # the adapter learned
    assert with_lm["wer"] < greedy["wer"]
    # --baseline on an Omnilingual base: the base's own output, whatever the code
    assert greedy["baseline"] == "xsy" and greedy["baseline_cer"] > greedy["cer"]


def test_transcribe_with_the_lm_on_omniasr(omni_project, tmp_path):
    """`transcribe --lm` decodes an Omnilingual adapter's output with the LM: a sentence of the
    language comes out at least as right as greedy decoding gives it, every word timed."""
    import soundfile as sf

    from mms_studio.core.engine.metrics import word_errors

    words = sentences(1, seed=123, length=(6, 8))[0]
    clip = synth_utterance(words, rng=np.random.default_rng(9))
    audio = tmp_path / "speech.wav"
    sf.write(audio, clip.samples, 16000, subtype="FLOAT")
    got = {}
    for lm in ("--lm", "--no-lm"):
        out = tmp_path / f"speech{lm}.json"
        assert main(["transcribe", str(omni_project), str(audio), lm, "--no-vad",
                     "--format", "json", "-o", str(out), *RUN]) == 0
        result = json.loads(out.read_text())
        assert ("language model" in result["meta"]["decoder"]) == (lm == "--lm")
        timed = [w for s in result["segments"] for w in s["words"]]
        assert all(w["end"] > w["start"] and w["confidence"] > 0 for w in timed)
        got[lm] = " ".join(w["text"] for w in timed)
    with_lm = word_errors(" ".join(words), got["--lm"]).rate
    assert with_lm <= word_errors(" ".join(words), got["--no-lm"]).rate and with_lm < 0.5


def test_the_evaluation_page_function_has_the_base_column(omni_project):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.lm import compare_decoders

    with Project.open(omni_project) as project:
        rows = compare_decoders(project, baseline="auto", device="cpu")
    assert rows and all(r.base is not None and r.lm is not None for r in rows)
    assert all(set(r.base) <= set("abcdefghijklmnopqrstuvwxyz ") for r in rows)


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    """~50 s: 16 sentences joined by pauses of known length, one a line in the transcript."""
    from mms_studio.core.audio import write_wav

    rng = np.random.default_rng(4)
    parts, lines, truth = [], [], []
    pos = 0
    for words in sentences(16, seed=77, length=(2, 5)):
        gap = int(rng.uniform(0.5, 2.0) * SAMPLE_RATE)
        parts.append((0.01 * rng.standard_normal(gap)).astype(np.float32))
        pos += gap
        clip = synth_utterance(words, rng=rng)
        truth.append((pos / SAMPLE_RATE + clip.word_times[0][1],
                      pos / SAMPLE_RATE + clip.word_times[-1][2]))
        parts.append(clip.samples)
        pos += len(clip.samples)
        lines.append(clip.text)
    folder = tmp_path_factory.mktemp("recording")
    wav = folder / "story.wav"
    write_wav(wav, np.concatenate(parts))
    text = folder / "story.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return wav, text, lines, truth


def test_align_with_an_omniasr_adapter(omni_project, recording, tmp_path, capsys):
    wav, text, lines, truth = recording
    out = tmp_path / "story.json"
    assert main(["align", str(omni_project), str(wav), str(text), "-o", str(out),
                 "--no-clips", *RUN]) == 0
    assert f"{len(lines)} of {len(lines)} lines aligned" in capsys.readouterr().out
    result = Transcription.from_dict(json.loads(out.read_text(encoding="utf-8")))
    assert [s.text for s in result.segments] == lines
    assert result.adapter == _adapter(omni_project).name
    starts = np.array([s.start for s in result.segments]) - [t[0] for t in truth]
    ends = np.array([s.end for s in result.segments]) - [t[1] for t in truth]
    assert np.median(np.abs(np.concatenate([starts, ends]))) <= 0.06
    assert all(len(s.words) == len(s.text.split()) for s in result.segments)
