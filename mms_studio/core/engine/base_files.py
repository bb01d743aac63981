"""What a base model folder says about itself: its vocabularies and its languages' adapters.

Plain file reading, apart from `base.py` (which downloads and loads the model) so that
the adapter code can read a base's vocabularies without importing the loader that in
turn reaches the converted cache and the adapters again (no import cycle in core).
"""

from __future__ import annotations

import json
from pathlib import Path

from mms_studio.core.errors import ModelError


def base_vocabularies(base_dir: Path) -> dict[str, dict[str, int]]:
    """The nested vocab.json of a base model: language code -> token -> id."""
    path = Path(base_dir) / "vocab.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:   # UnicodeDecodeError is a ValueError
        raise ModelError(f"The base model's vocabulary file {path} is damaged or unreadable; "
                         "download the base model again or choose another folder.") from exc
    if not isinstance(data, dict):
        raise ModelError(f"The base model's vocabulary file {path} does not hold a vocabulary; "
                         "download the base model again or choose another folder.")
    if data and all(isinstance(v, dict) for v in data.values()):
        return data
    return {"": data}  # a flat single-language vocabulary


def available_adapters(base_dir: Path) -> list[str]:
    """Language codes whose adapter file sits in the base folder."""
    return sorted(p.name[len("adapter."):-len(".safetensors")]
                  for p in Path(base_dir).glob("adapter.*.safetensors"))
