"""Choosing a project's base model: the catalogue with licences, folders, and stranded adapters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.core.engine.families import MMS, OMNIASR
from mms_studio.core.errors import MMSStudioError
from mms_studio.core.project import Project
from mms_studio.core.workflows.base_choice import base_choices, choose_base


@pytest.fixture(scope="module")
def tiny_omni_dir(tmp_path_factory) -> Path:
    from mms_studio.devtools import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-omni") / "model", family="omniasr")


@pytest.fixture
def project(tmp_path) -> Project:
    with Project.create(tmp_path / "p", language="eng", name="P") as p:
        yield p


def _reopened(project: Project) -> str:
    return json.loads((Path(project.root) / "project.json").read_text(encoding="utf-8"))[
        "base_model"]


def test_lists_catalogue_with_licences_and_marks_the_current(project):
    options = base_choices(project)
    by_id = {o.model_id: o for o in options}
    assert by_id[DEFAULT_BASE_MODEL].current and by_id[DEFAULT_BASE_MODEL].license == "CC-BY-NC-4.0"
    assert not by_id[DEFAULT_BASE_MODEL].commercial_use
    omni = [o for o in options if o.family == OMNIASR]
    assert len(omni) == 2 and all(o.license == "Apache-2.0" and o.commercial_use for o in omni)
    assert sum(o.current for o in options) == 1
    assert all(o.download_gb and o.speed_note and o.languages for o in options)


def test_choosing_a_hub_base_is_saved(project):
    chosen = choose_base(project, "hf-audio/omniasr-ctc-300m-v2")
    assert chosen.current and chosen.family == OMNIASR
    assert project.settings.base_model == "hf-audio/omniasr-ctc-300m-v2"
    assert _reopened(project) == "hf-audio/omniasr-ctc-300m-v2"
    assert [o.model_id for o in base_choices(project) if o.current] == [
        "hf-audio/omniasr-ctc-300m-v2"]


def test_choosing_an_omnilingual_folder_adds_a_local_entry(project, tiny_omni_dir):
    chosen = choose_base(project, str(tiny_omni_dir))
    assert chosen.local and chosen.family == OMNIASR and chosen.license == "Apache-2.0"
    assert project.settings.base_model == str(tiny_omni_dir.resolve())
    options = base_choices(project)
    assert len(options) == 4 and options[-1].current and options[-1].local


def test_an_mms_folder_is_mms(project, tiny_model_dir):
    assert choose_base(project, str(tiny_model_dir)).family == MMS


@pytest.mark.parametrize("bad", ["", "someone/unknown-model", "config-less"])
def test_refuses_what_is_not_a_base_with_a_sentence(project, tmp_path, bad):
    if bad == "config-less":
        (tmp_path / "empty").mkdir()
        bad = str(tmp_path / "empty")
    with pytest.raises(MMSStudioError) as caught:
        choose_base(project, bad)
    assert str(caught.value).endswith(".") and "Error" not in str(caught.value)
    assert project.settings.base_model == DEFAULT_BASE_MODEL


def test_refuses_an_unsupported_model_kind(project, tmp_path):
    folder = tmp_path / "whisper"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "whisper"}), encoding="utf-8")
    with pytest.raises(MMSStudioError, match="whisper"):
        choose_base(project, str(folder))
    assert _reopened(project) == DEFAULT_BASE_MODEL


def test_refuses_a_family_that_strands_trained_adapters(project, tiny_model_dir, tiny_omni_dir):
    from mms_studio.core.engine.base import base_vocabularies, load_base_model
    from mms_studio.core.engine.library import save_adapter

    choose_base(project, str(tiny_model_dir))
    model = load_base_model(tiny_model_dir, target_lang="eng")
    save_adapter(model, folder=Path(project.adapters_dir) / "eng-first", name="eng-first",
                 language="eng", base_model=str(tiny_model_dir),
                 vocab=base_vocabularies(tiny_model_dir)["eng"], metrics={})
    with pytest.raises(MMSStudioError) as caught:
        choose_base(project, str(tiny_omni_dir))
    message = str(caught.value)
    assert "eng-first" in message and "New project" in message
    assert project.settings.base_model == str(tiny_model_dir.resolve())
    with pytest.raises(MMSStudioError):
        choose_base(project, "hf-audio/omniasr-ctc-1b-v2")
    # The same family stays allowed (the Hub copy of the MMS base, another MMS folder).
    assert choose_base(project, DEFAULT_BASE_MODEL).current


def test_an_omnilingual_adapter_keeps_its_size(project, tiny_omni_dir):
    """LoRA of the 300M base has other shapes than the 1B's: that switch is refused too."""
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.library import save_adapter

    choose_base(project, "hf-audio/omniasr-ctc-300m-v2")
    model = load_base_model(tiny_omni_dir)
    save_adapter(model, folder=Path(project.adapters_dir) / "omni-small", name="omni-small",
                 language="eng", base_model="hf-audio/omniasr-ctc-300m-v2",
                 vocab={"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3}, metrics={})
    with pytest.raises(MMSStudioError, match="omni-small"):
        choose_base(project, "hf-audio/omniasr-ctc-1b-v2")
    with pytest.raises(MMSStudioError, match="omni-small"):
        choose_base(project, DEFAULT_BASE_MODEL)
    assert project.settings.base_model == "hf-audio/omniasr-ctc-300m-v2"
