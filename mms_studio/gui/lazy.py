"""A placeholder that builds an expensive widget (pyqtgraph plots) the first time it is needed.

pyqtgraph takes a quarter of a second to import; building plots lazily lets
the main window appear first (`bench/startup.py` tracks this).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyWidget(QWidget, Generic[W]):
    def __init__(self, factory: Callable[[], W], *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._widget: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(placeholder)
        self._layout.addWidget(self._placeholder)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def get(self) -> W:
        if self._widget is None:
            self._widget = self._factory()
            self._layout.removeWidget(self._placeholder)
            self._placeholder.deleteLater()
            self._layout.addWidget(self._widget)
        return self._widget
