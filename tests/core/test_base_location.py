"""A base-model folder inside a project is written relative to it, so the folder can move.

The rules on their own (`core.base_location`), then through the project store: the
file says "./base-model", memory holds an absolute path, a moved folder still finds
its base, an old project.json with an absolute path works after a move and is only
rewritten when the project is saved anyway. Hub ids and folders elsewhere stay as
they are. (The engine through a moved project: tests/core/workflows/test_moved_project.py.)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PureWindowsPath

import pytest

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.core import base_location
from mms_studio.core.base_location import moved_location, resolved_base, stored_base
from mms_studio.core.project import Project, layout


def model_folder(path: Path) -> Path:
    """Enough of a model folder for the rules (engine.base checks the weights on load)."""
    path.mkdir(parents=True)
    (path / "config.json").write_text("{}", encoding="utf-8")
    (path / "model.safetensors").write_bytes(b"")
    return path


def written_base(root: Path) -> str:
    return json.loads((root / layout.SETTINGS_FILE).read_text(encoding="utf-8"))["base_model"]


def test_the_layout_names_are_the_projects():
    assert base_location.SETTINGS_FILE == layout.SETTINGS_FILE
    assert base_location.ADAPTERS == layout.ADAPTERS


def test_a_folder_inside_is_written_relative_with_slashes_and_read_back_absolute(tmp_path):
    root = tmp_path / "proj"
    nested = model_folder(root / "models" / "mms")
    assert stored_base(str(root / "base-model"), root) == "./base-model"
    assert stored_base(str(nested), root) == "./models/mms"
    assert resolved_base("./models/mms", root) == str(nested)
    # a hand edit on Windows reads the same
    assert resolved_base(".\\models\\mms", root) == str(nested)
    assert Path(resolved_base("./models/mms", root)).is_absolute()


def test_hub_ids_and_folders_elsewhere_are_left_as_they_are(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    elsewhere = model_folder(tmp_path / "models" / "base")
    for base in (DEFAULT_BASE_MODEL, "mms-1b-all", str(elsewhere)):
        assert stored_base(base, root) == base
        assert resolved_base(base, root) == base
    # the project folder itself, or its parent, is not "inside"
    assert stored_base(str(root), root) == str(root)
    assert stored_base(str(tmp_path), root) == str(tmp_path)


def test_a_path_typed_relative_to_the_working_folder_keeps_its_meaning(tmp_path, monkeypatch):
    root = tmp_path / "proj"
    model_folder(root / "base-model")
    monkeypatch.chdir(tmp_path)
    assert stored_base("proj/base-model", root) == "proj/base-model"     # could be a Hub id
    assert stored_base("./proj/base-model", root) == "./base-model"
    monkeypatch.chdir(root / "base-model")
    assert stored_base("../base-model", root) == "./base-model"


def test_a_vanished_absolute_path_is_found_at_the_same_place_inside_the_moved_project(tmp_path):
    old = tmp_path / "laptop" / "home" / "ana" / "demo" / "models" / "base-model"
    new_root = tmp_path / "usb" / "demo copy"
    moved = model_folder(new_root / "models" / "base-model")
    model_folder(new_root / "base-model")        # a shorter tail: not the one meant
    assert resolved_base(str(old), new_root) == str(moved)
    # written on Windows, read elsewhere: its tail is found the same way
    windows = PureWindowsPath("C:\\Users\\ana\\demo\\models\\base-model")
    assert moved_location(windows, new_root) == moved
    # nothing there: the path stays what it was (engine.base then says it does not exist)
    assert resolved_base(str(old), tmp_path / "elsewhere") == str(old)


def test_an_existing_absolute_path_wins_over_a_folder_of_the_same_name_inside(tmp_path):
    outside = model_folder(tmp_path / "models" / "base-model")
    root = tmp_path / "proj"
    model_folder(root / "base-model")
    assert resolved_base(str(outside), root) == str(outside)


def test_the_project_writes_its_own_base_folder_relative_and_finds_it_after_a_move(tmp_path):
    root = tmp_path / "first" / "proj"
    with Project.create(root, language="abc", name="Moving") as project:
        base = model_folder(root / "base-model")
        project.update_settings(base_model=str(base))
        assert project.settings.base_model == str(base)
    assert written_base(root) == "./base-model"
    target = tmp_path / "second" / "renamed"
    target.parent.mkdir()
    shutil.move(str(root), str(target))
    with Project.open(target) as project:
        assert project.settings.base_model == str(target / "base-model")
    with Project.open_read_only(target) as project:
        assert project.settings.base_model == str(target / "base-model")


def test_an_old_project_json_with_an_absolute_path_works_after_a_move_and_is_not_rewritten(
        tmp_path):
    root = tmp_path / "old" / "proj"
    with Project.create(root, language="abc", name="Old") as project:
        model_folder(root / "base-model")
    settings = json.loads((root / layout.SETTINGS_FILE).read_text(encoding="utf-8"))
    settings["base_model"] = str(root / "base-model")     # as MMS Studio wrote it before
    (root / layout.SETTINGS_FILE).write_text(json.dumps(settings, indent=2), encoding="utf-8")
    target = tmp_path / "new" / "proj"
    target.parent.mkdir()
    shutil.move(str(root), str(target))
    before = (target / layout.SETTINGS_FILE).read_bytes()
    with Project.open(target) as project:
        assert project.settings.base_model == str(target / "base-model")
    assert (target / layout.SETTINGS_FILE).read_bytes() == before   # opening writes nothing
    with Project.open(target) as project:
        project.update_settings(name="Old, moved")             # saved anyway: now relative
    assert written_base(target) == "./base-model"


@pytest.mark.parametrize("hub", [True, False])
def test_hub_ids_and_outside_folders_are_written_unchanged(tmp_path, hub):
    outside = model_folder(tmp_path / "shared-models" / "mms")
    root = tmp_path / "proj"
    base = DEFAULT_BASE_MODEL if hub else str(outside)
    with Project.create(root, language="abc", name="Kept", base_model=base) as project:
        assert project.settings.base_model == base
    assert written_base(root) == base
    with Project.open(root) as project:
        assert project.settings.base_model == base


def test_a_path_inside_the_old_root_is_rebased_onto_the_new_one(tmp_path):
    from mms_studio.core.base_location import rebased

    old_root, new_root = "/home/ana/demo", tmp_path / "usb" / "demo"
    assert rebased("/home/ana/demo/clips/7.wav", old_root=old_root, new_root=new_root) == \
        str(new_root / "clips" / "7.wav")
    # outside the project, a Hub id, the same root: as they were
    cache = "/home/ana/.cache/huggingface/hub/models--facebook--mms-1b-all"
    assert rebased(cache, old_root=old_root, new_root=new_root) == cache
    assert rebased(DEFAULT_BASE_MODEL, old_root=old_root, new_root=new_root) == \
        DEFAULT_BASE_MODEL
    assert rebased("/home/ana/demo/x", old_root=old_root, new_root=Path(old_root)) == \
        "/home/ana/demo/x"
    # written on Windows
    assert rebased("C:\\Users\\ana\\demo\\base-model", old_root="C:\\Users\\ana\\demo",
                   new_root=new_root) == str(new_root / "base-model")
