"""The input level meter: a bar in dBFS plus a clipping warning in words and an icon."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from mms_studio.gui.a11y import describe

FLOOR_DB = -60.0
CLIP_LEVEL = 0.999
CLIP_HOLD_S = 1.5     # keep the warning visible long enough to be read


def peak_to_db(peak: float) -> float:
    return FLOOR_DB if peak <= 10 ** (FLOOR_DB / 20) else max(FLOOR_DB, 20 * math.log10(peak))


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setFormat(self.tr("silence"))
        description = self.tr("The microphone's loudness in decibels; a warning in words "
                              "shows when it is too loud")
        describe(self, self.tr("Input level"), description)
        describe(self.bar, self.tr("Input level"), description)
        self.clip_label = QLabel()
        self.clip_label.setObjectName("clippingIndicator")
        self.clip_label.setMinimumWidth(self.clip_label.fontMetrics().averageCharWidth() * 16)
        self._clip_until = 0.0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.clip_label)
        self.set_peak(0.0)

    @property
    def clipping(self) -> bool:
        return time.monotonic() < self._clip_until

    def set_unavailable(self, text: str) -> None:
        """No microphone: say so in the bar instead of a level that looks like quiet."""
        self.bar.setValue(0)
        self.bar.setFormat(text)
        self.clip_label.setText("")
        self.bar.setEnabled(False)

    def set_peak(self, peak: float) -> None:
        self.bar.setEnabled(True)
        db = peak_to_db(peak)
        self.bar.setValue(int((db - FLOOR_DB) / -FLOOR_DB * 1000))
        self.bar.setFormat(self.tr("silence") if db <= FLOOR_DB else f"{db:.0f} dB")
        if peak >= CLIP_LEVEL:
            self._clip_until = time.monotonic() + CLIP_HOLD_S
        self.clip_label.setText(self.tr("⚠ Too loud!") if self.clipping else self.tr("level ok")
                                if db > -40 else self.tr("quiet"))
        self.clip_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
