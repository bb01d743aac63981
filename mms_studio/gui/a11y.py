"""Accessibility helpers: names for screen readers, a reading-order Tab chain, fonts that scale.

Every interactive widget gets an accessible name and description (what a
screen reader says), Tab follows the order a page is read in, and larger
texts (a prompt, a page title) are sized relative to the application font,
so a user who raises the system font size sees every text grow, live.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


def describe(widget: QWidget, name: str, description: str) -> QWidget:
    """Set what a screen reader announces for `widget` (both texts already translated)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def chain_focus(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order (the reading order, where the layout differs)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def keep_keyboard(before: QWidget | None, target: QWidget) -> None:
    """The control that had the keyboard (`before`) was just disabled: hand it to `target`.

    Qt would move the focus to whatever comes next, or drop it; after Start the
    keyboard belongs on Stop, and after Stop back on Start.
    """
    if before is None or not isValid(before) or before.isEnabled():
        return
    if target.isEnabled() and target.isVisible():
        from PySide6.QtCore import Qt  # here: the `Qt` namespace costs ~15 ms to load

        target.setFocus(Qt.FocusReason.OtherFocusReason)


def scaled(base: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    """`base` made `factor` times larger, whether it is sized in points or in pixels."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold is not None:
        font.setBold(bold)
    return font


class _RelativeFont(QObject):
    """Keeps a widget's font `factor` times the application font, also after it changes.

    Qt leaves a widget's explicitly set font alone when the application font
    changes, so this follows `QGuiApplication.fontChanged` and sizes it again.
    """

    def __init__(self, widget: QWidget, factor: float, bold: bool | None) -> None:
        super().__init__(widget)
        self.widget, self.factor, self.bold = widget, factor, bold
        self.apply(QApplication.font(widget))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.apply)

    def apply(self, base: QFont) -> None:
        self.widget.setFont(scaled(base, self.factor, bold=self.bold))


def relative_font(widget: QWidget, factor: float, *, bold: bool | None = None) -> None:
    """Size `widget`'s text relative to the application font (never a fixed size)."""
    _RelativeFont(widget, factor, bold)
