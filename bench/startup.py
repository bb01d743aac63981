"""Time from process start to a visible main window, against a bare PySide6 window.

Each measurement is a fresh Python process (imports included, as a user
starting the app pays them); the parent times from spawning it to the line
the child prints once its window is exposed. The app opens a real project
(five real Abui clips) the way `mms-studio DIR` does: the window frame paints,
then the project opens in it; both moments are printed. Median of `--repeat`
runs; prints figures and the ratio, never asserts (target: the app within
1.5x of the bare window).
Run on an idle machine: `make bench` or `python bench/startup.py`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO))   # run from a checkout without installing

# Both children print "visible" at the first paint of their window, then exit.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__(); self.on_paint = on_paint; self.done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True; QTimer.singleShot(0, self.on_paint)
        return False
"""

BARE = FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1180, 760); w.setWindowTitle("bare")
def ready():
    print("visible", flush=True); print("", flush=True); app.quit()
hook = FirstPaint(ready); w.installEventFilter(hook); w.show()
app.exec()
"""

# What `mms-studio PROJECT_DIR` does (run_app): the frame paints first, then the project opens.
APP = FIRST_PAINT + """
import sys, time
t0 = time.perf_counter()
from mms_studio.gui.app import AppController, create_app
app = create_app()
controller = AppController()
marks = {}
WATCH = ("numpy", "sqlite3", "soundfile", "soxr", "pyqtgraph", "torch", "transformers",
         "mms_studio.core.audio", "mms_studio.core.project", "mms_studio.gui.pages.dataset",
         "mms_studio.gui.pages.record", "mms_studio.gui.pages.train",
         "mms_studio.gui.pages.transcribe", "mms_studio.gui.pages.language")
def painted():
    marks["frame"] = time.perf_counter()
    marks["at_frame"] = {m for m in WATCH if m in sys.modules}
    print("visible", flush=True)
def opened(_window):
    marks["project"] = time.perf_counter()
    print(f"{marks['frame'] - t0:.4f} {marks['project'] - t0:.4f}", flush=True)
    later = [m for m in WATCH if m in sys.modules and m not in marks["at_frame"]]
    print("deferred " + ",".join(later) + " | before " + ",".join(sorted(marks["at_frame"])),
          flush=True)
    controller.close_project(); app.quit()
controller.project_opened.connect(opened)
hook = FirstPaint(painted)
window = controller.open_project_soon(sys.argv[1])
window.installEventFilter(hook)
app.exec()
"""
PHASES = ("window frame painted", "project shown in it")


def time_child(code: str, *args: str, env: dict[str, str],
               phases: list[list[float]] | None = None, notes: list[str] | None = None) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    out = proc.stdout.readline()          # phase timings (the app child only)
    note = proc.stdout.readline()         # what was imported only after the frame
    _, err = proc.communicate(timeout=60)
    if line.strip() != "visible":
        raise SystemExit(f"child failed:\n{err}")
    if phases is not None and out.strip():
        phases.append([float(x) for x in out.split()])
    if notes is not None and note.strip():
        notes.append(note.strip())
    return elapsed


def make_project(folder: Path) -> Path:
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources

    root = folder / "bench project"
    with Project.create(root, language="abz", name="Bench") as project:
        sources = [SHARED / "abui" / "transcribed" / f"abui_{i}.eaf" for i in range(1, 5)]
        import_sources(project, sources)
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        project = make_project(tmp_path)
        env = {**os.environ, "MMS_STUDIO_LOG_DIR": str(tmp_path / "logs"),
               "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                          "offscreen"),
               "XDG_CONFIG_HOME": str(tmp_path / "config")}
        time_child(BARE, env=env)           # warm the file cache for both
        time_child(APP, str(project), env=env)
        bare, app, phases, notes = [], [], [], []
        for _ in range(args.repeat):
            bare.append(time_child(BARE, env=env))
            app.append(time_child(APP, str(project), env=env, phases=phases, notes=notes))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.repeat} each (median)")
    print(f"bare PySide6 window visible: {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"MMS Studio main window:      {a * 1000:7.0f} ms  (min {min(app) * 1000:.0f})")
    print(f"ratio: {a / b:.2f}x  (target <= 1.5x)")
    print("inside the app process, from its first line (median):")
    for i, name in enumerate(PHASES):
        print(f"  {name:24s} {statistics.median(p[i] for p in phases) * 1000:7.0f} ms")
    shown = statistics.median(p[1] - p[0] for p in phases)
    print(f"the project's content follows the frame by {shown * 1000:.0f} ms "
          "(importing core: numpy, SQLite, audio)")
    if notes:
        deferred, _, before = notes[-1].removeprefix("deferred ").partition(" | before")
        print(f"deferred until after the first frame: {deferred or 'nothing watched'}")
        print(f"imported before the first frame (of those watched): {before.strip() or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
