"""The base models a project can choose, with what a person needs to choose: licence, size, speed.

The New-project dialog and the Language page show `BASES` (name, licence, download
size, a speed note); every exported model card states the licence of the base its
adapter was trained on (`license_notice`). The languages and speed notes are
`Message`s: English for the CLI, said in the interface language by the dialog
(listed in gui/core_messages.py). Sizes are the Hub files'; the MMS step time
was measured on a 2-core laptop CPU (bench/train_step_1b.py); bench/families.py puts
both families side by side on the user's own computer.
"""

from __future__ import annotations

from dataclasses import dataclass

from mms_studio import DEFAULT_BASE_MODEL, MMS_LICENSE_NOTICE
from mms_studio.core.engine.families import MMS, OMNIASR, detected_family
from mms_studio.core.tasks import Message

OMNIASR_LICENSE_NOTICE = (
    "The Omnilingual ASR base model weights (Meta) are licensed under Apache-2.0 "
    "(https://www.apache.org/licenses/LICENSE-2.0). Adapters trained on them may be used "
    "commercially; keep the licence and notices of the base model with them."
)


@dataclass(frozen=True)
class BaseChoice:
    """One base model as the app offers it."""

    model_id: str
    family: str
    title: str
    license: str            # SPDX-style short name
    license_notice: str     # the sentence for model cards and the settings
    download_gb: float
    languages: str          # a core Message: translated where it is shown
    speed_note: str         # a core Message


BASES: tuple[BaseChoice, ...] = (
    BaseChoice(DEFAULT_BASE_MODEL, MMS, "MMS 1B all", "CC-BY-NC-4.0",
               MMS_LICENSE_NOTICE, 3.9, Message("1,162 languages with ready adapters"),
               Message("the slowest: about 12 s per training step on a 2-core laptop")),
    BaseChoice("hf-audio/omniasr-ctc-300m-v2", OMNIASR, "Omnilingual ASR CTC 300M", "Apache-2.0",
               OMNIASR_LICENSE_NOTICE, 1.3, Message("1,600+ languages (no ready adapters)"),
               Message("317 M weights, 3× fewer than MMS 1B: faster training and "
                       "transcription")),
    BaseChoice("hf-audio/omniasr-ctc-1b-v2", OMNIASR, "Omnilingual ASR CTC 1B", "Apache-2.0",
               OMNIASR_LICENSE_NOTICE, 3.9, Message("1,600+ languages (no ready adapters)"),
               Message("about as heavy as MMS 1B (similar speed); more accurate than the "
                       "300M")),
)


def license_notice(family: str) -> str:
    """The licence sentence for adapters trained on a base of `family`."""
    return OMNIASR_LICENSE_NOTICE if family == OMNIASR else MMS_LICENSE_NOTICE


def base_choice(model_id: str) -> BaseChoice | None:
    """The catalogue entry of a Hub id (None for a local folder or an unlisted model)."""
    return next((b for b in BASES if b.model_id == model_id), None)


def base_family(base: str) -> str:
    """The family of a project's `base` setting (a folder, or a Hub id from the catalogue),
    without loading or downloading it; MMS when it cannot tell. (Here, not in the families
    package itself, which the catalogue imports: no import cycle.)"""
    from pathlib import Path

    if Path(base).is_dir():
        return detected_family(Path(base))
    found = base_choice(base)
    return found.family if found is not None else MMS
