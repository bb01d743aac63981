"""Hub downloads: one commit, pinned on first use, every large file checked against the Hub.

The Hub cannot be reached from tests, so `snapshot_download` and the Hub's file list are
replaced by a small fake repository with two commits; the pinning and checking code is real.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mms_studio.core.engine import hub_pins
from mms_studio.core.engine.base import resolve_base_model
from mms_studio.core.errors import ModelError

REPO = "someone/tiny-mms"
FILES = {"old": {"config.json": b"{}", "model.safetensors": b"weights of old"},
         "new": {"config.json": b"{}", "model.safetensors": b"weights of new"}}


class FakeHub:
    def __init__(self, root: Path) -> None:
        self.root, self.main, self.asked = root, "old", []
        self.tamper: str | None = None

    def manifest(self, repo: str, revision: str | None):
        rev = revision or self.main
        return rev, {n: hashlib.sha256(d).hexdigest() for n, d in FILES[rev].items()
                     if n.endswith(".safetensors")}

    def snapshot_download(self, repo, *, allow_patterns=None, cache_dir=None, revision=None,
                          local_files_only=False, tqdm_class=None):
        rev = revision or self.main
        folder = Path(cache_dir) / rev
        if local_files_only:
            if not (folder / "model.safetensors").is_file():
                raise FileNotFoundError("not cached")
            return str(folder)
        self.asked.append(revision)
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in FILES[rev].items():
            (folder / name).write_bytes(b"tampered" if name == self.tamper else data)
        return str(folder)


@pytest.fixture
def hub(monkeypatch, tmp_path):
    import huggingface_hub

    fake = FakeHub(tmp_path)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake.snapshot_download)
    monkeypatch.setattr(hub_pins, "hub_manifest", fake.manifest)
    return fake


def test_first_download_pins_the_commit_and_later_ones_keep_it(hub, tmp_path) -> None:
    cache = tmp_path / "cache"
    first = resolve_base_model(REPO, cache_dir=str(cache))
    assert (first / "model.safetensors").read_bytes() == b"weights of old"
    assert hub_pins.pinned_revision(REPO, cache_dir=cache) == "old"
    assert hub.asked == ["old"]                   # a commit, never the moving branch name
    hub.main = "new"                              # the repository changed on the Hub
    (first / "model.safetensors").unlink()        # and the file must come again
    again = resolve_base_model(REPO, cache_dir=str(cache))
    assert (again / "model.safetensors").read_bytes() == b"weights of old"
    assert hub.asked == ["old", "old"]


def test_a_file_that_does_not_match_the_hubs_checksum_is_removed_and_refused(hub, tmp_path):
    cache = tmp_path / "cache"
    hub.tamper = "model.safetensors"
    with pytest.raises(ModelError, match="does not match the checksum"):
        resolve_base_model(REPO, cache_dir=str(cache))
    assert not (cache / "old" / "model.safetensors").exists()
    assert hub_pins.pinned_revision(REPO, cache_dir=cache) is None   # nothing pinned from it


def test_a_damaged_pins_file_is_read_as_no_pin(tmp_path) -> None:
    (tmp_path / hub_pins.PINS_FILE).write_text("{not json", encoding="utf-8")
    assert hub_pins.pinned_revision(REPO, cache_dir=tmp_path) is None
    hub_pins.remember(REPO, "abc", cache_dir=tmp_path)
    assert hub_pins.pinned_revision(REPO, cache_dir=tmp_path) == "abc"
