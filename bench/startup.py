"""Time from process start to a visible main window, against a bare PySide6 window.

Each measurement is a fresh Python process (imports included, as a user
starting the app pays them); the parent times from spawning it to the line
the child prints once its window is exposed. The app opens a real project
(five real Abui clips) the way `mms-studio DIR` does: the window frame paints,
then the shell finishes (menus' actions, log file, crash dialog) and the
project opens in it; all three moments are printed, with what the frame did
not wait for. Median of `--repeat` runs; prints figures and the ratio, never
asserts (target: the app within 1.5x of the bare window).

Both children run from compiled bytecode, as an installed app does (pip
compiles it at install): a private cache folder (PYTHONPYCACHEPREFIX) filled by
the warm-up runs, whatever PYTHONDONTWRITEBYTECODE says in the shell. The
warm-up runs also leave what any start after the very first finds in the
settings: the system's light/dark scheme seen last (the first start ever asks
Qt before its frame, ~15 ms more).
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

# Both children print "visible" at the first paint of their window (with the CPU time the
# process used until then, which the load of other processes changes less than wall time).
FIRST_PAINT = """
import time as _time
def say_visible():
    print("visible", _time.process_time(), flush=True)
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
    say_visible(); print("", flush=True); app.quit()
hook = FirstPaint(ready); w.installEventFilter(hook); w.show()
app.exec()
"""

# What `mms-studio PROJECT_DIR` does (run_app): the frame paints first, then the shell
# finishes (menus, log file, crash dialog), then the project opens. The child checks, at the
# frame, what was not there yet, so the list of what is deferred is measured, not declared.
APP = FIRST_PAINT + """
import sys, time
t0 = time.perf_counter()
from mms_studio.gui.app import AppController, create_app
app = create_app()
controller = AppController()
marks = {}
WATCH = ("numpy", "sqlite3", "soundfile", "soxr", "pyqtgraph", "torch", "transformers",
         "logging.handlers", "mms_studio.core.audio", "mms_studio.core.project",
         "mms_studio.core.tasks", "mms_studio.gui.workers", "mms_studio.gui.shell.messages",
         "mms_studio.gui.a11y", "mms_studio.gui.pages.base", "mms_studio.gui.pages.dataset",
         "mms_studio.gui.pages.record", "mms_studio.gui.pages.train",
         "mms_studio.gui.pages.transcribe", "mms_studio.gui.pages.language")
def shell_state():
    from mms_studio.gui.shell import crash, logs
    from PySide6.QtCore import QCoreApplication
    actions = sum(len(a.menu().actions()) for a in window.menuBar().actions() if a.menu())
    return {"the menus' actions and shortcuts": actions > 0,
            "the log file (records kept in memory until then)": logs.logging_to_file(),
            "the crash dialog (a plain exception hook until then)": crash._reporter is not None,
            "the system's light/dark check (last run's answer until then)":
                bool(QCoreApplication.instance().property("mms_finished")),
            "the Qt namespace's enums": "Qt" in vars(sys.modules["PySide6.QtCore"])}
def painted():
    marks["frame"] = time.perf_counter()
    marks["at_frame"] = {m for m in WATCH if m in sys.modules}
    marks["shell_at_frame"] = shell_state()
    say_visible()
def shell_done():
    marks["shell"] = time.perf_counter()
    marks["shell_after"] = shell_state()
def opened(_window):
    marks["project"] = time.perf_counter()
    print(f"{marks['frame'] - t0:.4f} {marks['shell'] - t0:.4f} {marks['project'] - t0:.4f}",
          flush=True)
    later = [m for m in WATCH if m in sys.modules and m not in marks["at_frame"]]
    later += [k for k, v in marks["shell_at_frame"].items() if not v and marks["shell_after"][k]]
    print("deferred " + ",".join(later) + " | before " + ",".join(sorted(marks["at_frame"])),
          flush=True)
    controller.close_project(); app.quit()
controller.project_opened.connect(opened)
hook = FirstPaint(painted)
window = controller.open_project_soon(sys.argv[1])
from mms_studio.gui.shell.startup import after_first_paint
after_first_paint(window, shell_done)   # runs after the shell's own after-first-paint work
window.installEventFilter(hook)
app.exec()
"""
PHASES = ("window frame painted", "shell finished", "project shown in it")

# What `mms-studio` without a project shows: the welcome screen (new / open / recent).
WELCOME = FIRST_PAINT + """
from mms_studio.gui.app import AppController, create_app
app = create_app()
controller = AppController()
def ready():
    say_visible(); print("", flush=True); app.quit()
hook = FirstPaint(ready)
window = controller.show_welcome()
window.installEventFilter(hook)
app.exec()
"""


def time_child(code: str, *args: str, env: dict[str, str],
               phases: list[list[float]] | None = None, notes: list[str] | None = None,
               cpu: list[float] | None = None) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    out = proc.stdout.readline()          # phase timings (the app child only)
    note = proc.stdout.readline()         # what was imported only after the frame
    _, err = proc.communicate(timeout=60)
    if not line.startswith("visible "):
        raise SystemExit(f"child failed:\n{err}")
    if cpu is not None:
        cpu.append(float(line.split()[1]))
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
               "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "PYTHONPYCACHEPREFIX": str(tmp_path / "bytecode")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for _ in range(2):                  # warm the file cache and compile, for both
            time_child(BARE, env=env)
            time_child(APP, str(project), env=env)
        bare, app, welcome, phases, notes = [], [], [], [], []
        bare_cpu: list[float] = []
        app_cpu: list[float] = []
        time_child(WELCOME, env=env)
        for _ in range(args.repeat):
            bare.append(time_child(BARE, env=env, cpu=bare_cpu))
            app.append(time_child(APP, str(project), env=env, phases=phases, notes=notes,
                                  cpu=app_cpu))
            welcome.append(time_child(WELCOME, env=env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.repeat} each (median)")
    print(f"bare PySide6 window visible: {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"MMS Studio main window:      {a * 1000:7.0f} ms  (min {min(app) * 1000:.0f})")
    print(f"ratio: {a / b:.2f}x  (target <= 1.5x); of the fastest runs: "
          f"{min(app) / min(bare):.2f}x")
    bc, ac = statistics.median(bare_cpu), statistics.median(app_cpu)
    print(f"CPU time until the frame (less sensitive to other processes' load): bare "
          f"{bc * 1000:.0f} ms, app {ac * 1000:.0f} ms, ratio {ac / bc:.2f}x; "
          f"load average {os.getloadavg()[0]:.2f}")
    w = statistics.median(welcome)
    print(f"welcome screen (no project):  {w * 1000:7.0f} ms  (min {min(welcome) * 1000:.0f}), "
          f"{w / b:.2f}x the bare window")
    print("inside the app process, from its first line (median):")
    for i, name in enumerate(PHASES):
        print(f"  {name:24s} {statistics.median(p[i] for p in phases) * 1000:7.0f} ms")
    shell = statistics.median(p[1] - p[0] for p in phases)
    shown = statistics.median(p[2] - p[0] for p in phases)
    print(f"the shell is complete {shell * 1000:.0f} ms after the frame; the project's content "
          f"follows the frame by {shown * 1000:.0f} ms (importing core: numpy, SQLite, audio)")
    if notes:
        deferred, _, before = notes[-1].removeprefix("deferred ").partition(" | before")
        print("deferred until after the first frame: "
              + (deferred.replace(",", ", ") or "nothing watched"))
        print("imported before the first frame (of those watched): "
              + (before.strip().replace(",", ", ") or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
