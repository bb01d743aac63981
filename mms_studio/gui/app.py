"""Start the app: one QApplication, the shell (log, crash hook, theme), then a window.

`run_app(project=None)` is what `mms-studio [PROJECT_DIR]` calls. The
`AppController` owns the top-level windows: the welcome screen (new / open /
recent) and at most one main window per project; both hand user choices back
to it, so opening a project works the same from the command line, the
welcome screen and the File menu.

Start-up is split around the window's first frame (`shell/startup.py`,
measured by `bench/startup.py`): `create_app` does only what that frame needs
and keeps the log in memory behind a plain exception hook; `finish_start_up`
runs right after the first paint and opens the log file, builds the crash
dialog's reporter and follows the system's light/dark switch. This module
imports nothing else before the frame (pages, core, message boxes load later).
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from mms_studio import __version__
from mms_studio.gui.shell import settings as app_settings
from mms_studio.gui.shell.crash import install_crash_hook, install_early_hook
from mms_studio.gui.shell.logs import log_ready, setup_logging, start_early_logging
from mms_studio.gui.shell.startup import FALLBACK_MS, after_first_paint
from mms_studio.gui.theme import apply_theme, system_is_dark

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon, theme and translations (idempotent).

    The log is kept in memory and uncaught exceptions are logged from the first line;
    the log file and the crash dialog follow right after the first window paints
    (`finish_start_up`).
    """
    start_early_logging()
    install_early_hook()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.property("mms_started"):
        log.info("MMS Studio %s starting", __version__)
    app.setOrganizationName(app_settings.ORGANIZATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mms-studio")
    from mms_studio.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    from mms_studio.gui.i18n import install_translations

    install_translations(app)
    choice = app_settings.theme_choice()
    # The system's scheme as seen last time (None the first time: then Qt is asked now);
    # checked right after the first frame.
    apply_theme(app, choice,
                system_dark=app_settings.last_system_dark() if choice == "system" else None)
    if not app.property("mms_started"):
        app.setProperty("mms_started", True)
        # Right after the first window paints (`_after_first_frame`), or in half a second:
        QTimer.singleShot(FALLBACK_MS, app, finish_start_up)
    return app


def finish_start_up() -> None:
    """What start-up leaves until the first frame is on screen (once; idempotent)."""
    app = QApplication.instance()
    # Only for an app made by `create_app` (tests build windows on a bare QApplication).
    if not isinstance(app, QApplication) or not app.property("mms_started") \
            or app.property("mms_finished"):
        return
    app.setProperty("mms_finished", True)
    path = setup_logging()
    log.info("log file %s", path)
    install_crash_hook()
    _check_system_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))


def _after_first_frame(window: QWidget) -> None:
    after_first_paint(window, finish_start_up)


def _check_system_scheme(app: QApplication) -> None:
    """The first frame used the scheme seen last time: if the system changed since, follow."""
    dark = system_is_dark(app)
    app_settings.remember_system_dark(dark)
    if app_settings.theme_choice() == "system" and bool(app.property("mms_dark")) != dark:
        apply_theme(app, "system", system_dark=dark)


def _follow_system(app: QApplication) -> None:
    """The system switched light/dark: follow it unless the user chose a theme."""
    app_settings.remember_system_dark(system_is_dark(app))
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
        _after_first_frame(self.welcome)
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
        from mms_studio.core.errors import MMSStudioError
        from mms_studio.core.project import Project
        from mms_studio.gui.shell import messages

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
        _after_first_frame(window)
        # After the menus and the shell, in a turn of its own (or in 0.5 s when minimised).
        after_first_paint(window, lambda: QTimer.singleShot(0, self, self._finish_open))
        window.show()
        return window

    def _finish_open(self) -> None:
        from mms_studio.core.errors import MMSStudioError
        from mms_studio.core.project import Project
        from mms_studio.gui.shell import messages

        if self._pending is None:
            return
        window, path = self._pending
        self._pending = None
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
        _after_first_frame(self.window)
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
