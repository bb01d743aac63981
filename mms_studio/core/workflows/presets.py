"""Training presets and the one warm-up rule, for the app's Train page and `mms-studio train`.

A preset is what "Quick try", "Standard" and "Thorough" mean in steps and in how
often a run checks itself; `train_config` turns one (plus any advanced setting a
person changed) into the `TrainConfig` a run is started with, the same way for
both faces of the app.

Warm-up: 10 % of the steps, at least 1, at most 100. The MMS adapter recipe warms
up for 100 steps; 10 % gives exactly that from the Standard preset (1000 steps)
up, and keeps a short Quick try (200 steps) from spending a quarter of its steps
below full rate. (The CLI once used 5 % and the app 10 %; this is the one rule.)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mms_studio.core.engine.hardware import Hardware
    from mms_studio.core.engine.trainer import TrainConfig

WARMUP_SHARE = 0.10
WARMUP_MAX = 100


@dataclass(frozen=True)
class Preset:
    key: str
    label: str            # English name only; the Train page shows a translated label
    max_steps: int
    eval_every: int
    log_every: int
    checkpoint_every: int


# Labels promise no duration: a step of the 1B model takes well under a second on a
# graphics card but ~12.5 s on a 2-core CPU with bf16 units (2-3x that without), so any
# time written here is false somewhere. The page shows the step count and, while
# training, an ETA measured on this computer.
PRESETS = (
    Preset("quick", "Quick try", 200, 50, 10, 50),
    Preset("standard", "Standard", 1000, 100, 10, 100),
    Preset("thorough", "Thorough, for a graphics card", 3000, 200, 10, 200),
)


def preset(key: str) -> Preset:
    """The preset called `key` ("quick", "standard", "thorough")."""
    for found in PRESETS:
        if found.key == key:
            return found
    names = ", ".join(p.key for p in PRESETS)
    raise ValueError(f"There is no preset called “{key}”; the presets are {names}.")


def warmup_steps(max_steps: int) -> int:
    """Steps of linear warm-up for a run of `max_steps` (see the module docstring)."""
    return max(1, min(WARMUP_MAX, int(max_steps * WARMUP_SHARE)))


def suggested_preset(hardware: Hardware) -> str:
    """The preset that suits this computer: a quick try on a processor, more on a GPU."""
    if hardware.device == "cpu":
        return "quick"
    return "standard" if hardware.memory_gb < 20 else "thorough"


def hardware_summary() -> tuple[Hardware, str]:
    """(this computer's `Hardware` facts, the key of the preset that suits it).

    Facts rather than a sentence, so the page can say them in the interface's language.
    """
    from mms_studio.core.engine.hardware import detect

    hardware = detect()
    return hardware, suggested_preset(hardware)


def train_config(chosen: Preset, **advanced: Any) -> TrainConfig:
    """The settings of a run from `chosen`, with every advanced setting that is not None.

    The warm-up follows the run's final step count unless `warmup_steps` is given.
    """
    from mms_studio.core.engine.trainer import TrainConfig

    given = {k: v for k, v in advanced.items() if v is not None}
    steps = given.get("max_steps", chosen.max_steps)
    base = TrainConfig(max_steps=steps, eval_every=chosen.eval_every,
                       log_every=chosen.log_every, checkpoint_every=chosen.checkpoint_every,
                       warmup_steps=warmup_steps(steps), preset=chosen.key)
    return replace(base, **given)
