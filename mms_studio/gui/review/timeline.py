"""The long recording's waveform with one draggable region per segment.

Imported by the Review page when it is built (pyqtgraph is not loaded with the
window). The envelope is computed in core (`workflows.review.recording_overview`, in a
worker) and drawn here as is; pyqtgraph clips to the view and keeps peaks when
it downsamples, so an hour draws as fast as a minute. A region's colour says
its status and the selected one is outlined, but the table beside it says the
status in words too, so nothing rests on colour alone. Dragging an edge emits
`boundary_moved(index, start, end)`; the page turns that into an undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mms_studio.gui.plots.waveform import WaveformView

_STATUS_ALPHA = {"pending": 50, "accepted": 90, "rejected": 25}


class Timeline(WaveformView):
    boundary_moved = Signal(int, float, float)
    segment_clicked = Signal(int)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recording and its segments"))
        self.setAccessibleDescription(self.tr(
            "The waveform of the whole recording with one shaded region per segment; drag a "
            "region's edge to move it"))
        self.duration = 0.0
        self._items: list = []
        self._selected = -1

    def set_overview(self, x, y, duration: float) -> None:  # noqa: ANN001
        self.curve.setData(x, y)
        self.duration = duration
        self.setXRange(0, max(duration, 0.1), padding=0)

    def _brush(self, status: str, selected: bool) -> QColor:
        palette = QApplication.palette()
        role = QPalette.ColorRole.Highlight if status != "rejected" else QPalette.ColorRole.Mid
        colour = QColor(palette.color(role))
        colour.setAlpha(_STATUS_ALPHA.get(status, 50) + (60 if selected else 0))
        return colour

    def set_segments(self, segments, selected: int = -1) -> None:  # noqa: ANN001
        import pyqtgraph as pg  # loaded with the page, not with the window

        for item in self._items:
            self.removeItem(item)
        self._items = []
        self._selected = selected
        text = QApplication.palette().color(QPalette.ColorRole.Text)
        for index, seg in enumerate(segments):
            item = pg.LinearRegionItem((seg.start, seg.end), movable=True,
                                       brush=self._brush(seg.status, index == selected))
            if index == selected:
                for line in item.lines:
                    line.setPen(pg.mkPen(text, width=2))
            item.sigRegionChangeFinished.connect(
                lambda region, i=index: self._moved(i, region))
            self.addItem(item)
            self._items.append(item)

    def region_count(self) -> int:
        return len(self._items)

    def show_segment(self, start: float, end: float) -> None:
        """Scroll so the segment is in view with some context, keeping the zoom if it fits."""
        lo, hi = self.getViewBox().viewRange()[0]
        width = max(hi - lo, (end - start) * 1.5, 2.0)
        if start < lo or end > hi:
            centre = (start + end) / 2
            self.setXRange(max(0.0, centre - width / 2), centre + width / 2, padding=0)

    def _moved(self, index: int, region) -> None:  # noqa: ANN001
        start, end = region.getRegion()
        self.boundary_moved.emit(index, float(start), float(end))
