"""Where a project's base model is, written so the project folder can move.

A project (the demo above all) may keep its base model in a folder inside
itself, so the folder is whole: copied to a USB stick and opened on another
laptop, it must still find its model. An absolute path in `project.json` or
an adapter's `adapter.json` would point at the old place, so a base folder
inside the project is written relative to the project root, with POSIX
separators and a leading "./" (`"./base-model"`): the "./" tells it from a Hub
id (`facebook/mms-1b-all`, which never starts with "."), and the slashes read
the same on Windows and Linux. Hub ids and folders outside the project are
written as they are (absolute).

In memory a base is always what it was before: a Hub id or an absolute path
string, so every caller that resolves it (`engine.base.resolve_base_model`)
is unchanged. `stored_base` makes the written form, `resolved_base` the form in
memory; both take the project root.

Projects written before this rule hold absolute paths. When such a path is gone
but the same place exists inside the (moved or copied) project, that is the
base: `resolved_base` looks for the path's last parts under the new root. It
never writes; the relative form reaches the file the next time the project
writes it anyway.

The same rule places a clip's original recording (`Clip.media`, the long recording
a clip was cut from): a recording inside the project (`recordings/`) is stored
"./recordings/a.wav" and read back absolute, one outside stays absolute, and an
old absolute one that vanished is looked for inside the moved project. The
general names are `stored_path` / `resolved_path` (a file by default);
`stored_base` / `resolved_base` are them for a model folder.

This module sits under both `core.project` and `core.engine` (which never
import each other), so it repeats the two layout names it needs; a test keeps
them equal to `core.project.layout`'s.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

SETTINGS_FILE = "project.json"     # = core.project.layout.SETTINGS_FILE
ADAPTERS = "adapters"              # = core.project.layout.ADAPTERS
RELATIVE = "./"
_MODEL_MARK = "config.json"        # what every model folder holds (engine.base checks more)


def is_relative(stored: str) -> bool:
    """A base written relative to its project ("./base-model"; ".\\" from a hand edit too)."""
    return stored.startswith(("./", ".\\"))


def _absolute_path(value: str) -> PurePath | None:
    """`value` as an absolute path of either system, or None (a Hub id, a bare name)."""
    if PurePosixPath(value).is_absolute():
        return PurePosixPath(value)
    windows = PureWindowsPath(value)
    if windows.drive and windows.is_absolute() or windows.drive.startswith("\\\\"):
        return windows
    return None


def _local_path(value: str) -> Path | None:
    """An absolute local path for a base given as a folder ("~/m", "../m", "/m"), else None.

    A value typed relative to the working folder ("../models/x") is made absolute here,
    before it is written relative to a project, so it keeps meaning the same folder.
    """
    if value.startswith("~"):
        return Path(value).expanduser().absolute()
    if value.startswith(("./", "../", ".\\", "..\\")):
        return Path(value).absolute()
    if _absolute_path(value) is not None and Path(value).is_absolute():
        return Path(value)
    return None


def _inside(path: Path, root: Path) -> PurePosixPath | None:
    """`path` relative to `root` when it lies inside it (as written or with links followed)."""
    pairs = [(Path(os.path.normpath(path)), Path(os.path.normpath(root.absolute())))]
    try:
        pairs.append((path.resolve(), root.resolve()))
    except OSError:
        pass
    for candidate, base in pairs:
        try:
            rel = candidate.relative_to(base)
        except ValueError:
            continue
        if rel.parts:
            return PurePosixPath(*rel.parts)
    return None


def is_model_folder(path: Path) -> bool:
    """What `moved_location` looks for by default: a folder holding a model."""
    return (path / _MODEL_MARK).is_file()


def stored_path(path: str, root: Path) -> str:
    """How a file in the project at `root` writes `path`: "./<inside>" (POSIX) for a file or
    folder inside the project, anything else as it is (Hub ids, paths elsewhere absolute).

    `path` is the form in memory, so a "./x" here is relative to the working folder, not
    yet to the project."""
    local = _local_path(path) if path else None
    if local is None:
        return path
    inside = _inside(local, Path(root))
    return RELATIVE + inside.as_posix() if inside is not None else path


def resolved_path(stored: str, root: Path, *,
                  present: Callable[[Path], bool] = Path.exists,
                  wanted: Callable[[Path], bool] = Path.is_file) -> str:
    """The form in memory of a path read from a file of the project at `root`: a relative
    one joined to `root` (absolute); an absolute one that is not `present` any more looked
    for inside the moved project (`moved_location` with `wanted`); anything else unchanged.
    Never writes."""
    root = Path(root).absolute()
    if is_relative(stored):
        parts = PurePosixPath(stored.replace("\\", "/")).parts
        return os.path.normpath(root.joinpath(*parts))
    old = _absolute_path(stored)
    if old is None or present(Path(stored)):
        return stored
    moved = moved_location(old, root, wanted=wanted)
    return str(moved) if moved is not None else stored


def stored_base(base: str, root: Path) -> str:
    """`stored_path` for a base model: "./<inside>" for a folder inside the project, Hub
    ids and folders elsewhere as they are (a "./x" given is relative to the working folder,
    as `engine.base.resolve_base_model` reads it)."""
    return stored_path(base, root)


def resolved_base(stored: str, root: Path) -> str:
    """The base in memory for a file read in the project at `root`: an absolute path for a
    folder (a relative one joined to `root`; a vanished absolute one looked for inside the
    moved project), Hub ids unchanged."""
    return resolved_path(stored, root, present=Path.is_dir, wanted=is_model_folder)


def moved_location(old: PurePath, root: Path, *,
                   wanted: Callable[[Path], bool] = is_model_folder) -> Path | None:
    """What was at `old` at its place inside the project now at `root`, or None.

    The old project root is unknown (a copy may be renamed), so the longest tail of `old`
    that is `wanted` under `root` (by default a model folder) wins:
    `/home/a/demo/base-model` in a project now at `/media/usb/demo` is
    `/media/usb/demo/base-model`.
    """
    parts = old.parts[1:]          # without the anchor ("/", "C:\\")
    for start in range(len(parts)):
        candidate = Path(root).joinpath(*parts[start:])
        if wanted(candidate):
            return candidate
    return None


def adapter_project_root(folder: Path) -> Path | None:
    """The project an adapter folder belongs to (`<root>/adapters/<name>/`), or None when it
    lies elsewhere (the user library, an export, a bundle being imported)."""
    folder = Path(folder).absolute()
    if folder.parent.name != ADAPTERS:
        return None
    root = folder.parent.parent
    return root if (root / SETTINGS_FILE).is_file() else None


def rebased(path: str, *, old_root: str, new_root: Path) -> str:
    """`path`, written when the project was at `old_root`, at its place under `new_root` now;
    a path outside the old root (a Hub cache folder), or any other string, as it was.

    For files that record absolute paths inside the project (a run's manifest): a stopped
    run in a moved project still finds its clips and its base.
    """
    old, base = _absolute_path(path), _absolute_path(old_root)
    if old is None or base is None or type(old) is not type(base) or \
            Path(old_root) == Path(new_root):
        return path
    try:
        inside = old.relative_to(base)
    except ValueError:
        return path
    return str(Path(new_root).joinpath(*inside.parts))
