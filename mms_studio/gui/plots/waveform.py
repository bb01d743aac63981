"""A waveform view for one clip or recording, with a movable play cursor and word regions.

Long recordings are reduced to a min/max envelope (`envelope()`), and the
plot uses clip-to-view and peak downsampling, so an hour of audio draws as
fast as a sentence. Colours come from the palette so dark mode works.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

MAX_POINTS = 20_000


def envelope(samples: np.ndarray, *, max_points: int = MAX_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) where y alternates each bucket's min and max: the shape survives, points do not."""
    samples = np.asarray(samples, dtype=np.float32).reshape(-1)
    if len(samples) <= max_points:
        return np.arange(len(samples), dtype=np.float64), samples
    bucket = int(np.ceil(len(samples) / (max_points // 2)))
    usable = len(samples) // bucket * bucket
    blocks = samples[:usable].reshape(-1, bucket)
    y = np.empty(blocks.shape[0] * 2, dtype=np.float32)
    y[0::2], y[1::2] = blocks.min(axis=1), blocks.max(axis=1)
    x = np.repeat(np.arange(blocks.shape[0]) * bucket, 2).astype(np.float64)
    x[1::2] += bucket / 2
    return x, y


def adopt_menus(widget: pg.PlotWidget) -> None:
    """Parent pyqtgraph's context menus to `widget` so they die with it.

    pyqtgraph builds them without a Qt parent; they would outlive the page as
    stray top-level widgets (the GUI tests' leak guard catches exactly that).
    """
    item = widget.getPlotItem()
    for menu in (item.ctrlMenu, item.getViewBox().menu):
        if menu is not None and menu.parent() is None:
            menu.setParent(widget, Qt.WindowType.Popup)


class WaveformView(pg.PlotWidget):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent=parent)
        self.curve = self.plot([], [])
        self.curve.setClipToView(True)
        self.curve.setDownsampling(auto=True, method="peak")
        self.setMouseEnabled(x=True, y=False)
        self.setYRange(-1, 1)
        self.hideAxis("left")
        self.getAxis("bottom").setLabel(self.tr("seconds"))
        self.cursor = pg.InfiniteLine(pos=0, angle=90)
        self.addItem(self.cursor)
        self.cursor.hide()
        self.regions: list[pg.LinearRegionItem] = []
        self.samplerate = 16000
        self.setMinimumHeight(90)
        self.setAccessibleName(self.tr("Waveform"))
        self.setAccessibleDescription(self.tr("The shape of the sound over time, in seconds"))
        adopt_menus(self)
        self.apply_palette()
        self._styled = True

    def apply_palette(self) -> None:
        """Colours from the application palette (called again when the theme changes)."""
        palette = QApplication.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        self.curve.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Highlight), width=1))
        self.cursor.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Text), width=1))
        self.getAxis("bottom").setTextPen(palette.color(QPalette.ColorRole.Text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange) \
                and self.__dict__.get("_styled"):
            self.apply_palette()
        super().changeEvent(event)

    def set_audio(self, samples: np.ndarray, samplerate: int) -> None:
        self.samplerate = samplerate
        x, y = envelope(samples)
        self.curve.setData(x / samplerate, y)
        self.setXRange(0, max(len(samples) / samplerate, 0.1), padding=0)
        self.clear_regions()

    def clear_audio(self) -> None:
        self.curve.setData([], [])
        self.clear_regions()

    def point_count(self) -> int:
        data = self.curve.getData()[0]
        return 0 if data is None else len(data)

    def show_cursor(self, seconds: float | None) -> None:
        if seconds is None:
            self.cursor.hide()
        else:
            self.cursor.setPos(seconds)
            self.cursor.show()

    def highlight(self, start: float, end: float) -> None:
        self.clear_regions()
        region = pg.LinearRegionItem((start, end), movable=False)
        self.addItem(region)
        self.regions.append(region)

    def clear_regions(self) -> None:
        for region in self.regions:
            self.removeItem(region)
        self.regions.clear()
