"""Record page (being built)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from mms_studio.gui.pages.base import Page


class RecordPage(Page):
    title = "Record"
    icon_name = "microphone"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Record")
        QVBoxLayout(self).addWidget(QLabel(self.tr("Recording")))
