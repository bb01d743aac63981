"""First run without the base model: download it (resumable, with progress) or pick a folder.

Checked after the window shows (the check imports huggingface_hub, which
costs time), and only for Hub ids: a project whose base model is a local
folder needs nothing. Offline, the dialog says so in plain words and offers
the folder choice.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.errors import Cancelled, MMSStudioError
from mms_studio.core.tasks import format_eta
from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe

log = logging.getLogger(__name__)


def base_model_available(base: str) -> bool:
    """True when `base` is a model folder or its files are in the Hugging Face cache."""
    local = Path(base).expanduser()
    if local.is_dir():
        return (local / "config.json").is_file() and (local / "model.safetensors").is_file()
    from huggingface_hub import try_to_load_from_cache

    for name in ("config.json", "model.safetensors"):
        found = try_to_load_from_cache(base, name)
        if not isinstance(found, str):
            return False
    return True


def _download(base: str, *, state: Any) -> str:
    from mms_studio.core.engine.base import resolve_base_model

    return str(resolve_base_model(base, state=state))


class BaseModelDialog(QDialog):
    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("baseModelDialog")
        self.setWindowTitle(self.tr("The base model is needed"))
        base = project.settings.base_model
        self.text = QLabel(self.tr(
            "To train and transcribe, MMS Studio needs Meta's MMS base model “{base}” (about "
            "4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues "
            "where it stopped — or choose a folder that already holds it.").format(base=base))
        self.text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.download_button = QPushButton(self.tr("&Download"))
        self.download_button.clicked.connect(self.download)
        self.folder_button = QPushButton(self.tr("&Choose a folder…"))
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.clicked.connect(self._later)
        describe(self.download_button, self.tr("Download"), self.tr(
            "Download the base model from the internet once; it continues where it stopped"))
        describe(self.folder_button, self.tr("Choose a folder"), self.tr(
            "Use a folder that already holds the base model (config.json and model.safetensors)"))
        describe(self.later_button, self.tr("Later"), self.tr(
            "Close this for now; training and transcribing need the base model"))
        self.download_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        chain_focus(self.download_button, self.folder_button, self.later_button)
        self.worker: workers.TaskWorker | None = None
        self.resize(520, 200)

    def download(self) -> workers.TaskWorker:
        self.progress.show()
        self.progress.setValue(0)
        self.download_button.setEnabled(False)
        self.worker = workers.start_worker(
            _download, self.project.settings.base_model, name="download",
            connect={"status": self.status.setText,
                     "progress": self._progress,
                     "returned": self._done, "errored": self._failed})
        return self.worker

    def _progress(self, fraction: float, eta: float | None) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status.setText(self.tr("Downloading… time left {eta}").format(eta=format_eta(eta)))

    def _done(self, path: str) -> None:
        self.status.setText(self.tr("✓ The base model is ready."))
        log.info("base model at %s", path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.download_button.setEnabled(True)
        self.progress.hide()
        if isinstance(exc, (Cancelled, MMSStudioError)):
            self.status.setText("⚠ " + str(exc))
        else:
            self.status.setText(self.tr("⚠ The download failed; see the log file."))
            raise exc

    def choose_folder(self, folder: str | Path | None = None) -> bool:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the base model"))
            if not folder:
                return False
        if not base_model_available(str(folder)):
            self.status.setText(self.tr("⚠ That folder does not hold a model (config.json and "
                                        "model.safetensors are needed)."))
            return False
        try:
            self.project.update_settings(base_model=str(Path(folder).resolve()))
        except MMSStudioError as exc:
            self.status.setText("⚠ " + str(exc))
            return False
        self.accept()
        return True

    def _later(self) -> None:
        if self.worker is not None and self.worker.is_running:
            self.worker.quit()
        self.reject()
