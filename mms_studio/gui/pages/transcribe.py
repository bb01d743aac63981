"""Transcribe page (being built)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from mms_studio.gui.pages.base import Page


class TranscribePage(Page):
    title = "Transcribe"
    icon_name = "transcribe"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Transcribe")
        QVBoxLayout(self).addWidget(QLabel(self.tr("Transcription")))
