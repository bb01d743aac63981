"""`mms-studio cache prepare` makes only the copies the loading path will read."""

from __future__ import annotations

from pathlib import Path

import pytest

from mms_studio.cli import main
from mms_studio.devtools import build_tiny_model


def test_an_omnilingual_base_at_bf16_is_not_copied(tmp_path: Path, monkeypatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # torch loads an Omnilingual base's own file at bf16; only OpenVINO (int8) reads a
    # converted copy of it, so preparing bf16 must leave the cache empty.
    cache = tmp_path / "cache"
    monkeypatch.setenv("MMS_STUDIO_CACHE_DIR", str(cache))
    base = build_tiny_model(tmp_path / "omni", family="omniasr")
    assert main(["cache", "prepare", str(base), "--precision", "bf16"]) == 0
    assert "nothing to prepare" in capsys.readouterr().out
    assert not cache.exists() or not any(p.is_file() for p in cache.rglob("*"))


def test_an_mms_base_at_bf16_is_converted_once(tmp_path: Path, monkeypatch, tiny_model_dir,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MMS_STUDIO_CACHE_DIR", str(cache))
    assert main(["cache", "prepare", str(tiny_model_dir), "--precision", "bf16"]) == 0
    written = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert written.is_file() and written.suffix == ".safetensors"
    assert cache in written.parents
