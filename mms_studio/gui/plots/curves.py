"""Live training curves: loss, and WER/CER on the dev clips, against the training step.

Metrics rows arrive from the worker at any rate; `add_row` only stores them
and marks the plot dirty, and a timer redraws at most every `REDRAW_MS`, so a
fast GPU run cannot flood the GUI thread. Colours come from the palette;
each curve also has a legend entry and a distinct line style (never colour
alone). The legend sits below the plot, outside the data, so it never hides a
point; the axes start at step 0 and at 0 (a loss or an error rate is never
negative), and each new run starts from fresh, automatic axes.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from mms_studio.core.engine.run_log import EvalRow, TrainStep
from mms_studio.gui.plots.waveform import adopt_menus

REDRAW_MS = 250


class TrainingCurves(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accent = QApplication.palette().color(QPalette.ColorRole.Highlight)
        self.loss_plot = pg.PlotWidget()
        self.rate_plot = pg.PlotWidget()
        self.titles = {self.loss_plot: self.tr("Loss (lower is better)"),
                       self.rate_plot: self.tr("Error rates on dev clips (%)")}
        self.setAccessibleName(self.tr("Training curves"))
        self.setAccessibleDescription(self.tr(
            "Loss and error rates by training step; the training log beside it has the same "
            "numbers in words"))
        for plot, title in self.titles.items():
            plot.setAccessibleName(title)
            plot.setAccessibleDescription(self.accessibleDescription())
        self.legends: dict[Any, pg.LegendItem] = {}
        for plot in self.titles:
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.getAxis("bottom").setLabel(self.tr("step"))
            # Steps, losses and rates are never negative: with one point, automatic ranging
            # would centre it and draw a negative step axis. At least 10 steps show, so a
            # first point sits inside the plot, not on its edge.
            plot.setLimits(xMin=0, yMin=0, minXRange=10)
            # The legend in its own row below the axis, not over the data.
            legend = pg.LegendItem(colCount=2)
            plot.getPlotItem().layout.addItem(legend, 4, 1)
            plot.getPlotItem().legend = legend      # where pyqtgraph looks for a plot's legend
            self.legends[plot] = legend
            adopt_menus(plot)
        orange = QColor(230, 140, 20)
        self.train_loss = self.loss_plot.plot([], [], pen=pg.mkPen(accent, width=2))
        self.dev_loss = self.loss_plot.plot([], [], symbol="o", symbolSize=6,
                                            pen=pg.mkPen(orange, width=2,
                                                         style=Qt.PenStyle.DashLine))
        self.wer = self.rate_plot.plot([], [], symbol="s", symbolSize=6,
                                       pen=pg.mkPen(accent, width=2))
        self.cer = self.rate_plot.plot([], [], symbol="t", symbolSize=6,
                                       pen=pg.mkPen(orange, width=2, style=Qt.PenStyle.DashLine))
        for plot, curve, name in ((self.loss_plot, self.train_loss, self.tr("training")),
                                  (self.loss_plot, self.dev_loss, self.tr("dev")),
                                  (self.rate_plot, self.wer, self.tr("WER (words)")),
                                  (self.rate_plot, self.cer, self.tr("CER (characters)"))):
            self.legends[plot].addItem(curve, name)
        for curve in (self.train_loss,):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_plot)
        layout.addWidget(self.rate_plot)
        self.rows: list[TrainStep | EvalRow] = []
        self.redraws = 0
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()
        self.setMinimumHeight(220)
        self.apply_palette()
        self._styled = True

    def apply_palette(self) -> None:
        """Background and text from the palette (again when the theme changes)."""
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorRole.Text)
        for plot, title in self.titles.items():
            plot.setBackground(palette.color(QPalette.ColorRole.Base))
            plot.setTitle(title, color=text.name())
            for axis in ("bottom", "left"):
                plot.getAxis(axis).setTextPen(text)
            legend = self.legends[plot]
            legend.setLabelTextColor(text)
            for _sample, label in legend.items:   # the colour shows once the text is redrawn
                label.setText(label.text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange) \
                and self.__dict__.get("_styled"):
            self.apply_palette()
        super().changeEvent(event)

    def clear(self) -> None:
        """Empty curves and automatic axes again (a zoom or the last run's range is dropped)."""
        self.rows.clear()
        self._dirty = True
        self.redraw()
        for plot in self.titles:
            # Back to a small range first: the training curve only reports the points in
            # view (clip to view), so from a far zoom automatic ranging would find nothing.
            plot.getViewBox().setRange(xRange=(0, 10), yRange=(0, 1), padding=0)
            plot.enableAutoRange()

    def add_row(self, row: object) -> None:
        if isinstance(row, TrainStep | EvalRow):
            self.rows.append(row)
            self._dirty = True

    def redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.redraws += 1
        train = [r for r in self.rows if isinstance(r, TrainStep)]
        dev = [r for r in self.rows if isinstance(r, EvalRow)]
        self.train_loss.setData([r.step for r in train], [r.loss for r in train])
        self.dev_loss.setData([r.step for r in dev], [r.loss for r in dev])
        self.wer.setData([r.step for r in dev], [100 * r.wer for r in dev])
        self.cer.setData([r.step for r in dev], [100 * r.cer for r in dev])

    def points(self) -> dict[str, int]:
        return {name: len(curve.getData()[0] if curve.getData()[0] is not None else [])
                for name, curve in (("train_loss", self.train_loss), ("dev_loss", self.dev_loss),
                                    ("wer", self.wer), ("cer", self.cer))}
