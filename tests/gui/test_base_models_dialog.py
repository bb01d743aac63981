"""The Base model and disk space dialog: bases with their licences, a choice that sticks, disk use."""

from __future__ import annotations

from pathlib import Path

import pytest

from mms_studio import DEFAULT_BASE_MODEL


@pytest.fixture(scope="module")
def tiny_omni_dir(tmp_path_factory) -> Path:
    from mms_studio.devtools import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-omni") / "model", family="omniasr")


@pytest.fixture
def dialog(qtbot, project, wait_for_worker, tmp_path, monkeypatch):
    """The dialog on a fresh project, with a cache folder of this test's own."""
    monkeypatch.setenv("MMS_STUDIO_CACHE_DIR", str(tmp_path / "converted"))
    from mms_studio.gui.base_models_dialog import BaseModelsDialog

    dlg = BaseModelsDialog(project)
    qtbot.addWidget(dlg)
    wait_for_worker(dlg.cache_worker)
    return dlg


def _row_texts(dlg) -> list[str]:
    return [dlg.bases.item(i).text() for i in range(dlg.bases.count())]


def test_lists_the_bases_with_plain_licences_and_marks_the_current(dialog) -> None:
    rows = _row_texts(dialog)
    assert len(rows) == 3
    mms = next(r for r in rows if r.startswith("MMS 1B"))
    assert "non-commercial use only" in mms and "this project's base" in mms
    omni = [r for r in rows if r.startswith("Omnilingual")]
    assert len(omni) == 2 and all("commercial use allowed" in r for r in omni)
    assert all("Download:" in r and "GB" in r and "Speed:" in r for r in rows)
    assert dialog.bases.currentItem().data(256) == DEFAULT_BASE_MODEL   # Qt.UserRole
    assert not dialog.use_button.isEnabled()          # it is already the base
    for widget in (dialog.bases, dialog.use_button, dialog.folder_button,
                   dialog.clear_button, dialog.clear_unused_button):
        assert widget.accessibleName() and widget.accessibleDescription()


def test_use_this_base_and_a_folder_update_the_project(dialog, project, tiny_omni_dir,
                                                       wait_for_worker, qtbot) -> None:
    dialog.bases.setCurrentRow(1)
    assert dialog.use_button.isEnabled()
    with qtbot.waitSignal(dialog.base_changed):
        dialog.use_button.click()
    assert project.settings.base_model == dialog.options[1].model_id
    wait_for_worker(dialog.choose_folder(tiny_omni_dir))
    assert project.settings.base_model == str(tiny_omni_dir.resolve())
    rows = _row_texts(dialog)
    assert len(rows) == 4 and "this project's base" in rows[-1]
    assert "commercial use allowed" in rows[-1]             # read from the folder's config.json
    assert dialog.status.text().startswith("✓")


def test_a_refused_folder_is_said_and_nothing_changes(dialog, project, tmp_path,
                                                      wait_for_worker) -> None:
    (tmp_path / "empty").mkdir()
    wait_for_worker(dialog.choose_folder(tmp_path / "empty"))
    assert dialog.status.text().startswith("⚠") and "config.json" in dialog.status.text()
    assert project.settings.base_model == DEFAULT_BASE_MODEL


def test_disk_use_is_the_cache_total_and_clear_empties_it(dialog, tiny_model_dir,
                                                          wait_for_worker) -> None:
    from PySide6.QtCore import QLocale

    from mms_studio.core.engine.cache_usage import cache_info
    from mms_studio.core.engine.converted_cache import ensure_converted

    assert dialog.disk_bytes == 0 and not dialog.clear_button.isEnabled()
    ensure_converted(tiny_model_dir, "bf16")
    wait_for_worker(dialog.refresh_disk())
    total = cache_info().total_bytes
    assert total > 0 and dialog.disk_bytes == total
    shown = QLocale().formattedDataSize(total, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    assert shown in dialog.disk_label.text()
    assert dialog.clear_button.isEnabled() and not dialog.clear_unused_button.isEnabled()
    dialog.clear_button.click()
    wait_for_worker(dialog.cache_worker)                 # the clear, then the new measure
    wait_for_worker(dialog.cache_worker)
    assert cache_info().total_bytes == 0 and dialog.disk_bytes == 0
    assert "freed" in dialog.status.text()


def test_opens_from_the_main_window_menu(main_window, wait_for_worker) -> None:
    action = next(a for menu in main_window.menuBar().actions() if menu.menu()
                  for a in menu.menu().actions() if "disk space" in a.text())
    action.trigger()
    from mms_studio.gui.base_models_dialog import BaseModelsDialog

    dialog = main_window.findChild(BaseModelsDialog)
    assert dialog is not None and dialog.isVisible()
    wait_for_worker(dialog.cache_worker)
    dialog.reject()
