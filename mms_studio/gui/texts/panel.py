"""The Texts panel (on the Language page): add/remove texts, see the report, build the LM.

Each button is one core function (`core.workflows.lm`) in a worker, with progress and
Stop; the panel only lays out what comes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe

TEXT_FILTER = "Texts (*.txt *.eaf *.TextGrid *.textgrid);;All files (*)"


class TextsPanel(QGroupBox):
    def __init__(self, project, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Texts of the language (language model)"))
        self.project = project
        self.worker: workers.TaskWorker | None = None
        self.sources = QListWidget()
        self.add_button = QPushButton(self.tr("Add &texts…"))
        self.remove_button = QPushButton(self.tr("Remove text"))
        self.transcripts = QCheckBox(self.tr("Also learn from the project's transcripts"))
        self.leaks = QCheckBox(self.tr("Leave out sentences of dev and test clips"))
        self.hotwords = QLineEdit()
        self.hotwords.setPlaceholderText(self.tr("names and places the recogniser should "
                                                 "favour, separated by commas"))
        self.build_button = QPushButton(self.tr("Build language m&odel"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.progress = QProgressBar()
        self.progress.hide()              # shown only while a job runs (an empty bar reads as a field)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)

        buttons = QHBoxLayout()
        for w in (self.add_button, self.remove_button, self.build_button, self.stop_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sources, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.transcripts)
        layout.addWidget(self.leaks)
        hotwords_row = QHBoxLayout()   # a real label, as the Language page's fields have
        self.hotwords_label = QLabel(self.tr("Hot&words:"))
        self.hotwords_label.setBuddy(self.hotwords)
        hotwords_row.addWidget(self.hotwords_label)
        hotwords_row.addWidget(self.hotwords, 1)
        layout.addLayout(hotwords_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 2)
        describe(self.sources, self.tr("Texts"), self.tr("The texts the language model learns from"))
        describe(self.add_button, self.tr("Add texts"),
                 self.tr("Add plain-text, ELAN or TextGrid files of the language"))
        describe(self.remove_button, self.tr("Remove text"), self.tr("Remove the selected text"))
        describe(self.transcripts, self.tr("Use transcripts"),
                 self.tr("Learn from the training clips' transcripts too"))
        describe(self.leaks, self.tr("Leave out test sentences"),
                 self.tr("Sentences that are dev or test clip transcripts would flatter the "
                         "figures"))
        describe(self.hotwords, self.tr("Hotwords"), self.hotwords.placeholderText())
        describe(self.build_button, self.tr("Build language model"),
                 self.tr("Build the language model and tune it for the newest adapter"))
        describe(self.stop_button, self.tr("Stop"), self.tr("Stop building"))
        describe(self.progress, self.tr("Progress"), self.tr("How much of the build is done"))
        describe(self.report, self.tr("Report"),
                 self.tr("What the texts hold and what the adapter cannot spell"))
        chain_focus(self.sources, self.add_button, self.remove_button, self.build_button,
                    self.stop_button, self.transcripts, self.leaks, self.hotwords,
                    self.report)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.build_button.clicked.connect(self.build)
        self.stop_button.clicked.connect(self.stop)
        self.transcripts.toggled.connect(self._options_changed)
        self.leaks.toggled.connect(self._options_changed)
        self.hotwords.editingFinished.connect(self._hotwords_changed)
        self.refresh()

    # ---- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        from mms_studio.core.lm.errors import LanguageModelError
        from mms_studio.core.lm.store import project_lm
        from mms_studio.core.lm.texts import read_manifest

        try:
            manifest = read_manifest(self.project.root)
        except LanguageModelError as exc:
            self.status.setText(str(exc))
            return
        self.sources.clear()
        for source in manifest.sources:
            item = QListWidgetItem(self.tr("{name} — {sentences} sentences, {words} words").format(
                name=source.name, sentences=source.sentences, words=source.words))
            item.setData(256, source.id)
            self.sources.addItem(item)
        self.hotwords.setText(", ".join(manifest.hotwords))
        for box, value in ((self.transcripts, manifest.include_transcripts),
                           (self.leaks, manifest.leave_out_test_sentences)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        try:
            lm = project_lm(self.project, verify=False)
            self.status.setText(self.tr("Language model: {what}.").format(what=lm.describe())
                                if lm else self.tr("No language model yet."))
        except LanguageModelError as exc:
            self.status.setText(str(exc))
        self._update_buttons()

    def _running(self) -> bool:
        return self.worker is not None and self.worker.is_running

    def _update_buttons(self) -> None:
        running = self._running()
        for w in (self.add_button, self.build_button, self.transcripts, self.leaks):
            w.setEnabled(not running and not self.project.read_only)
        self.remove_button.setEnabled(not running and self.sources.currentItem() is not None)
        self.stop_button.setEnabled(running)

    def busy(self) -> str:
        return self.tr("building a language model") if self._running() else ""

    # ---- actions (one core function each) -------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add texts"), "", TEXT_FILTER)
        if paths:
            self.add_files(paths)

    def _start(self, fn, *args: Any, returned, **kwargs: Any) -> workers.TaskWorker:
        self.progress.setValue(0)
        self.progress.show()
        self.worker = workers.start_worker(
            fn, *args, name="texts", connect={
                "status": self.status.setText,
                "progress": lambda f, _eta: self.progress.setValue(int(f * 100)),
                "returned": returned, "errored": self._failed,
                "finished": self._finished}, **kwargs)
        self._update_buttons()
        return self.worker

    def add_files(self, paths: list[str]) -> workers.TaskWorker:
        from mms_studio.core.workflows.lm import add_texts

        return self._start(add_texts, self.project, paths, returned=self._added)

    def build(self) -> workers.TaskWorker:
        from mms_studio.core.workflows.lm import build_language_model

        return self._start(build_language_model, self.project, returned=self._built)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.quit()

    def remove_selected(self) -> None:
        from mms_studio.core.errors import MMSStudioError
        from mms_studio.core.workflows.lm import remove_text

        item = self.sources.currentItem()
        if item is None:
            return
        try:
            remove_text(self.project, item.data(256))
        except MMSStudioError as exc:
            self.status.setText(str(exc))
        self.refresh()

    def _options_changed(self) -> None:
        from mms_studio.core.lm.texts import set_text_options

        set_text_options(self.project, include_transcripts=self.transcripts.isChecked(),
                         leave_out_test_sentences=self.leaks.isChecked())

    def _hotwords_changed(self) -> None:
        from mms_studio.core.lm.texts import set_text_options

        words = [w.strip() for w in self.hotwords.text().split(",") if w.strip()]
        manifest = set_text_options(self.project, hotwords=words)
        self.hotwords.setText(", ".join(manifest.hotwords))

    def show_report(self) -> workers.TaskWorker:
        from mms_studio.core.workflows.lm import texts_report

        return self._start(texts_report, self.project,
                           returned=lambda r: self.report.setPlainText(r.to_text()))

    # ---- results -------------------------------------------------------------------------
    def _added(self, sources: list[Any]) -> None:
        self.refresh()
        self.status.setText(self.tr("{n} text(s) added; build the language model to use "
                                    "them.").format(n=len(sources)))
        self._report_next = True        # the report of what was added, once this job ends

    def _built(self, result: Any) -> None:
        self.report.setPlainText(result.to_text())
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))

    def _finished(self) -> None:
        self.progress.hide()
        self._update_buttons()
        if getattr(self, "_report_next", False):
            self._report_next = False
            self.show_report()
