"""A project folder that goes away (a USB stick pulled, the folder moved) or turns
read-only mid-session: a clear sentence, no crash, nothing recreated where it was, and
everything works again once the folder is back."""

from __future__ import annotations

from pathlib import Path

import pytest

from mms_studio.core.diskerrors import FolderUnavailableError
from mms_studio.core.errors import MMSStudioError
from mms_studio.core.project import Project
from mms_studio.devtools import synthetic_clips
from tests.faults.conftest import remount
from tests.faults.test_full_disk import campaign_module

CLIPS = synthetic_clips(4, seed=4, words_per_clip=(2, 3))


def test_a_moved_away_project_is_said_and_not_recreated_then_works_again(tmp_path: Path):
    root = tmp_path / "stick" / "proj"
    away = tmp_path / "elsewhere"
    with Project.create(root, language="xsy", name="Usb", base_model="nobody/none") as project:
        first = project.add_clip(CLIPS[0].samples, transcript=CLIPS[0].text)
        root.rename(away)                                     # the stick is pulled
        with pytest.raises(FolderUnavailableError, match="is no longer there") as caught:
            project.add_clip(CLIPS[1].samples, transcript=CLIPS[1].text)
        assert "put it back and try again" in str(caught.value)
        with pytest.raises(FolderUnavailableError, match="is no longer there"):
            project.update_settings(name="Renamed")
        assert not root.exists()             # no empty skeleton where the stick was
        away.rename(root)                                     # ... and plugged back in
        project.add_clip(CLIPS[2].samples, transcript=CLIPS[2].text)
        project.update_clip(first.id, transcript="ba da")
        assert project.update_settings(name="Renamed").name == "Renamed"
    assert campaign_module().check_project(root) == []
    with Project.open(root) as project:
        assert len(project.clips()) == 2 and project.clip(first.id).transcript == "ba da"


READ_ONLY_SESSION = """
import json, os, subprocess, sys
from pathlib import Path
from mms_studio.core.errors import MMSStudioError
from mms_studio.core.project import Project
from mms_studio.devtools import synthetic_clips

root = Path(sys.argv[1])
clips = synthetic_clips(3, seed=4, words_per_clip=(2, 3))
said = {}
with Project.create(root, language="xsy", name="Usb", base_model="nobody/none") as project:
    project.add_clip(clips[0].samples, transcript=clips[0].text)   # everything imported
    if os.geteuid() == 0:     # root ignores file modes: become nobody, as a person would be
        subprocess.run(["chown", "-R", "65534:65534", str(root)], check=True)
        os.setgid(65534)
        os.setuid(65534)
    for folder in (root, root / "clips"):
        folder.chmod(0o555)                      # the folder turns read-only mid-session
    for name, write in (("add", lambda: project.add_clip(clips[1].samples,
                                                        transcript=clips[1].text)),
                        ("settings", lambda: project.update_settings(name="Renamed"))):
        try:
            write()
            said[name] = "written"
        except MMSStudioError as exc:
            said[name] = f"{type(exc).__name__}: {exc}"
    for folder in (root, root / "clips"):
        folder.chmod(0o755)                      # ... and writable again
    project.add_clip(clips[2].samples, transcript=clips[2].text)
    said["after"] = len(project.clips())
print(json.dumps(said))
"""


def test_a_folder_that_turns_read_only_then_writable_again(tmp_path):
    import json
    import os
    import subprocess
    import sys
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="mms-ro-"))     # outside pytest's root-only folder
    try:
        os.chmod(home, 0o777)
        root = home / "proj"
        done = subprocess.run([sys.executable, "-c", READ_ONLY_SESSION, str(root)],
                              capture_output=True, text=True, timeout=120,
                              cwd=Path(__file__).resolve().parents[2])
        assert done.returncode == 0, done.stderr
        said = json.loads(done.stdout.splitlines()[-1])
        for name in ("add", "settings"):
            assert said[name].startswith("FolderUnavailableError: The folder"), said
            assert "cannot be written" in said[name] and "nothing was changed" in said[name]
        assert said["after"] == 2
        assert campaign_module().check_project(root) == []
    finally:
        subprocess.run(["rm", "-rf", str(home)], check=False)


def test_opening_a_project_on_a_read_only_drive_says_why(small_disk):
    disk = small_disk("4m")
    root = disk / "proj"
    with Project.create(root, language="xsy", name="Usb", base_model="nobody/none") as project:
        project.add_clip(CLIPS[0].samples, transcript=CLIPS[0].text)
    remount(disk, "ro")
    try:
        with pytest.raises(MMSStudioError) as caught:
            Project.open(root).close()
        assert "read-only" in str(caught.value)
        with Project.open_read_only(root) as project:     # looking at it still works
            assert len(project.clips()) == 1
    finally:
        remount(disk, "rw")
