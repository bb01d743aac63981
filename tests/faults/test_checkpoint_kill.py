"""A training process killed while it writes a checkpoint leaves the previous one whole.

The kill campaign (scripts/fault_campaign.py) found the window by reading the code it
tests: the weights were written before `state.json`, under the same names, so a kill
between the two left new weights beside the old step. Here the kill is simulated at
each point of `save_checkpoint` by making the next write raise.
"""

from __future__ import annotations

import json

import pytest
import torch

from mms_studio.core.engine import checkpoint as ckpt


def _save(folder, step: int) -> None:
    weight = torch.nn.Parameter(torch.full((3,), float(step)))
    optimizer = torch.optim.AdamW([weight], lr=0.1)
    weight.grad = torch.ones(3)
    optimizer.step()
    ckpt.save_checkpoint(folder, adapter={"w": weight.detach().clone()},
                         optimizer_state=optimizer.state_dict(), train_state={"step": step})


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs (not even `except Exception`)."""


@pytest.mark.parametrize("dies_at", [1, 2, 3])   # adapter written, optimizer written, state.json
def test_a_kill_during_a_checkpoint_keeps_the_previous_one(tmp_path, monkeypatch, dies_at):
    _save(tmp_path, 2)
    real_replace = ckpt.atomic_path.__globals__["os"].replace
    calls = {"n": 0}

    def replace_then_die(src, dst):
        calls["n"] += 1
        if calls["n"] == dies_at:
            raise Killed
        return real_replace(src, dst)

    monkeypatch.setattr(ckpt.atomic_path.__globals__["os"], "replace", replace_then_die)
    with pytest.raises(Killed):
        _save(tmp_path, 4)
    monkeypatch.undo()
    adapter, optimizer, state = ckpt.load_checkpoint(tmp_path)
    assert state["step"] == 2
    assert torch.allclose(adapter["w"], torch.full((3,), 2.0) - 0.1 * torch.ones(3), atol=0.02)
    assert optimizer["state"][0]["step"] == 1


def test_a_finished_checkpoint_replaces_the_previous_files(tmp_path):
    _save(tmp_path, 2)
    _save(tmp_path, 4)
    adapter, _optimizer, state = ckpt.load_checkpoint(tmp_path)
    assert state["step"] == 4 and float(adapter["w"][0]) > 3.0
    assert sorted(p.name for p in tmp_path.glob("*.safetensors")) == [
        "adapter-000004.safetensors", "optimizer-000004.safetensors"]


def test_a_checkpoint_written_before_the_step_names_still_loads(tmp_path):
    """Runs stopped by an older version (adapter.safetensors, no "files") still resume."""
    _save(tmp_path, 2)
    data = json.loads((tmp_path / ckpt.STATE).read_text(encoding="utf-8"))
    del data["files"]
    (tmp_path / ckpt.STATE).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "adapter-000002.safetensors").rename(tmp_path / ckpt.ADAPTER)
    (tmp_path / "optimizer-000002.safetensors").rename(tmp_path / ckpt.OPTIMIZER)
    adapter, _optimizer, loaded = ckpt.load_checkpoint(tmp_path)
    assert loaded["step"] == 2 and adapter["w"].shape == (3,)
