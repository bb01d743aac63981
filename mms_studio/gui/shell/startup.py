"""Run start-up work right after a window's first frame instead of before it.

The window has to appear within 1.5x of a bare PySide6 window (`bench/startup.py`).
So before the first frame only what that frame shows is built (the window, its page
list and menu titles, theme, translations, a log kept in memory, a plain exception
hook); the rest — the log file, the crash dialog, the menus' actions and shortcuts,
following the system's light/dark switch, the project itself — runs from
`after_first_paint`, a few milliseconds after the frame, long before a person can
use a menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

FALLBACK_MS = 500   # no paint comes for a window started minimised: run the work anyway


class _AfterFirstPaint(QObject):
    """Watches one widget for its first Paint, then runs its callbacks in the order given."""

    def __init__(self, widget: QObject, fallback_ms: int) -> None:
        super().__init__(widget)            # dies with the widget, timers and all
        self._widget = widget
        self.callbacks: list[Callable[[], None]] = []
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not self._done and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # The frame is still being drawn (children paint after their parent, then it is
            # flushed to the screen): queue the work behind it and behind whatever else was
            # already waiting for the frame.
            QTimer.singleShot(0, self, self._queue)
        return False

    def _queue(self) -> None:
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._widget.__dict__.pop(_ATTRIBUTE, None)
        try:
            for callback in self.callbacks:
                callback()
        finally:
            self.deleteLater()


_ATTRIBUTE = "_mms_after_first_paint"   # the widget's watcher, while it waits


def after_first_paint(widget: QObject, callback: Callable[[], None], *,
                      fallback_ms: int = FALLBACK_MS) -> None:
    """Call `callback` once, right after `widget` first paints (or after `fallback_ms`).

    Callbacks for the same widget run in the order they were given. Watch a widget
    (a window), never the application: a Python filter on the application sees every
    event, and converting them loads dozens of PySide6 classes (~20 ms) before the frame.
    """
    watcher = widget.__dict__.get(_ATTRIBUTE)
    if watcher is None:
        watcher = widget.__dict__[_ATTRIBUTE] = _AfterFirstPaint(widget, fallback_ms)
    watcher.callbacks.append(callback)
