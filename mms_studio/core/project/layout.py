"""Where everything lives inside a project folder: every name, written once.

A project is a plain folder a person can read without the app, so its layout
is part of the product's promise (old projects must keep opening). Before this
module the names were spread over the store, the Record page and the
Transcribe page, which each spelled `recordings/` their own way. Now every
piece of code that builds a path inside a project asks here:

    <project>/
        project.json                 settings (core.project.settings)
        project.db                   the clip index (core.project.schema)
        .lock                        one app at a time (core.project.lock)
        clips/<id>.wav               16 kHz mono clips the store writes
        clips/.orphans/              clip files a crash left without a row
        runs/<run>/                  training runs (config, metrics, checkpoint)
        adapters/<name>/             trained adapters
        exports/                     what the user exported
        lm/                          the project's n-gram language model (core.lm.store)
        recordings/<date>-<speaker>/ raw takes from the Record page, kept after
                                     they become clips (core.recording.takes)
        recordings/to-transcribe/    takes recorded on the Transcribe page

For the store (`core/project/store.py`): its `clips_dir`, `runs_dir`,
`adapters_dir`, `exports_dir` (and `recordings_dir`) properties should return
`layout.<name>_dir(self.root)` and its module constants read the names below;
`schema.DB_FILE`, `lock.LOCK_FILE`, `settings.SETTINGS_FILE` and
`core.lm.store.LM_DIR` are the same strings as here (a test keeps them equal)
until they read them from here.
This module imports nothing from the project package, so anything may import it.
"""

from __future__ import annotations

from pathlib import Path

SETTINGS_FILE = "project.json"
DB_FILE = "project.db"
LOCK_FILE = ".lock"
CLIPS = "clips"
ORPHANS = ".orphans"          # inside clips/
RUNS = "runs"
ADAPTERS = "adapters"
EXPORTS = "exports"
LM = "lm"
RECORDINGS = "recordings"
TO_TRANSCRIBE = "to-transcribe"   # inside recordings/

#: Every folder of a project, relative to its root (parents before children).
FOLDERS = (CLIPS, f"{CLIPS}/{ORPHANS}", RUNS, ADAPTERS, EXPORTS, LM, RECORDINGS,
           f"{RECORDINGS}/{TO_TRANSCRIBE}")


def clips_dir(root: Path) -> Path:
    return Path(root) / CLIPS


def orphans_dir(root: Path) -> Path:
    return Path(root) / CLIPS / ORPHANS


def runs_dir(root: Path) -> Path:
    return Path(root) / RUNS


def adapters_dir(root: Path) -> Path:
    return Path(root) / ADAPTERS


def exports_dir(root: Path) -> Path:
    return Path(root) / EXPORTS


def lm_dir(root: Path) -> Path:
    return Path(root) / LM


def recordings_dir(root: Path) -> Path:
    """Raw takes, one sub-folder per session; never deleted by the app."""
    return Path(root) / RECORDINGS


def to_transcribe_dir(root: Path) -> Path:
    """Takes recorded on the Transcribe page (not meant for the dataset until corrected)."""
    return Path(root) / RECORDINGS / TO_TRANSCRIBE
