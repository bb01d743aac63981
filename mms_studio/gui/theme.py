"""Light/dark palette that follows the system unless the user overrides it.

Qt 6.5+ reports the system colour scheme; on platforms where it is unknown we
stay light. Widgets and plots take colours from the palette (never hard-coded),
so one switch here restyles everything, icons included (`icons.py`).

Asking Qt for the system's scheme loads PySide6's whole `Qt` namespace (~15 ms of
enum classes), so start-up passes the scheme seen last time (`system_dark`) and
checks it after the first frame (`gui/app.py`, `bench/startup.py`).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


def system_is_dark(app: QApplication) -> bool:
    from PySide6.QtCore import Qt

    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 32), QColor(45, 45, 48), QColor(230, 230, 230)
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor(40, 40, 44),
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text, QPalette.ColorRole.Highlight: QColor(42, 130, 218),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(100, 170, 255),
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def apply_theme(app: QApplication, choice: str = "system", *,
                system_dark: bool | None = None) -> bool:
    """Apply `choice` ("system", "light" or "dark"); return True when the result is dark.

    system_dark: whether the system is dark, when the caller knows (None: ask Qt).
    """
    if choice == "system":
        dark = system_is_dark(app) if system_dark is None else system_dark
    else:
        dark = choice == "dark"
    if choice != "system":
        from PySide6.QtCore import Qt

        app.styleHints().setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    else:
        app.styleHints().unsetColorScheme()
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setProperty("mms_dark", dark)
    return dark


def is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()  # type: ignore[assignment]
    return bool(app and app.property("mms_dark"))
