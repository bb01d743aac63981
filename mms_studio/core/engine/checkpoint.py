"""Checkpoints that hold everything a resumed run needs, and no pickle.

A checkpoint folder holds `adapter.safetensors` (the trainable weights),
`optimizer.safetensors` (the optimiser's tensors, flattened to
"state.<param>.<name>" keys) and `state.json` (step, epoch, sampler position,
best CER, RNG states as plain lists, the optimiser's scalars). Each file is
written atomically and `state.json` last, so a folder with a state.json is
complete.

The two tensor files carry the step in their names (`adapter-000040.safetensors`)
and `state.json` names them: a process killed between writing the new weights
and the new `state.json` then leaves the previous checkpoint whole (its state
still names its own files) instead of new weights beside an old step, which a
resumed run would have trained on from the wrong place. Files of older steps are
removed once the new `state.json` is in place.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.atomic import atomic_path, write_json
from mms_studio.core.errors import TrainingError

ADAPTER = "adapter.safetensors"
OPTIMIZER = "optimizer.safetensors"
STATE = "state.json"


def _flatten_optimizer(opt_state: dict) -> tuple[dict, dict]:
    import torch

    tensors: dict[str, torch.Tensor] = {}
    scalars: dict[str, dict[str, Any]] = {}
    for pid, entries in opt_state["state"].items():
        for key, value in entries.items():
            if isinstance(value, torch.Tensor):
                tensors[f"state.{pid}.{key}"] = value.detach().to("cpu").contiguous()
            else:
                scalars.setdefault(str(pid), {})[key] = value
    groups = [{k: (list(v) if isinstance(v, tuple) else v) for k, v in g.items()}
              for g in opt_state["param_groups"]]
    return tensors, {"scalars": scalars, "param_groups": groups}


def _unflatten_optimizer(tensors: dict, meta: dict) -> dict:
    state: dict[int, dict[str, Any]] = {}
    for name, value in tensors.items():
        _, pid, key = name.split(".", 2)
        state.setdefault(int(pid), {})[key] = value
    for pid, entries in meta["scalars"].items():
        state.setdefault(int(pid), {}).update(entries)
    groups = [{k: (tuple(v) if k == "betas" else v) for k, v in g.items()}
              for g in meta["param_groups"]]
    return {"state": state, "param_groups": groups}


def rng_state() -> dict[str, Any]:
    import torch

    np_state = np.random.get_state()
    py_state = random.getstate()
    return {"torch": torch.get_rng_state().tolist(),
            "numpy": [np_state[0], np_state[1].tolist(), *map(float, np_state[2:])],
            "python": [py_state[0], list(py_state[1]), py_state[2]]}


def set_rng_state(data: dict[str, Any]) -> None:
    import torch

    torch.set_rng_state(torch.tensor(data["torch"], dtype=torch.uint8))
    kind, keys, pos, has_gauss, cached = data["numpy"]
    np.random.set_state((kind, np.array(keys, dtype=np.uint32), int(pos), int(has_gauss),
                         float(cached)))
    version, internal, gauss = data["python"]
    random.setstate((version, tuple(internal), gauss))


def save_checkpoint(folder: Path, *, adapter: dict, optimizer_state: dict,
                    train_state: dict[str, Any]) -> None:
    """Write one complete checkpoint into `folder` (replacing the one there)."""
    from safetensors.torch import save_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tensors, opt_meta = _flatten_optimizer(optimizer_state)
    tag = f"-{int(train_state.get('step', 0)):06d}.safetensors"
    files = {"adapter": ADAPTER.replace(".safetensors", tag),
             "optimizer": OPTIMIZER.replace(".safetensors", tag)}
    with atomic_path(folder / files["adapter"], suffix=".safetensors") as tmp:
        save_file(adapter, str(tmp))
    with atomic_path(folder / files["optimizer"], suffix=".safetensors") as tmp:
        save_file(tensors, str(tmp))
    write_json(folder / STATE, {**train_state, "optimizer": opt_meta, "rng": rng_state(),
                                "files": files})
    for old in folder.glob("*.safetensors"):      # earlier steps' (and the untagged) files
        if old.name not in files.values():
            old.unlink(missing_ok=True)


def has_checkpoint(folder: Path) -> bool:
    return (Path(folder) / STATE).is_file()


def load_checkpoint(folder: Path) -> tuple[dict, dict, dict[str, Any]]:
    """(adapter tensors, optimizer state_dict, train state) from a checkpoint folder."""
    from safetensors.torch import load_file

    folder = Path(folder)
    if not has_checkpoint(folder):
        raise TrainingError("There is no saved training run to resume; start a new one.")
    try:
        state = json.loads((folder / STATE).read_text(encoding="utf-8"))
        files = state.pop("files", None) or {"adapter": ADAPTER, "optimizer": OPTIMIZER}
        adapter = load_file(str(folder / Path(files["adapter"]).name))
        opt_tensors = load_file(str(folder / Path(files["optimizer"]).name))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TrainingError("The saved training run is damaged and cannot be resumed; "
                            "start a new one.") from exc
    return adapter, _unflatten_optimizer(opt_tensors, state.pop("optimizer")), state
