"""Proof that a refused input changed nothing: every file of a folder, hashed."""

from __future__ import annotations

import hashlib
from pathlib import Path

# SQLite's own journal files appear and vanish while a database is open; the lock file is
# the open project's. Everything else, project.db included, must keep its bytes.
TRANSIENT = {".lock", "project.db-wal", "project.db-shm", "project.db-journal"}


def folder_hashes(root: Path) -> dict[str, str]:
    """relative path -> sha256 of every file under `root` (folders listed as "dir")."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.name in TRANSIENT:
            continue
        out[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out
