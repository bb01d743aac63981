"""`python -m mms_studio PROJECT` starts the real app and logs the ready line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from mms_studio.gui.shell.logs import LOG_NAME, READY_LINE

REPO = Path(__file__).resolve().parents[2]


def test_app_opens_a_project_from_the_command_line(abui_project, tmp_path) -> None:
    root = abui_project.root
    abui_project.close()                     # the app must take the project's lock itself
    logs = tmp_path / "logs"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MMS_STUDIO_LOG_DIR": str(logs),
           "MMS_STUDIO_SETTINGS": str(tmp_path / "settings.ini"), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "mms_studio", str(root)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        log_file = logs / LOG_NAME
        while time.monotonic() < deadline and proc.poll() is None:
            if log_file.is_file() and READY_LINE in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()[0]
        text = log_file.read_text(encoding="utf-8")
        assert READY_LINE in text
        # Logged before the first frame, kept in memory until the file opened after it:
        assert text.index("MMS Studio") < text.index("log file ") < text.index(READY_LINE)
        assert " starting" in text.splitlines()[0]
        assert "Cannot open this project" not in text
        proc.terminate()                     # a polite kill closes the window normally
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")   # its own, not the user's
    assert str(root.resolve()) in settings                    # listed as a recent project
    assert "geometry=" in settings                            # window state saved on close
