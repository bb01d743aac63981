"""The log file: where a user (or a helper on a forum) finds out what happened.

A rotating file in the platform's user log folder, Qt's own warnings routed
into the same log, and the `READY_LINE` written once the main window shows so
smoke tests and packaging checks can wait for it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

READY_LINE = "MMS Studio ready"
LOG_NAME = "mms-studio.log"
log = logging.getLogger("mms_studio")

_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The user log folder; MMS_STUDIO_LOG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("MMS_STUDIO_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("mms-studio", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(*, level: int = logging.INFO) -> Path:
    """Send the app's logging to the rotating log file (once per process); return its path."""
    global _handler
    path = log_file()
    if _handler is None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                        encoding="utf-8")
        _handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(_handler)
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)
        qInstallMessageHandler(_qt_message)
    return path


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
