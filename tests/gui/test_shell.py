"""The app shell: settings migration, recent projects, logging, crash dialog, workers."""

from __future__ import annotations

import logging
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from mms_studio.core.errors import Cancelled
from mms_studio.core.tasks import check_cancelled
from mms_studio.gui import workers
from mms_studio.gui.shell import messages, settings
from mms_studio.gui.shell.logs import READY_LINE, log_file, log_ready, setup_logging


def test_old_settings_are_migrated(tmp_path) -> None:
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    project = tmp_path / "p1"
    project.mkdir()
    old.setValue("recent", f"{project},{tmp_path / 'gone'}")
    old.setValue("dark", "true")
    old.sync()
    settings.use_settings_path(path)
    assert settings.recent_projects() == [str(project)]     # the missing folder is not offered
    assert settings.theme_choice() == "dark"
    assert settings.app_settings().value("settings_version") in (2, "2")


def test_recent_projects_newest_first_without_duplicates(tmp_path) -> None:
    folders = [tmp_path / f"p{i}" for i in range(3)]
    for folder in folders:
        folder.mkdir()
        settings.add_recent_project(folder)
    settings.add_recent_project(folders[0])
    assert settings.recent_projects() == [str(folders[0]), str(folders[2]), str(folders[1])]


def test_log_file_gets_the_ready_line_and_qt_messages(qapp) -> None:
    from PySide6.QtCore import qWarning

    path = setup_logging()
    qWarning("a warning from Qt")
    log_ready()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file().read_text(encoding="utf-8")
    assert path == log_file()
    assert READY_LINE in text and "a warning from Qt" in text


def test_crash_dialog_says_what_was_kept_and_where_the_log_is(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    from mms_studio import __version__
    from mms_studio.gui.shell.crash import MAX_DIALOGS, CrashReporter

    setup_logging()                 # the app opens the log file before it builds the reporter
    reporter = CrashReporter()
    reporter.interactive = False
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        reporter.report(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.last_dialog is not None)
    box = reporter.last_dialog
    assert "nothing you completed has been lost" in box.informativeText()
    assert str(log_file()) in box.informativeText()
    # What a person reads is sentences: no exception class, no message meant for developers.
    visible = box.text() + box.informativeText()
    assert "RuntimeError" not in visible and "boom" not in visible
    assert "Traceback" not in visible
    # The bug report is behind Show Details… and on the clipboard with one button.
    report = box.detailedText()
    assert f"MMS Studio {__version__}" in report and "Traceback" in report
    assert "RuntimeError: boom" in report
    QGuiApplication.clipboard().clear()
    box.findChild(QPushButton, "copyReport").click()
    assert QGuiApplication.clipboard().text() == report
    box.deleteLater()
    # Flood guard: however many crashes follow, at most MAX_DIALOGS dialogs are built.
    for _ in range(10):
        reporter._show("again")
    assert reporter.shown == MAX_DIALOGS
    reporter.last_dialog.deleteLater()
    assert "RuntimeError: boom" in log_file().read_text(encoding="utf-8")


def _counting_job(n: int, *, state) -> int:
    for i in range(n):
        check_cancelled(state)
        state.set_status(f"step {i}")
        state.set_partial_result({"step": i})
        state.set_progress((i + 1) / n)
    return n


def test_worker_signals_arrive_in_order(qtbot) -> None:
    partials = []
    worker = workers.TaskWorker(_counting_job, 5, progress_interval=0.0)
    worker.signals.partial.connect(partials.append)
    with qtbot.waitSignals([worker.signals.started, worker.signals.returned,
                            worker.signals.finished], order="strict", timeout=5000):
        workers.pool().start(worker)
    assert worker.result == 5
    assert [p["step"] for p in partials] == [0, 1, 2, 3, 4]


def _failing_job(*, state) -> None:
    raise ValueError("a bug in a job")


def test_worker_errors_are_never_lost(qtbot) -> None:
    errors = []
    worker = workers.TaskWorker(_failing_job)
    worker.signals.errored.connect(errors.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        workers.pool().start(worker)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert isinstance(worker.error, ValueError)


def _slow_job(*, state) -> int:
    done = 0
    while done < 500:
        check_cancelled(state)
        time.sleep(0.01)
        done += 1
        state.set_partial_result(done)
    return done


def test_quit_cancels_and_await_workers_waits(qtbot) -> None:
    errors = []
    worker = workers.start_worker(_slow_job, connect={"errored": errors.append})
    qtbot.waitUntil(lambda: worker.is_running and worker.state is not None, timeout=2000)
    assert workers.await_workers(timeout=10)
    assert not worker.is_running
    assert isinstance(worker.error, Cancelled)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=2000)
    assert workers.active_workers() == []


def test_messages_are_recorded_when_not_interactive() -> None:
    messages.tell(None, "Title", "One sentence.")
    messages.answer = False
    assert messages.ask(None, "Q", "Stop?", yes="Stop", no="Keep") is False
    assert [m.kind for m in messages.history] == ["warning", "question"]


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_theme_override(qapp, choice) -> None:
    from PySide6.QtGui import QPalette

    from mms_studio.gui.theme import apply_theme

    dark = apply_theme(qapp, choice)
    assert dark is (choice == "dark")
    lightness = qapp.palette().color(QPalette.ColorRole.Window).lightness()
    assert (lightness < 100) is dark
    apply_theme(qapp, "light")


def test_icons_and_plots_follow_a_theme_switch(qtbot, qapp) -> None:
    from PySide6.QtGui import QColor

    from mms_studio.gui.icons import icon
    from mms_studio.gui.plots.waveform import WaveformView
    from mms_studio.gui.theme import apply_theme

    def ink() -> QColor:   # the colour at the centre of the "stop" square
        return icon("stop").pixmap(24, 24).toImage().pixelColor(12, 12)

    view = WaveformView()
    qtbot.addWidget(view)
    try:
        apply_theme(qapp, "light")
        light_ink, light_bg = ink().lightness(), view.backgroundBrush().color().lightness()
        apply_theme(qapp, "dark")
        qapp.processEvents()
        assert ink().lightness() > light_ink + 100          # dark glyph became light
        assert view.backgroundBrush().color().lightness() < light_bg - 100
    finally:
        apply_theme(qapp, "light")
