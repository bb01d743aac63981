"""The test run's cache folder (tests/conftest.py) is removed when the run that made it ends,
and only then: processes started under it share it and leave it alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# A run that makes its folder, writes into it, and starts a child (a CLI subprocess, an xdist
# worker) that inherits the folder and exits first: the folder must outlive the child.
RUN = """
import os, subprocess, sys
import tests.conftest
folder = os.environ["MMS_STUDIO_CACHE_DIR"]
open(os.path.join(folder, "converted.bin"), "wb").write(b"x")
subprocess.run([sys.executable, "-c", "import tests.conftest"], check=True)
print(folder, os.path.isfile(os.path.join(folder, "converted.bin")))
"""


def _run(env: dict[str, str]) -> tuple[Path, bool]:
    out = subprocess.run([sys.executable, "-c", RUN], cwd=REPO, env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout.split()
    return Path(out[0]), out[1] == "True"


def test_the_folder_goes_when_the_run_that_made_it_ends():
    env = {k: v for k, v in os.environ.items() if k != "MMS_STUDIO_CACHE_DIR"}
    folder, kept_for_the_child = _run(env)
    assert folder.name.startswith("mms-studio-test-cache-")
    assert kept_for_the_child            # the child's exit did not remove it
    assert not folder.exists()           # the run's exit did


def test_a_folder_named_from_outside_is_left_alone(tmp_path):
    mine = tmp_path / "my-cache"
    mine.mkdir()
    folder, _ = _run({**os.environ, "MMS_STUDIO_CACHE_DIR": str(mine)})
    assert folder == mine and (mine / "converted.bin").is_file()
