"""What this machine can do: device, memory, precision, and a batch size that will not run out.

Most users train on a laptop. The presets are deliberately cautious: running
out of memory an hour into training is worse than training a little slower.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PRECISIONS = ("auto", "fp32", "bf16", "fp16")
DEVICES = ("auto", "cpu", "cuda", "mps")


@dataclass(frozen=True)
class Hardware:
    device: str               # "cpu" | "cuda" | "mps"
    name: str                 # human-readable
    memory_gb: float          # device memory (GPU) or system RAM (CPU, MPS)
    bf16: bool                # bf16 runs natively (AMX / avx512_bf16 CPU, Ampere+ GPU)
    fp16: bool

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _ram_gb() -> float:
    try:
        import psutil

        return psutil.virtual_memory().total / 2**30
    except ImportError:
        try:
            return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        except (ValueError, OSError, AttributeError):
            return 8.0


def cpu_has_bf16(cpuinfo: str | None = None) -> bool:
    """True on CPUs with native bf16 matrix units (Intel AMX or AVX-512 BF16)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
        except OSError:
            return False
    flags: set[str] = set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags.update(line.split(":", 1)[1].split())
    return bool(flags & {"amx_bf16", "avx512_bf16"})


def detect(device: str = "auto") -> Hardware:
    """Look at the machine; `device` forces one ("cpu", "cuda", "mps") or lets us pick ("auto")."""
    import torch

    if device not in DEVICES:
        raise ValueError(f"unknown device {device!r}")
    if device in ("auto", "cuda") and torch.cuda.is_available():
        props = torch.cuda.get_device_properties(0)
        return Hardware("cuda", props.name, props.total_memory / 2**30,
                        bf16=torch.cuda.is_bf16_supported(), fp16=True)
    if device in ("auto", "mps") and getattr(torch.backends, "mps", None) \
            and torch.backends.mps.is_available():
        return Hardware("mps", "Apple GPU", _ram_gb(), bf16=False, fp16=True)
    if device not in ("auto", "cpu"):
        from mms_studio.core.errors import TrainingError

        raise TrainingError(f"This computer has no usable {device.upper()} device; "
                            "choose “auto” or “cpu”.")
    return Hardware("cpu", "CPU", _ram_gb(), bf16=cpu_has_bf16(), fp16=False)


def pick_precision(hw: Hardware, requested: str = "auto") -> str:
    """bf16 where native, fp16 on CUDA without bf16, fp32 otherwise; an explicit choice wins."""
    if requested not in PRECISIONS:
        raise ValueError(f"unknown precision {requested!r}")
    if requested != "auto":
        return requested
    if hw.bf16:
        return "bf16"
    if hw.device == "cuda" and hw.fp16:
        return "fp16"
    return "fp32"


def seconds_per_batch(hw: Hardware, *, base_params: float = 965e6) -> float:
    """Padded audio seconds per optimiser micro-batch for the 1B base, scaled for smaller bases.

    Rule from bench/train_step_1b.py on the 1B model (CPU, bf16 base, no gradient
    checkpointing): a 4 x 5 s batch peaked at 13.0 GB, i.e. about 3.5 GB for the
    weights and loading plus ~0.5 GB per second of audio in the batch (the
    earlier 0.25 GB/s guess was half the real cost).
    """
    budget = hw.memory_gb * (0.8 if hw.device == "cuda" else 0.5) - 3.5 * base_params / 965e6
    per_second = 0.5 * base_params / 965e6
    seconds = budget / max(per_second, 1e-3)
    return float(min(max(seconds, 8.0), 200.0))
