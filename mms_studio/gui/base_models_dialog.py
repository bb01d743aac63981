"""Base model and disk space: choose the project's base knowing its licence, size and speed.

The licence of the base is the licence of everything trained on it, so it is said
plainly beside each base (non-commercial only, or commercial use allowed) where the
user chooses, not in a footnote. Below, what converted copies of bases take on disk
(`core.engine.cache_usage`), with buttons to clear them: a cleared copy is simply
made again the next time its base is used. Every action is one core call in a
worker (`core.workflows.base_choice.choose_base`, `cache_info`, `clear_cache`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.errors import MMSStudioError
from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe
from mms_studio.gui.core_messages import translate_error, translate_status

log = logging.getLogger(__name__)


def _cache_info(*, state: Any = None) -> Any:
    from mms_studio.core.engine.cache_usage import cache_info

    return cache_info()


def _clear_cache(*, stale_only: bool, state: Any = None) -> int:
    from mms_studio.core.engine.cache_usage import clear_cache

    return clear_cache(stale_only=stale_only)


def _data_size(size: float) -> str:
    """Bytes in the interface locale's way ("3.9 GB", "3,9 Go")."""
    return QLocale().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BaseModelsDialog(QDialog):
    """The bases with licence, size, languages and speed; the disk space converted bases take."""

    base_changed = Signal(str)   # the project's new base (Hub id or folder)

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("baseModelsDialog")
        self.setWindowTitle(self.tr("Base model and disk space"))
        self.disk_bytes: int | None = None
        self.options: list[Any] = []
        self.worker: workers.TaskWorker | None = None
        self.cache_worker: workers.TaskWorker | None = None

        intro = QLabel(self.tr(
            "The base model is the speech model your adapters are trained on. Its licence "
            "also covers every adapter trained on it."))
        intro.setWordWrap(True)
        self.bases = QListWidget()
        self.bases.setWordWrap(True)
        self.bases.setAlternatingRowColors(True)
        self.bases.setSpacing(4)   # the bases read as separate entries
        describe(self.bases, self.tr("Base models"), self.tr(
            "The base models this project can train on, with licence, download size, "
            "languages and speed; the project's current one is marked"))
        self.use_button = QPushButton(self.tr("&Use this base"))
        self.use_button.clicked.connect(lambda: self.use_selected())
        describe(self.use_button, self.tr("Use this base"), self.tr(
            "Make the selected base model the one this project trains on"))
        self.folder_button = QPushButton(self.tr("Choose a &folder…"))
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        describe(self.folder_button, self.tr("Choose a folder"), self.tr(
            "Use a base model folder on this computer (an MMS or Omnilingual ASR CTC model "
            "with config.json and model.safetensors)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.use_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)

        disk = QGroupBox(self.tr("Converted base models on this computer"))
        self.disk_label = QLabel(self.tr("Measuring…"))
        self.disk_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.clicked.connect(lambda: self.clear(stale_only=False))
        describe(self.clear_button, self.tr("Clear converted models"), self.tr(
            "Delete every converted copy of a base model; each is made again the next time "
            "its base is used"))
        self.clear_unused_button = QPushButton(self.tr("Clear u&nused"))
        self.clear_unused_button.clicked.connect(lambda: self.clear(stale_only=True))
        describe(self.clear_unused_button, self.tr("Clear unused converted models"), self.tr(
            "Delete only converted copies whose base model changed or is gone"))
        disk_row = QHBoxLayout()
        disk_row.addWidget(self.clear_button)
        disk_row.addWidget(self.clear_unused_button)
        disk_row.addStretch(1)
        disk_layout = QVBoxLayout(disk)
        disk_layout.addWidget(self.disk_label)
        disk_layout.addLayout(disk_row)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        describe(close_button, self.tr("Close"), self.tr("Close this window"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bases, 1)
        layout.addLayout(choose_row)
        layout.addWidget(self.status)
        layout.addWidget(disk)
        layout.addWidget(close)
        chain_focus(self.bases, self.use_button, self.folder_button, self.clear_button,
                    self.clear_unused_button, close_button)
        self.bases.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh_bases()
        self.refresh_disk()
        self.resize(640, 560)

    # ---- the bases -------------------------------------------------------------------
    def licence_text(self, option: Any) -> str:
        """The licence in words a person can act on."""
        if option.commercial_use:
            return self.tr("Licence Apache-2.0: commercial use allowed, for the base and the "
                           "adapters trained on it")
        return self.tr("Licence CC-BY-NC 4.0: non-commercial use only, and adapters trained "
                       "on it too")

    def option_text(self, option: Any) -> str:
        title = option.title + (self.tr("  ✓ this project's base") if option.current else "")
        size = (self.tr("Download: {size}").format(size=_data_size(option.download_gb * 1e9))
                if option.download_gb else self.tr("Already on this computer: {path}").format(
                    path=option.model_id))
        return "\n".join([title, self.licence_text(option), size,
                          self.tr("Languages: {languages}").format(
                              languages=translate_status(option.languages)),
                          self.tr("Speed: {note}").format(
                              note=translate_status(option.speed_note))])

    def refresh_bases(self) -> None:
        from mms_studio.core.engine.families.catalog import BASES
        from mms_studio.core.workflows.base_choice import BaseOption, base_choices

        if self.project is not None:
            self.options = base_choices(self.project)
        else:   # no project open: the catalogue, to read; nothing to choose for
            self.options = [BaseOption(b.model_id, b.family, b.title, b.license,
                                       b.license_notice, b.license == "Apache-2.0",
                                       b.download_gb, b.languages, b.speed_note, False, False)
                            for b in BASES]
        self.bases.clear()
        for option in self.options:
            item = QListWidgetItem(self.option_text(option))
            item.setData(Qt.ItemDataRole.UserRole, option.model_id)
            item.setToolTip(option.license_notice)
            font = item.font()
            font.setBold(option.current)
            item.setFont(font)
            self.bases.addItem(item)
        current = next((i for i, o in enumerate(self.options) if o.current), 0)
        self.bases.setCurrentRow(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.bases.currentRow()
        busy = self.worker is not None and self.worker.is_running
        usable = self.project is not None and not busy
        self.use_button.setEnabled(usable and 0 <= row < len(self.options)
                                   and not self.options[row].current)
        self.folder_button.setEnabled(usable)

    def use_selected(self) -> workers.TaskWorker | None:
        row = self.bases.currentRow()
        if not 0 <= row < len(self.options):
            return None
        return self.choose(self.options[row].model_id)

    def choose_folder(self, folder: str | Path | None = None) -> workers.TaskWorker | None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with a base model"))
            if not folder:
                return None
        return self.choose(str(folder))

    def choose(self, base: str) -> workers.TaskWorker:
        """Make `base` (a Hub id or a folder) the project's base, in a worker."""
        from mms_studio.core.workflows.base_choice import choose_base

        self.status.setText(self.tr("Checking the base model…"))
        self.worker = workers.start_worker(
            choose_base, self.project, base, name="choose-base",
            connect={"returned": self._chosen, "errored": self._failed,
                     "finished": self._update_buttons})
        self._update_buttons()
        return self.worker

    def _chosen(self, option: Any) -> None:
        self.refresh_bases()
        self.status.setText(self.tr("✓ This project now trains on {title}.").format(
            title=option.title))
        self.base_changed.emit(option.model_id)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MMSStudioError):
            self.status.setText(self.tr("⚠ Something went wrong; see the log file."))
            raise exc
        self.status.setText("⚠ " + translate_error(exc))

    # ---- disk space ------------------------------------------------------------------
    def refresh_disk(self) -> workers.TaskWorker:
        self.clear_button.setEnabled(False)
        self.clear_unused_button.setEnabled(False)
        self.cache_worker = workers.start_worker(
            _cache_info, name="cache-info",
            connect={"returned": self._show_disk, "errored": self._disk_failed})
        return self.cache_worker

    def _show_disk(self, info: Any) -> None:
        self.disk_bytes = info.total_bytes
        unused = sum(e.bytes for e in info.entries if e.stale)
        if not info.entries:
            text = self.tr("None: nothing converted takes space.")
        else:
            text = self.tr("{size} in {count} file(s); {unused} of it unused (its base changed "
                           "or is gone). A cleared copy is made again when its base is next "
                           "used.").format(size=_data_size(info.total_bytes),
                                           count=len(info.entries), unused=_data_size(unused))
        self.disk_label.setText(text)
        self.disk_label.setToolTip(str(info.root))
        self.clear_button.setEnabled(bool(info.entries))
        self.clear_unused_button.setEnabled(unused > 0)

    def _disk_failed(self, exc: BaseException) -> None:
        self.disk_label.setText(self.tr("⚠ The disk use could not be measured: {reason}").format(
            reason=translate_error(exc)))
        self.clear_button.setEnabled(True)

    def clear(self, *, stale_only: bool) -> workers.TaskWorker:
        self.clear_button.setEnabled(False)
        self.clear_unused_button.setEnabled(False)
        self.disk_label.setText(self.tr("Clearing…"))
        self.cache_worker = workers.start_worker(
            _clear_cache, stale_only=stale_only, name="clear-cache",
            connect={"returned": self._cleared, "errored": self._disk_failed})
        return self.cache_worker

    def _cleared(self, freed: int) -> None:
        log.info("cleared %d bytes of converted bases", freed)
        self.status.setText(self.tr("✓ {size} freed.").format(size=_data_size(freed)))
        self.refresh_disk()
