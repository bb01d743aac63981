"""Fixtures every test area shares. Area-specific ones live in that area's conftest.py."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

os.environ.setdefault("HF_HUB_OFFLINE", "1")        # no network, ever, in tests
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _cache_dir_for_this_run() -> None:
    """Converted bases (core.engine.converted_cache) go to a folder of this run, never the
    user's cache, and the folder goes when the run ends.

    Only the process that made the folder removes it, at its exit: processes started under
    it (CLI subprocesses, pytest-xdist workers, a forked child) inherit the variable, use
    the same folder and leave it alone. A folder named from outside is never removed.
    """
    if os.environ.get("MMS_STUDIO_CACHE_DIR"):
        return
    folder = tempfile.mkdtemp(prefix="mms-studio-test-cache-")
    os.environ["MMS_STUDIO_CACHE_DIR"] = folder
    owner = os.getpid()

    def remove() -> None:
        if os.getpid() == owner:
            shutil.rmtree(folder, ignore_errors=True)

    atexit.register(remove)


_cache_dir_for_this_run()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real recordings and annotation files beside the project (read-only, used in place)."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"shared test data not found at {SHARED_DATA}; it must sit beside the repo")
    return SHARED_DATA


@pytest.fixture
def replay_clip(shared_data: Path) -> Path:
    """A real 16 kHz recording (Abui, one phrase) the fake sound card replays."""
    return shared_data / "abui" / "elpis_lib" / "processing" / "abui_4_660.wav"


@pytest.fixture
def replay_device(replay_clip: Path):
    """The sound card replaced by a device that replays a real clip, at 4x speed (core and GUI)."""
    from mms_studio.core.audio import devices
    from mms_studio.core.audio.replay_device import ReplayBackend

    backend = ReplayBackend(replay_clip, speed=4.0)
    devices.set_backend(backend)
    yield backend
    devices.set_backend(None)


@pytest.fixture
def no_sound_card():
    """A computer without any sound card: no devices; opening or playing fails."""
    from mms_studio.core.audio import devices
    from mms_studio.core.audio.replay_device import NoSoundBackend

    backend = NoSoundBackend()
    devices.set_backend(backend)
    yield backend
    devices.set_backend(None)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random MMS-shaped base model (languages eng, abc), built once per test session."""
    from mms_studio.devtools import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-mms") / "model", languages=("eng", "abc"))
