"""Welcome screen, opening projects, the main window and its conventions."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget, QToolButton

from mms_studio.core.tasks import check_cancelled
from mms_studio.gui import workers
from mms_studio.gui.app import AppController
from mms_studio.gui.shell import messages, settings


def _close_all(controller: AppController) -> None:
    controller.close_project()
    if controller.welcome is not None:
        controller.welcome.close()
        controller.welcome.deleteLater()


def test_new_project_from_the_welcome_screen_opens_its_window(qtbot, tmp_path) -> None:
    from mms_studio.gui.welcome import NewProjectDialog

    controller = AppController()
    welcome = controller.show_welcome()
    assert welcome.empty.isVisible()                         # no recent projects yet
    dialog = NewProjectDialog(welcome)
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("Yorùbá stories")
    assert not dialog.create_button.isEnabled()              # no language code yet
    assert "ISO 639-3" in dialog.error.text()
    dialog.language.setText("yor")
    assert dialog.create_button.isEnabled()
    project = dialog.create()
    dialog.deleteLater()
    window = controller.show_project(project)
    try:
        assert (tmp_path / "Yorùbá stories").is_dir()
        assert window.windowTitle() == "Yorùbá stories (yor) — MMS Studio"
        assert controller.welcome is None                    # the welcome screen gave way
        assert settings.recent_projects() == [str((tmp_path / "Yorùbá stories").resolve())]
    finally:
        _close_all(controller)


def test_recent_project_opens_and_a_locked_one_explains(qtbot, abui_project) -> None:
    settings.add_recent_project(abui_project.root)
    controller = AppController()
    welcome = controller.show_welcome()
    assert welcome.recent.count() == 1
    # The fixture still holds the project: opening it again must say why not.
    assert controller.open_project(abui_project.root) is None
    assert messages.history and messages.history[-1].title == "Cannot open this project"
    assert "." in messages.history[-1].text
    abui_project.close()
    welcome.recent.itemActivated.emit(welcome.recent.item(0))
    try:
        assert controller.window is not None
        assert controller.window.windowTitle().startswith("Abui test (abz)")
    finally:
        _close_all(controller)


def test_pages_navigation_and_shortcut_list(main_window, qtbot) -> None:
    assert main_window.current_key() == "dataset"
    for key in ("record", "train", "transcribe", "settings", "dataset"):
        page = main_window.go_to(key)
        assert main_window.stack.currentWidget() is page
    shortcuts = {s.description: s.keys for s in main_window.shortcut_list()}
    assert "Undo" in shortcuts and "Keyboard shortcuts" in shortcuts
    assert any(d.startswith("Dataset: play") for d in shortcuts)
    dialog = main_window.show_shortcuts()
    table = dialog.findChildren(QTableWidget)[0]
    assert table.rowCount() == len(main_window.shortcut_list())
    dialog.close()


def test_window_state_is_kept_between_sessions(qtbot, abui_project) -> None:
    from mms_studio.gui.main_window import MainWindow

    window = MainWindow(abui_project)
    window.show()
    window.go_to("train")
    window.resize(900, 640)
    window.close()
    window.deleteLater()
    from mms_studio.core.project import Project

    again = MainWindow(Project.open(abui_project.root))
    qtbot.addWidget(again)
    assert again.current_key() == "train"
    # The default is 1180 x 760; the offscreen platform may trim the frame, hence <=.
    assert again.size().height() == 640 and again.size().width() <= 900


def test_every_icon_only_button_has_an_accessible_name(main_window) -> None:
    walked = 0
    for key, page in main_window.pages.items():
        main_window.go_to(key)
        for button in page.findChildren(QToolButton) + page.findChildren(QPushButton):
            if button.text().strip():
                continue
            walked += 1
            assert button.accessibleName().strip(), f"{key}: {button.objectName() or button}"
    assert walked >= 3   # the pages do have icon-only buttons; the walk must see them


def _stubborn_job(*, state) -> str:
    while True:
        check_cancelled(state)
        time.sleep(0.01)


def test_closing_with_a_job_running_asks_cancels_and_waits(main_window, qtbot) -> None:
    worker = workers.start_worker(_stubborn_job)
    qtbot.waitUntil(lambda: worker.is_running)
    messages.answer = False
    assert not main_window.close()                       # "Keep working"
    assert main_window.isVisible() and worker.is_running
    assert messages.history[-1].kind == "question"
    messages.answer = True
    assert main_window.close()
    assert not worker.is_running                         # cancelled and awaited before closing
    assert QApplication.instance() is not None


def test_opening_from_the_command_line_shows_the_frame_first(qtbot, abui_project) -> None:
    root = abui_project.root
    abui_project.close()
    controller = AppController()
    try:
        with qtbot.waitSignal(controller.project_opened, timeout=10000):
            window = controller.open_project_soon(root)
            assert window.isVisible() and not window.nav.isEnabled()
            assert window.windowTitle().startswith("Opening Abui test")
        assert window.nav.isEnabled() and window.current_key() == "dataset"
        assert window.windowTitle() == "Abui test (abz) — MMS Studio"
        assert window.pages["dataset"].model.rowCount() == 5
    finally:
        _close_all(controller)


def test_a_project_that_cannot_open_falls_back_to_the_welcome_screen(qtbot, tmp_path) -> None:
    controller = AppController()
    try:
        controller.open_project_soon(tmp_path / "no such project")
        qtbot.waitUntil(lambda: controller.welcome is not None, timeout=10000)
        assert controller.window is None
        assert messages.history[-1].title == "Cannot open this project"
    finally:
        _close_all(controller)


def test_interface_language_choice_is_saved(main_window) -> None:
    from mms_studio.gui import i18n

    actions = main_window.language_menu.actions()
    assert actions[0].data() == "system" and actions[0].isChecked()
    english = next(a for a in actions if a.data() == "en")
    english.trigger()
    assert i18n.saved_language() == "en" and english.isChecked()
    assert "after you restart" in main_window.statusBar().currentMessage()   # said truthfully
