"""A disk that fills: "The disk is full" (one typed error), and nothing half-written.

Real small file systems (a tmpfs of a few hundred kB, `small_disk`), a file-size limit
in a subprocess (EFBIG), and ENOSPC injected where a write is finally flushed.
Covered: atomic writes, import (CLI), add clip, recording a take, a training
checkpoint, export-dataset (CLI).
"""

from __future__ import annotations

import errno
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from mms_studio.core import atomic
from mms_studio.core.diskerrors import DiskFullError, StorageError
from mms_studio.core.project import Project
from mms_studio.devtools import synthetic_clips
from tests.faults.conftest import remount

REPO = Path(__file__).resolve().parents[2]
FULL = "The disk is full"


def campaign_module():
    """scripts/fault_campaign.py: its project and export checks."""
    if "fault_campaign" in sys.modules:
        return sys.modules["fault_campaign"]
    spec = importlib.util.spec_from_file_location("fault_campaign",
                                                  REPO / "scripts" / "fault_campaign.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["fault_campaign"] = module       # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def hidden(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*") if p.is_file() and p.name != ".lock"]


def test_an_atomic_write_on_a_full_disk_says_so_and_keeps_the_old_file(small_disk):
    disk = small_disk("256k")
    target = disk / "notes.json"
    atomic.write_text(target, "old\n")
    with pytest.raises(DiskFullError) as caught:
        atomic.write_bytes(target, b"x" * (1 << 20))
    assert str(caught.value).startswith(f"{FULL}: {target} could not be written")
    assert "nothing was changed" in str(caught.value)
    assert target.read_text() == "old\n"
    assert hidden(disk) == []


def test_libsndfile_hides_the_errno_and_the_probe_finds_it(small_disk):
    """soundfile says only "system error"; the WAV writer still gives the disk-full sentence."""
    from mms_studio.core import audio

    disk = small_disk("256k")
    with pytest.raises(DiskFullError):
        audio.write_wav(disk / "long.wav", np.zeros(16000 * 30, dtype=np.float32))
    assert list(disk.iterdir()) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_enospc_when_the_write_is_flushed_or_renamed(tmp_path, monkeypatch, failing):
    """Injected at the atomic layer: some file systems (NFS, quotas) report ENOSPC only at
    fsync or close; the target keeps its old content."""
    target = tmp_path / "project.json"
    atomic.write_text(target, "{}\n")

    def refuse(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, failing, refuse)
    with pytest.raises(DiskFullError, match=FULL):
        atomic.write_json(target, {"name": "new"})
    monkeypatch.undo()
    assert target.read_text() == "{}\n"
    assert hidden(tmp_path) == []


def test_a_file_size_limit_is_the_same_sentence(tmp_path):
    """RLIMIT_FSIZE (EFBIG) in a subprocess: Python ignores SIGXFSZ, the write fails."""
    code = f"""
import resource, sys
import numpy as np
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
from mms_studio.core import atomic, audio
from mms_studio.core.errors import MMSStudioError
for write in (lambda: atomic.write_bytes({str(tmp_path / 'a.bin')!r}, b'x' * 1_000_000),
              lambda: audio.write_wav({str(tmp_path / 'b.wav')!r}, np.zeros(160_000, 'float32'))):
    try:
        write()
    except MMSStudioError as exc:
        print(type(exc).__name__, exc)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"DiskFullError {FULL}") for line in lines), \
        done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _project_on(disk: Path, *, base: str = "nobody/none") -> Path:
    root = disk / "proj"
    Project.create(root, language="xsy", name="Full", base_model=base).close()
    return root


def test_add_clip_until_the_disk_is_full_then_space_is_freed(small_disk):
    disk = small_disk("600k")
    root = _project_on(disk)
    clips = synthetic_clips(200, seed=1, words_per_clip=(2, 4))
    added = 0
    with Project.open(root) as project:
        with pytest.raises(DiskFullError, match=FULL):
            for clip in clips:
                project.add_clip(clip.samples, transcript=clip.text)
                added += 1
        assert added > 0 and len(project.clips()) == added
        remount(disk, "size=8m")                          # space freed: it works again
        project.add_clip(clips[-1].samples, transcript=clips[-1].text)
    assert campaign_module().check_project(root) == []
    with Project.open(root) as project:
        assert len(project.clips()) == added + 1


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mms_studio", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=300)


@pytest.mark.slow
def test_import_into_a_full_disk_stops_with_the_sentence_and_finishes_later(small_disk, tmp_path):
    import soundfile as sf

    sources = tmp_path / "sources"
    sources.mkdir()
    for i, clip in enumerate(synthetic_clips(40, seed=2, words_per_clip=(3, 5))):
        sf.write(str(sources / f"u{i:02d}.wav"), clip.samples, 16000)
        (sources / f"u{i:02d}.txt").write_text(clip.text, encoding="utf-8")
    disk = small_disk("700k")
    root = _project_on(disk)
    done = _cli("import", str(root), str(sources))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert FULL in done.stderr and "importing again finishes the import" in done.stderr
    assert campaign_module().check_project(root) == []
    remount(disk, "size=16m")
    again = _cli("import", str(root), str(sources))
    assert again.returncode == 0, again.stderr
    with Project.open(root) as project:
        assert len(project.clips()) == 40


def test_a_take_on_a_full_disk_keeps_what_was_recorded(small_disk, replay_device, tmp_path):
    import soundfile as sf

    from mms_studio.core.recording.controller import TakeController
    from mms_studio.core.recording.takes import recover_takes

    root = _project_on(tmp_path)
    disk = small_disk("160k", at=root / "recordings")      # the take's drive fills
    controller = TakeController(tail=0.0)
    path = controller.start(disk / "session")
    caught: DiskFullError | None = None
    try:
        for _ in range(400):                 # the replay device runs at 4x: ~1 s of audio
            time.sleep(0.05)
            try:
                if controller.poll() is not None:
                    pytest.fail("the take finished although the disk is full")
            except DiskFullError as exc:
                caught = exc
                break
    finally:
        controller.shutdown()
    assert caught is not None and str(caught).startswith(FULL)
    assert "What was recorded before is kept" in str(caught)
    recovered = recover_takes(root)
    takes = recovered or [p for p in disk.rglob("*.wav")]
    assert takes, path
    info = sf.info(str(takes[0]))
    assert info.frames > 16000 * 0.5                    # about a second of it is kept


def test_a_checkpoint_on_a_full_disk_keeps_the_previous_one(small_disk):
    import torch

    from mms_studio.core.engine import checkpoint as ckpt

    folder = small_disk("2m") / "checkpoint"

    def save(step: int) -> None:
        weight = torch.nn.Parameter(torch.full((100_000,), float(step)))
        optimizer = torch.optim.AdamW([weight], lr=0.1)
        weight.grad = torch.ones_like(weight)
        optimizer.step()
        ckpt.save_checkpoint(folder, adapter={"w": weight.detach().clone()},
                             optimizer_state=optimizer.state_dict(), train_state={"step": step})

    save(2)
    with pytest.raises(StorageError, match=FULL):
        save(4)
    _adapter, _optimizer, state = ckpt.load_checkpoint(folder)
    assert state["step"] == 2
    assert hidden(folder) == []


@pytest.mark.slow
def test_export_dataset_into_a_full_disk(small_disk, tmp_path):
    root = tmp_path / "proj"
    with Project.create(root, language="xsy", name="Full", base_model="nobody/none") as p:
        for clip in synthetic_clips(30, seed=3, words_per_clip=(3, 5)):
            p.add_clip(clip.samples, transcript=clip.text)
    out = small_disk("300k") / "dataset"
    done = _cli("export-dataset", str(root), str(out))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert FULL in done.stderr
    module = campaign_module()
    assert module.check_output(out, tmp_path / "no-reference") == []
    assert module.check_project(root) == []
