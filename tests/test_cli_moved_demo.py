"""The demo folder is whole: moved elsewhere (a USB stick, another laptop), it still transcribes.

Its tiny base model sits in `base-model/` inside it; project.json and the adapter say so
relative to the project, so `mms-studio transcribe` on the moved folder finds the base
(before, it said "The model folder …/base-model does not exist"). A small demo (few clips,
few steps) is enough: what is checked is where the base is found, not what it learned.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mms_studio.cli import main
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow


def test_a_moved_demo_transcribes_its_sample_recording(tmp_path, capsys):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.demo import (
        BASE_FOLDER,
        SAMPLE_RECORDING,
        create_demo_project,
    )

    with torch_threads(1):
        made = create_demo_project(tmp_path / "made here" / "demo", clips=24, steps=4)
    settings = json.loads((made.root / "project.json").read_text(encoding="utf-8"))
    assert settings["base_model"] == f"./{BASE_FOLDER}"
    moved = Path(shutil.move(str(made.root), str(tmp_path / "usb" / "my demo")))
    shutil.rmtree(tmp_path / "made here")
    out = tmp_path / "story.json"
    with torch_threads(1):
        code = main(["transcribe", str(moved), str(moved / SAMPLE_RECORDING), "--format",
                     "json", "-o", str(out), "--device", "cpu", "--precision", "fp32"])
    assert code == 0, capsys.readouterr().err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["base_model"] == str(moved / BASE_FOLDER)
    assert result["adapter"] == made.adapter
    with Project.open_read_only(moved) as project:
        assert project.settings.base_model == str(moved / BASE_FOLDER)
