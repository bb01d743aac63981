"""One crash dialog for unexpected errors: what happened, what was kept, where the log is.

Expected failures (`MMSStudioError`) are shown by the page that caused them;
only bugs reach here. The hook logs the traceback, then shows a single dialog
(further crashes while it is open, or more than `MAX_DIALOGS` in a session,
are only logged) so a failing timer cannot bury the user in windows.
Everything the user did is already on disk (the project store saves each
change at once and takes stream to disk), which the dialog says plainly.

The dialog speaks in sentences for people; the technical part (versions and
the traceback) is the bug report behind "Show Details…", which "Copy report"
puts on the clipboard to paste into a message.

Start-up installs the hook in two steps (`bench/startup.py`): before the first
frame `install_early_hook()` only logs (and prints) an uncaught exception and
keeps it; right after the frame `install_crash_hook()` builds the reporter,
which then shows the dialog for anything kept. Importing this module is cheap:
Qt's dialogs and its `Qt` namespace (~15 ms of enum classes) load with the
reporter, never before the frame.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from mms_studio.gui.shell.logs import log_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("mms_studio.crash")
MAX_DIALOGS = 3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def bug_report(kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> str:
    """What a user pastes into a bug report: the versions, then the traceback."""
    import platform

    from PySide6 import __version__ as pyside_version

    from mms_studio import __version__

    header = (f"MMS Studio {__version__} · Python {platform.python_version()} · "
              f"PySide6 {pyside_version} · {platform.system()} {platform.release()} "
              f"({platform.machine()})")
    return header + "\n\n" + "".join(traceback.format_exception(kind, value, tb))


class CrashReporter(QObject):
    """Receives crashes from any thread and shows them on the GUI thread."""

    crashed = Signal(str)   # the bug report (versions and traceback)

    def __init__(self) -> None:
        from PySide6.QtCore import Qt

        super().__init__()
        self.shown = 0
        self.dialog_open = False
        self.last_dialog: QMessageBox | None = None
        self.interactive = True   # tests set False: the dialog is built, not executed
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error:\n%s", text)
        self.crashed.emit(bug_report(kind, value, tb))

    @Slot(str)
    def _show(self, report: str) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if self.dialog_open or self.shown >= MAX_DIALOGS or QApplication.instance() is None:
            return
        self.shown += 1
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("MMS Studio hit a problem"),
                          self.tr("Something went wrong inside MMS Studio."))
        box.setObjectName("crashDialog")
        box.setInformativeText(self.tr(
            "Your recordings, transcripts and finished training runs are saved as you work, "
            "so nothing you completed has been lost. You can keep working, or restart the app "
            "to be safe.\n\nTo tell the developers, press Copy report and paste it into your "
            "message. The details are also in the log file:\n{path}").format(
                path=str(log_file())))
        box.setDetailedText(report)
        copy = box.addButton(self.tr("Copy report"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReport")
        open_log = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        open_log.setObjectName("openLogFolder")
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(lambda button: self._clicked(button.objectName(), report))
        self.last_dialog = box
        if not self.interactive:
            return
        self.dialog_open = True
        try:
            box.exec()
        finally:
            self.dialog_open = False
            box.deleteLater()
            self.last_dialog = None

    def _clicked(self, name: str, report: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices, QGuiApplication

        if name == "copyReport":
            QGuiApplication.clipboard().setText(report)
            log.info("crash report copied to the clipboard")
        elif name == "openLogFolder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


_reporter: CrashReporter | None = None
_kept: list[ExcInfo] = []   # crashes before the reporter existed, shown once it does


def _early_hook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    """Before the reporter exists: log the crash, print it as Python would, keep it."""
    if _reporter is not None:
        _reporter.report(kind, value, tb)
        return
    sys.__excepthook__(kind, value, tb)
    if issubclass(kind, KeyboardInterrupt):
        return
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    _kept.append((kind, value, tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    value = args.exc_value or args.exc_type()
    if _reporter is not None:
        _reporter.report(args.exc_type, value, args.exc_traceback)
    else:
        _early_hook(args.exc_type, value, args.exc_traceback)


def install_early_hook() -> None:
    """Log uncaught exceptions from the first line of start-up (no dialog yet; cheap)."""
    if _reporter is None:
        sys.excepthook = _early_hook
        threading.excepthook = _thread_hook


def install_crash_hook() -> CrashReporter:
    """Route uncaught exceptions (main thread and plain threads) to the crash dialog.

    A crash kept by the early hook is shown now (it is already in the log).
    """
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
        sys.excepthook = _reporter.report
        threading.excepthook = _thread_hook
        kept = list(_kept)
        _kept.clear()
        for kind, value, tb in kept:
            _reporter.crashed.emit(bug_report(kind, value, tb))
    return _reporter
