"""Start-up in two steps: what the first frame waits for, and nothing lost by what it does not.

The window paints before the log file opens, the crash dialog exists and the menus have
their actions (`gui/shell/startup.py`, `bench/startup.py`); these tests check that a log
record, a crash or a shortcut from those first milliseconds is not lost.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mms_studio.gui.shell import crash, logs, settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_log(tmp_path, monkeypatch):
    """The log module as at process start (no file, nothing kept), writing under tmp_path."""
    monkeypatch.setenv("MMS_STUDIO_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "_handler", None)
    monkeypatch.setattr(logs, "_early", None)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield tmp_path / "logs" / logs.LOG_NAME
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_records_from_before_the_log_file_are_written_first_in_order(qapp, fresh_log) -> None:
    from PySide6.QtCore import qWarning

    logs.start_early_logging()
    logging.getLogger("mms_studio.test").info("said before the frame")
    qWarning("Qt said something before the frame")
    assert not fresh_log.exists() and not logs.logging_to_file()   # nothing written yet
    assert logs.setup_logging() == fresh_log
    logging.getLogger("mms_studio.test").info("said after the frame")
    logs.log_ready()
    text = fresh_log.read_text(encoding="utf-8")
    first = text.index("said before the frame")
    assert first < text.index("Qt said something before the frame") \
        < text.index("said after the frame") < text.index(logs.READY_LINE)
    assert text.count("said before the frame") == 1                # written once, not twice
    assert not any(isinstance(h, logs._EarlyRecords) for h in logging.getLogger().handlers)


def test_records_are_written_even_when_the_process_ends_before_the_file_opens(tmp_path) -> None:
    code = ("import logging\n"
            "from mms_studio.gui.shell.logs import start_early_logging\n"
            "start_early_logging()\n"
            "logging.getLogger('mms_studio').warning('the last words of a short run')\n")
    env = {**os.environ, "MMS_STUDIO_LOG_DIR": str(tmp_path / "logs"), "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    text = (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "the last words of a short run" in text


def test_a_crash_before_the_dialog_exists_is_logged_at_once_and_shown_later(
        qtbot, monkeypatch, caplog, capsys) -> None:
    monkeypatch.setattr(crash, "_reporter", None)
    monkeypatch.setattr(crash, "_kept", [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)             # restored afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_early_hook()
    caplog.set_level(logging.ERROR, logger="mms_studio.crash")
    try:
        raise ValueError("too early")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def fail_in_a_thread() -> None:
        raise RuntimeError("early in a thread")

    thread = threading.Thread(target=fail_in_a_thread)
    thread.start()
    thread.join()
    assert "ValueError: too early" in caplog.text                 # in the log at once
    assert "RuntimeError: early in a thread" in caplog.text
    assert "ValueError: too early" in capsys.readouterr().err     # and printed, as Python does
    reporter = crash.install_crash_hook()
    reporter.interactive = False
    assert sys.excepthook == reporter.report
    qtbot.waitUntil(lambda: reporter.shown == 2)                  # both kept crashes shown
    assert "RuntimeError: early in a thread" in reporter.last_dialog.detailedText()
    reporter.last_dialog.deleteLater()


def test_the_frame_comes_first_then_the_menus_then_the_project(qtbot, abui_project) -> None:
    from mms_studio.gui.app import AppController
    from mms_studio.gui.shell.startup import after_first_paint

    root = abui_project.root
    abui_project.close()
    controller = AppController()
    seen = {}
    try:
        with qtbot.waitSignal(controller.project_opened, timeout=10000):
            window = controller.open_project_soon(root)
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles == ["&File", "&Edit", "&Go", "&View", "&Help"]    # in the frame
            assert all(not a.menu().actions() for a in window.menuBar().actions())

            def right_after_the_frame() -> None:
                seen["menus"] = all(a.menu().actions() for a in window.menuBar().actions())
                seen["project"] = window.project

            after_first_paint(window, right_after_the_frame)
        assert seen == {"menus": True, "project": None}    # menus before the project opened
        keys = {s.keys for s in window.shortcut_list()}
        assert {"Ctrl+1", "Ctrl+I", "Ctrl+/"} <= keys
    finally:
        controller.close_project()


def test_the_first_frame_uses_the_scheme_seen_last_and_corrects_it(qapp) -> None:
    from PySide6.QtGui import QPalette

    from mms_studio.gui import app as app_module
    from mms_studio.gui.theme import apply_theme, system_is_dark

    def lightness() -> int:
        return qapp.palette().color(QPalette.ColorRole.Window).lightness()

    real = system_is_dark(qapp)
    assert settings.last_system_dark() is None             # never seen: Qt is asked at start-up
    settings.remember_system_dark(not real)                # the system switched since last run
    try:
        assert apply_theme(qapp, "system", system_dark=settings.last_system_dark()) is not real
        app_module._check_system_scheme(qapp)               # right after the first frame
        assert settings.last_system_dark() is real
        assert bool(qapp.property("mms_dark")) is real and (lightness() < 100) is real
    finally:
        apply_theme(qapp, "light")


def test_opening_the_app_does_not_build_the_command_line_parser() -> None:
    from mms_studio.cli import _opens_the_app

    assert _opens_the_app([]) and _opens_the_app(["gui"]) and _opens_the_app(["gui", "proj"])
    assert _opens_the_app(["/home/me/Abui project"]) and _opens_the_app(["./abui"])
    assert _opens_the_app(["."])
    # A bare name may be a command (`train`): the parser decides, as before.
    assert not _opens_the_app(["train"]) and not _opens_the_app(["abui"])
    assert not _opens_the_app(["--help"]) and not _opens_the_app(["gui", "--help"])
    assert not _opens_the_app(["project", "info", "./abui"])
    code = "import sys, mms_studio.cli; print(sorted(m for m in sys.modules if 'commands' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)}, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_the_welcome_screen_has_its_shortcuts_right_after_its_first_frame(qtbot) -> None:
    from PySide6.QtGui import QKeySequence

    from mms_studio.gui.app import AppController

    controller = AppController()
    welcome = controller.show_welcome()
    try:
        new = QKeySequence(QKeySequence.StandardKey.New)
        qtbot.waitExposed(welcome)
        qtbot.waitUntil(lambda: welcome.new_button.shortcut() == new, timeout=2000)
        assert welcome.open_button.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    finally:
        welcome.close()
        welcome.deleteLater()
