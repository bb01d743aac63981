"""The first screen: start a new project, open one, pick a recent one, or try the demo.

Creating a project asks for only what cannot be changed later without
trouble: a name, the language and where to keep it. The language is searched
by name (English or the interface language) or code in ISO 639-3
(`core.languages`) and confirmed as "abz — Abui"; private-use codes (qaa–qtz)
stay open for varieties without a code. Everything else lives in the
project's Language page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

# No `Qt` namespace, workers or message boxes at module level: loading them (~20 ms) would
# come before the welcome screen's first frame (`bench/startup.py`); the dialog and the
# demo import them when they are used.
from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.errors import MMSStudioError
from mms_studio.gui.a11y import chain_focus, describe, relative_font
from mms_studio.gui.icons import app_icon, icon
from mms_studio.gui.shell.settings import recent_projects
from mms_studio.gui.shell.startup import after_first_paint

if TYPE_CHECKING:
    from mms_studio.gui import workers

PATH_ROLE = 256   # Qt.ItemDataRole.UserRole: a recent item's folder


def default_projects_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "MMS Studio"


def demo_folder() -> Path:
    """A new folder for the demo beside the user's projects ("Demo project", "Demo project 2"…)."""
    base = default_projects_folder()
    target = base / "Demo project"
    number = 2
    while target.exists():
        target = base / f"Demo project {number}"
        number += 1
    return target


def folder_name_for(name: str) -> str:
    """A folder name from a project name: keeps letters of any script, drops path characters."""
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", name).strip().strip(".")
    return re.sub(r"\s+", " ", cleaned) or "project"


class NewProjectDialog(QDialog):
    """Name, language code, location; `create()` makes the project (testable without exec)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.project = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Abui stories"))
        describe(self.name, self.tr("Project name"),
                 self.tr("Any name; the project folder is named after it."))
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("Its name or ISO 639-3 code, e.g. Abui or abz"))
        self.language.setMaxLength(120)
        describe(self.language, self.tr("Language"), self.tr(
            "Type the language's name (in English or in the interface language) or its ISO "
            "639-3 code, then pick it from the list below (Down arrow, then Enter); it cannot "
            "be changed later. A variety without a code of its own can use a private-use "
            "code, qaa to qtz."))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(self.matches.fontMetrics().lineSpacing() * 7)
        describe(self.matches, self.tr("Matching languages"), self.tr(
            "Languages whose name or code matches what you typed; Enter or a click picks one"))
        self.matches.itemActivated.connect(self._pick)
        self.matches.itemClicked.connect(self._pick)
        self.matches.hide()
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.folder = QLineEdit(str(default_projects_folder()))
        describe(self.folder, self.tr("Folder"), self.tr(
            "The folder that will hold the project; type a path or choose one with the button "
            "beside it."))
        browse = QToolButton()
        browse.setIcon(icon("folder-open"))
        describe(browse, self.tr("Choose folder"),
                 self.tr("Choose the folder that will hold the project"))
        browse.setToolTip(browse.accessibleDescription())
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("formError")

        form = QFormLayout()
        form.addRow(self.tr("Project &name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.matches)
        form.addRow("", self.language_note)
        folder_label = QLabel(self.tr("Keep it &in:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("Create project"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)      # Enter in any field creates the project
        describe(self.create_button, self.create_button.text(),
                 self.tr("Create the project folder and open it"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        describe(cancel, cancel.text(), self.tr("Close without creating a project"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # The matches are reached with Down from the field, as a completer's list is; Tab
        # goes on to the next field.
        from PySide6.QtCore import Qt

        self.matches.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chain_focus(self.name, self.language, self.folder, browse, self.create_button, cancel)
        self.name.setFocus()     # the keyboard starts on the first field
        for field in (self.name, self.language, self.folder):
            field.textChanged.connect(self._update)
        self.language.textEdited.connect(self._search)
        self.language.installEventFilter(self)
        self.matches.installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Down in the field goes to the matches; Enter there picks one (and creates nothing)."""
        from PySide6.QtCore import Qt

        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if watched is self.language and key == Qt.Key.Key_Down and self.matches.isVisible():
                self.matches.setFocus()
                return True
            if watched is self.matches and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.matches.currentItem()
                if item is not None:
                    self._pick(item)
                return True
        return super().eventFilter(watched, event)

    # ---- the language: searched by name or code, confirmed as "abz — Abui" ---------------
    def chosen_language(self) -> object:
        """The `LanguageMatch` the field names now (None while it names none)."""
        from mms_studio.core.languages import resolve_language
        from mms_studio.gui.i18n import shown_language

        return resolve_language(self.language.text(), ui_language=shown_language())

    def _search(self, text: str) -> None:
        from PySide6.QtCore import Qt

        from mms_studio.core.languages import search_languages
        from mms_studio.gui.i18n import shown_language

        self.matches.clear()
        for match in search_languages(text, ui_language=shown_language()):
            item = QListWidgetItem(match.label())
            item.setData(Qt.ItemDataRole.UserRole, match.label())
            self.matches.addItem(item)
        self.matches.setVisible(self.matches.count() > 0)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        self.language.setText(item.data(Qt.ItemDataRole.UserRole))
        self.matches.hide()
        self.language.setFocus()

    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser() / folder_name_for(self.name.text())

    def problem(self) -> str:
        """Why the form cannot be accepted yet, in one sentence ('' when it can)."""
        if not self.name.text().strip():
            return self.tr("Give the project a name.")
        if self.chosen_language() is None:
            return self.tr("Type the language's name or its ISO 639-3 code and pick it from "
                           "the list (a variety without a code of its own: qaa to qtz).")
        if not self.folder.text().strip():
            return self.tr("Choose a folder to keep the project in.")
        if self.target().exists():
            return self.tr("A folder with this name already exists there; choose another name.")
        return ""

    def _update(self) -> None:
        self.where.setText(self.tr("The project will be saved in: {path}").format(
            path=str(self.target())))
        match = self.chosen_language()
        if match is None:
            self.language_note.setText("")
        elif match.private_use:  # type: ignore[attr-defined]
            self.language_note.setText(self.tr(
                "✓ {code}: a private-use code, for a variety without a code of its own.").format(
                code=match.code))  # type: ignore[attr-defined]
        else:
            self.language_note.setText("✓ " + match.label())  # type: ignore[attr-defined]
        problem = self.problem()
        self.error.setText(problem)
        self.create_button.setEnabled(not problem)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Keep projects in"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def create(self) -> object:
        """Create the project; raises `MMSStudioError` (shown by the caller) on failure."""
        from mms_studio.core.project import Project

        problem = self.problem()
        if problem:
            raise MMSStudioError(problem)
        self.project = Project.create(self.target(),
                                      language=self.chosen_language().code,  # type: ignore[attr-defined]
                                      name=self.name.text().strip())
        return self.project

    def _accept(self) -> None:
        try:
            self.create()
        except MMSStudioError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class WelcomeWindow(QWidget):
    """New / open / recent, as big obvious buttons; Enter opens the selected recent project."""

    def __init__(self, *, controller: object) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome — MMS Studio"))
        self.setWindowIcon(app_icon())
        self.resize(720, 480)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        title = QLabel(self.tr("MMS Studio"))
        title.setObjectName("welcomeTitle")
        relative_font(title, 1.8, bold=True)
        tagline = QLabel(self.tr(
            "Turn your community's recordings into a speech recogniser for your language."))
        tagline.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(logo)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(tagline)
        header.addLayout(text, 1)

        self.new_button = QPushButton(icon("new-project"), self.tr("&New project…"))
        self.new_button.clicked.connect(self.new_project)
        self.open_button = QPushButton(icon("folder-open"), self.tr("&Open project…"))
        self.open_button.clicked.connect(self.open_project)
        # Ctrl+N / Ctrl+O right after the first frame: building a QKeySequence from a
        # standard key loads the `Qt` namespace (~15 ms) the frame does not need.
        after_first_paint(self, self._set_shortcuts)
        describe(self.new_button, self.tr("New project"), self.tr(
            "Start a project for a language: a name, the language code and a folder (Ctrl+N)"))
        describe(self.open_button, self.tr("Open project"),
                 self.tr("Open a project folder made earlier (Ctrl+O)"))
        self.demo_button = QPushButton(icon("train"), self.tr("Try a &demo project"))
        self.demo_button.clicked.connect(lambda: self.try_demo())
        describe(self.demo_button, self.tr("Try a demo project"), self.tr(
            "Make a small project in a made-up language with a tiny model trained on it, to "
            "look around without downloading anything (about a minute)"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + button.fontMetrics().height())
        self.demo_status = QLabel()
        self.demo_status.setWordWrap(True)
        self.demo_progress = QProgressBar()
        self.demo_progress.setRange(0, 100)
        describe(self.demo_progress, self.tr("Demo progress"),
                 self.tr("How far making the demo project has come"))
        self.demo_cancel = QPushButton(self.tr("Stop making the demo"))
        describe(self.demo_cancel, self.demo_cancel.text(),
                 self.tr("Stop making the demo project; what was made stays in its folder"))
        self.demo_cancel.clicked.connect(self.cancel_demo)
        for widget in (self.demo_status, self.demo_progress, self.demo_cancel):
            widget.setVisible(False)
        self.demo_worker: workers.TaskWorker | None = None
        self.train_demo_live = True     # tests turn the second, live run off
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.demo_status)
        buttons.addWidget(self.demo_progress)
        buttons.addWidget(self.demo_cancel)
        buttons.addStretch(1)

        self.recent = QListWidget()
        describe(self.recent, self.tr("Recent projects"),
                 self.tr("Projects opened before; press Enter to open the selected one."))
        self.recent.itemActivated.connect(self._open_item)
        self.empty = QLabel(self.tr("Projects you open will be listed here."))
        recent_box = QVBoxLayout()
        recent_label = QLabel(self.tr("&Recent projects"))
        recent_label.setBuddy(self.recent)
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.empty)

        body = QHBoxLayout()
        body.addLayout(buttons)
        body.addLayout(recent_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addLayout(body, 1)
        chain_focus(self.new_button, self.open_button, self.demo_button, self.demo_cancel,
                    self.recent)
        self.refresh()

    def _set_shortcuts(self) -> None:
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.open_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_projects():
            item = QListWidgetItem(f"{Path(path).name}\n{path}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.empty.setVisible(self.recent.count() == 0)
        if self.recent.count():
            self.recent.setCurrentRow(0)
            self.recent.setFocus()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.controller.open_project(item.data(PATH_ROLE), parent=self)

    def new_project(self) -> None:
        dialog = NewProjectDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.project is not None:
            self.controller.show_project(dialog.project)
        dialog.deleteLater()

    def open_project(self, path: str | None = None) -> None:
        if not path:
            path = QFileDialog.getExistingDirectory(self, self.tr("Open project folder"),
                                                    str(default_projects_folder()))
        if path:
            self.controller.open_project(path, parent=self)

    # ---- the demo project ------------------------------------------------------------------
    def try_demo(self, folder: Path | None = None, **options: int) -> workers.TaskWorker | None:
        """Make the demo project in a worker (progress and Stop here), then open it.

        `options` go to `create_demo_project` (tests ask for fewer clips and steps).
        """
        from mms_studio.core.workflows.demo import create_demo_project
        from mms_studio.gui import workers

        if self.demo_worker is not None and self.demo_worker.is_running:
            return None
        target = folder or demo_folder()
        self.demo_button.setEnabled(False)
        self.demo_status.setText(self.tr("Making the demo project in {path}…").format(
            path=str(target)))
        self.demo_progress.setValue(0)
        for widget in (self.demo_status, self.demo_progress, self.demo_cancel):
            widget.setVisible(True)
        self.demo_cancel.setEnabled(True)
        self.demo_worker = workers.start_worker(
            create_demo_project, target, name="demo", **options,
            connect={"status": self.demo_status.setText,
                     "progress": lambda fraction, _eta: self.demo_progress.setValue(
                         int(fraction * 100)),
                     "returned": self._demo_made, "errored": self._demo_failed,
                     "finished": self._demo_finished})
        return self.demo_worker

    def cancel_demo(self) -> None:
        if self.demo_worker is not None and self.demo_worker.is_running:
            self.demo_worker.quit()
            self.demo_cancel.setEnabled(False)
            self.demo_status.setText(self.tr("Stopping…"))

    def _demo_made(self, demo: object) -> None:
        """Open the demo on its Train page, training once more live: the curves fall in view.

        The demo already has a trained adapter (Transcribe works at once); the second,
        live run takes seconds on the tiny model and shows what training looks like.
        """
        from mms_studio.core.workflows.demo import demo_train_config

        self.demo_status.setText(self.tr("The demo project is ready."))
        window = self.controller.open_project(demo.root, parent=self)  # type: ignore[attr-defined]
        if window is not None and self.train_demo_live:
            train = window.go_to("train")
            train.start(config=demo_train_config())

    def _demo_failed(self, exc: BaseException) -> None:
        from mms_studio.core.errors import Cancelled
        from mms_studio.gui.shell import messages

        if isinstance(exc, Cancelled):
            self.demo_status.setText(self.tr("Stopped. What was made is still in its folder."))
        elif isinstance(exc, MMSStudioError):
            self.demo_status.setText(str(exc))
            messages.tell(self, self.tr("The demo project could not be made"), str(exc))
        else:
            self.demo_status.setText(self.tr("Making the demo failed unexpectedly; see the log "
                                             "file."))
            raise exc

    def _demo_finished(self) -> None:
        self.demo_button.setEnabled(True)
        self.demo_progress.setVisible(False)
        self.demo_cancel.setVisible(False)
