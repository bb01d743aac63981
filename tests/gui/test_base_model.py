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
