"""What every page of the main window shares: the project, the window's services, shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from mms_studio.gui.main_window import MainWindow


@dataclass(frozen=True)
class Shortcut:
    keys: str          # as QKeySequence.toString(NativeText) would show it
    description: str


class Page(QWidget):
    """A page: built once per open project; `shown()` runs each time it comes to the front."""

    title = "Page"
    icon_name = "dataset"

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.project = window.project

    def shown(self) -> None:
        """The page came to the front; refresh what may have changed elsewhere."""

    def hidden(self) -> None:
        """Another page came to the front (release what only this page needs, e.g. the mic)."""

    def shortcuts(self) -> list[Shortcut]:
        return []

    def focus_widget(self) -> QWidget | None:
        """Where the keyboard lands when the page comes to the front (None: the first control)."""
        return None

    def take_focus(self) -> None:
        """Put the keyboard on this page (after a page shortcut), so keys act here at once."""
        target = self.focus_widget()
        if target is not None and target.isEnabled() and target.isVisibleTo(self):
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.focusNextChild()

    def busy(self) -> str:
        """What this page is doing that closing would stop ('' when idle)."""
        return ""

    def shutdown(self) -> None:
        """The window is closing: stop streams and timers (jobs are awaited by the window)."""
