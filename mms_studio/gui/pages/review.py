"""Review a long recording's segments, then send the accepted ones to the dataset.

The segments come from speech detection (an untranscribed recording) or from
forced alignment (a recording with its transcript); the person plays each one,
moves its edges, splits or merges, types or corrects its text, accepts or
rejects it, and sends the accepted ones to the dataset. Keys follow ELAN and
Audacity habits: Space plays, Up/Down move between segments, A accepts, R
rejects, S splits (at the middle), M merges with the next, Alt+Left/Right move
the start, Alt+Shift+Left/Right the end, F2 edits the text. Every edit is an
undo step on the window's stack; the slow actions (the waveform of an hour,
finding speech, aligning, adding clips, reading a segment to play) each call
one core function (`core.workflows.review`) in a worker, so the window never
waits.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mms_studio.core.durations import format_duration
from mms_studio.core.errors import Cancelled, MMSStudioError
from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe
from mms_studio.gui.core_messages import translate_error
from mms_studio.gui.icons import icon
from mms_studio.gui.pages.base import Page, Shortcut
from mms_studio.gui.review.commands import ReplaceSegments

log = logging.getLogger(__name__)
COL_START, COL_END, COL_STATUS, COL_SCORE, COL_TEXT = range(5)
NUDGE = 0.05         # seconds per Alt+arrow


def _clock(seconds: float) -> str:
    """A segment's edge to the hundredth: 0:03.25 (hours appear past an hour)."""
    return format_duration(seconds, decimals=2)


class ReviewPage(Page):
    title = "Review"
    icon_name = "transcribe"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        from mms_studio.core.workflows import review
        from mms_studio.gui.review.timeline import Timeline

        self.review = review
        self.title = self.tr("Review")
        self.audio: Path | None = None
        self.segments: tuple = ()
        self.worker: workers.TaskWorker | None = None
        self._player = None
        self._filling = False

        self.open_button = QPushButton(icon("folder-open"), self.tr("&Open recording…"))
        self.open_button.clicked.connect(lambda: self.open_recording())
        describe(self.open_button, self.tr("Open recording"),
                 self.tr("Choose a long recording to cut into clips"))
        self.find_button = QPushButton(icon("transcribe"), self.tr("Find s&peech"))
        self.find_button.clicked.connect(lambda: self.find_speech())
        describe(self.find_button, self.tr("Find speech"), self.tr(
            "Cut the recording into segments at the speaker's pauses (no transcript needed)"))
        self.align_button = QPushButton(icon("import"), self.tr("&Align a transcript…"))
        self.align_button.clicked.connect(lambda: self.align_transcript())
        describe(self.align_button, self.tr("Align a transcript"), self.tr(
            "Give each line of the recording's transcript its place in the recording"))
        self.send_button = QPushButton(icon("dataset"), self.tr("Send accepted to the &dataset"))
        self.send_button.clicked.connect(lambda: self.send_accepted())
        describe(self.send_button, self.tr("Send accepted to the dataset"), self.tr(
            "Add every accepted segment to the dataset as a clip (Ctrl+Enter)"))
        self.stop_button = QPushButton(icon("cancel"), self.tr("&Stop"))
        self.stop_button.clicked.connect(self.cancel)
        describe(self.stop_button, self.tr("Stop"), self.tr("Stop the running job"))
        top = QHBoxLayout()
        for button in (self.open_button, self.find_button, self.align_button, self.send_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.stop_button)

        self.file_label = QLabel(self.tr("Open a long recording, then find its speech or align "
                                         "its transcript."))
        self.file_label.setWordWrap(True)
        self.progress = QProgressBar()
        describe(self.progress, self.tr("Progress"), self.tr("How far the running job is"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.timeline = Timeline()
        self.timeline.boundary_moved.connect(self._dragged)

        self.table = QTableWidget(0, 5)
        describe(self.table, self.tr("Segments"), self.tr(
            "Each segment with its times, review status, score and text. Space plays, A accepts, "
            "R rejects, S splits, M merges with the next, F2 edits the text."))
        self.table.setHorizontalHeaderLabels([self.tr("Start"), self.tr("End"),
                                              self.tr("Status"), self.tr("Score"),
                                              self.tr("Text")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.currentCellChanged.connect(lambda row, *_: self._selected(row))
        self.table.itemChanged.connect(self._text_edited)
        self.keys = QLabel(self.tr("Space play · A accept · R reject · S split · M merge · "
                                   "Alt+←/→ move start · Alt+Shift+←/→ move end · F2 edit text · "
                                   "Ctrl+Z undo"))
        self.keys.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.timeline, 2)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.keys)
        chain_focus(self.open_button, self.find_button, self.align_button, self.send_button,
                    self.stop_button, self.table)

        self._keys = [
            ("Space", self.play_current, self.tr("Play the segment")),
            ("A", lambda: self.mark("accepted"), self.tr("Accept the segment")),
            ("R", lambda: self.mark("rejected"), self.tr("Reject the segment")),
            ("S", self.split_current, self.tr("Split the segment in two")),
            ("M", self.merge_current, self.tr("Merge the segment with the next")),
            ("Alt+Left", lambda: self.nudge("start", -NUDGE), self.tr("Move the start earlier")),
            ("Alt+Right", lambda: self.nudge("start", NUDGE), self.tr("Move the start later")),
            ("Alt+Shift+Left", lambda: self.nudge("end", -NUDGE), self.tr("Move the end earlier")),
            ("Alt+Shift+Right", lambda: self.nudge("end", NUDGE), self.tr("Move the end later")),
            ("Ctrl+Return", lambda: self.send_accepted(), self.tr("Send accepted to the dataset")),
        ]
        for keys, slot, _ in self._keys:
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # ---- page --------------------------------------------------------------------------------
    def shortcuts(self) -> list[Shortcut]:
        return [Shortcut(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText), d)
                for k, _, d in self._keys]

    def focus_widget(self):  # noqa: ANN201
        return self.table if self.segments else self.open_button

    def busy(self) -> str:
        return self.tr("Reviewing a recording") if self.worker is not None else ""

    def shutdown(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _update_buttons(self) -> None:
        running = self.worker is not None
        has_audio = self.audio is not None
        self.open_button.setEnabled(not running)
        self.find_button.setEnabled(has_audio and not running)
        self.align_button.setEnabled(has_audio and not running)
        self.send_button.setEnabled(not running and any(s.status == "accepted"
                                                        for s in self.segments))
        self.stop_button.setEnabled(running)
        self.progress.setVisible(running)

    # ---- jobs --------------------------------------------------------------------------------
    def _run(self, fn, *args, done, **kwargs) -> workers.TaskWorker:  # noqa: ANN001
        """One core function in a worker; `done(result)` on success, errors in the status line."""
        self.progress.setValue(0)

        def finished() -> None:
            self.worker = None
            self._update_buttons()

        self.worker = workers.start_worker(fn, *args, connect={
            "progress": lambda f, _eta: self.progress.setValue(int(f * 100)),
            "status": self.status.setText,
            "returned": done,
            "errored": self._failed,
            "finished": finished,
        }, **kwargs)
        self._update_buttons()
        return self.worker

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped."))
        elif isinstance(exc, (MMSStudioError, OSError, ValueError)):
            self.status.setText(translate_error(exc))
        else:
            log.error("review job failed", exc_info=exc)
            self.status.setText(self.tr("Something went wrong; the log has the details."))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.quit()

    def open_recording(self, path: str | Path | None = None) -> workers.TaskWorker | None:
        if path is None:
            from mms_studio.core.formats.catalog import dialog_filter

            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a long recording"), "",
                dialog_filter(kinds=("audio",), everything=self.tr("Audio"),
                              all_files=self.tr("All files")))
            if not path:
                return None
        audio = Path(path)

        def shown(overview: Any) -> None:
            self.audio = audio
            self.timeline.set_overview(overview.x, overview.y, overview.duration)
            self.file_label.setText(self.tr("{name}: {minutes:.1f} minutes").format(
                name=audio.name, minutes=overview.duration / 60))
            self._apply((), -1)
            self.window_.undo_stack.clear()

        return self._run(self.review.recording_overview, audio, done=shown)

    def find_speech(self) -> workers.TaskWorker | None:
        if self.audio is None:
            return None
        return self._run(self.review.find_speech_segments, self.audio,
                         done=lambda found: self._replace_all(found, self.tr("Find speech")))

    def align_transcript(self, transcript: str | Path | None = None) -> workers.TaskWorker | None:
        if self.audio is None:
            return None
        if transcript is None:
            transcript, _ = QFileDialog.getOpenFileName(
                self, self.tr("The recording's transcript"), str(self.audio.parent),
                self.tr("Transcripts (*.txt *.eaf);;All files (*)"))
            if not transcript:
                return None
        return self._run(self.review.align_segments, self.project, self.audio, Path(transcript),
                         done=lambda found: self._replace_all(found, self.tr("Align a transcript")))

    def import_with_transcript(self, audio: str | Path, transcript: str | Path) -> None:
        """The window's "Import a long recording with its transcript": open, then align."""
        worker = self.open_recording(audio)
        if worker is not None:
            worker.signals.returned.connect(lambda _o: self.align_transcript(transcript))

    def send_accepted(self) -> workers.TaskWorker | None:
        if self.audio is None or not any(s.status == "accepted" for s in self.segments):
            return None

        def sent(report: Any) -> None:
            self.status.setText(self.tr("{added} clip(s) added to the dataset; {there} were "
                                        "already there.").format(added=len(report.added),
                                                                 there=report.already_there))
            self.window_.dataset_changed.emit()

        return self._run(self.review.send_accepted, self.project, self.audio, self.segments,
                         done=sent)

    # ---- showing -----------------------------------------------------------------------------
    def _apply(self, segments: tuple, selected: int) -> None:
        """Show `segments` (undo commands call this too)."""
        self.segments = tuple(segments)
        selected = min(selected, len(self.segments) - 1)
        self._filling = True
        self.table.setRowCount(len(self.segments))
        names = {"pending": self.tr("to review"), "accepted": self.tr("accepted"),
                 "rejected": self.tr("rejected")}
        for row, seg in enumerate(self.segments):
            score = "" if seg.score is None else QLocale().toString(100 * seg.score, "f", 0) + " %"
            cells = [_clock(seg.start), _clock(seg.end), names[seg.status], score, seg.text]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                flags = item.flags()
                if col != COL_TEXT:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if col == COL_STATUS and seg.notes:
                    item.setToolTip("; ".join(seg.notes))
                self.table.setItem(row, col, item)
        if selected >= 0:
            self.table.setCurrentCell(selected, COL_TEXT)
        self._filling = False
        self.timeline.set_segments(self.segments, selected)
        self._update_buttons()

    def _selected(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self.segments):
            return
        self.timeline.set_segments(self.segments, row)
        seg = self.segments[row]
        self.timeline.show_segment(seg.start, seg.end)

    def current(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.segments) else -1

    # ---- edits (each one undo step) ----------------------------------------------------------
    def _edit(self, text: str, after: tuple, selected: int, merge_key=None) -> None:  # noqa: ANN001
        command = ReplaceSegments(text, self.segments, after, apply=self._apply,
                                  selected_before=self.current(), selected_after=selected,
                                  merge_key=merge_key)
        self.window_.undo_stack.push(command)

    def _replace_all(self, segments: tuple, text: str) -> None:
        self._edit(text, tuple(segments), 0 if segments else -1)
        self.status.setText(self.tr("{count} segment(s) to review.").format(count=len(segments)))
        self.table.setFocus()

    def _try(self, fn, *args, **kwargs):  # noqa: ANN001, ANN202
        try:
            return fn(*args, **kwargs)
        except MMSStudioError as exc:
            self.status.setText(translate_error(exc))
            return None

    def mark(self, status: str) -> None:
        row = self.current()
        if row < 0:
            return
        after = self.review.set_status(self.segments, row, status)
        nxt = min(row + 1, len(after) - 1)       # on to the next, as in a review queue
        self._edit(self.tr("Accept a segment") if status == "accepted"
                   else self.tr("Reject a segment"), after, nxt)

    def split_current(self) -> None:
        row = self.current()
        after = self._try(self.review.split_segment, self.segments, row) if row >= 0 else None
        if after is not None:
            self._edit(self.tr("Split a segment"), after, row)

    def merge_current(self) -> None:
        row = self.current()
        after = self._try(self.review.merge_with_next, self.segments, row) if row >= 0 else None
        if after is not None:
            self._edit(self.tr("Merge two segments"), after, row)

    def nudge(self, edge: str, seconds: float) -> None:
        row = self.current()
        if row < 0:
            return
        seg = self.segments[row]
        value = (seg.start if edge == "start" else seg.end) + seconds
        after = self.review.move_boundary(self.segments, row, duration=self.timeline.duration,
                                          **{edge: value})
        self._edit(self.tr("Move a segment's edge"), after, row, merge_key=(row, edge))

    def _dragged(self, index: int, start: float, end: float) -> None:
        if not 0 <= index < len(self.segments):
            return
        after = self.review.move_boundary(self.segments, index, start=start, end=end,
                                          duration=self.timeline.duration)
        if after != self.segments:
            self._edit(self.tr("Move a segment's edge"), after, index)
        else:
            self._apply(self.segments, index)      # snap a refused drag back

    def _text_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_TEXT:
            return
        row = item.row()
        after = self.review.set_text(self.segments, row, item.text())
        if after != self.segments:
            self._edit(self.tr("Edit a segment's text"), after, row)

    # ---- playing -----------------------------------------------------------------------------
    def play_current(self) -> None:
        row = self.current()
        if row < 0 or self.audio is None:
            return
        seg = self.segments[row]
        workers.start_worker(self.review.load_piece, self.audio, seg.start, seg.end,
                             connect={"returned": self._play, "errored": self._failed})

    def _play(self, samples: Any) -> None:
        from mms_studio.core.audio.devices import AudioDeviceError, Player

        try:
            if self._player is None:
                self._player = Player()
            self._player.play(samples, 16000)
        except AudioDeviceError as exc:
            self.status.setText(translate_error(exc))
