"""The base model converted once to the precision inference runs in, kept on disk, loaded mapped.

Why: the base ships as one fp32 file (3.9 GB for mms-1b-all). Loading it for
bf16 or int8 inference through `from_pretrained` mapped that whole file and
held its pages resident while converting: 6.3 GB for several seconds, enough
to make an 8 GB laptop swap or kill the app. Instead, the first time a base is
used at a precision its weights are converted tensor by tensor (read with
plain file reads, one fp32 tensor in memory at a time) and written once as
safetensors; every later load reads that file directly:
- "bf16" / "fp16": every floating tensor in that dtype; loaded memory-mapped,
  so the parameters *are* the file's pages (clean pages the kernel can drop);
- "int8-bf16" / "int8-fp32": each Linear that inference quantises
  (`quantisable.quantisable_linears`) stored as int8 weights plus one float32
  scale per output row (symmetric); everything else in bf16 or fp32. Loaded
  with plain reads, one layer at a time, straight into packed int8 layers, so
  nothing of the file stays mapped. The same layout feeds the OpenVINO runtime.

Each entry is `<cache>/<base name>-<fingerprint>/<layout>.safetensors` with a
`<layout>.json` beside it (format version, the base's fingerprint and path, the
file's SHA-256, its size). The fingerprint hashes the base's config.json and the
weights file's size and modification time, so a changed base gets a new entry and
the old one is deleted; entries whose base folder is gone are pruned too. The
checksum is verified on every load (a damaged file is converted again).
Everything is safetensors: no pickle anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mms_studio.core.atomic import atomic_path, write_json
from mms_studio.core.engine.cache_location import CACHE_FORMAT as CACHE_FORMAT
from mms_studio.core.engine.cache_location import ENV_CACHE_DIR as ENV_CACHE_DIR
from mms_studio.core.engine.cache_location import base_fingerprint as base_fingerprint
from mms_studio.core.engine.cache_location import cache_root as cache_root
from mms_studio.core.engine.safetensors_stream import (
    _ST_TO_TORCH,
    StreamWriter,
    WeightsFileError,
    read_header,
    read_tensor,
    release_freed_memory,
)
from mms_studio.core.errors import ModelError
from mms_studio.core.tasks import Message, NullTaskState, TaskState

LAYOUTS = ("bf16", "fp16", "int8-bf16", "int8-fp32")
_SCALE_SUFFIX = ".weight_scale"
_CHUNK = 8 << 20

# Checkpoints written before torch's parametrised weight norm name its two halves this way.
_OLD_NAMES = (("parametrizations.weight.original0", "weight_g"),
              ("parametrizations.weight.original1", "weight_v"))


class ConvertedCacheError(WeightsFileError):
    """A converted file is missing, damaged or from another base (it is rebuilt)."""


def _entry_name(base_dir: Path, fingerprint: str) -> str:
    parts = Path(base_dir).resolve().parts
    # A Hub cache folder is .../models--org--name/snapshots/<commit>: name it after the repo.
    name = parts[parts.index("snapshots") - 1] if "snapshots" in parts[1:] else parts[-1]
    return f"{re.sub(r'[^A-Za-z0-9._-]+', '_', name)[:60]}-{fingerprint[:16]}"


def entry_dir(base_dir: Path, *, root: Path | None = None) -> Path:
    return (root or cache_root()) / _entry_name(base_dir, base_fingerprint(base_dir))


def converted_path(base_dir: Path, layout: str, *, root: Path | None = None) -> Path:
    """Where the `layout` conversion of `base_dir` lives (whether or not it exists yet)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; use one of {LAYOUTS}")
    return entry_dir(base_dir, root=root) / f"{layout}.safetensors"


def supports(base_dir: Path) -> bool:
    """Whether the torch path loads `base_dir` from this cache: a wav2vec2 (MMS) base. Other
    families load as they are on torch; an Omnilingual base is converted (as wav2vec2) only
    for the OpenVINO runtime (`inference.load_for_inference`)."""
    try:
        config = json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return config.get("model_type") == "wav2vec2"


def layout_for(precision: str, rest_dtype_name: str = "bfloat16") -> str | None:
    """The converted layout an inference precision loads from (None: the base file as it is)."""
    if precision in ("bf16", "fp16"):
        return precision
    if precision == "int8":
        return "int8-bf16" if rest_dtype_name == "bfloat16" else "int8-fp32"
    return None


# -- the model's skeleton ----------------------------------------------------------------------------
def _skeleton(base_dir: Path):
    """Wav2Vec2ForCTC of the base's config with every tensor on the meta device (no memory).

    An Omnilingual base is laid out as the wav2vec2 model it is (families/omniasr_layout.py),
    for the OpenVINO runtime; its torch path loads it as it is.
    """
    import torch
    from transformers import Wav2Vec2Config, Wav2Vec2ForCTC

    from mms_studio.core.engine.families import omniasr_layout

    if omniasr_layout.is_omniasr(base_dir):
        return omniasr_layout.skeleton(base_dir)
    try:
        config = Wav2Vec2Config.from_pretrained(base_dir, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"The base model in {base_dir} could not be loaded: {exc}") from exc
    if getattr(config, "adapter_attn_dim", None) is None:
        from mms_studio import DEFAULT_BASE_MODEL

        raise ModelError("This base model has no adapter layers; use an MMS model such as "
                         f"{DEFAULT_BASE_MODEL}.")
    with torch.device("meta"):
        model = Wav2Vec2ForCTC(config)
    return model


def _file_key(model_key: str, file_keys: set[str]) -> str | None:
    if model_key in file_keys:
        return model_key
    for new, old in _OLD_NAMES:
        if model_key.endswith(new) and model_key[:-len(new)] + old in file_keys:
            return model_key[:-len(new)] + old
    return None


def _plan(base_dir: Path, layout: str):
    """[(model key, file key, kind, entry)] for every tensor of the model, kind
    "int8"/"float"/"keep"; an entry with "derive" is made from the file (`_read_planned`)."""
    from mms_studio.core.engine.families import omniasr_layout
    from mms_studio.core.engine.quantisable import quantisable_linears

    model = _skeleton(base_dir)
    header, _meta, _start = read_header(Path(base_dir) / "model.safetensors")
    file_keys = set(header)
    family_entry = omniasr_layout.planner(header) if omniasr_layout.is_omniasr(base_dir) \
        else None
    quantised = ({f"{name}.weight" for name in quantisable_linears(model)}
                 if layout.startswith("int8") else set())
    plan = []
    for key, tensor in model.state_dict(keep_vars=True).items():
        if family_entry is not None:
            entry = family_entry(key, tensor)
            source = key if entry is not None else None
        else:
            source = _file_key(key, file_keys)
            entry = header[source] if source is not None else None
        if entry is None:
            raise ModelError(f"The base model in {base_dir} lacks the weights {key}; "
                             "it is not an MMS wav2vec2 model or its file is incomplete.")
        if key in quantised:
            kind = "int8"
        elif _ST_TO_TORCH[entry["dtype"]].startswith(("float", "bfloat")):
            kind = "float"
        else:
            kind = "keep"
        plan.append((key, source, kind, entry))
        del tensor
    return plan


def _float_dtype(layout: str) -> str:
    return {"bf16": "bfloat16", "fp16": "float16", "int8-bf16": "bfloat16",
            "int8-fp32": "float32"}[layout]


def quantise_rows(weight):
    """Symmetric int8 per output row: (int8 weight, float32 scale per row)."""
    import torch

    weight = weight.float()
    scale = weight.abs().amax(dim=1).clamp_min(1e-12) / 127.0
    q = torch.round(weight / scale[:, None]).clamp_(-127, 127).to(torch.int8)
    return q, scale


def _read_planned(src, entry: dict, data_start: int):
    """A planned tensor: read from the base file, or made from it (`entry["derive"]`)."""
    derive = entry.get("derive")
    if derive is None:
        return read_tensor(src, entry, data_start)
    return derive(lambda source: read_tensor(src, source, data_start))


# -- converting ---------------------------------------------------------------------------------------
def convert_base(base_dir: Path, layout: str, *, root: Path | None = None,
                 state: TaskState | None = None) -> Path:
    """Write the `layout` conversion of `base_dir` into the cache (atomically); returns its path.

    Reads the fp32 file one tensor at a time with plain reads, so the resident
    memory is one tensor plus the bytes being written, never a model. Progress
    goes to `state` by bytes read.
    """
    import torch

    state = state or NullTaskState()
    base_dir = Path(base_dir)
    target = converted_path(base_dir, layout, root=root)
    fingerprint = base_fingerprint(base_dir)
    state.set_status(Message("Preparing the base model for this computer (once)…"))
    plan = _plan(base_dir, layout)
    rest = _float_dtype(layout)
    specs: list[tuple[str, str, list[int]]] = []
    for key, _source, kind, entry in plan:
        if kind == "int8":
            specs.append((key, "int8", entry["shape"]))
            specs.append((key[:-len(".weight")] + _SCALE_SUFFIX, "float32", [entry["shape"][0]]))
        else:
            specs.append((key, rest if kind == "float" else _ST_TO_TORCH[entry["dtype"]],
                          entry["shape"]))
    source_file = base_dir / "model.safetensors"
    _header, _meta, data_start = read_header(source_file)
    total = sum(e["data_offsets"][1] - e["data_offsets"][0] for *_r, e in plan) or 1
    done = 0
    metadata = {"format": str(CACHE_FORMAT), "layout": layout, "fingerprint": fingerprint}
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target, suffix=".safetensors") as tmp, open(tmp, "wb") as out, \
            open(source_file, "rb") as src:
        writer = StreamWriter(out, specs, metadata)
        for key, _source, kind, entry in plan:
            tensor = _read_planned(src, entry, data_start)
            if kind == "int8":
                q, scale = quantise_rows(tensor)
                writer.add(key, q)
                writer.add(key[:-len(".weight")] + _SCALE_SUFFIX, scale)
            elif kind == "float":
                writer.add(key, tensor.to(getattr(torch, rest)))
            else:
                writer.add(key, tensor)
            del tensor
            done += entry["data_offsets"][1] - entry["data_offsets"][0]
            state.set_progress(min(done / total, 1.0))
        out.flush()
        digest, size = writer.digest.hexdigest(), writer.bytes
    write_json(target.with_suffix(".json"), {
        "format": CACHE_FORMAT, "layout": layout, "fingerprint": fingerprint,
        "base": str(base_dir.resolve()), "sha256": digest, "bytes": size,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S")})
    from mms_studio.core.engine.cache_usage import prune

    prune(root=root, keep=target.parent, base=base_dir)
    return target


def _sidecar(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConvertedCacheError(f"The converted base {path.name} has no record.") from exc


def verify(path: Path) -> dict[str, Any]:
    """Check a converted file against its record (size and SHA-256); returns the record."""
    record = _sidecar(path)
    if record.get("format") != CACHE_FORMAT or not path.is_file() \
            or path.stat().st_size != record.get("bytes"):
        raise ConvertedCacheError(f"The converted base {path} is incomplete or out of date.")
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != record.get("sha256"):
        raise ConvertedCacheError(f"The converted base {path} is damaged (checksum differs).")
    return record


def ensure_converted(base_dir: Path, layout: str, *, root: Path | None = None,
                     state: TaskState | None = None) -> Path:
    """The path of a valid `layout` conversion of `base_dir`, converting it first if needed."""
    target = converted_path(base_dir, layout, root=root)
    if target.is_file() and target.with_suffix(".json").is_file():
        with contextlib.suppress(ConvertedCacheError):
            record = _sidecar(target)
            if record.get("format") == CACHE_FORMAT and \
                    record.get("bytes") == target.stat().st_size:
                return target
    return convert_base(base_dir, layout, root=root, state=state)


# -- loading --------------------------------------------------------------------------------------------
def _set_tensor(model, key: str, value) -> None:
    import torch

    owner_name, _, leaf = key.rpartition(".")
    owner = model.get_submodule(owner_name) if owner_name else model
    if leaf in owner._parameters:
        owner._parameters[leaf] = torch.nn.Parameter(value, requires_grad=False)
    elif leaf in owner._buffers:
        owner._buffers[leaf] = value
    else:  # weight-norm halves live in a ParametrizationList
        setattr(owner, leaf, torch.nn.Parameter(value, requires_grad=False))


def _fit_head(model, rows: int) -> None:
    """The output layer sized to the file's (the base carries one language's adapter)."""
    import torch

    if model.lm_head.out_features != rows:
        with torch.device("meta"):
            model.lm_head = torch.nn.Linear(model.config.hidden_size, rows)
        model.config.vocab_size = rows


def _check_complete(model, path: Path) -> None:
    for name, tensor in list(model.named_parameters()) + list(model.named_buffers()):
        if tensor.is_meta:
            raise ConvertedCacheError(f"The converted base {path.name} lacks {name}.")


def _iter_file(path: Path, *, check: bool) -> Iterator[tuple[str, Any]]:
    """Every tensor of a converted file, read privately; the SHA-256 is checked at the end."""
    header, _meta, start = read_header(path)
    digest = hashlib.sha256() if check else None
    with open(path, "rb") as handle:
        if digest is not None:
            digest.update(handle.read(start))
        for key, entry in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0]):
            yield key, read_tensor(handle, entry, start, digest)
    if digest is not None and digest.hexdigest() != _sidecar(path).get("sha256"):
        raise ConvertedCacheError(f"The converted base {path} is damaged (checksum differs).")


def load_converted(base_dir: Path, layout: str, *, target_lang: str | None = None,
                   root: Path | None = None, state: TaskState | None = None):
    """Wav2Vec2ForCTC in `layout`, from the cache (converted first if needed), eval mode, CPU.

    bf16/fp16: the parameters are mapped pages of the converted file. int8: the
    quantised Linears are packed int8 layers and nothing stays mapped.
    `target_lang`: one of the base's own adapters, put in place as
    `from_pretrained(target_lang=...)` does.
    """
    base_dir = Path(base_dir)
    if target_lang is not None and not (base_dir / f"adapter.{target_lang}.safetensors").is_file():
        raise ModelError(f"The base model has no adapter for the language code “{target_lang}”.")
    for attempt in (1, 2):
        path = ensure_converted(base_dir, layout, root=root, state=state)
        try:
            model = _build(base_dir, path, layout)
            break
        except WeightsFileError:
            if attempt == 2:
                raise
            with contextlib.suppress(OSError):
                path.unlink()  # damaged: convert again once
    if target_lang is not None:
        from mms_studio.core.engine.adapters import read_adapter_file, set_adapter_state

        set_adapter_state(model, read_adapter_file(base_dir / f"adapter.{target_lang}.safetensors"))
        model.target_lang = target_lang
    for param in model.parameters():
        param.requires_grad_(False)
    return model.eval()


def _build(base_dir: Path, path: Path, layout: str, *, int8_layer=None):
    """The model of a converted file; `int8_layer(weight, scale, bias, around=dtype)` makes
    each quantised Linear (default: torch's packed int8 layer)."""
    import torch

    model = _skeleton(base_dir)
    header, metadata, _start = read_header(path)
    if metadata.get("fingerprint") != base_fingerprint(base_dir):
        raise ConvertedCacheError(f"The converted base {path} belongs to another base.")
    _fit_head(model, header["lm_head.weight"]["shape"][0])
    if layout.startswith("int8"):
        from mms_studio.core.engine.quantised import int8_linear

        int8_layer = int8_layer or int8_linear
        dtype = getattr(torch, _float_dtype(layout))
        pending: dict[str, dict[str, Any]] = {}
        for key, tensor in _iter_file(path, check=True):
            module, _, leaf = key.rpartition(".")
            if leaf in ("weight", "bias", "weight_scale") and \
                    f"{module}.weight_scale" in header:
                parts = pending.setdefault(module, {})
                parts[leaf] = tensor
                if len(parts) == (3 if f"{module}.bias" in header else 2):
                    parent, _, child = module.rpartition(".")
                    setattr(model.get_submodule(parent) if parent else model, child, int8_layer(
                        parts["weight"], parts["weight_scale"], parts.get("bias"), around=dtype))
                    del pending[module]
            else:
                _set_tensor(model, key, tensor)
    else:
        from safetensors import safe_open

        verify(path)
        with safe_open(str(path), framework="pt") as handle:  # mapped: no copy of the weights
            for key in handle.keys():  # noqa: SIM118 - safe_open is not a dict
                _set_tensor(model, key, handle.get_tensor(key))
    _check_complete(model, path)
    release_freed_memory()
    return model


def cache_info(*, root: Path | None = None):
    """Every converted base on disk with its size (`cache_usage.cache_info`)."""
    from mms_studio.core.engine.cache_usage import cache_info as info

    return info(root=root)


def clear_cache(*, root: Path | None = None, stale_only: bool = False) -> int:
    """Delete converted bases, all or only stale ones; bytes freed (`cache_usage.clear_cache`)."""
    from mms_studio.core.engine.cache_usage import clear_cache as clear

    return clear(root=root, stale_only=stale_only)
