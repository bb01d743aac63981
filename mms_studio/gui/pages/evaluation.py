"""The Evaluation page: for one adapter, every dev/test clip with its reference and hypotheses.

Greedy, language-model and (when the base model has the project's language, and always on
an Omnilingual base, whose own output takes no language) the base model's zero-shot
hypotheses, each as a character-level diff against the reference;
the table sorts by error; a clip plays; one button opens a badly recognised clip on the
Dataset page to check its transcript. The work is one core function
(`core.workflows.lm.compare_decoders`) in a worker; this page only lays it out.
"""

from __future__ import annotations

import difflib
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe
from mms_studio.gui.adapter_table import percent
from mms_studio.gui.pages.base import Page

COLUMNS = ("clip", "speaker", "greedy CER", "LM CER", "base CER")


class _NumberItem(QTableWidgetItem):
    """Sorts by its number, shows a percentage (an empty cell sorts last)."""

    def __init__(self, value: float | None) -> None:
        super().__init__("" if value is None else percent(value))
        self.value = float("inf") if value is None else value

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", float("inf"))


def char_diff_html(reference: str, hypothesis: str) -> str:
    """The hypothesis with wrong characters marked (red: inserted/substituted, struck: missed)."""
    out = []
    matcher = difflib.SequenceMatcher(a=reference, b=hypothesis, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape(hypothesis[b0:b1]))
            continue
        if a1 > a0:
            out.append(f'<s style="color:#888">{html.escape(reference[a0:a1])}</s>')
        if b1 > b0:
            out.append(f'<b style="color:#c0392b">{html.escape(hypothesis[b0:b1])}</b>')
    return "".join(out)


class EvaluationPage(Page):
    title = "Evaluation"
    icon_name = "train"

    def __init__(self, window) -> None:
        super().__init__(window)
        self.rows: list[Any] = []
        self.worker: workers.TaskWorker | None = None
        self._player = None

        self.adapter = QComboBox()
        self.split = QComboBox()
        self.split.addItem(self.tr("Test clips"), "test")
        self.split.addItem(self.tr("Dev clips"), "dev")
        self.run_button = QPushButton(self.tr("Eval&uate"))
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.status = QLabel(self.tr("Choose an adapter and press Evaluate."))
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Clip"), self.tr("Speaker"),
                                              self.tr("Greedy CER"), self.tr("LM CER"),
                                              self.tr("Base model CER")])
        self.table.horizontalHeaderItem(4).setToolTip(self.tr(
            "What the base model writes without training on your recordings: its own adapter "
            "for the project's language (MMS), or its own output, the same for every language "
            "(Omnilingual)."))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.play_button = QPushButton(self.tr("&Play clip"))
        self.check_button = QPushButton(self.tr("Check in &Dataset"))
        self.speakers = QTableWidget(0, 4)
        self.speakers.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Clips"),
                                                 self.tr("WER (greedy → LM)"),
                                                 self.tr("CER (greedy → LM)")])
        self.speakers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.speakers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Adapter:")), self.adapter, self.split, self.run_button,
                       self.cancel_button):
            top.addWidget(widget)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.speakers, 1)

        describe(self.adapter, self.tr("Adapter"), self.tr("The trained adapter to evaluate"))
        describe(self.split, self.tr("Clips"), self.tr("Evaluate on the test or the dev clips"))
        describe(self.run_button, self.tr("Evaluate"),
                 self.tr("Transcribe every clip with and without the language model"))
        describe(self.cancel_button, self.tr("Stop"), self.tr("Stop the evaluation"))
        describe(self.progress, self.tr("Evaluation progress"),
                 self.tr("How much of the evaluation is done"))
        describe(self.table, self.tr("Clips"),
                 self.tr("Each clip's character error rate; click a header to sort"))
        describe(self.detail, self.tr("Differences"),
                 self.tr("The reference and each hypothesis, wrong characters marked"))
        describe(self.play_button, self.tr("Play clip"), self.tr("Play the selected clip"))
        describe(self.check_button, self.tr("Check in Dataset"),
                 self.tr("Open the selected clip on the Dataset page to check its transcript"))
        describe(self.speakers, self.tr("Speakers"), self.tr("Error rates per speaker"))
        chain_focus(self.adapter, self.split, self.run_button, self.cancel_button, self.table,
                    self.detail, self.play_button, self.check_button, self.speakers)

        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.play_button.clicked.connect(self.play_selected)
        self.check_button.clicked.connect(self.check_selected)
        self._update_buttons()

    # ---- page ----------------------------------------------------------------------------
    def shown(self) -> None:
        from mms_studio.core.engine.library import list_adapters

        current = self.adapter.currentData()
        self.adapter.clear()
        for info in list_adapters(self.project.adapters_dir):
            self.adapter.addItem(info.name, info.name)
        if current is not None and self.adapter.findData(current) >= 0:
            self.adapter.setCurrentIndex(self.adapter.findData(current))
        self._update_buttons()

    def focus_widget(self):
        return self.run_button

    def busy(self) -> str:
        return self.tr("an evaluation") if self.worker is not None and self.worker.is_running \
            else ""

    # ---- evaluation ------------------------------------------------------------------------
    def start(self) -> workers.TaskWorker | None:
        from mms_studio.core.workflows.lm import compare_decoders

        if self.adapter.currentData() is None or (self.worker is not None
                                                  and self.worker.is_running):
            return None
        self.table.setRowCount(0)
        self.progress.setValue(0)
        self.worker = workers.start_worker(
            compare_decoders, self.project, adapter=self.adapter.currentData(),
            split=self.split.currentData(), baseline="auto", name="evaluate",
            connect={"status": self.status.setText,
                     "progress": lambda f, _eta: self.progress.setValue(int(f * 100)),
                     "returned": self.show_rows, "errored": self._failed,
                     "finished": self._update_buttons})
        self._update_buttons()
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.quit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))

    def _update_buttons(self) -> None:
        running = self.worker is not None and self.worker.is_running
        self.run_button.setEnabled(not running and self.adapter.count() > 0)
        self.cancel_button.setEnabled(running)
        has_row = bool(self.table.selectedItems())
        self.play_button.setEnabled(has_row)
        self.check_button.setEnabled(has_row)

    def show_rows(self, rows: list[Any]) -> None:
        from mms_studio.core.workflows.lm import clip_error, hypotheses_figures

        self.rows = list(rows)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            clip = QTableWidgetItem(row.id)
            clip.setData(Qt.ItemDataRole.UserRole, i)
            self.table.setItem(i, 0, clip)
            self.table.setItem(i, 1, QTableWidgetItem(row.speaker or ""))
            self.table.setItem(i, 2, _NumberItem(clip_error(row.reference, row.greedy)))
            self.table.setItem(i, 3, _NumberItem(None if row.lm is None
                                                 else clip_error(row.reference, row.lm)))
            self.table.setItem(i, 4, _NumberItem(None if row.base is None
                                                 else clip_error(row.reference, row.base)))
        self.table.setSortingEnabled(True)
        self.table.sortItems(3 if any(r.lm is not None for r in self.rows) else 2,
                             Qt.SortOrder.DescendingOrder)
        figures = hypotheses_figures(self.rows)
        self.summary.setText(self._figures_text(figures["all"]))
        self.speakers.setRowCount(len(figures["speakers"]))
        for i, (speaker, f) in enumerate(figures["speakers"].items()):
            lm = f.get("lm", f["greedy"])
            values = (speaker or self.tr("(unknown)"), str(f["clips"]),
                      percent(f['greedy']['wer']) + " → " + percent(lm['wer']),
                      percent(f['greedy']['cer']) + " → " + percent(lm['cer']))
            for j, value in enumerate(values):
                self.speakers.setItem(i, j, QTableWidgetItem(value))
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _figures_text(self, f: dict[str, Any]) -> str:
        parts = [self.tr("{n} clips. Greedy: WER {wer}, CER {cer}.").format(
            n=f["clips"], wer=percent(f['greedy']['wer']), cer=percent(f['greedy']['cer']))]
        if "lm" in f:
            parts.append(self.tr("With the language model: WER {wer}, CER {cer}.").format(
                wer=percent(f['lm']['wer']), cer=percent(f['lm']['cer'])))
        if "base" in f:
            parts.append(self.tr("Base model, no training: WER {wer}, CER {cer}.").format(
                wer=percent(f['base']['wer']), cer=percent(f['base']['cer'])))
        return " ".join(parts)

    # ---- selection -------------------------------------------------------------------------
    def selected_row(self) -> Any | None:
        items = self.table.selectedItems()
        if not items:
            return None
        index = self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return self.rows[int(index)]

    def _show_selected(self) -> None:
        row = self.selected_row()
        self._update_buttons()
        if row is None:
            self.detail.clear()
            return
        labels = (self.tr("Reference"), self.tr("Greedy"), self.tr("Language model"),
                  self.tr("Base model"))
        lines = [f"<p><b>{labels[0]}:</b> {html.escape(row.reference)}</p>",
                 f"<p><b>{labels[1]}:</b> {char_diff_html(row.reference, row.greedy)}</p>"]
        if row.lm is not None:
            lines.append(f"<p><b>{labels[2]}:</b> {char_diff_html(row.reference, row.lm)}</p>")
        if row.base is not None:
            lines.append(f"<p><b>{labels[3]}:</b> {char_diff_html(row.reference, row.base)}</p>")
        self.detail.setHtml("".join(lines))

    def play_selected(self) -> None:
        from mms_studio.core.audio import load
        from mms_studio.core.audio.devices import AudioDeviceError, Player

        row = self.selected_row()
        if row is None:
            return
        if self._player is None:
            self._player = Player()
        try:
            self._player.play(load(row.path), 16000)
        except AudioDeviceError as exc:
            self.status.setText(str(exc))

    def check_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        page = self.window_.go_to("dataset")
        if not page.select_clip(row.id):  # type: ignore[attr-defined]
            self.status.setText(self.tr("That clip is no longer in the dataset."))

    def shutdown(self) -> None:
        if self._player is not None:
            self._player.stop()
