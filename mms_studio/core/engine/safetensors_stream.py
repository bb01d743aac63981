"""safetensors read and written tensor by tensor with plain file I/O: no mapping, no pickle.

Why not `safetensors.torch.load_file`/`save_file`: loading maps the whole file
(its touched pages stay resident while the mapping lives: the fp32 base is
3.9 GB) and saving first turns every tensor into a bytes copy (a second copy
of the model). Converting the base needs neither: `read_tensor` reads one
tensor into its own memory, and `StreamWriter` writes the header first (every
shape is known in advance) and then each tensor as it is made, hashing the
bytes as they go. The files are ordinary safetensors (`safe_open` reads them).
"""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

from mms_studio.core.errors import ModelError

_CHUNK = 8 << 20

# safetensors dtype names <-> torch dtype names (resolved lazily: torch is imported late)
_ST_TO_TORCH = {"F32": "float32", "F16": "float16", "BF16": "bfloat16", "F64": "float64",
                "I8": "int8", "U8": "uint8", "I16": "int16", "I32": "int32", "I64": "int64",
                "BOOL": "bool"}
_TORCH_TO_ST = {v: k for k, v in _ST_TO_TORCH.items()}


class WeightsFileError(ModelError):
    """A weights file is truncated or not safetensors."""


def read_header(path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, str], int]:
    """(tensor entries, metadata, offset of the data) of a safetensors file."""
    with open(path, "rb") as handle:
        raw = handle.read(8)
        if len(raw) != 8:
            raise WeightsFileError(f"{Path(path).name} is not a safetensors file.")
        size = struct.unpack("<Q", raw)[0]
        if size > 100 << 20:
            raise WeightsFileError(f"{Path(path).name} is not a safetensors file.")
        try:
            header = json.loads(handle.read(size))
        except ValueError as exc:
            raise WeightsFileError(f"{Path(path).name} is not a safetensors file.") from exc
    metadata = header.pop("__metadata__", {}) or {}
    return header, metadata, 8 + size


def read_tensor(handle, entry: dict[str, Any], data_start: int, digest=None):
    """One tensor read into its own (private) memory: no mapping stays behind."""
    import torch

    begin, end = entry["data_offsets"]
    raw = torch.empty(end - begin, dtype=torch.uint8)
    handle.seek(data_start + begin)
    view = memoryview(raw.numpy())
    got = 0
    while got < len(view):
        n = handle.readinto(view[got:got + _CHUNK])
        if not n:
            raise WeightsFileError("A weights file ends before its last tensor; it is damaged.")
        if digest is not None:
            digest.update(view[got:got + n])
        got += n
    dtype = getattr(torch, _ST_TO_TORCH[entry["dtype"]])
    return raw.view(dtype).reshape(entry["shape"]) if raw.numel() else \
        torch.empty(entry["shape"], dtype=dtype)


class StreamWriter:
    """Writes a safetensors file tensor by tensor (the header is known in advance), hashing it."""

    def __init__(self, handle, specs: list[tuple[str, str, list[int]]],
                 metadata: dict[str, str]) -> None:
        import torch

        header: dict[str, Any] = {"__metadata__": metadata}
        offset = 0
        self.order = []
        for name, dtype_name, shape in specs:
            size = int(torch.Size(shape).numel()) * torch.empty(0, dtype=getattr(
                torch, dtype_name)).element_size()
            header[name] = {"dtype": _TORCH_TO_ST[dtype_name], "shape": list(shape),
                            "data_offsets": [offset, offset + size]}
            self.order.append((name, dtype_name, list(shape), size))
            offset += size
        blob = json.dumps(header, separators=(",", ":")).encode()
        blob += b" " * (-len(blob) % 8)
        self.handle = handle
        self.digest = hashlib.sha256()
        self._write(struct.pack("<Q", len(blob)) + blob)
        self.index = 0
        self.bytes = offset + 8 + len(blob)

    def _write(self, data) -> None:
        self.handle.write(data)
        self.digest.update(data)

    def add(self, name: str, tensor) -> None:
        expected, dtype_name, shape, size = self.order[self.index]
        if name != expected or str(tensor.dtype).removeprefix("torch.") != dtype_name \
                or list(tensor.shape) != shape:
            raise AssertionError(f"tensor {name} does not match the header ({expected})")
        import torch

        data = memoryview(tensor.contiguous().view(-1).view(torch.uint8).numpy())
        assert len(data) == size
        self._write(data)
        self.index += 1


def release_freed_memory() -> None:
    """Hand memory freed by Python and torch back to the OS (glibc's `malloc_trim`; no-op elsewhere).

    Reading and packing the 1B model one layer at a time frees blocks of up to
    26 MB, which glibc keeps in its heap for reuse instead of returning them:
    without this, the process stays as big as everything it ever read.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass
