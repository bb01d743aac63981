"""The Evaluation page on a project with a briefly trained tiny adapter and an LM.

Real training (tiny model, synthetic language), real LM, real decoding in a worker:
the page lists each test clip with greedy and LM error rates, sorts by error, shows a
character diff, figures per speaker, and sends a clip to the Dataset page.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from mms_studio.devtools import synth_utterance
from tests.core.lm.language import sentences
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow


@pytest.fixture
def trained_project(tmp_path, tiny_model_dir):
    from mms_studio.core.engine.jobs import train_project
    from mms_studio.core.engine.trainer import TrainConfig
    from mms_studio.core.lm.store import build_project_lm
    from mms_studio.core.lm.texts import add_texts
    from mms_studio.core.project import Project

    with torch_threads(1):
        project = Project.create(tmp_path / "proj", language="xsy", name="Synthetic",
                                 base_model=str(tiny_model_dir))
        rng = np.random.default_rng(3)
        for i, words in enumerate(sentences(90, seed=31, length=(1, 5))):
            clip = synth_utterance(words, rng=rng)
            project.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % 6}")
        config = TrainConfig(max_steps=90, learning_rate=3e-3, warmup_steps=20, eval_every=1000,
                             log_every=1000, checkpoint_every=1000, seconds_per_batch=16.0,
                             mask_time_prob=0.0, precision="fp32", device="cpu", patience=0, seed=0)
        train_project(project, config=config)
        text = tmp_path / "stories.txt"
        text.write_text("\n".join(" ".join(s) for s in sentences(1500, seed=5)) + "\n",
                        encoding="utf-8")
        add_texts(project, [text])
        build_project_lm(project)
    yield project
    project.close()


def test_evaluation_page_compares_decoders(qtbot, trained_project, wait_for_worker):
    from mms_studio.gui.main_window import MainWindow

    window = MainWindow(trained_project, ask_for_base_model=False)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("evaluation")
    assert page.adapter.count() == 1
    wait_for_worker(page.start(), timeout=300000)
    rows = page.table.rowCount()
    assert rows == len(trained_project.clips(split="test")) and rows > 0
    lm_cer = [page.table.item(r, 3).value for r in range(rows)]
    assert all(np.isfinite(lm_cer)) and lm_cer == sorted(lm_cer, reverse=True)
    assert "With the language model" in page.summary.text()
    # the LM was built after training: its weights were tuned on the dev clips on first use
    from mms_studio.core.engine.library import list_adapters

    assert (list_adapters(trained_project.adapters_dir)[0].path / "lm_weights.json").is_file()
    assert page.speakers.rowCount() >= 1 and "→" in page.speakers.item(0, 2).text()

    page.table.sortItems(2, Qt.SortOrder.AscendingOrder)      # by greedy error, best first
    greedy = [page.table.item(r, 2).value for r in range(rows)]
    assert greedy == sorted(greedy)

    page.table.selectRow(rows - 1)
    row = page.selected_row()
    assert row.reference in page.detail.toPlainText()
    if row.greedy != row.reference:
        assert "color:#c0392b" in page.detail.toHtml() or "<s" in page.detail.toHtml()

    page.check_selected()
    dataset = window.page("dataset")
    assert window.current_key() == "dataset"
    assert dataset.selected_clip_ids() == [row.id]
