"""The main window on a project whose disk is full: a sentence in a message, no crash
dialog, and the same action works once space is freed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import soundfile as sf

from mms_studio.core.project import Project
from mms_studio.devtools import synthetic_clips


@pytest.fixture
def quiet_shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """As tests/gui does: settings in a temporary file, message boxes recorded, not shown."""
    from mms_studio.gui.shell import messages, settings

    monkeypatch.setenv("MMS_STUDIO_LOG_DIR", str(tmp_path / "logs"))
    settings.use_settings_path(tmp_path / "settings.ini")
    monkeypatch.setattr(messages, "interactive", False)
    messages.history.clear()
    return messages


def fill(disk: Path) -> Path:
    """Write one file until the disk refuses more."""
    filler = disk / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(bytes(1 << 16))
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_the_window_says_the_disk_is_full_and_imports_once_space_is_freed(
        qtbot, small_disk, tmp_path, quiet_shell):
    from mms_studio.gui.main_window import MainWindow

    clip = synthetic_clips(1, seed=7, words_per_clip=(3, 5))[0]
    wav = tmp_path / "phrase.wav"
    sf.write(str(wav), clip.samples, 16000)
    (tmp_path / "phrase.txt").write_text(clip.text, encoding="utf-8")
    disk = small_disk("3m")
    project = Project.create(disk / "proj", language="xsy", name="Full", base_model="nobody/none")
    window = MainWindow(project, ask_for_base_model=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.go_to("dataset")
    filler = fill(disk)
    with qtbot.waitSignal(window.dataset_changed, timeout=60000):
        page.start_import([wav])
    said = quiet_shell.history[-1]
    assert said.title == "Nothing was imported"
    assert said.text.startswith("The disk is full:") and "free some space" in said.text
    assert "Traceback" not in said.text and "Error" not in said.text
    assert page.model.rowCount() == 0
    filler.unlink()                                           # space freed
    with qtbot.waitSignal(window.dataset_changed, timeout=60000):
        page.start_import([wav])
    assert page.model.rowCount() == 1
    assert quiet_shell.history[-1] is said                    # nothing more to say
    window.close()
