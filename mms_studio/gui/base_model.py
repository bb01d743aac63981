"""First run without the base model: say what it is, then download it or pick a folder.

Checked after the window shows (the check imports huggingface_hub, which
costs time), and again by the pages that need it (`offer_base_model` before
training or transcribing): a job never starts a 4 GB download on its own, the
dialog says what the model is, how big, under which licence, and offers the
download (progress, resumable, stoppable) or a folder. Once the model is there,
the action the user asked for goes on. Offline, the dialog says so plainly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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


def offer_base_model(page: Any, then: Callable[[], object], *, reason: str) -> bool:
    """True when the page's project has its base model on disk; else offer it and return False.

    `then` runs once the model is there (downloaded or a folder chosen), so the user's
    action (Start training, Transcribe) goes on by itself; "Later" drops it. `reason` is
    one sentence saying what needs the model ("Training needs the base model.").
    """
    project = page.project
    if base_model_available(project.settings.base_model):
        return True
    window = page.window_
    dialog = window.check_base_model(always=True) if hasattr(window, "check_base_model") \
        else None
    if dialog is None:   # the window is not shown (tests, screenshots): a dialog of our own
        dialog = BaseModelDialog(project, page)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
    dialog.ask_for(reason, then)
    return False


class BaseModelDialog(QDialog):
    """What the base model is, its size and licence; Download (stoppable) or a folder."""

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.pending: Callable[[], object] | None = None
        self.setObjectName("baseModelDialog")
        self.setWindowTitle(self.tr("The base model is needed"))
        base = project.settings.base_model
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.text = QLabel(self.tr(
            "To train and transcribe, MMS Studio needs Meta's MMS base model “{base}”: a speech "
            "model that has learned from recordings in more than a thousand languages. MMS "
            "Studio teaches it your language by training a small adapter on your clips; the "
            "base model itself stays as it is.").format(base=base))
        self.text.setWordWrap(True)
        self.size_licence = QLabel(self.tr(
            "It is about 4 GB, downloaded once and kept on this computer; an interrupted "
            "download continues where it stopped. Its licence, CC-BY-NC 4.0, allows "
            "non-commercial use with attribution, and adapters trained on it fall under the "
            "same terms. If you already have it, choose the folder that holds it."))
        self.size_licence.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        describe(self.progress, self.tr("Download progress"),
                 self.tr("How much of the base model has been downloaded"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.download_button = QPushButton(self.tr("&Download (about 4 GB)"))
        self.download_button.clicked.connect(self.download)
        self.stop_button = QPushButton(self.tr("&Stop the download"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.folder_button = QPushButton(self.tr("&Choose a folder…"))
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.clicked.connect(self._later)
        describe(self.download_button, self.tr("Download"), self.tr(
            "Download the base model from the internet once; it continues where it stopped"))
        describe(self.stop_button, self.tr("Stop the download"), self.tr(
            "Stop downloading; what was downloaded is kept and the next download continues"))
        describe(self.folder_button, self.tr("Choose a folder"), self.tr(
            "Use a folder that already holds the base model (config.json and model.safetensors)"))
        describe(self.later_button, self.tr("Later"), self.tr(
            "Close this for now; training and transcribing need the base model"))
        self.download_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.text)
        layout.addWidget(self.size_licence)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        chain_focus(self.download_button, self.stop_button, self.folder_button,
                    self.later_button)
        self.worker: workers.TaskWorker | None = None
        self.resize(560, 260)

    def ask_for(self, reason: str, then: Callable[[], object] | None) -> None:
        """Say why the model is needed now; `then` runs once it is there ("Later" drops it)."""
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.pending = then

    def done(self, result: int) -> None:  # noqa: D102 — QDialog's: runs the pending action
        pending, self.pending = self.pending, None
        super().done(result)
        if pending is not None and result == QDialog.DialogCode.Accepted:
            pending()

    def download(self) -> workers.TaskWorker:
        self.progress.show()
        self.progress.setValue(0)
        self.download_button.setEnabled(False)
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.status.setText(self.tr("Connecting…"))
        self.worker = workers.start_worker(
            _download, self.project.settings.base_model, name="download",
            connect={"status": self.status.setText,
                     "progress": self._progress,
                     "returned": self._done, "errored": self._failed})
        return self.worker

    def stop(self) -> None:
        """Stop the download; the files downloaded so far stay for the next try."""
        if self.worker is not None and self.worker.is_running:
            self.worker.quit()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping the download…"))

    def _progress(self, fraction: float, eta: float | None) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status.setText(self.tr("Downloading… time left {eta}").format(eta=format_eta(eta)))

    def _done(self, path: str) -> None:
        self.stop_button.hide()
        self.status.setText(self.tr("✓ The base model is ready."))
        log.info("base model at %s", path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.download_button.setEnabled(True)
        self.stop_button.hide()
        self.progress.hide()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Download stopped. What was downloaded is kept; "
                                        "Download continues from there."))
        elif isinstance(exc, MMSStudioError):
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
