"""Where converted bases live and how a base is recognised: shared by the cache and its listing.

Apart from `converted_cache.py` (which writes and loads entries) and `cache_usage.py`
(which lists, clears and prunes them) so each imports this and not the other.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: Bumped when the layout of a converted file changes: older entries are then rebuilt.
CACHE_FORMAT = 1
ENV_CACHE_DIR = "MMS_STUDIO_CACHE_DIR"


def cache_root() -> Path:
    """The folder of converted bases: $MMS_STUDIO_CACHE_DIR, else the user cache folder."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mms-studio", appauthor=False)) / "converted"


def base_fingerprint(base_dir: Path) -> str:
    """Changes whenever the base's config or weights file changes (size or modification time)."""
    base_dir = Path(base_dir)
    digest = hashlib.sha256(f"format {CACHE_FORMAT}\n".encode())
    digest.update((base_dir / "config.json").read_bytes())
    stat = (base_dir / "model.safetensors").stat()
    digest.update(f"\n{stat.st_size} {stat.st_mtime_ns}".encode())
    return digest.hexdigest()
