"""What the converted-base cache holds on disk: list it with sizes, clear it, prune it.

Shown by `mms-studio cache info`, and by the app's settings through
`cache_info()` / `clear_cache()`. An entry is stale when its base changed (its
fingerprint differs) or is gone; a cleared entry is simply converted again the
next time its base is used (`converted_cache.py`).
"""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core.engine.cache_location import CACHE_FORMAT, base_fingerprint, cache_root


@dataclass(frozen=True)
class CacheEntry:
    """One converted file: which base and layout, how big, and whether its base still matches."""

    path: Path
    base: str
    layout: str
    bytes: int
    stale: bool

    def to_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "base": self.base, "layout": self.layout,
                "bytes": self.bytes, "stale": self.stale}


@dataclass(frozen=True)
class CacheInfo:
    root: Path
    entries: tuple[CacheEntry, ...]

    @property
    def total_bytes(self) -> int:
        return sum(e.bytes for e in self.entries)

    def to_dict(self) -> dict[str, object]:
        return {"root": str(self.root), "total_bytes": self.total_bytes,
                "entries": [e.to_dict() for e in self.entries]}


def _is_stale(record: dict[str, Any]) -> bool:
    base = Path(record.get("base", ""))
    try:
        return record.get("format") != CACHE_FORMAT or \
            base_fingerprint(base) != record.get("fingerprint")
    except OSError:
        return True


def cache_info(*, root: Path | None = None) -> CacheInfo:
    """Every converted base on disk with its size (what `mms-studio cache info` and Settings show)."""
    root = root or cache_root()
    entries = []
    if root.is_dir():
        for sidecar in sorted(root.glob("*/*.json")):
            data = sidecar.with_suffix(".safetensors")
            try:
                record = json.loads(sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                record = {}
            size = sum(p.stat().st_size for p in (data, sidecar) if p.is_file())
            entries.append(CacheEntry(data, str(record.get("base", "?")),
                                      str(record.get("layout", sidecar.stem)), size,
                                      _is_stale(record) if record else True))
        for export in sorted(root.glob("*/openvino-*")):  # a runtime's graph made from a layout
            if not export.is_dir():
                continue
            size = sum(p.stat().st_size for p in export.rglob("*") if p.is_file())
            siblings = [e for e in entries if e.path.parent == export.parent]
            entries.append(CacheEntry(export, siblings[0].base if siblings else "?",
                                      export.name.split("-v")[0], size,
                                      not siblings or any(e.stale for e in siblings)))
        for loose in root.glob("*/.*"):  # an interrupted conversion's temporary file or folder
            size = sum(p.stat().st_size for p in loose.rglob("*") if p.is_file()) \
                if loose.is_dir() else loose.stat().st_size
            entries.append(CacheEntry(loose, "?", "unfinished", size, True))
    return CacheInfo(root, tuple(entries))


def clear_cache(*, root: Path | None = None, stale_only: bool = False) -> int:
    """Delete converted bases (all, or only stale ones); returns the bytes freed.

    A deleted entry is simply converted again the next time its base is used.
    """
    info = cache_info(root=root)
    freed = 0
    for entry in info.entries:
        if stale_only and not entry.stale:
            continue
        if entry.path.is_dir():
            shutil.rmtree(entry.path, ignore_errors=True)
            freed += entry.bytes
            continue
        for path in (entry.path, entry.path.with_suffix(".json")):
            with contextlib.suppress(FileNotFoundError):
                freed += path.stat().st_size
                path.unlink()
    if info.root.is_dir():
        for folder in info.root.iterdir():
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return freed


def prune(*, root: Path | None, keep: Path, base: Path) -> None:
    """After a conversion: drop entries of an older version of this base, or of vanished bases."""
    root = root or cache_root()
    resolved = str(Path(base).resolve())
    for folder in root.iterdir():
        if not folder.is_dir() or folder == keep:
            continue
        records = []
        for sidecar in folder.glob("*.json"):
            with contextlib.suppress(OSError, ValueError):
                records.append(json.loads(sidecar.read_text(encoding="utf-8")))
        if records and all(r.get("base") == resolved or not Path(r.get("base", "")).is_dir()
                           for r in records):
            shutil.rmtree(folder, ignore_errors=True)
