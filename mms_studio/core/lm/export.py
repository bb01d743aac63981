"""The project's language model inside an exported adapter, as pyctcdecode saves a decoder.

`alphabet.json` (one label per model output) and `language_model/{attrs.json, lm.arpa,
unigrams.txt}`, attrs.json holding the weights tuned for this adapter: the layout
`BeamSearchDecoderCTC.load_from_dir` and transformers' `Wav2Vec2ProcessorWithLM` read,
so plain transformers + pyctcdecode decode as `mms-studio transcribe --lm` does.
Passed to `engine.library.export_bundle/export_hf_folder` as their `add_files`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from mms_studio.core.atomic import atomic_path, write_json, write_text

LM_FOLDER = "language_model"
ALPHABET_FILE = "alphabet.json"


def _copy(src: Path, dst: Path) -> None:
    with atomic_path(dst) as tmp:
        shutil.copyfile(src, tmp)


def project_language_model(adapter_dir: Path):
    """The LM of the project an adapter folder sits in (`<project>/adapters/<name>`), or None."""
    from mms_studio.core.lm.errors import LanguageModelError
    from mms_studio.core.lm.store import lm_dir, read_lm_info

    adapter_dir = Path(adapter_dir)
    if adapter_dir.parent.name != "adapters":
        return None
    folder = lm_dir(adapter_dir.parent.parent)
    if not folder.exists():
        return None
    try:
        return read_lm_info(folder)
    except LanguageModelError:
        return None


def write_language_model(info, out: Path, *, lm=None) -> bool:
    """`alphabet.json` + `language_model/` in `out` (pyctcdecode's saved-decoder layout).

    `lm` (a core.lm.store.LmInfo) defaults to the adapter's project's model; the weights
    are the adapter's tuned ones for that model, else the defaults. False when there is none.
    """
    from pyctcdecode.alphabet import Alphabet

    from mms_studio.core.lm.tuning import (
        DEFAULT_ALPHA,
        DEFAULT_BETA,
        UNK_SCORE_OFFSET,
        read_weights,
    )

    lm = lm or project_language_model(info.path)
    if lm is None:
        return False
    weights = read_weights(info.path, lm_sha256=lm.sha256)
    labels = [t for t, _ in sorted(info.vocab.items(), key=lambda item: item[1])]
    write_text(Path(out) / ALPHABET_FILE, Alphabet.build_alphabet(labels).dumps())
    folder = Path(out) / LM_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    write_json(folder / "attrs.json", {
        "alpha": weights.alpha if weights else DEFAULT_ALPHA,
        "beta": weights.beta if weights else DEFAULT_BETA,
        "unk_score_offset": weights.unk_score_offset if weights else UNK_SCORE_OFFSET,
        "score_boundary": True})
    _copy(lm.unigrams_path, folder / "unigrams.txt")
    _copy(lm.arpa_path, folder / "lm.arpa")
    return True


def decoder_files(info, *, lm=None) -> Callable[[Path], bool]:
    """An `add_files` for the library's exports: writes the LM files for adapter `info`."""
    return lambda folder: write_language_model(info, folder, lm=lm)
