"""Transcribe and correct: audio in, a transcript out, corrections back into the dataset.

Words are shaded by the model's confidence — and low-confidence words are
also underlined and listed first, so state never rests on colour alone.
Clicking a word or a segment plays it. Corrected segments go into the
dataset in one action (the correct-and-retrain loop), and the transcript
exports through the formats the writer registry offers. Recording here goes
through the same `core.recording.controller.TakeController` as the Record page.

The module is longer than most because the word view, the segment table and
its corrections all show one transcript; they are kept side by side so a
change to one (an edit, an added clip) visibly updates the others.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.audio.devices import AudioDeviceError, Player
from mms_studio.core.durations import format_duration
from mms_studio.core.errors import Cancelled, MMSStudioError
from mms_studio.core.project.layout import to_transcribe_dir
from mms_studio.core.recording.controller import Take, TakeController
from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe, keep_keyboard, relative_font
from mms_studio.gui.core_messages import translate_error, translate_status
from mms_studio.gui.icons import icon
from mms_studio.gui.pages.base import Page, Shortcut
from mms_studio.gui.shell import messages
from mms_studio.gui.sound_notice import PLAY, RECORD, SoundNotice

log = logging.getLogger(__name__)
LOW_CONFIDENCE = 0.6
COL_ADD, COL_CONF, COL_TIME, COL_TEXT = range(4)


def _clock(seconds: float) -> str:
    """A time in the recording to the tenth: 0:03.2 (hours appear past an hour)."""
    return format_duration(seconds, decimals=1)


class TranscribePage(Page):
    title = "Transcribe"
    icon_name = "transcribe"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        from mms_studio.core.workflows import library, transcription

        self.library, self.transcription = library, transcription
        self.title = self.tr("Transcribe")
        self.setAcceptDrops(True)
        self.audio_path: Path | None = None
        self.samples: Any = None
        self.result: Any = None
        self.worker: workers.TaskWorker | None = None
        self._player: Player | None = None
        self.takes = TakeController()     # the same take controller as the Record page
        self.sound = SoundNotice(RECORD, PLAY)
        self._take_timer = QTimer(self)
        self._take_timer.setInterval(50)
        self._take_timer.timeout.connect(self._poll_take)

        self.open_button = QPushButton(icon("folder-open"), self.tr("&Open audio…"))
        self.open_button.clicked.connect(lambda: self.open_audio())
        describe(self.open_button, self.tr("Open audio"),
                 self.tr("Choose a recording to transcribe"))
        self.record_button = QPushButton(icon("record"), self.tr("&Record"))
        self.record_button.setToolTip(self.tr("Record something to transcribe"))
        describe(self.record_button, self.tr("Record"), self.record_button.toolTip())
        self.record_button.clicked.connect(self.toggle_record)
        self.adapter = QComboBox()
        describe(self.adapter, self.tr("Adapter"),
                 self.tr("The trained adapter that writes the transcript"))
        self.adapter.setMinimumWidth(self.adapter.fontMetrics().averageCharWidth() * 28)
        self.transcribe_button = QPushButton(icon("transcribe"), self.tr("&Transcribe"))
        self.transcribe_button.clicked.connect(lambda: self.start())
        describe(self.transcribe_button, self.tr("Transcribe"),
                 self.tr("Write a transcript of the recording with the chosen adapter"))
        self.cancel_button = QPushButton(icon("cancel"), self.tr("&Stop"))
        self.cancel_button.clicked.connect(self.cancel)
        describe(self.cancel_button, self.tr("Stop"), self.tr(
            "Stop transcribing; the segments already done are kept"))
        adapter_label = QLabel(self.tr("A&dapter:"))
        adapter_label.setBuddy(self.adapter)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.record_button)
        top.addWidget(adapter_label)
        top.addWidget(self.adapter, 1)
        top.addWidget(self.transcribe_button)
        top.addWidget(self.cancel_button)

        self.file_label = QLabel(self.tr("Drop a recording here, open one, or record."))
        self.file_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        describe(self.view, self.tr("Transcript"), self.tr(
            "The transcript word by word; words the model is unsure of are underlined and "
            "shaded. Tab moves between words, Enter plays the word."))
        self.view.anchorClicked.connect(self._word_clicked)
        relative_font(self.view, 1.35)
        self.legend = QLabel(self.tr("Shaded and underlined words are the ones the model is "
                                     "least sure of. Click a word to hear it."))
        self.legend.setWordWrap(True)

        self.segments = QTableWidget(0, 4)
        describe(self.segments, self.tr("Segments, least confident first"), self.tr(
            "Each segment with its confidence in words; F2 corrects the text, Space ticks Add, "
            "Ctrl+Space plays the segment."))
        self.segments.setHorizontalHeaderLabels([self.tr("Add"), self.tr("Confidence"),
                                                 self.tr("Time"), self.tr("Text (edit to correct)")])
        header = self.segments.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.segments.verticalHeader().hide()
        self.segments.setTabKeyNavigation(False)    # Tab leaves the table; arrows move in it
        self.segments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.segments.itemChanged.connect(self._segment_edited)
        self.segments.cellDoubleClicked.connect(lambda row, col: col != COL_TEXT and
                                                self.play_segment(row))

        self.add_button = QPushButton(icon("accept"), self.tr("&Add checked segments to the "
                                                              "dataset"))
        self.add_button.setToolTip(self.tr("Corrected segments become training clips; train "
                                           "again to improve the recogniser"))
        self.add_button.clicked.connect(self.add_to_dataset)
        describe(self.add_button, self.tr("Add checked segments to the dataset"),
                 self.add_button.toolTip())
        self.export_row = QHBoxLayout()
        self.export_row.addWidget(QLabel(self.tr("Export:")))
        self.export_buttons: dict[str, QPushButton] = {}
        self._build_export_buttons()
        self.export_row.addStretch(1)
        self.export_row.addWidget(self.add_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.segments, 1)
        lower_layout.addLayout(self.export_row)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)

        self.sound.guard(self.record_button, RECORD)
        self.sound.changed.connect(self._sound_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sound)
        layout.addLayout(top)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        describe(self.progress, self.tr("Transcription progress"),
                 self.tr("How much of the recording is transcribed"))
        chain_focus(self.open_button, self.record_button, self.adapter, self.transcribe_button,
                    self.cancel_button, self.view, self.segments,
                    *self.export_buttons.values(), self.add_button)
        play = QShortcut(QKeySequence("Ctrl+Space"), self)
        play.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        play.activated.connect(self.play_current_segment)
        self.refresh_adapters()
        self._update_buttons()

    # ---- page API ------------------------------------------------------------------------
    def shown(self) -> None:
        self.refresh_adapters()
        if not self.takes.recording:
            self.sound.refresh()

    def busy(self) -> str:
        if self.worker is not None and self.worker.is_running:
            return self.tr("transcribing")
        return self.tr("recording") if self.takes.recording else ""

    def shortcuts(self) -> list[Shortcut]:
        return [Shortcut(self.tr("Click a word"), self.tr("hear that word")),
                Shortcut(self.tr("Double-click a segment"), self.tr("hear that segment")),
                Shortcut("Ctrl+Space", self.tr("hear the selected segment"))]

    def focus_widget(self) -> QWidget | None:
        return self.segments if self.result is not None else self.open_button

    def shutdown(self) -> None:
        self._take_timer.stop()
        self.takes.shutdown()
        if self._player is not None:
            self._player.stop()
        self.transcription.release_models()

    def refresh_adapters(self) -> None:
        current = self.adapter.currentData()
        self.adapter.clear()
        try:
            adapters = self.library.list_library(self.project)
        except MMSStudioError:
            adapters = []
        for entry in adapters:
            self.adapter.addItem(entry.name, entry.name)
        # Worded by the base's family in core: MMS's own adapter for the language, or an
        # Omnilingual base's own output (zero-shot).
        self.adapter.addItem(translate_status(self.transcription.base_output_choice(self.project)),
                             "")
        index = self.adapter.findData(current) if current is not None else -1
        self.adapter.setCurrentIndex(max(index, 0))

    def _build_export_buttons(self) -> None:
        from mms_studio.core.formats.writers import WRITERS

        for name in WRITERS:
            button = QPushButton(icon("export"), name)
            button.setToolTip(self.tr("Save the transcript as {format}").format(format=name))
            describe(button, self.tr("Export as {format}").format(format=name), button.toolTip())
            button.clicked.connect(lambda _=False, n=name: self.export(n))
            self.export_buttons[name] = button
            self.export_row.addWidget(button)

    # ---- audio in ------------------------------------------------------------------------
    def open_audio(self, path: str | Path | None = None) -> bool:
        if path is None:
            from mms_studio.core.formats.catalog import dialog_filter

            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a recording"), "",
                dialog_filter(kinds=("audio",), everything=self.tr("Audio"),
                              all_files=self.tr("All files")))
            if not path:
                return False
        from mms_studio.core.audio import load

        try:
            self.samples = load(path)
        except MMSStudioError as exc:
            messages.tell(self, self.tr("Cannot use this recording"), str(exc))
            return False
        self.audio_path = Path(path)
        self.result = None
        self.view.clear()
        self.segments.setRowCount(0)
        self.file_label.setText(self.tr("{name} — {seconds:.1f} s").format(
            name=self.audio_path.name, seconds=len(self.samples) / 16000))
        self._update_buttons()
        return True

    def toggle_record(self) -> None:
        """Record something to transcribe (Record again stops; the take then opens here)."""
        if not self.takes.recording:
            try:
                self.takes.start(to_transcribe_dir(self.project.root))
            except AudioDeviceError as exc:
                self.takes.close_input()
                self.sound.report(exc)
                self.status.setText("⚠ " + translate_error(exc))
                self._update_buttons()
                return
            except MMSStudioError as exc:
                self.takes.close_input()
                self.status.setText("⚠ " + translate_error(exc))
                self._update_buttons()
                return
            self.record_button.setText(self.tr("Stop &recording"))
            self.record_button.setIcon(icon("stop"))
            self.record_button.setAccessibleName(self.tr("Stop recording"))
            self.status.setText(self.tr("● Recording… press Stop recording when done."))
            self._take_timer.start()
        elif not self.takes.stopping:
            self.takes.stop()        # the tail is still recorded; _poll_take picks the take up
            self.status.setText(self.tr("Finishing the take…"))
        self._update_buttons()

    def _sound_changed(self, _check: Any) -> None:
        self._update_buttons()

    def _poll_take(self) -> None:
        try:
            take = self.takes.poll()
        except MMSStudioError as exc:
            self._take_done()
            self.status.setText("⚠ " + translate_error(exc))
            return
        if take is not None:
            self._take_done()
            self._use_take(take)
        elif self.takes.recording and not self.takes.stopping:
            self.status.setText(self.tr("● Recording… {s:.1f} s — press Stop recording when "
                                        "done.").format(s=self.takes.seconds))

    def wait_for_take(self, timeout: float = 10.0) -> bool:
        """Finish the take being recorded now (tests, scripts); False if it is not done."""
        if self.takes.recording and not self.takes.recorder.wait(timeout):
            return False
        self._poll_take()
        return True

    def _take_done(self) -> None:
        self._take_timer.stop()
        self.takes.close_input()     # no meter on this page: release the microphone
        self.record_button.setText(self.tr("&Record"))
        self.record_button.setIcon(icon("record"))
        self.record_button.setAccessibleName(self.tr("Record"))
        self._update_buttons()

    def _use_take(self, take: Take) -> None:
        if self.open_audio(take.path) and take.problems:
            self.status.setText("⚠ " + " ".join(translate_status(p.reason)
                                                for p in take.problems))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.open_audio(paths[0]):
            event.acceptProposedAction()

    # ---- transcription -------------------------------------------------------------------
    def start(self) -> workers.TaskWorker | None:
        if self.audio_path is None or (self.worker is not None and self.worker.is_running):
            return None
        from mms_studio.gui.base_model import offer_base_model

        if not offer_base_model(self, self.start, reason=self.tr(
                "Transcribing needs the base model, which is not on this computer yet.")):
            return None     # the dialog says what the model is; this goes on once it is there
        self.result = None
        self.view.clear()
        self.segments.setRowCount(0)
        self.progress.setValue(0)
        self._partial_segments: list[Any] = []
        from mms_studio.core.workflows.lm import transcribe_with_lm  # the project's LM if any

        self.worker = workers.start_worker(
            transcribe_with_lm, self.audio_path, project=self.project,
            adapter=self.adapter.currentData() or None, name="transcribe",
            connect={"status": self.status.setText,
                     "progress": lambda f, _eta: self.progress.setValue(int(f * 100)),
                     "partial": self._partial, "returned": self.show_result,
                     "errored": self._failed, "finished": self._update_buttons})
        self._update_buttons()
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.quit()

    def _partial(self, segment: Any) -> None:
        self._partial_segments.append(segment)
        self.status.setText(self.tr("{n} segment(s) so far…").format(
            n=len(self._partial_segments)))

    def _failed(self, exc: BaseException) -> None:
        partial = getattr(exc, "partial", None)
        if partial is not None:
            self.show_result(partial)
        if isinstance(exc, Cancelled):
            self.status.setText(str(exc))
        elif isinstance(exc, MMSStudioError):
            self.status.setText("⚠ " + str(exc))
            messages.tell(self, self.tr("Transcription could not run"), str(exc))
        else:
            raise exc

    def show_result(self, result: Any) -> None:
        if not result.segments and result.duration > 0:
            # Nothing recognised (a young adapter often writes nothing): offer the whole
            # recording as one segment to type, so the loop never dead-ends.
            from mms_studio.core.transcript import Segment

            result = replace(result, segments=(Segment(start=0.0, end=result.duration, text="",
                                                       confidence=0.0),))
            self.status.setText(self.tr("Nothing was recognised. Type what is said in the row "
                                        "below and add it to the dataset: that is how the "
                                        "recogniser learns."))
        else:
            self.status.setText(self.tr("{n} segment(s). Correct the least confident ones "
                                        "first, then add them to the dataset.").format(
                n=len(result.segments)))
        self.result = result
        # core sends a Message (plain English after a JSON round trip): said in our language
        self.decoder_used = translate_status(result.meta.get("decoder") or self.tr("greedy"))
        self.status.setText(self.status.text() + " " + self.tr("Decoder: {decoder}.").format(
            decoder=self.decoder_used))
        self._added: set[int] = set()     # segments already added to the dataset
        self._render_words()
        self.segments.blockSignals(True)
        self.segments.setRowCount(0)
        order = sorted(range(len(result.segments)), key=lambda i: result.segments[i].confidence)
        for index in order:
            segment = result.segments[index]
            row = self.segments.rowCount()
            self.segments.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, index)
            low = segment.confidence < LOW_CONFIDENCE
            conf = QTableWidgetItem(self.tr("— nothing recognised") if not segment.text else
                                    f"{100 * segment.confidence:.0f} %"
                                    + (self.tr(" ⚠ low") if low else ""))
            conf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            when = QTableWidgetItem(f"{_clock(segment.start)}–{_clock(segment.end)}")
            when.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            text = QTableWidgetItem(segment.text)
            for col, item in enumerate((check, conf, when, text)):
                self.segments.setItem(row, col, item)
        self.segments.resizeColumnsToContents()
        self.segments.horizontalHeader().setSectionResizeMode(COL_TEXT,
                                                              QHeaderView.ResizeMode.Stretch)
        self.segments.blockSignals(False)
        self._update_buttons()
        if self.segments.rowCount() and self.isVisible():
            # The keyboard lands on the least confident segment's text, ready to correct.
            self.segments.setCurrentCell(0, COL_TEXT)
            if not self.window_.nav.hasFocus():
                self.segments.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_words(self, result: Any = None) -> None:
        """The transcript view of `result` (default: the recogniser's, as corrected so far)."""
        result = result if result is not None else self.result
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text).name()
        shade = palette.color(QPalette.ColorRole.Highlight)
        parts = []
        for s_index, segment in enumerate(result.segments):
            words = []
            for w_index, word in enumerate(segment.words):
                alpha = int(max(0.0, min(1.0, 1.0 - word.confidence)) * 160)
                style = (f"color:{text_colour}; text-decoration:none; "
                         f"background-color: rgba({shade.red()},{shade.green()},{shade.blue()},"
                         f"{alpha});")
                if word.confidence < LOW_CONFIDENCE:
                    style = style.replace("text-decoration:none", "text-decoration:underline")
                words.append(f'<a href="word:{s_index}:{w_index}" style="{style}" '
                             f'title="{100 * word.confidence:.0f} %">{html.escape(word.text)}</a>')
            body = " ".join(words) if words else (html.escape(segment.text) or self.tr(
                "<i>(nothing recognised: type what is said in the table below)</i>"))
            parts.append(f'<p><span style="color:gray">[{_clock(segment.start)}]</span> {body}</p>')
        self.view.setHtml("".join(parts) or self.tr("<p>(no speech found)</p>"))

    # ---- playback ------------------------------------------------------------------------
    def _play(self, start: float, end: float) -> None:
        if self.samples is None:
            return
        if self._player is None:
            self._player = Player()
        piece = self.samples[int(start * 16000):int(end * 16000)]
        if len(piece):
            try:
                self._player.play(piece, 16000)
            except AudioDeviceError as exc:
                self.sound.report(exc)      # the page's banner says what to do, no modal box

    def _word_clicked(self, url: QUrl) -> None:
        kind, s_index, w_index = url.toString().split(":")
        if kind == "word" and self.result is not None:
            word = self.result.segments[int(s_index)].words[int(w_index)]
            self._play(word.start, word.end)

    def play_current_segment(self) -> None:
        row = self.segments.currentRow()
        if self.result is not None and 0 <= row < self.segments.rowCount():
            self.play_segment(row)

    def play_segment(self, row: int) -> None:
        index = self.segments.item(row, COL_ADD).data(Qt.ItemDataRole.UserRole)
        segment = self.result.segments[index]
        self._play(segment.start, segment.end)

    # ---- corrections ---------------------------------------------------------------------
    def _segment_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_TEXT:   # an edited segment is meant for the dataset
            self.segments.item(item.row(), COL_ADD).setCheckState(Qt.CheckState.Checked)
            self._show_corrections()

    def _show_corrections(self) -> None:
        """The view and the Confidence column follow corrections: no stale "nothing recognised"."""
        corrected = self.corrected()
        if corrected is None:
            return
        self._render_words(corrected)
        self.segments.blockSignals(True)
        for row in range(self.segments.rowCount()):
            index = self.segments.item(row, COL_ADD).data(Qt.ItemDataRole.UserRole)
            if index in self._added:
                self.segments.item(row, COL_CONF).setText(self.tr("✓ added to the dataset"))
            elif corrected.segments[index].text != self.result.segments[index].text:
                self.segments.item(row, COL_CONF).setText(self.tr("✎ corrected"))
        self.segments.blockSignals(False)

    def corrected(self) -> Any:
        """The result with the texts as edited (word timings kept only where text is unchanged)."""
        if self.result is None:
            return None
        segments = list(self.result.segments)
        for row in range(self.segments.rowCount()):
            index = self.segments.item(row, COL_ADD).data(Qt.ItemDataRole.UserRole)
            text = self.segments.item(row, COL_TEXT).text().strip()
            if text != segments[index].text:
                segments[index] = replace(segments[index], text=text, words=(), confidence=1.0)
        return replace(self.result, segments=tuple(segments))

    def add_to_dataset(self) -> list[Any]:
        """Checked segments become clips (the correct-and-retrain loop)."""
        if self.result is None or self.audio_path is None:
            return []
        corrected = self.corrected()
        added, problems = [], []
        for row in range(self.segments.rowCount()):
            check = self.segments.item(row, COL_ADD)
            if check.checkState() != Qt.CheckState.Checked:
                continue
            segment = corrected.segments[check.data(Qt.ItemDataRole.UserRole)]
            if not segment.text:
                problems.append(self.tr("{at}: type what is said first.").format(
                    at=_clock(segment.start)))
                continue
            try:
                clip = self.project.add_clip_from_file(
                    self.audio_path, transcript=segment.text, start=segment.start,
                    end=segment.end, source=f"corrected transcript of {self.audio_path.name} "
                                            f"{segment.start:.2f}-{segment.end:.2f} s")
            except MMSStudioError as exc:
                problems.append(f"{_clock(segment.start)}: {exc}")
                continue
            added.append(clip)
            self._added.add(check.data(Qt.ItemDataRole.UserRole))
            check.setCheckState(Qt.CheckState.Unchecked)
        self._show_corrections()
        if added:
            self.window_.dataset_changed.emit()
        if problems:
            messages.tell(self, self.tr("Some segments were not added"), "\n".join(problems))
        self.status.setText(self.tr("Added {n} clip(s) to the dataset. Train again to improve "
                                    "the recogniser.").format(n=len(added)))
        return added

    def export(self, name: str, path: str | Path | None = None) -> Path | None:
        from mms_studio.core.formats.writers import get_writer

        if self.result is None:
            return None
        writer = get_writer(name)
        if path is None:
            default = Path(self.project.exports_dir) / (
                (self.audio_path.stem if self.audio_path else "transcript") + writer.extension)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export transcript"), str(default))
            if not path:
                return None
        result = self.corrected()
        result = replace(result, segments=tuple(s for s in result.segments if s.text))
        try:
            out = writer.write(result, path)
        except MMSStudioError as exc:
            messages.tell(self, self.tr("Export failed"), str(exc))
            return None
        self.status.setText(self.tr("Saved {path}").format(path=str(out)))
        return Path(out)

    def _update_buttons(self) -> None:
        running = self.worker is not None and self.worker.is_running
        had_keyboard = QApplication.focusWidget()
        self.transcribe_button.setEnabled(self.audio_path is not None and not running
                                          and not self.takes.recording)
        self.record_button.setEnabled(not self.takes.stopping and (
            self.takes.recording or self.sound.allows(RECORD)))
        self.cancel_button.setEnabled(running)
        self.open_button.setEnabled(not running)
        has_result = self.result is not None
        self.add_button.setEnabled(has_result)
        for button in self.export_buttons.values():
            button.setEnabled(has_result)
        keep_keyboard(had_keyboard, self.cancel_button if running else self.transcribe_button)
