"""Smoke test of the frozen app: does the built bundle start, open a project and run the engine?

Usage: python packaging/smoke_test.py dist/mms-studio

Checks, each with the frozen executable only (no Python environment):
1. `mms-studio --version` and `mms-studio new` work (CLI, core, SQLite).
2. `mms-studio PROJECT` starts offscreen, prints the "MMS Studio ready" log line and the
   project's name; the time from process start to that line is reported.
3. `mms-studio devtools tiny-model` + `mms-studio transcribe` run torch and transformers
   frozen (a missing hidden import shows up here, not on a user's machine).
Fails on any traceback or missing-module message in any output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

READY = "MMS Studio ready"
BAD = ("Traceback (most recent call last)", "ModuleNotFoundError", "No module named",
       "ImportError", "could not load the Qt platform plugin")


def fail(message: str) -> None:
    print(f"SMOKE FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_output(text: str, what: str) -> None:
    for bad in BAD:
        if bad in text:
            fail(f"{what} printed '{bad}':\n{text[-4000:]}")


def run(exe: Path, *args: str, env: dict[str, str], timeout: float = 600) -> str:
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          timeout=timeout)
    out = proc.stdout + proc.stderr
    check_output(out, f"mms-studio {' '.join(args)}")
    if proc.returncode != 0:
        fail(f"mms-studio {' '.join(args)} exited {proc.returncode}:\n{out[-4000:]}")
    return out


def start_gui(exe: Path, project: Path, env: dict[str, str], timeout: float = 180) -> float:
    started = time.monotonic()
    proc = subprocess.Popen([str(exe), str(project)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    lines: list[str] = []
    ready_at: list[float] = []

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if READY in line and not ready_at:
                ready_at.append(time.monotonic())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    deadline = started + timeout
    while not ready_at and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(2.0)  # let the project finish opening; errors after ready must show too
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    thread.join(timeout=5)
    text = "".join(lines)
    check_output(text, "the app")
    if not ready_at:
        fail(f"no '{READY}' line within {timeout:.0f} s:\n{text[-4000:]}")
    return ready_at[0] - started


def main() -> None:
    if len(sys.argv) != 2:
        fail("usage: smoke_test.py DIST_FOLDER")
    dist = Path(sys.argv[1]).resolve()
    exe = dist / ("mms-studio.exe" if os.name == "nt" else "mms-studio")
    if not exe.exists():
        fail(f"{exe} not found; run `make package` first")
    work = Path(tempfile.mkdtemp(prefix="mms-smoke-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1", MMS_STUDIO_CONFIG_DIR=str(work / "config"),
               XDG_CONFIG_HOME=str(work / "config"), XDG_STATE_HOME=str(work / "state"),
               XDG_CACHE_HOME=str(work / "cache"), XDG_DATA_HOME=str(work / "data"))
    try:
        print(run(exe, "--version", env=env).strip())
        project = work / "Smoke project"
        run(exe, "new", str(project), "--language", "smk", "--name", "Smoke project", env=env)
        seconds = start_gui(exe, project, env)
        print(f"start to ready: {seconds:.2f} s")
        model = work / "tiny"
        run(exe, "devtools", "tiny-model", str(model), env=env)
        audio = work / "tone.wav"
        run(exe, "devtools", "synthetic-audio", str(audio), env=env)
        run(exe, "transcribe", str(project), str(audio), "--base", str(model),
            "--adapter", "base:eng", "-o", str(work / "out"), env=env)
        size = sum(p.stat().st_size for p in dist.rglob("*") if p.is_file())
        print(f"bundle size: {size / 1e6:.0f} MB in {dist}")
        print("SMOKE OK")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
