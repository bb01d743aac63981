"""Start the app: one QApplication, the shell (log, crash hook, theme), then a window.

`run_app(project=None)` is what `mms-studio [PROJECT_DIR]` calls. The
`AppController` owns the top-level windows: the welcome screen (new / open /
recent) and at most one main window per project; both hand user choices back
to it, so opening a project works the same from the command line, the
welcome screen and the File menu.
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from mms_studio import __version__
from mms_studio.core.errors import MMSStudioError
from mms_studio.gui.shell import messages
from mms_studio.gui.shell import settings as app_settings
from mms_studio.gui.shell.crash import install_crash_hook
from mms_studio.gui.shell.logs import log_ready, setup_logging
from mms_studio.gui.theme import apply_theme

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon, theme, log file and crash hook (idempotent)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(app_settings.ORGANIZATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mms-studio")
    from mms_studio.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    path = setup_logging()
    log.info("MMS Studio %s starting; log file %s", __version__, path)
    install_crash_hook()
    from mms_studio.gui.i18n import install_translations

    install_translations(app)
    apply_theme(app, app_settings.theme_choice())
    if not app.property("mms_follows_system"):
        app.setProperty("mms_follows_system", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    return app


def _follow_system(app: QApplication) -> None:
    """The system switched light/dark: follow it unless the user chose a theme."""
    if app_settings.theme_choice() == "system":
        apply_theme(app, "system")


class AppController(QObject):
    """Opens, creates and closes projects; owns the welcome screen and the main window."""

    project_opened = Signal(object)   # the main window, once its project is shown

    def __init__(self) -> None:
        super().__init__()
        self.welcome: QWidget | None = None
        self.window: QWidget | None = None
        self._pending: tuple[QWidget, str] | None = None

    # ---- windows -------------------------------------------------------------------------
    def show_welcome(self) -> QWidget:
        from mms_studio.gui.welcome import WelcomeWindow

        if self.welcome is None:
            self.welcome = WelcomeWindow(controller=self)
        self.welcome.refresh()  # type: ignore[attr-defined]
        self.welcome.show()
        self.welcome.raise_()
        return self.welcome

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def open_project(self, path: str | Path, *, parent: QWidget | None = None) -> QWidget | None:
        """Open the project at `path` in the main window; show why not in a dialog."""
        from mms_studio.core.project import Project

        try:
            project = Project.open(path)
        except MMSStudioError as exc:
            messages.tell(parent, self.tr("Cannot open this project"), str(exc))
            return None
        return self.show_project(project)

    def open_project_soon(self, path: str | Path) -> QWidget:
        """Show the window frame now; open the project once the frame has painted.

        Opening imports core's numerical libraries (numpy, SQLite, the audio
        stack), which takes a moment on a laptop; the user sees the window at
        once with "Opening the project…" instead of waiting on nothing.
        """
        from mms_studio.gui.main_window import MainWindow

        window = MainWindow(None, controller=self)
        window.setWindowTitle(self.tr("Opening {name}… — MMS Studio").format(name=Path(path).name))
        self.window = window
        self._pending = (window, str(path))
        window.installEventFilter(self)
        window.show()
        QTimer.singleShot(500, self, self._finish_open)   # in case no paint arrives (minimised)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._pending is not None and watched is self._pending[0] \
                and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._finish_open)
        return False

    def _finish_open(self) -> None:
        from mms_studio.core.project import Project

        if self._pending is None:
            return
        window, path = self._pending
        self._pending = None
        window.removeEventFilter(self)
        try:
            project = Project.open(path)
        except MMSStudioError as exc:
            self.window = None
            window.close()
            window.deleteLater()
            messages.tell(None, self.tr("Cannot open this project"), str(exc))
            self.show_welcome()
            return
        app_settings.add_recent_project(project.root)
        window.attach(project)  # type: ignore[attr-defined]
        log_ready()
        self.project_opened.emit(window)

    def show_project(self, project: object) -> QWidget | None:
        from mms_studio.gui.main_window import MainWindow

        if self.window is not None and not self.close_project():
            project.close()  # type: ignore[attr-defined]
            return None
        app_settings.add_recent_project(project.root)  # type: ignore[attr-defined]
        self.window = MainWindow(project, controller=self)
        self.window.show()
        self._close_welcome()
        QTimer.singleShot(0, log_ready)
        self.project_opened.emit(self.window)
        return self.window

    def close_project(self) -> bool:
        """Close the main window (it asks about running jobs); False if the user said no."""
        if self.window is None:
            return True
        window = self.window
        if not window.close():
            return False
        window.deleteLater()
        self.window = None
        return True

    def back_to_welcome(self) -> None:
        if self.close_project():
            self.show_welcome()

def run_app(project: str | None = None) -> int:
    """`mms-studio [PROJECT_DIR]`: the welcome screen, or that project directly."""
    app = create_app()
    controller = AppController()
    if project is None:
        controller.show_welcome()
        QTimer.singleShot(0, log_ready)
    else:
        controller.open_project_soon(project)
    app.controller = controller  # type: ignore[attr-defined]  # keep alive
    _close_on_signals(app)
    return app.exec()


def _close_on_signals(app: QApplication) -> None:
    """Ctrl+C or a polite kill closes the windows normally (asking about running jobs).

    Python runs signal handlers only between bytecodes, so a timer wakes the
    interpreter a few times a second while Qt's loop waits.
    """
    def close(*_: object) -> None:
        log.info("closing on a signal")
        QTimer.singleShot(0, QApplication.closeAllWindows)

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(250)
