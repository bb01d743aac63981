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
    amx: bool = False         # CPU with AMX tiles: bf16 matmuls several times int8's rate

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


def _cpu_flags(cpuinfo: str | None) -> set[str]:
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
        except OSError:
            return set()
    flags: set[str] = set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags.update(line.split(":", 1)[1].split())
    return flags


def cpu_has_bf16(cpuinfo: str | None = None) -> bool:
    """True on CPUs with native bf16 matrix units (Intel AMX or AVX-512 BF16)."""
    return bool(_cpu_flags(cpuinfo) & {"amx_bf16", "avx512_bf16"})


def cpu_has_amx(cpuinfo: str | None = None) -> bool:
    """True on CPUs with AMX bf16 tiles (Intel Sapphire Rapids and later)."""
    return "amx_bf16" in _cpu_flags(cpuinfo)


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
    return Hardware("cpu", "CPU", _ram_gb(), bf16=cpu_has_bf16(), fp16=False, amx=cpu_has_amx())


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


#: Measured on the 1B architecture (48 layers, dropout off, feature encoder frozen; saved
#: tensors counted with autograd hooks and peak RSS of forward + backward, batch 4 x 5 s):
#: GB kept for backward per second of audio in a micro-batch, with bf16/fp16 activations.
ACTIVATION_GB_PER_SECOND = 0.085
#: The same with gradient checkpointing of every transformer layer (layer inputs only,
#: plus one layer's activations while it is recomputed).
CHECKPOINTED_GB_PER_SECOND = 0.012
#: Python, torch and the data around the model.
RUNTIME_GB = 0.8


def _scale(base_params: float) -> float:
    return base_params / 965e6


def weights_gb(base_params: float, precision: str) -> float:
    return base_params * (4 if precision == "fp32" else 2) / 1e9


def activation_gb(seconds: float, *, precision: str, checkpointing: bool,
                  base_params: float = 965e6) -> float:
    """Memory for one micro-batch's activations (fp32 activations take twice bf16's)."""
    per_second = CHECKPOINTED_GB_PER_SECOND if checkpointing else ACTIVATION_GB_PER_SECOND
    return seconds * per_second * _scale(base_params) * (2 if precision == "fp32" else 1)


def seconds_per_batch(hw: Hardware, *, base_params: float = 965e6,
                      precision: str | None = None) -> float:
    """Padded audio seconds per optimiser micro-batch that fit without gradient checkpointing.

    Uses half the RAM on a CPU or MPS (the rest is the user's) and 80 % of a
    GPU's memory, after the weights; never under 8 s (checkpointing covers a
    small machine). At most 200 s on a GPU (the recipe's batch of 32 clips is
    ~160 s) and 20 s elsewhere: there compute, not memory, bounds a step (20 s
    of audio is a ~12 s step of the 1B model on a CPU with bf16 units), and more
    audio per step only makes each step, and the first curve point, slower.
    """
    precision = precision or pick_precision(hw)
    budget = hw.memory_gb * (0.8 if hw.device == "cuda" else 0.5)
    budget -= weights_gb(base_params, precision) + RUNTIME_GB
    per_second = activation_gb(1.0, precision=precision, checkpointing=False,
                               base_params=base_params)
    seconds = budget / max(per_second, 1e-4)
    return float(min(max(seconds, 8.0), 200.0 if hw.device == "cuda" else 20.0))


def free_memory_gb(hw: Hardware) -> float:
    """Memory free for training right now: the GPU's free memory, or RAM available to us."""
    if hw.device == "cuda":
        import torch

        free, _total = torch.cuda.mem_get_info()
        return free / 2**30
    try:
        import psutil

        return psutil.virtual_memory().available / 2**30
    except ImportError:
        return hw.memory_gb * 0.5


@dataclass(frozen=True)
class CheckpointPlan:
    """Whether to recompute activations in backward, and why (shown to the user)."""

    checkpointing: bool
    activations_gb: float     # estimate for one micro-batch as planned
    free_gb: float
    reason: str

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def plan_checkpointing(*, seconds: float, precision: str, free_gb: float,
                       base_params: float = 965e6, requested: str = "auto") -> CheckpointPlan:
    """Gradient checkpointing only when a micro-batch's activations would not fit.

    Checkpointing recomputes every layer's forward in backward (measured +44 %
    step time on the 1B layers), so it is used only when the activations of
    `seconds` of audio would take more than 70 % of the memory free now (the
    model is already loaded when this is asked). An explicit "on"/"off" wins.
    """
    if requested not in ("auto", "on", "off"):
        raise ValueError(f"unknown checkpointing choice {requested!r}")
    plain = activation_gb(seconds, precision=precision, checkpointing=False,
                          base_params=base_params)
    lean = activation_gb(seconds, precision=precision, checkpointing=True,
                         base_params=base_params)
    if requested != "auto":
        on = requested == "on"
        return CheckpointPlan(on, lean if on else plain, free_gb, "chosen in the settings")
    if plain <= 0.7 * free_gb:
        return CheckpointPlan(False, plain, free_gb,
                              f"activations (~{plain:.1f} GB) fit in free memory ({free_gb:.1f} GB)")
    return CheckpointPlan(True, lean, free_gb,
                          f"activations (~{plain:.1f} GB) would not fit in free memory "
                          f"({free_gb:.1f} GB): recomputing them in backward")
