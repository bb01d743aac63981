"""The whole loop with the tiny real model: new project, import, train, transcribe, correct.

The tiny model learns nothing useful in a few steps; this checks that the
metrics arrive live, the adapter lands in the library, a transcript comes
back and a corrected segment becomes a clip.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from mms_studio.gui.app import AppController


@pytest.mark.slow
def test_new_project_import_train_transcribe_correct(qtbot, tmp_path, shared_data, tiny_model_dir,
                                                     replay_device, wait_for_worker) -> None:
    from mms_studio.core.engine.trainer import TrainConfig
    from mms_studio.gui.welcome import NewProjectDialog

    controller = AppController()
    dialog = NewProjectDialog()
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("Abui loop")
    dialog.language.setText("abz")
    project = dialog.create()
    dialog.deleteLater()
    project.update_settings(base_model=str(tiny_model_dir))
    window = controller.show_project(project)
    try:
        # Import the real Abui recordings (ELAN + WAV) through the Dataset page.
        dataset = window.go_to("dataset")
        with qtbot.waitSignal(window.dataset_changed, timeout=60000):
            dataset.start_import([shared_data / "abui" / "transcribed"])
        assert dataset.model.rowCount() >= 5

        # Train a handful of steps; metrics must arrive while it runs.
        train = window.go_to("train")
        config = TrainConfig(max_steps=4, eval_every=2, log_every=1, checkpoint_every=1000,
                             warmup_steps=1, seconds_per_batch=12.0, device="cpu",
                             precision="fp32", patience=0, mask_time_prob=0.0)
        worker = train.start(config=config)
        assert train.busy() and not train.start_button.isEnabled()
        wait_for_worker(worker, timeout=240000)
        assert worker.error is None, repr(worker.error)
        kinds = [r.kind for r in train.metrics_rows]           # as the signals delivered them
        assert kinds.count("train") >= 4 and kinds.count("eval") >= 1
        assert train.curves.points()["train_loss"] >= 4 and train.curves.points()["cer"] >= 1
        assert train.library.rowCount() == 1
        assert train.last_result.steps == 4
        assert "%" in train.library.item(0, 1).text()

        # Transcribe a real recording with the new adapter.
        page = window.go_to("transcribe")
        assert page.adapter.count() == 2 and page.adapter.currentText() == train.last_result.name
        assert page.open_audio(shared_data / "abui" / "transcribed" / "abui_1.wav")
        worker = page.start()
        wait_for_worker(worker)
        assert worker.error is None, repr(worker.error)
        assert page.result is not None and page.result.duration > 3.0
        assert page.segments.rowCount() == len(page.result.segments) >= 1
        first = page.segments.item(0, 1).text()
        least = min(page.result.segments, key=lambda seg: seg.confidence)
        assert first.startswith(f"{100 * least.confidence:.0f}" if least.text else "—")

        # Clicking a word plays just that word (a barely trained adapter may write no word at
        # all; then the page offers the whole recording to type, checked below either way, and
        # test_transcribe_page.py covers word clicks on a fixed result).
        with_words = [i for i, seg in enumerate(page.result.segments) if seg.words]
        for seg_index in with_words[:1]:
            word = page.result.segments[seg_index].words[0]
            page.view.anchorClicked.emit(QUrl(f"word:{seg_index}:0"))
            frames, rate = replay_device.played[-1]
            assert abs(frames - (word.end - word.start) * rate) <= 1

        # Correct the first segment and add it to the dataset.
        before = len(project.clips())
        page.segments.item(0, 3).setText("amakaang di kaai hada muila")
        assert page.segments.item(0, 0).checkState() == Qt.CheckState.Checked
        with qtbot.waitSignal(window.dataset_changed, timeout=60000):
            added = page.add_to_dataset()
        assert len(added) == 1 and added[0].transcript == "amakaang di kaai hada muila"
        assert len(project.clips()) == before + 1
        assert dataset.model.rowCount() == before + 1
        out = page.export("srt", tmp_path / "abui_1.srt")
        assert out is not None and "amakaang di kaai hada muila" in out.read_text("utf-8")
    finally:
        controller.close_project()
