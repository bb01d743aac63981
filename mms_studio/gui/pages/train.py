"""Train page (being built)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from mms_studio.gui.pages.base import Page


class TrainPage(Page):
    title = "Train"
    icon_name = "train"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Train")
        QVBoxLayout(self).addWidget(QLabel(self.tr("Training")))
