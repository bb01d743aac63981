"""Helpers for project and import tests: small generated recordings and a snapshot of a project.

`snapshot` captures everything a person could lose (every file's bytes and
the database rows), so a test can prove an operation changed nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np
import soundfile as sf

# Written by the project itself while it is open; not user data.
VOLATILE = {".lock", "project.db", "project.db-wal", "project.db-shm"}


def tone(seconds: float, *, sr: int = 16000, freq: float = 330.0, amplitude: float = 0.4) -> np.ndarray:
    t = np.arange(round(seconds * sr)) / sr
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def wav(path: Path, seconds: float = 1.0, *, sr: int = 16000, text: str | None = None,
        sidecar: str = ".txt") -> Path:
    """A tone recording, optionally with a same-named transcript file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, tone(seconds, sr=sr), sr, subtype="PCM_16")
    if text is not None:
        path.with_suffix(sidecar).write_text(text, encoding="utf-8")
    return path


def db_rows(root: Path) -> list[tuple]:
    with sqlite3.connect(f"file:{root / 'project.db'}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows: list[tuple] = []
        for table in tables:
            rows.extend((table, *r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1"))
    return rows


def snapshot(root: Path) -> dict[str, object]:
    files = {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(root.rglob("*")) if p.is_file() and p.name not in VOLATILE}
    return {"files": files, "rows": db_rows(root)}
