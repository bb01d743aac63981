"""GUI test fixtures: isolated settings and log folder, non-blocking messages, a leak guard.

Every GUI test runs with QSettings in a temporary INI file (never the
developer's own settings), the log in a temporary folder, and message boxes
recorded instead of shown. `leak_guard` fails a test that leaves a top-level
widget alive, like napari's test support does.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _isolated_shell(tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("gui-shell")
    os.environ["MMS_STUDIO_LOG_DIR"] = str(root / "logs")
    from mms_studio.gui.shell import messages, settings

    settings.use_settings_path(root / "settings.ini")
    messages.interactive = False


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path) -> None:
    """Each test starts from empty settings; messages start empty."""
    from mms_studio.gui.shell import messages, settings

    settings.use_settings_path(tmp_path / "settings.ini")
    messages.history.clear()
    messages.answer = True


@pytest.fixture(autouse=True)
def leak_guard(request: pytest.FixtureRequest):
    """Fail the test if it leaves a new top-level widget alive after pytest-qt closed its own."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = {id(w) for w in QApplication.topLevelWidgets()} if app else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    from mms_studio.gui import workers

    workers.await_workers(timeout=30)
    for _ in range(3):
        gc.collect()   # pyqtgraph keeps parentless context menus alive through reference cycles
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets()
              if id(w) not in before and w.isWindow() and not w.objectName().startswith("qt_")
              and type(w).__name__ not in ("QTipLabel",)]
    if leaked:
        names = ", ".join(f"{type(w).__name__}({w.objectName()!r})" for w in leaked)
        for w in leaked:
            w.close()
            w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"test leaked top-level widgets: {names}")


@pytest.fixture
def wait_for_worker(qtbot):
    """Wait until a worker from `start_worker` finished and its page has handled that.

    Race-free where waitSignal is not: the worker may finish before a test
    could connect to its signal.
    """
    def wait(worker, timeout: int = 120000) -> None:
        qtbot.waitUntil(lambda: worker.delivered, timeout=timeout)

    return wait


ABUI = ("abui_1", "abui_2", "abui_3", "abui_4")


@pytest.fixture
def project(tmp_path: Path, shared_data: Path):
    """A real, empty project in a temporary folder (closed after the test)."""
    from mms_studio.core.project import Project

    proj = Project.create(tmp_path / "Abui test", language="abz", name="Abui test")
    yield proj
    try:
        proj.close()
    except Exception:  # noqa: BLE001 — the window may have closed it already
        pass


@pytest.fixture
def abui_project(project, shared_data: Path):
    """The project with the five Abui phrases imported from the real ELAN files."""
    from mms_studio.core.project.importer import import_sources

    folder = shared_data / "abui" / "transcribed"
    report = import_sources(project, [folder / f"{name}.eaf" for name in ABUI])
    assert len(report.imported) == 5, report.to_text()
    return project


@pytest.fixture
def main_window(qtbot, abui_project):
    """The real main window on the Abui project; closed (and its jobs awaited) after the test."""
    from mms_studio.gui.main_window import MainWindow

    window = MainWindow(abui_project, ask_for_base_model=False)   # see test_base_model.py
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
