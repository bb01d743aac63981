"""Which base model a project trains on: the choices, with licence, size and speed; the choice.

The base decides what a person may do with everything trained on it (MMS 1B is
CC-BY-NC 4.0: adapters are non-commercial too; Omnilingual ASR CTC is Apache-2.0),
so the app shows the catalogue (`families.catalog.BASES`) with those facts beside
each entry, and `choose_base` is the one place that changes a project's base.
It refuses a change that would strand work: adapters trained on one family (or on
one Omnilingual size) do not load on another, so switching under them would leave
the Transcribe page with models that fail. Qt-free; the dialog
`gui/base_models_dialog.py` calls these through a worker, and `mms-studio base`
(commands/base.py) calls the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core.engine.families import MMS, OMNIASR, detected_family, family_name
from mms_studio.core.engine.families.catalog import BASES, base_choice, license_notice
from mms_studio.core.errors import ModelError
from mms_studio.core.tasks import Message


@dataclass(frozen=True)
class BaseOption:
    """One base as the chooser lists it (a catalogue entry, or the project's own folder)."""

    model_id: str               # the Hub id, or the folder's absolute path
    family: str
    title: str
    license: str                # SPDX-style short name ("CC-BY-NC-4.0", "Apache-2.0")
    license_notice: str
    commercial_use: bool        # what the licence allows for adapters trained on it
    download_gb: float | None   # None for a folder already on this computer
    languages: str              # a core Message (the dialog shows it translated)
    speed_note: str             # a core Message
    current: bool
    local: bool
    disk_gb: float | None = None   # a local folder's weights on disk


def _weights_gb(folder: Path) -> float | None:
    """The size of a model folder's weights (safetensors files), in GB; None when unreadable."""
    try:
        total = sum(f.stat().st_size for f in folder.glob("*.safetensors") if f.is_file())
    except OSError:
        return None
    return total / 1e9 if total else None


def _license_of(family: str) -> str:
    return "Apache-2.0" if family == OMNIASR else "CC-BY-NC-4.0"


def _is_folder(base: str) -> bool:
    return base_choice(base) is None and Path(base).expanduser().is_dir()


def _same_base(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return _is_folder(a) and _is_folder(b) and \
            Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return False


def _folder_option(folder: str, *, current: bool) -> BaseOption:
    local = Path(folder).expanduser().is_dir()
    family = detected_family(Path(folder).expanduser())   # MMS when it cannot tell
    return BaseOption(
        model_id=folder, family=family, title=Path(folder).name or folder,
        license=_license_of(family), license_notice=license_notice(family),
        commercial_use=family == OMNIASR, download_gb=None,
        languages=Message("a model folder on this computer") if local
        else Message("a model from the Hub"),
        speed_note=Message("depends on the model"), current=current, local=local,
        disk_gb=_weights_gb(Path(folder).expanduser()) if local else None)


def base_choices(project: Any) -> list[BaseOption]:
    """The catalogue's bases (the project's one marked), plus its folder when its base is one."""
    current = project.settings.base_model
    options = [BaseOption(
        model_id=b.model_id, family=b.family, title=b.title, license=b.license,
        license_notice=b.license_notice, commercial_use=b.family == OMNIASR,
        download_gb=b.download_gb, languages=b.languages, speed_note=b.speed_note,
        current=b.model_id == current, local=False) for b in BASES]
    if not any(o.current for o in options):
        options.append(_folder_option(current, current=True))
    return options


def _family_of_choice(choice: str) -> tuple[str, str]:
    """(the value to store, its family); a clear sentence when `choice` is neither kind."""
    entry = base_choice(choice)
    if entry is not None:
        return entry.model_id, entry.family
    folder = Path(choice).expanduser()
    if folder.is_dir():
        if not (folder / "config.json").is_file():
            raise ModelError(f"The folder {folder} holds no model: it has no config.json. "
                             "Choose the folder that holds config.json and model.safetensors.")
        return str(folder.resolve()), family_name(folder)   # an unsupported kind: its sentence
    offered = ", ".join(b.model_id for b in BASES)
    raise ModelError(f"“{choice}” is neither a base model MMS Studio offers ({offered}) nor "
                     "a model folder on this computer. Choose one from the list or a folder.")


def _stranded_adapters(project: Any, *, new_base: str, new_family: str) -> list[str]:
    """Names of the project's adapters that would not load on `new_base`."""
    from mms_studio.core.engine.library import list_adapters

    stranded = []
    for info in list_adapters(Path(project.adapters_dir)):
        trained_family = str(info.meta.get("base_family") or MMS)
        trained_base = str(info.meta.get("base_model") or "")
        other_size = (trained_family == OMNIASR and new_family == OMNIASR
                      and base_choice(trained_base) is not None
                      and base_choice(new_base) is not None and trained_base != new_base)
        if trained_family != new_family or other_size:
            stranded.append(info.name)
    return stranded


def _title(base: str) -> str:
    entry = base_choice(base)
    return entry.title if entry else Path(base).name or base


def current_base(project: Any) -> BaseOption:
    """The project's base as the chooser lists it (`mms-studio base PROJECT` shows it)."""
    return next(o for o in base_choices(project) if o.current)


def choose_base(project: Any, base_id_or_folder: str, *, state: Any = None) -> BaseOption:
    """Make `base_id_or_folder` the project's base (saved in project.json); returns its option.

    Refused, with what to do, when it is not a known base or a supported model folder,
    or when the project's trained adapters would not load on it. `state` is accepted so
    the GUI can run this through a worker like every other action; the check is quick.
    """
    choice = str(base_id_or_folder).strip()
    if not choice:
        raise ModelError("No base model was chosen. Choose one from the list or a folder.")
    value, family = _family_of_choice(choice)
    current = project.settings.base_model
    if not _same_base(value, current):
        stranded = _stranded_adapters(project, new_base=value, new_family=family)
        if stranded:
            shown = ", ".join(f"“{n}”" for n in stranded[:3]) + \
                (f" and {len(stranded) - 3} more" if len(stranded) > 3 else "")
            raise ModelError(
                f"This project already has adapters trained on {_title(current)} ({shown}); "
                f"they would not load on {_title(value)}, so the base was not changed. "
                f"To train on {_title(value)}, create a new project with that base "
                "(File ▸ New project) and import this project's recordings into it.")
        project.update_settings(base_model=value)
    return current_base(project)

