"""The main window: a page list on the left, the current page on the right, menus above.

Pages talk to each other only through the window (`dataset_changed`, `go_to`),
so each stays a small module. Closing asks before stopping a running job,
cancels it, waits for it to keep what it finished, then saves window state.

The module is longer than most because the window owns what every page shares and
nothing else can hold: the menu bar (some thirty actions with their shortcuts, the
shortcut list built from them), the page registry and the close sequence; each page,
dialog and product rule lives in a module of its own.

The window is the first thing a user waits for (`bench/startup.py`): opened with no
project yet (`project=None`), it shows its frame with the page list and the menu titles,
and fills the menus with their actions and shortcuts right after that first frame
(`shell/startup.py`). Only what the frame needs is imported at module level.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

# Only what the first frame needs; menus, dialogs, workers and pages import theirs when
# they are built (a PySide6 class with many enums costs milliseconds the first time it is
# named, and `Qt` itself ~15 ms).
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from mms_studio import __version__
from mms_studio.gui.icons import app_icon, icon
from mms_studio.gui.shell.settings import app_settings, set_theme_choice, theme_choice
from mms_studio.gui.shell.startup import after_first_paint
from mms_studio.gui.theme import THEMES, apply_theme

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from mms_studio.gui.pages.base import Page, Shortcut

log = logging.getLogger(__name__)


# Each page is built by a small function that imports its module on first show: the pages
# pull in numpy, the audio stack and SQLite (~0.3 s), which the window frame does not need
# (bench/startup.py). The imports are plain statements, so linters and a rename see them.
def _record_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.record import RecordPage

    return RecordPage(window)


def _dataset_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.dataset import DatasetPage

    return DatasetPage(window)


def _train_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.train import TrainPage

    return TrainPage(window)


def _transcribe_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.transcribe import TranscribePage

    return TranscribePage(window)


def _language_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.language import LanguagePage

    return LanguagePage(window)


def _evaluation_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.evaluation import EvaluationPage

    return EvaluationPage(window)


def _review_page(window: MainWindow) -> Page:
    from mms_studio.gui.pages.review import ReviewPage

    return ReviewPage(window)


# key, title, icon, page builder — in the order of the page list.
PAGES = (
    ("record", QT_TRANSLATE_NOOP("MainWindow", "Record"), "microphone", _record_page),
    ("dataset", QT_TRANSLATE_NOOP("MainWindow", "Dataset"), "dataset", _dataset_page),
    ("train", QT_TRANSLATE_NOOP("MainWindow", "Train"), "train", _train_page),
    ("transcribe", QT_TRANSLATE_NOOP("MainWindow", "Transcribe"), "transcribe", _transcribe_page),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Language"), "settings", _language_page),
    ("evaluation", QT_TRANSLATE_NOOP("MainWindow", "Evaluation"), "train", _evaluation_page),
    ("review", QT_TRANSLATE_NOOP("MainWindow", "Review"), "transcribe", _review_page),
)
PAGE_KEYS = tuple(spec[0] for spec in PAGES)
USER_ROLE = 256   # Qt.ItemDataRole.UserRole, without loading the Qt namespace for the frame


class MainWindow(QMainWindow):
    dataset_changed = Signal()   # clips added, edited or removed by any page

    def __init__(self, project: object | None, *, controller: object | None = None,
                 ask_for_base_model: bool = True) -> None:
        """`project=None` shows the frame at once; `attach()` fills it once the project is open.

        `ask_for_base_model=False` leaves out the base-model dialog that otherwise comes up
        shortly after a project without its base model opens (tests of other things: the
        dialog would take the keyboard from them at a random moment).
        """
        super().__init__()
        self.ask_for_base_model = ask_for_base_model
        self.project = project
        self.controller = controller
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("MMS Studio"))

        self.nav = QListWidget()
        self.nav.setObjectName("pageList")
        # What a screen reader says (gui.a11y.describe, whose module the frame does not need).
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr(
            "The parts of the project: choose one with the arrow keys, or press Ctrl+1 to "
            "Ctrl+5 from anywhere."))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        # Pages are built the first time they are shown, so the window opens fast.
        self._pages: dict[str, Page | None] = {}
        self._placeholders: dict[str, QWidget] = {}
        for key, title, icon_name, _build in PAGES:
            self._pages[key] = None
            placeholder = QWidget()
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(icon(icon_name), QCoreApplication.translate("MainWindow", title))
            item.setData(USER_ROLE, key)
            self.nav.addItem(item)
        self._size_nav()
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.job_label = QLabel()
        self.statusBar().addPermanentWidget(self.job_label)
        self._menus_filled = False
        self._build_menu_titles()
        self._restore_geometry()
        self.base_model_dialog: QDialog | None = None
        if project is not None:
            self.attach(project)
        else:
            self.nav.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening the project…"))
            after_first_paint(self, self.fill_menus)   # a few ms after the frame

    def _size_nav(self) -> None:
        """Page list sized from the font, so a larger system font never cuts a title off."""
        metrics = self.nav.fontMetrics()
        side = max(28, round(metrics.height() * 1.6))
        self.nav.setIconSize(QSize(side, side))
        widest = max(metrics.horizontalAdvance(self.nav.item(row).text())
                     for row in range(self.nav.count()))
        width = max(170, widest + side + 3 * metrics.averageCharWidth() + 24)
        height = max(44, side + metrics.height() // 2 + 8)
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(QSize(width - 20, height))
        self.nav.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) \
                and self.__dict__.get("nav") is not None:
            QTimer.singleShot(0, self, self._size_nav)   # after the list took the new font
        super().changeEvent(event)

    def attach(self, project: object) -> None:
        """Show `project` in this window: title, recovery notes, the last page used."""
        self.fill_menus()
        self.project = project
        self.nav.setEnabled(True)
        self._update_title()
        self.statusBar().showMessage(self.tr("Every change is saved as you make it."))
        self._report_recovery()
        page = str(app_settings().value("window/page", ""))
        self.go_to(page if page in PAGE_KEYS else "dataset")   # Dataset: what a new user needs
        if self.ask_for_base_model:
            QTimer.singleShot(400, self, self.check_base_model)

    # ---- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for `key`, built now if it has not been shown yet."""
        page = self._pages[key]
        if page is None:
            page = PAGES[PAGE_KEYS.index(key)][3](self)
            page.setObjectName(f"{key}Page")
            row = PAGE_KEYS.index(key)
            placeholder = self._placeholders.pop(key)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        return page

    @property
    def pages(self) -> dict[str, Page]:
        """Every page, built (the shortcut list and tests need them all)."""
        return {key: self.page(key) for key in PAGE_KEYS}

    def built_pages(self) -> list[Page]:
        return [p for p in self._pages.values() if p is not None]

    def go_to(self, key: str) -> Page:
        if self.project is None:
            raise RuntimeError("no project is open in this window yet")
        page = self.page(key)
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        page.take_focus()        # a shortcut, the Go menu or another page sent the user here
        return page

    def current_key(self) -> str:
        return PAGE_KEYS[max(self.nav.currentRow(), 0)]

    def _show_row(self, row: int) -> None:
        if row < 0 or self.project is None:
            return
        page = self.page(PAGE_KEYS[row])
        previous = self.stack.currentWidget()
        self.stack.setCurrentWidget(page)
        from mms_studio.gui.pages.base import Page

        if isinstance(previous, Page) and previous is not page:
            previous.hidden()
        page.shown()
        if not self.nav.hasFocus():      # arrows in the page list keep the keyboard there
            page.take_focus()

    def _update_title(self) -> None:
        settings = self.project.settings  # type: ignore[attr-defined]
        self.setWindowTitle(self.tr("{name} ({language}) — MMS Studio").format(
            name=settings.name, language=settings.language))

    def _report_recovery(self) -> None:
        """Say what a crash left behind and what was done with it (nothing is thrown away)."""
        from mms_studio.core.recording.takes import recover_takes

        notes = list(getattr(self.project, "swept", []))
        recovered = recover_takes(self.project.root)  # type: ignore[attr-defined]
        if recovered:
            notes.append(self.tr("{n} take(s) cut short by a crash were kept; review them on the "
                                 "Record page").format(n=len(recovered)))
        if notes:
            log.info("recovery on open: %s", "; ".join(notes))
            self.statusBar().showMessage("; ".join(notes), 15000)

    def check_base_model(self, *, always: bool = False) -> QDialog | None:
        """Offer the download (or a folder) when the project's base model is not on disk.

        `always=True` offers it even when it is there (the Language page's button: after
        "Later", or to use another copy).
        """
        from mms_studio.gui.base_model import BaseModelDialog, base_model_available

        if self.project is None or not self.isVisible():
            return None
        if not always and base_model_available(self.project.settings.base_model):
            return None
        if self.base_model_dialog is None:
            self.base_model_dialog = BaseModelDialog(self.project, self)
            self.base_model_dialog.finished.connect(self._base_model_dialog_closed)
        self.base_model_dialog.open()
        return self.base_model_dialog

    def _base_model_dialog_closed(self, _result: int = 0) -> None:
        self.project_settings_changed()
        settings_page = self._pages.get("settings")
        if settings_page is not None:
            settings_page.base_model.setText(self.project.settings.base_model)  # type: ignore[attr-defined]
        # The keyboard comes back to the window (not every platform hands it back).
        self.activateWindow()
        from mms_studio.gui.pages.base import Page

        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.take_focus()

    def project_settings_changed(self) -> None:
        self._update_title()

    def show_base_models(self) -> QDialog:
        """Base model and disk space (base_models_dialog.py): licences, the choice, the cache."""
        from mms_studio.gui.base_models_dialog import BaseModelsDialog

        dialog = BaseModelsDialog(self.project, self)
        dialog.finished.connect(self._base_model_dialog_closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # ---- menus ---------------------------------------------------------------------------
    def _action(self, menu: object, text: str, slot: object, shortcut: object = None,
                icon_name: str | None = None) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_menu_titles(self) -> None:
        """The menu bar with its titles, in the first frame (its height is part of the layout)."""
        bar = self.menuBar()
        self._menus = {key: bar.addMenu(title) for key, title in (
            ("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("go", self.tr("&Go")),
            ("view", self.tr("&View")), ("help", self.tr("&Help")))}

    def fill_menus(self) -> None:
        """The menus' actions and their shortcuts (once; right after the first frame)."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        file = self._menus["file"]
        self._action(file, self.tr("&New project…"), self._new_project,
                     QKeySequence.StandardKey.New, "new-project")
        self._action(file, self.tr("&Open project…"), self._open_project,
                     QKeySequence.StandardKey.Open, "folder-open")
        self._action(file, self.tr("&Import recordings…"), self._import, "Ctrl+I", "import")
        self._action(file, self.tr("Import a &long recording with its transcript…"),
                     self._import_long, None, "import")
        self._action(file, self.tr("&Base model and disk space…"), self.show_base_models)
        file.addSeparator()
        self._action(file, self.tr("&Close project"), self._close_project,
                     QKeySequence.StandardKey.Close)
        self._action(file, self.tr("&Quit"), QApplication.closeAllWindows,
                     QKeySequence.StandardKey.Quit)

        edit = self._menus["edit"]
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setIcon(icon("undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        # Their menu text names the step ("Undo Edit the transcript of clip 3 …"); the
        # shortcut list says what the key does in general.
        undo.setProperty("shortcut_text", self.tr("Undo"))
        redo.setProperty("shortcut_text", self.tr("Redo"))
        edit.addAction(undo)
        edit.addAction(redo)

        go = self._menus["go"]
        for number, (key, title, icon_name, _build) in enumerate(PAGES, start=1):
            self._action(go, self.tr("Show the {page} page").format(
                page=QCoreApplication.translate("MainWindow", title)),
                lambda _=False, k=key: self.go_to(k), f"Ctrl+{number}", icon_name)

        view = self._menus["view"]
        theme_menu = view.addMenu(self.tr("&Appearance"))
        group = QActionGroup(self)
        labels = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                  "dark": self.tr("Dark")}
        current = theme_choice()
        for choice in THEMES:
            action = QAction(labels[choice], self, checkable=True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _=False, c=choice: self.set_theme(c))
            group.addAction(action)
            theme_menu.addAction(action)

        self._build_language_menu(view)

        helpm = self._menus["help"]
        self._action(helpm, self.tr("&Getting started"), self.show_guide,
                     QKeySequence.StandardKey.HelpContents)
        self._action(helpm, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        self._action(helpm, self.tr("Open the &log folder"), self._open_log_folder)
        self._action(helpm, self.tr("&About MMS Studio"), self._about)

    def _build_language_menu(self, view: object) -> None:
        from PySide6.QtGui import QAction, QActionGroup

        from mms_studio.gui import i18n

        menu = view.addMenu(self.tr("Interface &language"))  # type: ignore[attr-defined]
        group = QActionGroup(self)
        current = i18n.saved_language()
        choices = [(i18n.SYSTEM, self.tr("Follow the system")), *i18n.available_languages()]
        for code, name in choices:
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
        self.language_menu = menu

    def set_language(self, code: str) -> None:
        """Save the interface language; it takes effect at the next start (said so plainly).

        Widgets set their texts when they are built, so switching live would show a mix of
        two languages until every page is rebuilt; nothing changes until the restart.
        """
        from mms_studio.gui import i18n

        i18n.save_language(code)
        names = dict(i18n.available_languages())
        name = names.get(code) or self.tr("the system's language")
        text = self.tr("MMS Studio will be in {language} after you restart it; until then "
                       "it stays as it is.").format(language=name)
        self.statusBar().showMessage(text, 15000)
        from mms_studio.gui.shell import messages

        messages.tell(self, self.tr("Interface language"), text, warning=False)

    def set_theme(self, choice: str) -> None:
        set_theme_choice(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)

    def shortcut_list(self) -> list[Shortcut]:
        """Every shortcut: menu actions first, then each page's own keys."""
        from PySide6.QtGui import QKeySequence

        from mms_studio.gui.pages.base import Shortcut

        self.fill_menus()
        items: list[Shortcut] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu else []:
                sub = action.menu()
                for inner in ([action] + (sub.actions() if sub else [])):
                    if not inner.shortcut().isEmpty():
                        items.append(Shortcut(
                            inner.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                            inner.property("shortcut_text")
                            or inner.text().replace("&", "").rstrip("…")))
        for page in (self.pages.values() if self.project is not None else ()):
            for shortcut in page.shortcuts():
                items.append(Shortcut(shortcut.keys, f"{page.title}: {shortcut.description}"))
        return items

    def show_shortcuts(self) -> QDialog:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QTableWidget,
            QTableWidgetItem,
            QVBoxLayout,
        )

        from mms_studio.gui.a11y import describe

        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(0, 2, dialog)
        describe(table, self.tr("Keyboard shortcuts"),
                 self.tr("Every key combination and what it does"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        for shortcut in self.shortcut_list():
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(shortcut.keys))
            table.setItem(row, 1, QTableWidgetItem(shortcut.description))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(560, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_guide(self) -> QDialog:
        """Help › Getting started: the offline guide with pictures (`gui.shell.guide`)."""
        from mms_studio.gui.shell.guide import show_guide

        return show_guide(self)

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from mms_studio.gui.shell.logs import log_file

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    def _about(self) -> None:
        from mms_studio.gui.shell import messages
        from mms_studio.gui.shell.logs import log_file

        messages.tell(self, self.tr("About MMS Studio"), self.tr(
            "MMS Studio {version}. Trains small adapters for Meta's MMS speech model "
            "(facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that "
            "licence). Log file: {log}").format(version=__version__, log=str(log_file())),
            warning=False)

    def _new_project(self) -> None:
        if self.controller is not None:
            from mms_studio.gui.welcome import NewProjectDialog

            dialog = NewProjectDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.project is not None:
                self.controller.show_project(dialog.project)  # type: ignore[attr-defined]

    def _open_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self, self.tr("Open project folder"))
        if path and self.controller is not None:
            self.controller.open_project(path, parent=self)  # type: ignore[attr-defined]

    def _close_project(self) -> None:
        if self.controller is not None:
            self.controller.back_to_welcome()  # type: ignore[attr-defined]
        else:
            self.close()

    def _import(self) -> None:
        if self.project is not None:
            self.go_to("dataset").import_dialog()  # type: ignore[attr-defined]

    def _import_long(self) -> None:
        """A long recording and its untimed transcript, aligned on the Review page."""
        if self.project is None:
            return
        from PySide6.QtWidgets import QFileDialog

        audio, _ = QFileDialog.getOpenFileName(self, self.tr("The long recording"), "",
                                               self.tr("Audio (*.wav *.flac *.mp3 *.ogg *.opus"
                                                       " *.aif *.aiff);;All files (*)"))
        if not audio:
            return
        transcript, _ = QFileDialog.getOpenFileName(
            self, self.tr("Its transcript (one utterance a line, or ELAN)"), "",
            self.tr("Transcripts (*.txt *.eaf);;All files (*)"))
        if transcript:
            self.go_to("review").import_with_transcript(audio, transcript)  # type: ignore[attr-defined]

    # ---- jobs and closing ----------------------------------------------------------------
    def busy(self) -> list[str]:
        from mms_studio.gui import workers

        jobs = [text for page in self.built_pages() if (text := page.busy())]
        if not jobs and workers.active_workers():
            jobs = [self.tr("a background job")]
        return jobs

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        from mms_studio.gui import workers
        from mms_studio.gui.shell import messages

        jobs = self.busy()
        if jobs and not messages.ask(
                self, self.tr("Stop and close?"),
                self.tr("MMS Studio is still busy with: {jobs}. Closing stops it; what is "
                        "already finished is kept.").format(jobs=", ".join(jobs)),
                yes=self.tr("Stop and close"), no=self.tr("Keep working")):
            event.ignore()
            return
        for page in self.built_pages():
            page.shutdown()
        if not workers.await_workers(timeout=60):
            log.warning("a job did not stop within 60 s of closing")
        # The stopped jobs' last signals are queued: let the pages handle them while the
        # project is still open, then let nothing else reach it (no work on a closed project).
        QCoreApplication.sendPostedEvents()
        self.blockSignals(True)
        self._save_state()
        if self.project is not None:
            try:
                self.project.close()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 — closing must not fail the window
                log.exception("closing the project failed")
        event.accept()

    def _save_state(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.project is not None:
            settings.setValue("window/page", self.current_key())
        settings.sync()

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
