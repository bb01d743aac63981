"""The table of a project's adapters on the Train page: dev error rates beside the base
model's own output (its adapter on MMS), newest first, figures in the interface's locale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from mms_studio.gui.a11y import describe

if TYPE_CHECKING:
    from mms_studio.core.workflows.library import LibraryEntry


def percent(value: float | None) -> str:
    """A rate as a percentage in the interface's locale ("12,5 %" in French); "—" for none."""
    return "—" if value is None else QLocale().toString(100 * float(value), "f", 1) + " %"


class AdapterTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 5)
        describe(self, self.tr("Adapter library"), self.tr(
            "The adapters trained in this project with their error rates on the dev clips"))
        self.setHorizontalHeaderLabels([
            self.tr("Adapter"), self.tr("Dev CER"), self.tr("Dev WER"),
            self.tr("Base model's CER"), self.tr("Steps")])
        self.horizontalHeaderItem(3).setToolTip(self.tr(
            "The same dev clips transcribed by the base model on its own: its adapter for this "
            "language (MMS), or its own output, zero-shot (Omnilingual); — when it has none"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)    # Tab leaves the table; arrows move in it
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_entries(self, entries: Sequence[LibraryEntry]) -> None:
        self.setRowCount(0)
        for entry in entries:
            row = self.rowCount()
            self.insertRow(row)
            base_cer = entry.baseline.cer if entry.baseline is not None else None
            values = (entry.name, percent(entry.cer), percent(entry.wer), percent(base_cer),
                      QLocale().toString(entry.steps) if entry.steps is not None else "")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(entry.path))
                self.setItem(row, col, item)
