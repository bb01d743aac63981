"""One crash dialog for unexpected errors: what happened, what was kept, where the log is.

Expected failures (`MMSStudioError`) are shown by the page that caused them;
only bugs reach here. The hook logs the traceback, then shows a single dialog
(further crashes while it is open, or more than `MAX_DIALOGS` in a session,
are only logged) so a failing timer cannot bury the user in windows.
Everything the user did is already on disk (the project store saves each
change at once and takes stream to disk), which the dialog says plainly.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from mms_studio.gui.shell.logs import log_file

log = logging.getLogger("mms_studio.crash")
MAX_DIALOGS = 3


class CrashReporter(QObject):
    """Receives crashes from any thread and shows them on the GUI thread."""

    crashed = Signal(str)

    def __init__(self) -> None:
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
        self.crashed.emit(f"{kind.__name__}: {value}")

    @Slot(str)
    def _show(self, summary: str) -> None:
        if self.dialog_open or self.shown >= MAX_DIALOGS or QApplication.instance() is None:
            return
        self.shown += 1
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("MMS Studio hit a problem"),
                          self.tr("Something went wrong inside MMS Studio."))
        box.setInformativeText(self.tr(
            "Your recordings, transcripts and finished training runs are saved as you work, "
            "so nothing you completed has been lost. You can keep working, or restart the app "
            "to be safe.\n\nThe details are in the log file:\n{path}").format(path=str(log_file())))
        box.setDetailedText(summary)
        open_log = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.last_dialog = box
        if not self.interactive:
            return
        self.dialog_open = True
        try:
            box.exec()
            if box.clickedButton() is open_log:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))
        finally:
            self.dialog_open = False
            box.deleteLater()
            self.last_dialog = None


_reporter: CrashReporter | None = None


def install_crash_hook() -> CrashReporter:
    """Route uncaught exceptions (main thread and plain threads) to the crash dialog."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
        sys.excepthook = _reporter.report

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            if args.exc_type is SystemExit or _reporter is None:
                return
            _reporter.report(args.exc_type, args.exc_value or args.exc_type(),
                             args.exc_traceback)

        threading.excepthook = thread_hook
    return _reporter
