"""Dataset page: every clip in a sortable, filterable table; edit, listen, import, check.

Edits go through the undo stack (Ctrl+Z), deletes are soft and undoable,
imports (button, Ctrl+I or drag-and-drop of files and folders) run in a
worker with a per-file report. The stats line and the orthography report
tell a user whether the data is ready to train on.

It is one of the longer modules because the table, the player and the import
report share the selection and the undo stack; the item model and the undo
commands live in `models/clips_model.py` and `undo.py`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.audio.devices import AudioDeviceError
from mms_studio.core.errors import Cancelled, MMSStudioError
from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe, keep_keyboard
from mms_studio.gui.clip_names import split_name
from mms_studio.gui.icons import icon
from mms_studio.gui.lazy import LazyWidget
from mms_studio.gui.models.clips_model import COLUMNS, ClipsModel, SortRole
from mms_studio.gui.pages.base import Page, Shortcut
from mms_studio.gui.shell import messages
from mms_studio.gui.sound_notice import PLAY, SoundNotice

log = logging.getLogger(__name__)


class ClipFilter(QSortFilterProxyModel):
    """Free-text filter over transcript, speaker and source, plus a status filter."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.status = ""
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _refilter(self, **changes: str) -> None:
        if hasattr(self, "beginFilterChange"):      # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self.__dict__.update(changes)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.__dict__.update(changes)
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter(text=text.casefold().strip())

    def set_status(self, status: str) -> None:
        self._refilter(status=status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts (milliseconds for 20,000 clips); Qt's own proxy sort asks data()
        through Python for every comparison and froze the window for seconds."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:  # noqa: N802 (Qt name)
        clip = self.sourceModel().clip_at(row)  # type: ignore[attr-defined]
        if self.status and clip.status != self.status:
            return False
        if not self.text:
            return True
        haystack = " ".join(x or "" for x in (clip.transcript, clip.speaker, clip.source, clip.id))
        return self.text in haystack.casefold()


def _waveform_view() -> Any:
    from mms_studio.gui.plots.waveform import WaveformView

    return WaveformView()


class DatasetPage(Page):
    title = "Dataset"
    icon_name = "dataset"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Dataset")
        self.setAcceptDrops(True)
        self.import_worker: workers.TaskWorker | None = None
        self.last_report: Any = None
        self._player: Any = None
        self.model = ClipsModel(self.project, window.undo_stack, on_error=self._edit_refused)
        self.proxy = ClipFilter()
        self.proxy.setSourceModel(self.model)

        # -- top bar --
        self.import_button = QPushButton(icon("import"), self.tr("&Import…"))
        self.import_button.setToolTip(self.tr(
            "Add recordings with transcripts: audio files with .txt/.lab beside them, folders, "
            "ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here."))
        self.import_button.clicked.connect(lambda: self.import_dialog())
        describe(self.import_button, self.tr("Import"), self.import_button.toolTip())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by transcript, speaker or source"))
        describe(self.search, self.tr("Filter clips"), self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):   # Qt's own clear button
            describe(button, self.tr("Clear the filter"), self.tr("Show every clip again"))
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox()
        describe(self.status_filter, self.tr("Show clips with status"),
                 self.tr("Show only the clips with this status"))
        for label, value in ((self.tr("All statuses"), ""), (self.tr("ok"), "ok"),
                             (self.tr("needs review"), "needs_review"),
                             (self.tr("excluded"), "excluded"), (self.tr("deleted"), "deleted")):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.show_deleted = QCheckBox(self.tr("Show &deleted"))
        self.show_deleted.toggled.connect(self._toggle_deleted)
        describe(self.show_deleted, self.tr("Show deleted clips"),
                 self.tr("List deleted clips too, so they can be brought back"))
        self.delete_button = QToolButton()
        self.delete_button.setIcon(icon("delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected clips (Del); Ctrl+Z brings "
                                              "them back"))
        describe(self.delete_button, self.tr("Delete selected clips"),
                 self.delete_button.toolTip())
        self.delete_button.clicked.connect(self.delete_selected)
        self.report_button = QPushButton(self.tr("&Orthography report"))
        self.report_button.setToolTip(self.tr("List every character used in the transcripts, "
                                              "how often, and in which clips"))
        describe(self.report_button, self.tr("Orthography report"), self.report_button.toolTip())
        self.report_button.clicked.connect(self.show_orthography_report)
        # The same actions behind a button, for the keyboard (not every platform turns the
        # Menu key into a context menu) and for anyone who never right-clicks.
        self.clip_menu = QMenu(self)
        self.clip_button = QToolButton()
        self.clip_button.setText(self.tr("Selected &clips"))
        self.clip_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.clip_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clip_button.setMenu(self.clip_menu)
        describe(self.clip_button, self.tr("Selected clips"), self.tr(
            "Mark the selected clips as ok, needing review or excluded, or move them to the "
            "training, dev or test set"))
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.show_deleted)
        top.addWidget(self.report_button)
        top.addWidget(self.clip_button)
        top.addWidget(self.delete_button)

        self.stats = QLabel()
        self.stats.setObjectName("datasetStats")
        self.stats.setWordWrap(True)

        # -- table --
        self.table = QTableView()
        describe(self.table, self.tr("Clips"), self.tr(
            "Every clip with its status in words; Space plays or stops the clip, Enter or F2 "
            "edits its transcript, Escape cancels the edit, the Menu key changes status or "
            "split."))
        self.table.setModel(self.proxy)
        # Rows in the order the clips were added (a header click sorts; never by id).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # As in ELAN and Audacity: Space plays, Enter or F2 edits, Escape cancels; typing
        # on a row never replaces its transcript.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)    # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("transcript"), QHeaderView.ResizeMode.Stretch)
        for name, width in (("status", 120), ("speaker", 90), ("split", 60), ("duration", 70),
                            ("source", 200), ("id", 90)):
            self.table.setColumnWidth(COLUMNS.index(name), width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, field, value in (
                (self.tr("Mark as ok"), "status", "ok"),
                (self.tr("Mark as needing review"), "status", "needs_review"),
                (self.tr("Exclude from training"), "status", "excluded"),
                (self.tr("Move to the training set"), "split", "train"),
                (self.tr("Move to the dev set"), "split", "dev"),
                (self.tr("Move to the test set"), "split", "test")):
            action = QAction(text, self.table)
            action.triggered.connect(lambda _=False, f=field, v=value, t=text:
                                     self.set_selected(f, v, label=t))
            self.table.addAction(action)
            self.clip_menu.addAction(action)

        # -- player --
        self.waveform_box: LazyWidget[Any] = LazyWidget(_waveform_view)
        self.waveform_box.setMinimumHeight(90)
        self.play_button = QToolButton()
        self.play_button.setIcon(icon("play"))
        self.play_button.setToolTip(self.tr("Play the selected clip (Ctrl+Space)"))
        describe(self.play_button, self.tr("Play the selected clip"), self.play_button.toolTip())
        self.play_button.clicked.connect(self.play_current)
        self.clip_label = QLabel(self.tr("Select a clip to see and hear it."))
        self.clip_label.setWordWrap(True)
        player_row = QHBoxLayout()
        player_row.addWidget(self.play_button)
        player_row.addWidget(self.clip_label, 1)
        player = QWidget()
        player_layout = QVBoxLayout(player)
        player_layout.setContentsMargins(0, 0, 0, 0)
        self.sound = SoundNotice(PLAY)   # no sound card: one banner; Play off, the reason its tip
        self.sound.guard(self.play_button, PLAY, disable=True)
        player_layout.addWidget(self.sound)
        player_layout.addLayout(player_row)
        player_layout.addWidget(self.waveform_box, 1)

        # -- import progress and report --
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        describe(self.progress, self.tr("Import progress"), self.tr("How much of the import is done"))
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Stop import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        describe(self.cancel_button, self.tr("Stop import"),
                 self.tr("Stop after the current clip; clips already imported are kept"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setTabChangesFocus(True)
        describe(self.report, self.tr("Import report"),
                 self.tr("What was imported and what was skipped, with the reason"))
        self.report.setMaximumHeight(self.report.fontMetrics().lineSpacing() * 7)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()
        self.report.hide()

        self.empty = QLabel(self.tr(
            "No clips yet. Click Import… or drop recordings with their transcripts here — "
            "or record new ones on the Record page."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(player)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stats)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.report)
        chain_focus(self.import_button, self.search, self.status_filter, self.show_deleted,
                    self.report_button, self.clip_button, self.delete_button, self.table, self.play_button,
                    self.cancel_button, self.report)

        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           ("Ctrl+Space", self.play_current),
                           (QKeySequence.StandardKey.Find, self.search.setFocus)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Keys of the table itself (not while a transcript is being edited in it).
        for keys, slot in (("Space", self.play_or_stop), ("Return", self.edit_current),
                           ("Enter", self.edit_current)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setInterval(40)
        self._cursor_timer.timeout.connect(self._move_cursor)
        self._play_started = 0.0
        self.model.modelReset.connect(self.update_stats)
        self.model.dataChanged.connect(lambda *_: self.update_stats())
        window.dataset_changed.connect(self.reload)
        self.model.modelReset.connect(self._current_changed)   # after Delete: not the old clip
        self.model.dataChanged.connect(self._current_changed)  # an edit shows in the header
        self.update_stats()

    @property
    def waveform(self) -> Any:
        """The waveform plot, built on first use (pyqtgraph loads after the window shows)."""
        return self.waveform_box.get()

    # ---- page API ------------------------------------------------------------------------
    def shortcuts(self) -> list[Shortcut]:
        native = QKeySequence.SequenceFormat.NativeText
        return [
            Shortcut(QKeySequence(QKeySequence.StandardKey.Delete).toString(native),
                     self.tr("delete the selected clips")),
            Shortcut(self.tr("Space"), self.tr("play or stop the selected clip")),
            Shortcut("Ctrl+Space", self.tr("play the selected clip")),
            Shortcut(self.tr("Enter, F2"), self.tr("edit the selected transcript")),
            Shortcut(self.tr("Escape"), self.tr("cancel the edit")),
            Shortcut(QKeySequence(QKeySequence.StandardKey.Find).toString(native),
                     self.tr("filter clips")),
        ]

    def focus_widget(self) -> QWidget | None:
        return self.table if self.model.rowCount() else self.import_button

    def busy(self) -> str:
        if self.import_worker is not None and self.import_worker.is_running:
            return self.tr("importing recordings")
        return ""

    def shown(self) -> None:
        self.update_stats()

    def shutdown(self) -> None:
        if self._player is not None:
            self._player.stop()

    def reload(self) -> None:
        if self.window_.signalsBlocked():     # the window is closing: the project too
            return
        self.model.reload()

    # ---- stats and reports ---------------------------------------------------------------
    def update_stats(self) -> None:
        stats = self.project.stats()
        locale = QLocale()
        speakers = len([s for s in stats.speakers if s])
        splits = ", ".join(f"{split_name(name)} {locale.toString(count)}"
                           for name, count in stats.splits.items() if count)
        self.stats.setText(self.tr(
            "Clips: {clips} · speech: {minutes} min · speakers: {speakers} · "
            "splits: {splits}").format(clips=locale.toString(stats.clips),
                                        minutes=locale.toString(stats.seconds / 60, "f", 1),
                                        speakers=locale.toString(speakers),
                                        splits=splits or self.tr("none yet")))
        self.empty.setVisible(stats.clips == 0 and not self.show_deleted.isChecked())

    def orthography_text(self) -> str:
        from mms_studio.core.text import orthography_report
        from mms_studio.gui.orthography_view import report_text

        clips = {c.id: c for c in self.project.clips() if c.status != "excluded"}
        report = orthography_report([(i, c.transcript) for i, c in clips.items()],
                                    self.project.normalizer)
        return report_text(report, name=lambda clip_id: self.model.names.name(clips[clip_id]))

    def show_orthography_report(self) -> QDialog | None:
        text = self.orthography_text()
        dialog = QDialog(self)
        dialog.setObjectName("orthographyReport")
        dialog.setWindowTitle(self.tr("Orthography report"))
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        describe(view, self.tr("Orthography report"), self.report_button.toolTip())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.resize(640, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ---- selection, playback, edits ------------------------------------------------------
    def selected_clip_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.clip_at(r).id for r in sorted(rows)]

    def select_clip(self, clip_id: str) -> bool:
        row = self.model.row_of(clip_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COLUMNS.index("transcript")))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def current_clip(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.clip_at(self.proxy.mapToSource(index).row())

    def _current_changed(self, *_: Any) -> None:
        clip = self.current_clip()
        if clip is None:
            self.clip_label.setText(self.tr("Select a clip to see and hear it."))
            if self.waveform_box.built:
                self.waveform.clear_audio()
            return
        number = self.model.names.number(clip.id)
        self.clip_label.setText(self.tr("Clip {number} · {seconds} s · {speaker} — {text}").format(
            number=number if number is not None else "?",
            seconds=QLocale().toString(clip.duration, "f", 1),
            speaker=clip.speaker or self.tr("unknown speaker"), text=clip.transcript))
        try:
            samples = self._load(clip)
        except MMSStudioError as exc:
            self.clip_label.setText(str(exc))
            self.waveform.clear_audio()
            return
        self.waveform.set_audio(samples, 16000)

    def _load(self, clip: Any) -> Any:
        from mms_studio.core.audio import load

        return load(self.project.audio_path(clip))

    def player(self) -> Any:
        if self._player is None:
            from mms_studio.core.audio.devices import Player

            self._player = Player()
        return self._player

    def play_current(self) -> None:
        clip = self.current_clip()
        if clip is None:
            return
        try:
            self.player().play(self._load(clip), 16000)
        except AudioDeviceError as exc:
            self.sound.report(exc)      # the banner says what to do; no modal box each time
            return
        except MMSStudioError as exc:
            messages.tell(self, self.tr("Cannot play this clip"), str(exc))
            return
        self._play_started = time.monotonic()
        self._cursor_timer.start()

    def play_or_stop(self) -> None:
        """Space in the table: stop what plays, else play the selected clip."""
        if self._player is not None and self._player.playing:
            self._player.stop()
            return
        self.play_current()

    def edit_current(self) -> None:
        """Enter in the table: edit the selected clip's transcript (Escape cancels)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(COLUMNS.index("transcript")))

    def _move_cursor(self) -> None:
        """The play cursor follows the sound (an estimate from the clock: no device callback)."""
        if self._player is None or not self._player.playing:
            self._cursor_timer.stop()
            self.waveform.show_cursor(None)
            return
        self.waveform.show_cursor(time.monotonic() - self._play_started)

    def set_selected(self, field: str, value: str, *, label: str) -> None:
        """Change the status or split of the selected clips (one undo step)."""
        try:
            self.model.set_field(self.selected_clip_ids(), field, value, label=label)
        except MMSStudioError as exc:
            messages.tell(self, self.tr("The change was not made"), str(exc))

    def delete_selected(self) -> None:
        ids = self.selected_clip_ids()
        if ids:
            self.model.delete(ids)
            self.window_.statusBar().showMessage(
                self.tr("Deleted {n} clip(s). Undo with Ctrl+Z.").format(n=len(ids)), 5000)

    def _edit_refused(self, exc: Exception) -> None:
        messages.tell(self, self.tr("The change was not made"), str(exc))

    def _status_changed(self) -> None:
        self.proxy.set_status(self.status_filter.currentData() or "")

    def _toggle_deleted(self, on: bool) -> None:
        self.model.show_deleted = on
        self.model.reload()

    # ---- import --------------------------------------------------------------------------
    def import_dialog(self, paths: list[str] | None = None) -> None:
        if paths is None:
            from mms_studio.core.formats.catalog import dialog_filter

            files, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import recordings and transcripts"), "",
                dialog_filter(everything=self.tr("Recordings and transcripts"),
                              all_files=self.tr("All files")))
            paths = files
        if paths:
            self.start_import(paths)

    def start_import(self, paths: list[str | Path]) -> workers.TaskWorker | None:
        if self.import_worker is not None and self.import_worker.is_running:
            messages.tell(self, self.tr("Import already running"),
                          self.tr("Wait for the current import to finish, or stop it first."))
            return None
        from mms_studio.core.project.importer import import_sources

        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Importing…"))
        self.progress_box.show()
        self.report.clear()
        self.report.show()
        had_keyboard = QApplication.focusWidget()
        self.import_button.setEnabled(False)
        keep_keyboard(had_keyboard, self.cancel_button)
        self.import_worker = workers.start_worker(
            import_sources, self.project, [str(p) for p in paths], name="import",
            connect={"status": self.progress_label.setText,
                     "progress": self._import_progress,
                     "partial": self._import_partial,
                     "returned": self._import_done,
                     "errored": self._import_failed,
                     "finished": self._import_finished})
        return self.import_worker

    def cancel_import(self) -> None:
        if self.import_worker is not None:
            self.import_worker.quit()
            self.progress_label.setText(self.tr("Stopping after the current clip…"))

    def _import_progress(self, fraction: float, eta: float | None) -> None:
        self.progress.setValue(int(fraction * 100))

    def _import_partial(self, item: Any) -> None:
        if hasattr(item, "reason"):
            self.report.appendPlainText(self.tr("skipped  {where}: {reason}").format(
                where=item.where, reason=item.reason))
        else:
            self.report.appendPlainText(self.tr("imported {source} ({seconds:.1f} s)").format(
                source=item.source or item.id, seconds=item.duration))

    def _import_done(self, report: Any) -> None:
        self.last_report = report
        self.report.setPlainText(report.to_text())

    def _import_failed(self, exc: BaseException) -> None:
        report = getattr(exc, "report", None)
        if report is not None:
            self.last_report = report
            self.report.setPlainText(report.to_text())
        if isinstance(exc, Cancelled):
            self.report.appendPlainText(str(exc))
        elif isinstance(exc, MMSStudioError):
            self.report.appendPlainText(str(exc))
            messages.tell(self, self.tr("Nothing was imported"), str(exc))
        else:
            raise exc   # a bug: the crash dialog reports it

    def _import_finished(self) -> None:
        had_keyboard = QApplication.focusWidget()
        self.progress_box.hide()     # hides Stop import, which may have had the keyboard
        self.import_button.setEnabled(True)
        if had_keyboard is self.cancel_button or (QApplication.focusWidget() is None
                                                  and self.isVisible()):
            self.take_focus()
        self.window_.dataset_changed.emit()
        QTimer.singleShot(0, self.update_stats)

    # ---- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)
