"""Quitting while training runs: the job stops, and nothing touches the closed project after."""

from __future__ import annotations

import logging


def test_closing_during_training_leaves_no_traceback(main_window, qtbot, tiny_model_dir,
                                                     caplog) -> None:
    from mms_studio.core.engine.trainer import TrainConfig
    from mms_studio.gui.shell import messages

    main_window.project.update_settings(base_model=str(tiny_model_dir))
    main_window.go_to("dataset")                   # its reload is what used to fail
    train = main_window.go_to("train")
    worker = train.start(config=TrainConfig(
        max_steps=10_000, eval_every=10_000, log_every=1, checkpoint_every=10_000,
        seconds_per_batch=8.0, device="cpu", precision="fp32", mask_time_prob=0.0))
    qtbot.waitUntil(lambda: bool(train.metrics_rows), timeout=120000)
    messages.answer = True                         # "Stop and close"
    with caplog.at_level(logging.ERROR):
        assert main_window.close()
        assert not worker.is_running
        for _ in range(5):                         # let anything queued arrive
            qtbot.wait(50)
    # pytest-qt fails the test on an exception in a slot; the log must be clean too.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
