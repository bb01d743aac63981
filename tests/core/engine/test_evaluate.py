"""The evaluation report: corpus rates equal the sum of per-utterance edits; baseline beside it."""

from __future__ import annotations

import pytest

from mms_studio.core.engine.evaluate import evaluate, transcribe_all
from mms_studio.core.engine.transcribe import AdapterRef, Recogniser
from mms_studio.core.errors import Cancelled, TrainingError
from mms_studio.core.tasks import RecordingTaskState


@pytest.fixture(scope="module")
def recogniser(trained):
    return Recogniser(trained.model, adapter=AdapterRef("xsy", trained.codec.vocab, "synthetic"))


def test_report_adds_up_and_reads_well(recogniser, trained):
    dev = trained.dev[:12]
    baseline = {u.id: "bala" for u in dev}        # a poor baseline that always says one word
    report = evaluate(recogniser.transcribe_text, dev, normalize=str.strip, adapter="synthetic",
                      baseline=baseline, baseline_name="always-bala")
    chars = sum(u.chars.errors for u in report.utterances)
    ref_chars = sum(u.chars.ref_len for u in report.utterances)
    assert report.cer == pytest.approx(chars / ref_chars)
    assert report.cer < 0.2 < report.baseline_cer
    assert report.wer < report.baseline_wer
    assert set(report.per_speaker()) == {u.speaker for u in dev}
    data = report.to_dict()
    assert data["clips"] == 12 and data["baseline"] == "always-bala"
    assert {"substitutions", "deletions", "insertions"} <= set(data["utterances"][0]["words"])
    text = report.to_text()
    assert "character error rate (CER)" in text and "always-bala" in text and "Per speaker" in text


def test_transcribe_all_and_cancel(recogniser, trained):
    texts = transcribe_all(recogniser.transcribe_text, trained.dev[:3])
    assert list(texts) == [u.id for u in trained.dev[:3]] and all(texts.values())
    state = RecordingTaskState(cancel_when=lambda s: len(s.progress) >= 2)
    with pytest.raises(Cancelled):
        evaluate(recogniser.transcribe_text, trained.dev, normalize=str.strip, adapter="x",
                 state=state)
    with pytest.raises(TrainingError, match="no clips to evaluate"):
        evaluate(recogniser.transcribe_text, [], normalize=str.strip, adapter="x")
