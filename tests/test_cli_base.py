"""`mms-studio base PROJECT [--set ID_OR_FOLDER]`: the project's base with its family, licence
and size, and the choice through the same core function as the app's dialog (refusing a base
the trained adapters would not load on, the project unchanged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.cli import main
from mms_studio.core.project import Project


@pytest.fixture(scope="module")
def tiny_omni_dir(tmp_path_factory) -> Path:
    from mms_studio.devtools import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-omni") / "model", family="omniasr")


@pytest.fixture
def root(tmp_path) -> Path:
    with Project.create(tmp_path / "p", language="xsy", name="P"):
        pass
    return tmp_path / "p"


def _saved_base(root: Path) -> str:
    return json.loads((root / "project.json").read_text(encoding="utf-8"))["base_model"]


def test_shows_the_base_with_family_licence_and_size(root, capsys):
    assert main(["base", str(root)]) == 0
    out = capsys.readouterr().out
    assert "MMS 1B all" in out and DEFAULT_BASE_MODEL in out
    assert "family:    mms" in out and "CC-BY-NC-4.0 (non-commercial use only" in out
    assert "3.9 GB to download" in out and "1,162 languages" in out
    assert "hf-audio/omniasr-ctc-300m-v2: Omnilingual ASR CTC 300M; Apache-2.0" in out
    assert main(["base", str(root), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["current"]["model_id"] == DEFAULT_BASE_MODEL
    assert shown["current"]["family"] == "mms" and not shown["current"]["commercial_use"]
    assert len(shown["choices"]) == 3 and sum(c["current"] for c in shown["choices"]) == 1


def test_set_a_hub_base_then_a_folder(root, tiny_omni_dir, capsys):
    assert main(["base", str(root), "--set", "hf-audio/omniasr-ctc-300m-v2"]) == 0
    out = capsys.readouterr().out
    assert "now trains on Omnilingual ASR CTC 300M" in out and "Apache-2.0" in out
    assert _saved_base(root) == "hf-audio/omniasr-ctc-300m-v2"
    assert main(["base", str(root), "--set", str(tiny_omni_dir), "--json"]) == 0
    current = json.loads(capsys.readouterr().out)["current"]
    assert current["family"] == "omniasr" and current["local"] and current["license"] == \
        "Apache-2.0"
    weights = (tiny_omni_dir / "model.safetensors").stat().st_size / 1e9
    assert current["disk_gb"] == pytest.approx(weights)
    assert _saved_base(root) == str(tiny_omni_dir.resolve())


def test_refusals_are_a_sentence_and_change_nothing(root, tiny_model_dir, tiny_omni_dir,
                                                   tmp_path, capsys):
    from mms_studio.core.engine.base import base_vocabularies, load_base_model
    from mms_studio.core.engine.library import save_adapter

    assert main(["base", str(root), "--set", "someone/unknown-model"]) == 1
    assert "neither a base model MMS Studio offers" in capsys.readouterr().err
    assert main(["base", str(root), "--set", str(tiny_model_dir)]) == 0
    with Project.open(root) as project:      # an adapter trained on the MMS folder
        model = load_base_model(tiny_model_dir, target_lang="eng")
        save_adapter(model, folder=Path(project.adapters_dir) / "eng-first", name="eng-first",
                     language="eng", base_model=str(tiny_model_dir),
                     vocab=base_vocabularies(tiny_model_dir)["eng"], metrics={})
    capsys.readouterr()
    assert main(["base", str(root), "--set", str(tiny_omni_dir)]) == 1
    err = capsys.readouterr().err
    assert "eng-first" in err and "would not load" in err and "Traceback" not in err
    assert _saved_base(root) == str(tiny_model_dir.resolve())
