"""The base model: find it on disk or fetch it from the Hub, then load it safely.

Only the files an adapter needs are downloaded (weights as safetensors,
configs, vocabularies, and the adapters of languages asked for) — the Hub
repository of mms-1b-all also holds ~1,100 adapters and .bin copies we never
want. Nothing is ever loaded with pickle or remote code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.core.engine.base_files import available_adapters as available_adapters
from mms_studio.core.engine.base_files import base_vocabularies as base_vocabularies
from mms_studio.core.errors import Cancelled, ModelError, OfflineError
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
BASE_FILES = ("config.json", "model.safetensors", "vocab.json", "preprocessor_config.json",
              "tokenizer_config.json", "special_tokens_map.json",
              "tokenizer.json")  # Omnilingual's SentencePiece vocabulary (families/)


def _is_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def resolve_base_model(base: str = DEFAULT_BASE_MODEL, *, languages: Sequence[str] = (),
                       state: TaskState | None = None, cache_dir: str | None = None) -> Path:
    """A local folder holding the base model (downloading it first if `base` is a Hub id).

    `languages`: codes whose existing adapters are wanted too (a baseline or a
    related language to start from). The download resumes where it stopped.
    """
    state = state or NullTaskState()
    local = Path(base).expanduser()
    if local.is_dir():
        if not (local / "config.json").is_file() or not (local / "model.safetensors").is_file():
            raise ModelError(f"The folder {local} does not hold a model (config.json and "
                             "model.safetensors are needed).")
        return local
    if not _HUB_ID.match(base):
        raise ModelError(f"The model folder {base} does not exist.")
    patterns = list(BASE_FILES) + [f"adapter.{code}.safetensors" for code in languages]
    from huggingface_hub import snapshot_download

    from mms_studio.core.engine import hub_pins

    needed = ["config.json", "model.safetensors"] + patterns[len(BASE_FILES):]
    revision = hub_pins.pinned_revision(base, cache_dir=cache_dir)
    try:
        cached = Path(snapshot_download(base, allow_patterns=patterns, local_files_only=True,
                                        cache_dir=cache_dir, revision=revision))
        if all((cached / name).is_file() for name in needed):
            return cached
    except Exception:  # noqa: BLE001 - not cached (fully) yet: go online below
        pass
    if _is_offline():
        raise OfflineError(f"The base model {base} is not on this computer and downloads are "
                           "switched off; download it once with internet, or choose a local "
                           "model folder.")
    state.set_status(Message("Downloading the base model {base} (about 4 GB, resumable)…",
                             base=base))
    try:
        # One commit for every file, now and in later downloads (hub_pins: pinned on first use).
        revision, checksums = hub_pins.hub_manifest(base, revision)
        path = snapshot_download(base, allow_patterns=patterns, cache_dir=cache_dir,
                                 revision=revision, tqdm_class=_progress_class(state))
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - network errors come in many types
        # The cause goes to the log through `from exc`; people get a sentence, not a class name.
        raise OfflineError(f"The base model {base} could not be downloaded; check the internet "
                           "connection and try again (the download continues where it "
                           "stopped), or choose a local model folder.") from exc
    state.set_status(Message("Checking the downloaded base model…"))
    hub_pins.verify_files(Path(path), [p for p in patterns if "*" not in p], checksums)
    hub_pins.remember(base, revision, cache_dir=cache_dir)
    return Path(path)


def _progress_class(state: TaskState):
    """A tqdm stand-in that forwards byte progress to the task state."""
    from tqdm.auto import tqdm

    class _StateTqdm(tqdm):
        def update(self, n=1):  # noqa: ANN001 - tqdm's signature
            check_cancelled(state)   # Stop the download: what was written is kept for resuming
            out = super().update(n)
            if self.total:
                state.set_progress(min(self.n / self.total, 1.0))
            return out

    return _StateTqdm


def load_base_model(base_dir: Path, *, target_lang: str | None = None, dtype=None,
                    converted: bool = True):
    """Wav2Vec2ForCTC from a local folder: safetensors only, no remote code, eval mode, CPU.

    dtype: load the weights directly in this torch dtype (bf16 inference never
        holds an fp32 copy of the 1B model in memory); None keeps float32.
    converted: a bf16/fp16 `dtype` comes from the converted base on disk
        (`converted_cache.py`: made once, then mapped), which keeps the load's
        resident peak near the half-precision weights (1.9 GB for the 1B model)
        instead of the fp32 file's 3.9 GB plus the copy being made. Falls back to
        `from_pretrained` when the cache cannot be written.
    """
    import torch
    from safetensors import SafetensorError
    from transformers import Wav2Vec2ForCTC
    from transformers.utils import logging as hf_logging

    from mms_studio.core.engine.families import OMNIASR, detected_family

    base_dir = Path(base_dir)
    if detected_family(base_dir) == OMNIASR:  # a second family behind the same function
        from mms_studio.core.engine.families.omniasr import load_omniasr

        return load_omniasr(base_dir, target_lang=target_lang, dtype=dtype)
    if converted and dtype in (torch.bfloat16, torch.float16):
        from mms_studio.core.engine.converted_cache import load_converted, supports

        if supports(base_dir):
            try:
                return load_converted(base_dir, "bf16" if dtype == torch.bfloat16 else "fp16",
                                      target_lang=target_lang)
            except OSError:
                pass  # a full or read-only cache folder: convert in memory as before
    if target_lang is not None and not (base_dir / f"adapter.{target_lang}.safetensors").is_file():
        raise ModelError(f"The base model has no adapter for the language code “{target_lang}”.")
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # mismatched lm_head sizes are expected, not news
    try:
        model = Wav2Vec2ForCTC.from_pretrained(
            base_dir, target_lang=target_lang, use_safetensors=True, trust_remote_code=False,
            ignore_mismatched_sizes=True, local_files_only=True,
            **({"dtype": dtype} if dtype is not None else {}))
    except (OSError, ValueError, SafetensorError) as exc:
        # A truncated or damaged weights file (an interrupted copy) says so in a sentence.
        raise ModelError(f"The base model in {base_dir} could not be loaded: its files are "
                         "incomplete or damaged; download it again or choose another "
                         "model folder.") from exc
    finally:
        hf_logging.set_verbosity(verbosity)
    if getattr(model.config, "adapter_attn_dim", None) is None:
        raise ModelError("This base model has no adapter layers; use an MMS model such as "
                         f"{DEFAULT_BASE_MODEL}.")
    model.eval()
    return model
