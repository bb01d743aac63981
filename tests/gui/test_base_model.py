"""First run without the base model: offline message, choosing a folder."""

from __future__ import annotations


def test_missing_base_model_offers_download_and_says_offline_plainly(main_window,
                                                                     wait_for_worker) -> None:
    dialog = main_window.check_base_model()       # facebook/mms-1b-all is not cached here
    assert dialog is not None and dialog.isVisible()
    worker = dialog.download()
    wait_for_worker(worker, timeout=30000)
    assert "not on this computer" in dialog.status.text()
    assert dialog.download_button.isEnabled()      # can try again later
    dialog.reject()


def test_choosing_a_model_folder_sets_the_project_base(main_window, tiny_model_dir,
                                                       tmp_path) -> None:
    dialog = main_window.check_base_model()
    assert not dialog.choose_folder(tmp_path)      # an empty folder is refused with a reason
    assert "does not hold a model" in dialog.status.text()
    assert dialog.choose_folder(tiny_model_dir)
    assert main_window.project.settings.base_model == str(tiny_model_dir.resolve())
    assert main_window.check_base_model() is None  # nothing to ask any more


def test_start_training_without_the_base_model_asks_first_then_goes_on(main_window, tiny_model_dir,
                                                                       wait_for_worker) -> None:
    """No silent 4 GB download: Start says what the model is, and trains once it is there."""
    train = main_window.go_to("train")
    assert train.start() is None                   # nothing started behind the user's back
    assert train.worker is None
    dialog = main_window.base_model_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Training needs the base model" in dialog.reason.text()
    said = dialog.text.text() + " " + dialog.size_licence.text()
    for fact in ("facebook/mms-1b-all", "4 GB", "CC-BY-NC 4.0", "continues where it stopped"):
        assert fact in said
    assert dialog.choose_folder(tiny_model_dir)    # the model is there: Start goes on by itself
    assert train.worker is not None
    train.cancel()
    wait_for_worker(train.worker)


def test_later_drops_the_waiting_action(main_window) -> None:
    train = main_window.go_to("train")
    assert train.start() is None
    dialog = main_window.base_model_dialog
    dialog.later_button.click()
    assert not dialog.isVisible() and dialog.pending is None
    assert train.worker is None


def test_stopping_a_download_says_what_was_kept(main_window, wait_for_worker) -> None:
    from mms_studio.core.errors import Cancelled

    dialog = main_window.check_base_model()
    dialog._failed(Cancelled())                    # what the worker reports after Stop
    assert "What was downloaded is kept" in dialog.status.text()
    assert dialog.download_button.isEnabled() and not dialog.stop_button.isVisible()
    dialog.reject()


def test_transcribe_without_the_base_model_asks_first(main_window, shared_data) -> None:
    page = main_window.go_to("transcribe")
    page.open_audio(shared_data / "abui" / "transcribed" / "abui_4.wav")
    assert page.start() is None and page.worker is None
    dialog = main_window.base_model_dialog
    assert dialog.isVisible() and "Transcribing needs the base model" in dialog.reason.text()
    dialog.reject()
