"""The log file: where a user (or a helper on a forum) finds out what happened.

A rotating file in the platform's user log folder, Qt's own warnings routed
into the same log, and the `READY_LINE` written once the main window shows so
smoke tests and packaging checks can wait for it.

Start-up is in two steps so the window appears at once (`bench/startup.py`):
`start_early_logging()` runs before the first frame and only keeps records in
memory (it needs nothing beyond `logging`); `setup_logging()` runs right after
the first frame, opens the rotating file (`logging.handlers` pulls in sockets,
pickle and queues, ~8 ms) and writes the kept records first, in order, with
their own times. If the process ends before that, an exit hook still writes
them, so nothing logged from the first line on is lost.
"""

from __future__ import annotations

import atexit
import logging
import os
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

READY_LINE = "MMS Studio ready"
LOG_NAME = "mms-studio.log"
EARLY_LIMIT = 10_000   # records kept before the file opens (a loop logging at start-up)
log = logging.getLogger("mms_studio")

_handler: logging.Handler | None = None
_early: _EarlyRecords | None = None


class _EarlyRecords(logging.Handler):
    """Keeps the records logged before the log file is open, for `setup_logging` to write."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < EARLY_LIMIT:
            self.records.append(record)
        else:
            self.dropped += 1


def log_dir() -> Path:
    """The user log folder; MMS_STUDIO_LOG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("MMS_STUDIO_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("mms-studio", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def _set_level(root: logging.Logger, level: int) -> None:
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)


def start_early_logging(*, level: int = logging.INFO) -> None:
    """Keep every record from now on in memory until `setup_logging` opens the file.

    Cheap enough for the first line of start-up; a no-op once the file is open.
    """
    global _early
    if _handler is not None or _early is not None:
        return
    _early = _EarlyRecords()
    root = logging.getLogger()
    root.addHandler(_early)
    _set_level(root, level)
    qInstallMessageHandler(_qt_message)
    atexit.register(_write_early_at_exit)


def setup_logging(*, level: int = logging.INFO) -> Path:
    """Send the app's logging to the rotating log file (once per process); return its path.

    Records kept by `start_early_logging` are written first, in the order they came.
    """
    global _handler, _early
    path = log_file()
    if _handler is None:
        from logging.handlers import RotatingFileHandler

        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        early, _early = _early, None
        if early is not None:
            root.removeHandler(early)
            for record in early.records:
                if record.levelno >= handler.level:
                    handler.handle(record)
            if early.dropped:
                handler.handle(logging.makeLogRecord({
                    "name": "mms_studio", "levelno": logging.WARNING, "levelname": "WARNING",
                    "msg": "%d start-up log records were dropped (more than %d)",
                    "args": (early.dropped, EARLY_LIMIT)}))
        root.addHandler(handler)
        _handler = handler
        _set_level(root, level)
        qInstallMessageHandler(_qt_message)
    return path


def _write_early_at_exit() -> None:
    """The process ends before the log file was opened: write what was kept."""
    if _early is not None and _early.records:
        try:
            setup_logging()
            if _handler is not None:
                _handler.flush()
        except OSError:   # an unwritable log folder must not turn an exit into a traceback
            pass


def logging_to_file() -> bool:
    """True once the log file is open (start-up's second step has run)."""
    return _handler is not None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("mms_studio.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def log_ready() -> None:
    log.info(READY_LINE)
    if _handler is not None:
        _handler.flush()
