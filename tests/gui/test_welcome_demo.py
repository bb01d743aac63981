"""Welcome screen › Try a demo project: made in a worker with progress, then opened."""

from __future__ import annotations

from mms_studio.gui.app import AppController


def _close_all(controller: AppController) -> None:
    controller.close_project()
    if controller.welcome is not None:
        controller.welcome.close()
        controller.welcome.deleteLater()


def test_try_a_demo_project_makes_and_opens_it(qtbot, wait_for_worker, tmp_path) -> None:
    controller = AppController()
    welcome = controller.show_welcome()
    try:
        assert welcome.demo_button.isEnabled() and not welcome.demo_progress.isVisible()
        worker = welcome.try_demo(tmp_path / "Demo", clips=24, steps=6)
        assert worker is not None and not welcome.demo_button.isEnabled()
        assert welcome.demo_progress.isVisible() and welcome.demo_cancel.isVisible()
        wait_for_worker(worker, timeout=600000)   # builds and trains: slow on a loaded CI box
        assert worker.error is None
        window = controller.window
        assert window is not None and window.project.root == (tmp_path / "Demo").absolute()
        assert len(window.project.clips()) == 24
        assert (tmp_path / "Demo" / "adapters" / "qdm" / "adapter.json").is_file()
        assert controller.welcome is None          # the welcome screen gave way
        train = window.page("train")               # opened on Train, a live run under way
        assert window.current_key() == "train" and train.worker is not None
        train.cancel()
        wait_for_worker(train.worker)
    finally:
        _close_all(controller)


def test_stopping_the_demo_says_so_and_keeps_the_welcome_screen(qtbot, wait_for_worker,
                                                                tmp_path) -> None:
    controller = AppController()
    welcome = controller.show_welcome()
    try:
        worker = welcome.try_demo(tmp_path / "Demo", clips=24, steps=6)
        welcome.cancel_demo()
        wait_for_worker(worker, timeout=600000)
        assert controller.window is None
        assert "Stopped" in welcome.demo_status.text()
        assert welcome.demo_button.isEnabled() and not welcome.demo_cancel.isVisible()
    finally:
        _close_all(controller)
