"""The whole loop by keyboard alone: new project, import, record, train, transcribe, correct, export.

Only key presses drive it (shortcuts, mnemonics, Tab, Enter, Space, typing into
the focused widget), the way a user without a mouse or with a screen reader
works. File dialogs are Qt's own (the only kind the offscreen platform has):
the path is typed into their file name box. Widgets are read only to check
where the keyboard is and what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from mms_studio.gui.app import AppController

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost"
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def through_dialog(qtbot, kind: type, action: Callable[[QWidget], None],
                   press: Callable[[], None]) -> None:
    """`press()` opens a modal dialog of `kind` (its exec() blocks); `action` works it by keys.

    A failure inside is raised here, after the dialog was closed, so the test
    cannot hang on a dialog nobody answers.
    """
    state: dict[str, object] = {"done": False, "error": None, "parent": None}
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, kind) or focus is None or focus.window() is not dialog:
            return      # not open yet, or the keyboard is not in it yet
        timer.stop()
        state["parent"] = dialog.parentWidget().window() if dialog.parentWidget() else None
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 — raised below
            state["error"] = exc
            if dialog.isVisible():
                dialog.reject()
        finally:
            state["done"] = True

    timer.timeout.connect(poll)
    timer.start()
    press()
    qtbot.waitUntil(lambda: state["done"], timeout=10000)
    timer.stop()
    if state["error"] is not None:
        raise state["error"]  # type: ignore[misc]
    parent = state["parent"]
    if QApplication.activeWindow() is None and isinstance(parent, QWidget) \
            and _alive(parent) and parent.isVisible():
        # A window manager gives the keyboard back to the window a dialog came from; the
        # offscreen platform has none, so the test stands in for it.
        parent.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def type_path_in_file_dialog(*paths: str) -> Callable[[QWidget], None]:
    """Type each path into a Qt file dialog's file name box and press Enter."""
    def action(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog).__name__
        for path in paths:
            assert focused().objectName() == "fileNameEdit"
            key(Qt.Key.Key_A, CTRL)
            type_text(path)
            key(Qt.Key.Key_Return)
    return action


def tab_to(target: QWidget, *, limit: int = 30) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        key(Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target.accessibleName()!r}"


@pytest.mark.slow
def test_the_whole_loop_by_keyboard_alone(qtbot, tmp_path, shared_data, tiny_model_dir,
                                          replay_device, wait_for_worker) -> None:
    from mms_studio.gui.welcome import NewProjectDialog

    controller = AppController()
    welcome = controller.show_welcome()
    qtbot.waitExposed(welcome)
    welcome.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is welcome)
    try:
        # New project: Ctrl+N, type name, Tab, code, Tab, folder, Enter (the default button).
        def new_project(dialog: QWidget) -> None:
            assert isinstance(dialog, NewProjectDialog) and focused() is dialog.name
            type_text("Abui by keys")
            key(Qt.Key.Key_Tab)
            type_text("abz")
            key(Qt.Key.Key_Tab)
            assert focused() is dialog.folder
            type_text(str(tmp_path))          # Tab selected the old folder: typing replaces it
            key(Qt.Key.Key_Return)

        through_dialog(qtbot, NewProjectDialog, new_project, lambda: key(Qt.Key.Key_N, CTRL))
        window = controller.window
        assert window is not None and window.project.settings.language == "abz"
        project = window.project
        assert project.root == tmp_path / "Abui by keys"

        # The base model is missing: its dialog comes up; Alt+C chooses a folder by typing it.
        qtbot.waitUntil(lambda: window.base_model_dialog is not None
                        and window.base_model_dialog.isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: focused().window() is window.base_model_dialog)
        through_dialog(qtbot, QFileDialog, type_path_in_file_dialog(str(tiny_model_dir)),
                       lambda: key(Qt.Key.Key_C, ALT))
        qtbot.waitUntil(lambda: not window.base_model_dialog.isVisible())
        assert Path(project.settings.base_model) == tiny_model_dir.resolve()
        qtbot.waitUntil(lambda: focused().window() is window)

        # Import: Ctrl+I; type the folder (Enter opens it), then the files, Enter.
        folder = shared_data / "abui" / "transcribed"
        files = " ".join(f'"{name}.eaf"' for name in ("abui_1", "abui_2", "abui_3", "abui_4"))
        through_dialog(qtbot, QFileDialog, type_path_in_file_dialog(str(folder), files),
                       lambda: key(Qt.Key.Key_I, CTRL))
        dataset = window.page("dataset")
        assert window.current_key() == "dataset" and dataset.import_worker is not None
        wait_for_worker(dataset.import_worker)
        assert dataset.model.rowCount() == 5

        # Record: Ctrl+1 puts the keyboard in the transcript box; Ctrl+R, Ctrl+R, type, Ctrl+Enter.
        key(Qt.Key.Key_1, CTRL)
        record = window.page("record")
        assert window.current_key() == "record" and focused() is record.transcript
        key(Qt.Key.Key_R, CTRL)
        assert record.take is not None
        qtbot.waitUntil(lambda: record.take is not None and record.take.seconds >= 1.5)
        key(Qt.Key.Key_R, CTRL)
        qtbot.waitUntil(lambda: record.take is None and record.take_path is not None,
                        timeout=20000)
        assert focused() is record.transcript
        type_text("amakaang di kaai")
        key(Qt.Key.Key_Return, CTRL)
        recorded = [c for c in project.clips() if c.source.startswith("recorded ")]
        assert [c.transcript for c in recorded] == ["amakaang di kaai"]

        # Train: Ctrl+3; Alt+A opens the advanced settings; Alt+N / Alt+C reach the step boxes.
        key(Qt.Key.Key_3, CTRL)
        train = window.page("train")
        assert focused() is train.start_button
        key(Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: train.advanced.isVisible())
        key(Qt.Key.Key_N, ALT)
        assert focused() is train.steps
        key(Qt.Key.Key_A, CTRL)
        type_text("4")
        key(Qt.Key.Key_C, ALT)
        assert focused() is train.eval_every and train.steps.value() == 4
        key(Qt.Key.Key_A, CTRL)
        type_text("2")
        key(Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: train.worker is not None)
        wait_for_worker(train.worker, timeout=240000)
        assert train.worker.error is None, repr(train.worker.error)
        assert train.last_result.steps == 4 and train.library.rowCount() == 1
        assert focused() is train.start_button     # Stop had the keyboard; it went back to Start

        # Transcribe: Ctrl+4, Alt+O and a typed path, Alt+T.
        key(Qt.Key.Key_4, CTRL)
        page = window.page("transcribe")
        assert focused() is page.open_button
        audio = shared_data / "abui" / "transcribed" / "abui_1.wav"
        through_dialog(qtbot, QFileDialog, type_path_in_file_dialog(str(audio)),
                       lambda: key(Qt.Key.Key_O, ALT))
        assert page.audio_path == audio
        assert page.adapter.currentText() == train.last_result.name
        key(Qt.Key.Key_T, ALT)
        qtbot.waitUntil(lambda: page.worker is not None)
        wait_for_worker(page.worker)
        assert page.worker.error is None, repr(page.worker.error)
        assert page.result is not None and page.segments.rowCount() >= 1

        # Correct: the keyboard is on the least confident segment's text; F2, type, Enter.
        assert focused() is page.segments and page.segments.currentColumn() == 3
        key(Qt.Key.Key_F2)
        key(Qt.Key.Key_A, CTRL)
        type_text("amakaang di kaai hada muila")
        key(Qt.Key.Key_Return)                       # the table commits the edit queued
        qtbot.waitUntil(lambda: focused() is page.segments)
        row = page.segments.currentRow()
        assert page.segments.item(row, 3).text() == "amakaang di kaai hada muila"
        assert page.segments.item(row, 0).checkState() == Qt.CheckState.Checked
        before = len(project.clips())
        key(Qt.Key.Key_A, ALT)                       # Add checked segments to the dataset
        qtbot.waitUntil(lambda: len(project.clips()) == before + 1)
        assert any(c.transcript == "amakaang di kaai hada muila" and c.source.startswith(
            "corrected transcript of abui_1.wav") for c in project.clips())
        assert dataset.model.rowCount() == before + 1

        # Export: Tab to the SRT button, Space, type where to save, Enter.
        out = tmp_path / "abui_1.srt"
        tab_to(page.export_buttons["srt"])
        through_dialog(qtbot, QFileDialog, type_path_in_file_dialog(str(out)),
                       lambda: key(Qt.Key.Key_Space))
        assert "amakaang di kaai hada muila" in out.read_text("utf-8")
        assert focused() is page.export_buttons["srt"]       # the keyboard stays where it was
    finally:
        controller.close_project()
        if controller.welcome is not None:
            controller.welcome.close()
            controller.welcome.deleteLater()
