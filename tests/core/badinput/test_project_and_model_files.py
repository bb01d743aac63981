"""Damaged project files, vocabularies, adapter bundles and model folders: a typed error that
names the file and says what to do, and not one byte changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.project import Project
from mms_studio.core.text.vocab import load_vocab_json
from tests.core.badinput.corpus import PROJECT_DB, PROJECT_JSON, VOCAB_JSON, zip_bytes
from tests.core.badinput.hashing import folder_hashes
from tests.core.badinput.test_import_kinds import sentence_for_people


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    root = tmp_path_factory.mktemp("made") / "p"
    with Project.create(root, language="abz", name="Abui") as project:
        import numpy as np

        project.add_clip(np.zeros(1600, dtype=np.float32) + 0.1, transcript="ama")
    return root


def _refused(call, folder: Path, *words: str) -> str:
    before = folder_hashes(folder)
    with pytest.raises(MMSStudioError) as caught:
        call()
    message = str(caught.value)
    assert sentence_for_people(message), message
    for word in words:
        assert word.casefold() in message.casefold(), message
    assert folder_hashes(folder) == before
    return message


@pytest.mark.parametrize("name", sorted(PROJECT_JSON))
def test_damaged_project_json(name, made, tmp_path):
    data, word = PROJECT_JSON[name]
    root = tmp_path / "p"
    shutil.copytree(made, root)
    (root / "project.json").write_bytes(data)
    before = folder_hashes(root)
    try:
        with Project.open(root):
            opened = True
    except MMSStudioError as exc:
        opened = False
        assert sentence_for_people(str(exc)) and word.casefold() in str(exc).casefold(), exc
        if name != "project_json_wrong_types":  # the language check names the value, not the file
            assert "project.json" in str(exc) or "newer" in str(exc)
    if opened:  # a value it could not use is replaced by the default only when it is written
        assert not word
    else:
        assert folder_hashes(root) == before


@pytest.mark.parametrize("name", sorted(PROJECT_DB))
def test_damaged_project_db(name, made, tmp_path):
    root = tmp_path / "p"
    shutil.copytree(made, root)
    data = PROJECT_DB[name]
    if data is None:
        whole = (root / "project.db").read_bytes()
        data = whole[: len(whole) // 2]
    (root / "project.db").write_bytes(data)
    _refused(lambda: Project.open(root).close(), root, "project")


def test_missing_project_db(made, tmp_path):
    root = tmp_path / "p"
    shutil.copytree(made, root)
    (root / "project.db").unlink()
    before = folder_hashes(root)
    try:
        Project.open(root).close()
    except MMSStudioError as exc:
        assert sentence_for_people(str(exc))
        assert folder_hashes(root) == before
    else:  # it may start a fresh database, but must keep project.json and the clips
        after = folder_hashes(root)
        assert {k: v for k, v in after.items() if k in before} == before


@pytest.mark.parametrize("name", sorted(VOCAB_JSON))
def test_damaged_vocab_json(name, tmp_path):
    path = tmp_path / "vocab.json"
    path.write_bytes(VOCAB_JSON[name])
    _refused(lambda: load_vocab_json(path), tmp_path, "vocab.json")


@pytest.fixture(scope="module")
def tiny_adapter(tiny_model_dir, tmp_path_factory):
    """An adapter folder as MMS Studio saves it, from the tiny model's own 'eng' adapter."""
    import torch  # noqa: F401 - the engine needs it; imported here so collection stays light

    from mms_studio.core.engine.base import base_vocabularies, load_base_model
    from mms_studio.core.engine.library import save_adapter

    model = load_base_model(tiny_model_dir, target_lang="eng")
    folder = tmp_path_factory.mktemp("lib") / "eng-good"
    save_adapter(model, folder=folder, name="eng-good", language="eng", base_model="tiny",
                 vocab=base_vocabularies(tiny_model_dir)["eng"], metrics={})
    return folder


def _bundle(adapter: Path, **changes: bytes | None) -> dict[str, bytes]:
    members = {p.name: p.read_bytes() for p in adapter.iterdir() if p.is_file()}
    for name, data in changes.items():
        name = name.replace("__", ".")
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    return members


BUNDLES = {
    "bundle_empty_file": lambda a: b"",
    "bundle_not_a_zip": lambda a: b"hello" * 100,
    "bundle_truncated": lambda a: zip_bytes(_bundle(a))[:200],
    "bundle_path_traversal": lambda a: zip_bytes({**_bundle(a), "../../evil.json": b"{}"}),
    "bundle_absolute_member": lambda a: zip_bytes({**_bundle(a), "/tmp/evil.json": b"{}"}),
    "bundle_link_member": lambda a: zip_bytes(_bundle(a), link="adapter_link.json"),
    "bundle_missing_weights": lambda a: zip_bytes(
        {k: v for k, v in _bundle(a).items() if not k.endswith(".safetensors")}),
    "bundle_damaged_info": lambda a: zip_bytes(
        {**_bundle(a), "adapter.json": b'{"name": '}),
    "bundle_truncated_weights": lambda a: zip_bytes(
        {k: (v[:64] if k.endswith(".safetensors") else v) for k, v in _bundle(a).items()}),
    "bundle_pickle_weights": lambda a: zip_bytes(
        {**{k: v for k, v in _bundle(a).items() if not k.endswith(".safetensors")},
         **{k: b"\x80\x04\x95cos\nsystem\n." for k in _bundle(a) if k.endswith(".safetensors")}}),
}


@pytest.mark.parametrize("name", sorted(BUNDLES))
def test_damaged_adapter_bundle(name, tiny_adapter, tmp_path):
    from mms_studio.core.engine.library import import_bundle

    bundle = tmp_path / "in" / "bundle.zip"
    bundle.parent.mkdir()
    bundle.write_bytes(BUNDLES[name](tiny_adapter))
    library = tmp_path / "library"
    library.mkdir()
    _refused(lambda: import_bundle(bundle, library=library), tmp_path, "bundle")
    assert not (tmp_path / "evil.json").exists() and not Path("/tmp/evil.json").exists()


@pytest.mark.parametrize("fault", ["no_config", "no_weights", "damaged_config"])
def test_damaged_model_folder(fault, tiny_model_dir, tmp_path):
    from mms_studio.core.engine.base import load_base_model, resolve_base_model

    folder = tmp_path / "model"
    shutil.copytree(tiny_model_dir, folder)
    if fault == "no_config":
        (folder / "config.json").unlink()
    elif fault == "no_weights":
        (folder / "model.safetensors").unlink()
    else:
        (folder / "config.json").write_text('{"model_type": ', encoding="utf-8")

    def load():
        load_base_model(resolve_base_model(str(folder)), target_lang="eng")

    _refused(load, folder, "model")


@pytest.mark.parametrize("fault", ["truncated_weights", "damaged_vocab"])
def test_damaged_model_files(fault, tiny_model_dir, tmp_path):
    from mms_studio.core.engine.base import base_vocabularies, load_base_model

    folder = tmp_path / "model"
    shutil.copytree(tiny_model_dir, folder)
    if fault == "truncated_weights":
        data = (folder / "model.safetensors").read_bytes()
        (folder / "model.safetensors").write_bytes(data[: len(data) // 2])
        _refused(lambda: load_base_model(folder, target_lang="eng"), folder, "model")
    else:
        (folder / "vocab.json").write_text('{"eng": ', encoding="utf-8")
        _refused(lambda: base_vocabularies(folder), folder, "vocab")


def test_kinds_counted():
    kinds = (len(PROJECT_JSON) + len(PROJECT_DB) + 1 + len(VOCAB_JSON) + len(BUNDLES) + 3 + 2)
    assert kinds >= 30
    assert json.dumps(sorted(BUNDLES))  # names are plain strings for the report
