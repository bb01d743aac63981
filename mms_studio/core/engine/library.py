"""The adapter library: folders of trained adapters, their export as bundles or HF models, import.

An adapter folder (in `project.adapters_dir/<name>/` or the user-level
library) holds `adapter.<lang>.safetensors`, a nested `vocab.json`
({lang: {token: id}}, the mms-1b-all layout), `adapter.json` (language, base
model, text settings, how it was trained), `metrics.json` and a README.md
model card. A bundle is that folder plus the tokenizer and feature-extractor
configs, as a folder or a zip. A Hugging Face folder adds the base weights
with this adapter merged in, so plain transformers loads it with
`Wav2Vec2ForCTC.from_pretrained(DIR, target_lang=CODE)`.

Both exports take `add_files`: `core.lm.export.decoder_files` puts the project's
language model in as pyctcdecode saves a decoder (`alphabet.json`,
`language_model/{attrs.json, lm.arpa, unigrams.txt}`). Importing a bundle keeps the
adapter only (a model belongs to the project whose texts built it).

The base model an adapter was trained on is written as its project writes it
(`core.base_location`): a folder inside the project as "./base-model", so a
moved project still finds it. Read from a folder in a project's `adapters/`,
`meta["base_model"]` is a Hub id or an absolute path again. An export cannot
use a path inside a project it does not carry, so its `adapter.json` names such
a base instead (`base_model_name`; family and licence are there already).

Zips from elsewhere are untrusted: members with absolute paths, "..", links
or unexpected names are refused before anything is written.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mms_studio import MMS_LICENSE_NOTICE, __version__
from mms_studio.core.atomic import atomic_path, write_json, write_text
from mms_studio.core.base_location import (
    adapter_project_root,
    is_relative,
    resolved_base,
    stored_base,
)
from mms_studio.core.errors import ImportFailedError, ModelError

INFO_FILE = "adapter.json"
VOCAB_FILE = "vocab.json"
METRICS_FILE = "metrics.json"
CARD_FILE = "README.md"
_NAME_OK = re.compile(r"^[\w][\w.-]{0,63}$")
_BUNDLE_MEMBER = re.compile(r"^(adapter\.[\w-]+\.safetensors|[\w-]+\.json|README\.md)$")
_LM_MEMBER = re.compile(r"^language_model/(attrs\.json|unigrams\.txt|lm\.arpa)$")


@dataclass(frozen=True)
class AdapterInfo:
    path: Path
    name: str
    language: str
    vocab: dict[str, int]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def weights_path(self) -> Path:
        return self.path / f"adapter.{self.language}.safetensors"

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "name": self.name, "language": self.language,
                "vocab_size": len(self.vocab), **{k: v for k, v in self.meta.items()
                                                   if k not in ("name", "language")}}


def user_library_dir() -> Path:
    """Adapters the user keeps across projects (platformdirs' user data folder)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("mms-studio", appauthor=False)) / "adapters"


def check_name(name: str) -> str:
    if not _NAME_OK.match(name):
        raise ModelError(f"“{name}” cannot be an adapter name; use letters, digits, '-', '_' "
                         "or '.' (up to 64).")
    return name


def read_adapter_info(folder: Path) -> AdapterInfo:
    """Read and check an adapter folder; a damaged one gives a `ModelError` saying what is wrong."""
    folder = Path(folder)
    try:
        meta = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        vocabs = json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))
        language = meta["language"]
        vocab = vocabs[language]
    except FileNotFoundError as exc:
        raise ModelError(f"The adapter folder {folder.name} is incomplete ({Path(exc.filename).name} "
                         "is missing).") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"The adapter folder {folder.name} is damaged.") from exc
    if not (folder / f"adapter.{language}.safetensors").is_file():
        raise ModelError(f"The adapter folder {folder.name} has no weights for “{language}”.")
    root = adapter_project_root(folder)
    if root is not None and isinstance(meta.get("base_model"), str):
        meta = {**meta, "base_model": resolved_base(meta["base_model"], root)}
    return AdapterInfo(folder, meta.get("name", folder.name), language, vocab, meta)


def list_adapters(library: Path) -> list[AdapterInfo]:
    """Every readable adapter in a library folder, newest first (damaged ones are skipped)."""
    found = []
    for sub in sorted(Path(library).glob("*/")) if Path(library).is_dir() else []:
        try:
            found.append(read_adapter_info(sub))
        except ModelError:
            continue
    return sorted(found, key=lambda a: a.meta.get("created", ""), reverse=True)


def model_card(info: dict[str, Any], metrics: dict[str, Any]) -> str:
    """README.md for an adapter: what it is, data, figures, how to use it, the licence."""
    lang = info["language"]
    lines = [f"# MMS adapter: {info.get('name', lang)} ({lang})", "",
             f"A language adapter for {_card_base(info)} "
             "trained with MMS Studio "
             f"{info.get('app_version', __version__)}.", "", "## Data", ""]
    data = info.get("data", {})
    for key in ("train_clips", "train_seconds", "dev_clips", "speakers", "dropped_clips"):
        if key in data:
            lines.append(f"- {key.replace('_', ' ')}: {data[key]}")
    lines += ["", "## Results (dev set)", ""]
    for key in ("cer", "wer", "best_step", "steps"):
        if metrics.get(key) is not None:
            value = metrics[key]
            lines.append(f"- {key.upper() if key in ('cer', 'wer') else key.replace('_', ' ')}: "
                         + (f"{value:.1%}" if key in ("cer", "wer") else f"{value}"))
    kind = (info.get("train_config") or {}).get("adapter_kind")
    if info.get("base_family") == "omniasr" and kind == "bottleneck":   # families/omniasr_export
        use = ["# The Omnilingual base re-laid out as a plain wav2vec2 model, this bottleneck",
               "# adapter in its MMS adapter layers (export-model --hf-folder writes DIR):",
               "from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor",
               f'model = Wav2Vec2ForCTC.from_pretrained("DIR", target_lang="{lang}")',
               'processor = Wav2Vec2Processor.from_pretrained("DIR")']
    elif info.get("base_family") == "omniasr":   # families/: merged LoRA, OmniASR's own classes
        use = ["from transformers import OmniASRForCTC, OmniASRFeatureExtractor, "
               "Wav2Vec2CTCTokenizer",
               'model = OmniASRForCTC.from_pretrained("DIR")',
               'features = OmniASRFeatureExtractor.from_pretrained("DIR")',
               'tokenizer = Wav2Vec2CTCTokenizer.from_pretrained("DIR")',
               "# or, keeping the base apart: peft.PeftModel.from_pretrained(base, \"DIR/peft\")"]
    else:
        use = ["from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor",
               f'model = Wav2Vec2ForCTC.from_pretrained("DIR", target_lang="{lang}")',
               'processor = Wav2Vec2Processor.from_pretrained("DIR")']
    lines += ["", "## Use", "", "```python", *use, "```", "",
              "## Licence", "", info.get("license") or MMS_LICENSE_NOTICE, ""]
    return "\n".join(lines)


def _base_words(base: str) -> str:
    """The base as the model card names it; a path inside the project is no use to a reader."""
    if is_relative(base):
        return (f"the local base model `{_base_name(base)}` (a model folder kept inside the "
                "project that trained it, not a Hub model)")
    return f"`{base}`"


def _card_base(info: dict[str, Any]) -> str:
    """The base as a card names it, from adapter.json or from an export's copy of it (where a
    base inside the project is only named: `exported_info`)."""
    if info.get("base_model"):
        return _base_words(str(info["base_model"]))
    if info.get("base_model_name"):
        return _base_words("./" + str(info["base_model_name"]))
    return "its base model"


def _card(adapter_dir: Path, info: dict[str, Any]) -> str:
    """The model card an export writes: made again from the adapter's own files, so it says
    what this version of the app exports (how to load it, the base's name, never a path
    of the computer that trained it), whatever card the adapter was saved with."""
    metrics_path = Path(adapter_dir) / METRICS_FILE
    try:
        metrics = json.loads(metrics_path.read_text(encoding="utf-8")) \
            if metrics_path.is_file() else {}
    except (OSError, ValueError):
        metrics = {}
    return model_card(info, metrics if isinstance(metrics, dict) else {})


def _base_name(stored: str) -> str:
    return stored.replace("\\", "/").rstrip("/").rpartition("/")[2] or stored


def exported_info(adapter_dir: Path) -> dict[str, Any]:
    """adapter.json as an export writes it: a base inside the adapter's project (a relative
    path, meaningless outside it) becomes its name; Hub ids and other folders stay."""
    info = json.loads((Path(adapter_dir) / INFO_FILE).read_text(encoding="utf-8"))
    base = info.get("base_model")
    root = adapter_project_root(Path(adapter_dir))
    if isinstance(base, str) and root is not None:
        base = stored_base(resolved_base(base, root), root)   # an old absolute one, too
    if isinstance(base, str) and is_relative(base):
        info.pop("base_model")
        info["base_model_name"] = _base_name(base)
        info["base_model_note"] = ("a model folder inside the project that trained this "
                                   "adapter; use the adapter with that same base model")
    return info


def save_adapter(model, *, folder: Path, name: str, language: str, vocab: dict[str, int],
                 base_model: str, text_settings: dict[str, Any] | None = None,
                 metrics: dict[str, Any] | None = None,
                 extra: dict[str, Any] | None = None) -> AdapterInfo:
    """Write `model`'s current adapter as a library folder (every file atomic, info last)."""
    from mms_studio.core.engine.adapters import save_adapter_file
    from mms_studio.core.engine.families import model_family
    from mms_studio.core.engine.families.catalog import license_notice

    family = model_family(model).name
    check_name(name)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    save_adapter_file(model, folder / f"adapter.{language}.safetensors")
    write_json(folder / VOCAB_FILE, {language: vocab})
    root = adapter_project_root(folder)     # in a project: its own base folder as "./..."
    info = {"name": name, "language": language,
            "base_model": stored_base(base_model, root) if root is not None else base_model,
            "app_version": __version__, "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "text_settings": text_settings or {}, "license": license_notice(family),
            "base_family": family, **(extra or {})}
    write_json(folder / METRICS_FILE, metrics or {})
    write_text(folder / CARD_FILE, model_card(info, metrics or {}))
    write_json(folder / INFO_FILE, info)
    return read_adapter_info(folder)


def _tokenizer_files(vocab_path: Path, language: str, out: Path) -> None:
    """tokenizer_config.json (+ special_tokens_map.json) for our [PAD]/[UNK]/| vocabulary."""
    from transformers import Wav2Vec2CTCTokenizer

    with tempfile.TemporaryDirectory() as tmp:
        # No <s>/</s>: our vocabularies have none, and the tokenizer's default would add two
        # tokens the model never outputs (Wav2Vec2ProcessorWithLM then refuses the decoder's
        # alphabet, which has one label per output).
        tok = Wav2Vec2CTCTokenizer(str(vocab_path), target_lang=language, unk_token="[UNK]",
                                   pad_token="[PAD]", word_delimiter_token="|",
                                   bos_token=None, eos_token=None)
        tok.save_pretrained(tmp)
        for fname in ("tokenizer_config.json", "special_tokens_map.json"):
            if (Path(tmp) / fname).is_file():
                write_text(out / fname, (Path(tmp) / fname).read_text(encoding="utf-8"))


def _feature_extractor_file(out: Path) -> None:
    write_json(out / "preprocessor_config.json", {
        "do_normalize": True, "feature_extractor_type": "Wav2Vec2FeatureExtractor",
        "feature_size": 1, "padding_side": "right", "padding_value": 0.0,
        "processor_class": "Wav2Vec2Processor", "return_attention_mask": True,
        "sampling_rate": 16000})


def _copy(src: Path, dst: Path) -> None:
    with atomic_path(dst) as tmp:
        shutil.copyfile(src, tmp)


def export_bundle(adapter_dir: Path, out: Path, *, as_zip: bool = False,
                  add_files: Callable[[Path], object] | None = None) -> Path:
    """A small shareable bundle (adapter, vocab, configs, model card) as a folder or a .zip.

    `add_files(folder)` writes more files into it first (the project's language model:
    `core.lm.export.decoder_files`)."""
    info = read_adapter_info(adapter_dir)
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "bundle"
        stage.mkdir()
        for fname in (info.weights_path.name, VOCAB_FILE, METRICS_FILE):
            if (info.path / fname).is_file():
                shutil.copyfile(info.path / fname, stage / fname)
        exported = exported_info(info.path)
        write_json(stage / INFO_FILE, exported)
        write_text(stage / CARD_FILE, _card(info.path, exported))
        _tokenizer_files(stage / VOCAB_FILE, info.language, stage)
        _feature_extractor_file(stage)
        if add_files is not None:
            add_files(stage)
        out = Path(out)
        files = sorted(f for f in stage.rglob("*") if f.is_file())
        if as_zip:
            with atomic_path(out, suffix=".zip") as tmp_zip:
                with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
                    for f in files:
                        zf.write(f, f.relative_to(stage).as_posix())
        else:
            out.mkdir(parents=True, exist_ok=True)
            for f in files:
                (out / f.relative_to(stage)).parent.mkdir(parents=True, exist_ok=True)
                _copy(f, out / f.relative_to(stage))
    return out


def export_hf_folder(adapter_dir: Path, *, base_dir: Path, out: Path,
                     add_files: Callable[[Path], object] | None = None) -> Path:
    """A folder plain transformers loads: base weights with this adapter merged, plus its files.

    `Wav2Vec2ForCTC.from_pretrained(out, target_lang=CODE)` and
    `Wav2Vec2Processor.from_pretrained(out)` then give the app's transcripts.
    """
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file

    from mms_studio.core.engine.families import OMNIASR, detected_family

    info = read_adapter_info(adapter_dir)
    base_dir, out = Path(base_dir), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if detected_family(base_dir) == OMNIASR:  # plain wav2vec2, or merged LoRA + peft/
        from mms_studio.core.engine.families.omniasr_export import (
            WAV2VEC2_LAYOUT,
            write_hf_model,
        )

        wav2vec2 = write_hf_model(info, base_dir=base_dir, out=out) == WAV2VEC2_LAYOUT
        return _hf_tail(info, out, add_files=add_files, feature_extractor=wav2vec2,
                        adapter_file=not wav2vec2)
    adapter = load_file(str(info.weights_path))
    with safe_open(str(base_dir / "model.safetensors"), framework="pt") as handle:
        meta = handle.metadata()
        tensors = {key: (adapter[key] if key in adapter else handle.get_tensor(key))
                   for key in handle.keys()}  # noqa: SIM118 - safe_open has no __iter__
    missing = set(adapter) - set(tensors)
    if missing:
        raise ModelError("The adapter does not fit this base model (its layers differ).")
    with atomic_path(out / "model.safetensors", suffix=".safetensors") as tmp:
        save_file(tensors, str(tmp), metadata=meta or {"format": "pt"})
    del tensors
    config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    config.update(vocab_size=len(info.vocab), pad_token_id=info.vocab["[PAD]"],
                  ctc_zero_infinity=True, layerdrop=0.0)
    write_json(out / "config.json", config)
    return _hf_tail(info, out, add_files=add_files)


def _hf_tail(info: AdapterInfo, out: Path, *, add_files: Callable[[Path], object] | None,
             feature_extractor: bool = True, adapter_file: bool = True) -> Path:
    """The files every family's HF folder shares: adapter, vocabulary, tokenizer, card, extras."""
    if adapter_file:     # False: the family's writer wrote it in the layout transformers reads
        _copy(info.weights_path, out / info.weights_path.name)
    write_json(out / VOCAB_FILE, {info.language: info.vocab})
    _tokenizer_files(out / VOCAB_FILE, info.language, out)
    if feature_extractor:
        _feature_extractor_file(out)
    if (info.path / METRICS_FILE).is_file():
        _copy(info.path / METRICS_FILE, out / METRICS_FILE)
    exported = exported_info(info.path)
    write_json(out / INFO_FILE, exported)
    write_text(out / CARD_FILE, _card(info.path, exported))
    if add_files is not None:
        add_files(out)
    return out


def _safe_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = []
    for member in zf.infolist():
        name = member.filename
        if member.is_dir():
            continue
        parts = Path(name).parts
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name or "\\" in name:
            raise ImportFailedError(f"The bundle contains an unsafe file path ({name}); "
                                    "it was not imported.")
        if (member.external_attr >> 16) & 0o170000 == 0o120000:
            raise ImportFailedError(f"The bundle contains a link ({name}); it was not imported.")
        if _LM_MEMBER.match(name):
            continue     # the language model stays with the project that built it
        if len(parts) > 2 or not _BUNDLE_MEMBER.match(parts[-1]):
            raise ImportFailedError(f"The bundle contains an unexpected file ({name}); "
                                    "it was not imported.")
        members.append(member)
    return members


def import_bundle(bundle: Path, *, library: Path, name: str | None = None) -> AdapterInfo:
    """Copy a bundle (folder or .zip made by MMS Studio) into `library`; nothing is half-written."""
    bundle, library = Path(bundle), Path(library)
    if not bundle.exists():
        raise ImportFailedError(f"The adapter bundle {bundle} does not exist.")
    with tempfile.TemporaryDirectory(dir=library.parent if library.parent.is_dir() else None) as tmp:
        stage = Path(tmp) / "adapter"
        stage.mkdir()
        if bundle.is_dir():
            for f in bundle.iterdir():
                if f.is_file() and not f.is_symlink() and _BUNDLE_MEMBER.match(f.name):
                    shutil.copyfile(f, stage / f.name)
        else:
            try:
                with zipfile.ZipFile(bundle) as zf:
                    for member in _safe_members(zf):
                        (stage / Path(member.filename).name).write_bytes(zf.read(member))
            except zipfile.BadZipFile as exc:
                raise ImportFailedError(f"{bundle.name} is not a valid adapter bundle "
                                        "(not a zip file).") from exc
        try:
            info = read_adapter_info(stage)
            from mms_studio.core.engine.adapters import read_adapter_file

            weights = read_adapter_file(info.weights_path)
        except ModelError as exc:
            raise ImportFailedError(f"{bundle.name} is not a usable adapter bundle: {exc}") from exc
        if weights["lm_head.weight"].shape[0] != len(info.vocab):
            raise ImportFailedError(f"{bundle.name} is damaged: its vocabulary does not match "
                                    "its weights.")
        target_name = check_name(name or info.name)
        dest = library / target_name
        if dest.exists():
            raise ImportFailedError(f"An adapter called “{target_name}” already exists; "
                                    "import it under another name.")
        if target_name != info.name:
            write_json(stage / INFO_FILE, {**info.meta, "name": target_name})
        library.mkdir(parents=True, exist_ok=True)
        shutil.move(str(stage), str(dest))
    return read_adapter_info(dest)
