"""Small file systems that fill up: a tmpfs of a given size (root only, as in CI)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """`small_disk("2m", name="disk")` mounts a tmpfs of that size under tmp_path; every
    mount is removed afterwards. Skips, saying why, where this machine forbids mounting."""
    mounted: list[Path] = []

    def make(size: str, *, name: str = "disk", at: Path | None = None) -> Path:
        point = at or tmp_path / name
        point.mkdir(parents=True, exist_ok=True)
        done = _mount(["-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)])
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount(point: Path, options: str) -> None:
    """Change a mounted tmpfs in place ("ro", "rw", "size=8m"): a drive turned read-only,
    or space freed."""
    done = _mount(["-o", f"remount,{options}", str(point)])
    assert done.returncode == 0, done.stderr
