"""The project's language model on disk (`lm/`): build it from the texts, check it, find it.

`lm/` holds `lm.arpa` (what KenLM and our reader load), `unigrams.txt` (the words, for
pyctcdecode) and `lm.json` (written last: order, sizes, the project and text settings
it was built for, and the ARPA's SHA-256). A build happens in `lm.new/` and replaces
`lm/` only when complete, so a cancelled or failed build leaves the previous model
as it was. Loading checks `lm.json` against the project (a model copied from another
project, or built before the text settings changed, would spell differently from the
adapter) and the file against its hash (a truncated copy): each is a sentence, never
a worse transcript.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core.atomic import write_json, write_text
from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled

LM_DIR = "lm"
ARPA_FILE = "lm.arpa"
UNIGRAMS_FILE = "unigrams.txt"
INFO_FILE = "lm.json"
MIN_SENTENCES = 2
MIN_WORDS = 10


@dataclass(frozen=True)
class LmInfo:
    folder: Path
    order: int
    sentences: int
    words: int
    vocabulary: int
    sha256: str
    meta: dict[str, Any]

    @property
    def arpa_path(self) -> Path:
        return self.folder / ARPA_FILE

    @property
    def unigrams_path(self) -> Path:
        return self.folder / UNIGRAMS_FILE

    def describe(self) -> str:
        return (f"order {self.order}, {self.vocabulary} words, "
                f"from {self.sentences} sentences")

    def to_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), **self.meta}


def lm_dir(root: Path) -> Path:
    return Path(root) / LM_DIR


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def settings_fingerprint(project) -> dict[str, Any]:
    """What makes a model belong to a project: its language, its birth, its text settings."""
    settings = project.settings
    text = json.dumps(settings.text.to_dict(), sort_keys=True, ensure_ascii=False)
    return {"language": settings.language, "project_created": settings.created,
            "text_settings": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]}


def build_project_lm(project, *, order: int | None = None,
                     state: TaskState | None = None) -> LmInfo:
    """Count the project's texts and write `lm/` (Kneser-Ney, order chosen from the amount of text)."""
    from mms_studio.core.lm.arpa import unigrams, write_arpa
    from mms_studio.core.lm.kneser_ney import choose_order, count_tokens, estimate
    from mms_studio.core.lm.texts import build_corpus

    state = state or NullTaskState()
    started = time.monotonic()
    state.set_status(Message("Reading the texts…"))
    corpus = build_corpus(project, state=state)
    if len(corpus.sentences) < MIN_SENTENCES or corpus.words < MIN_WORDS:
        raise LanguageModelError(
            f"The texts hold only {len(corpus.sentences)} sentence(s) and {corpus.words} "
            "word(s); a language model needs more text (a few hundred sentences at least).")
    check_cancelled(state)
    state.set_status(Message("Building the language model…"))
    state.set_progress(0.2)
    stream, vocab, n_sent = count_tokens(corpus.sentences)
    tokens = len(stream) - 2 * n_sent
    chosen = order or choose_order(tokens, len(vocab))
    model = estimate(stream, vocab, order=chosen, sentences=n_sent)
    check_cancelled(state)
    state.set_progress(0.6)
    final = lm_dir(project.root)
    staging = final.with_name(f"{LM_DIR}.new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        write_arpa(model, staging / ARPA_FILE)
        check_cancelled(state)
        write_text(staging / UNIGRAMS_FILE, "\n".join(unigrams(staging / ARPA_FILE)) + "\n")
        meta = {"format": 1, **settings_fingerprint(project), "order": model.order,
                "sentences": n_sent, "words": tokens, "vocabulary": len(vocab) - 3,
                "ngrams": [len(t.keys) for t in model.tables],
                "discounts": [list(d) for d in model.discounts],
                "from_texts": corpus.from_texts, "from_transcripts": corpus.from_transcripts,
                "left_out_leaks": corpus.left_out, "leaks": len(corpus.leaks),
                "sha256": _sha256(staging / ARPA_FILE),
                "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "seconds": round(time.monotonic() - started, 2)}
        write_json(staging / INFO_FILE, meta)
        check_cancelled(state)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if final.exists():
        old = final.with_name(f"{LM_DIR}.old")
        shutil.rmtree(old, ignore_errors=True)
        final.rename(old)
        staging.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(final)
    state.set_progress(1.0)
    return read_lm_info(final, project=project, verify=False)


def read_lm_info(folder: Path, *, project=None, verify: bool = True) -> LmInfo:
    """Read and check a model folder; `project` checks it belongs there, `verify` its hash."""
    folder = Path(folder)
    try:
        meta = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        info = LmInfo(folder, int(meta["order"]), int(meta["sentences"]), int(meta["words"]),
                      int(meta["vocabulary"]), str(meta["sha256"]), meta)
    except FileNotFoundError as exc:
        raise LanguageModelError("The language model folder has no description (lm.json); "
                                 "build the language model again.") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LanguageModelError("The language model's description (lm.json) is damaged; "
                                 "build the language model again.") from exc
    if not info.arpa_path.is_file() or not info.unigrams_path.is_file():
        raise LanguageModelError("The language model is incomplete (a file is missing); "
                                 "build it again.")
    if project is not None:
        mine = settings_fingerprint(project)
        if meta.get("language") != mine["language"] or \
                meta.get("project_created") != mine["project_created"]:
            raise LanguageModelError(
                f"The language model in {folder} was built for another project "
                f"(language “{meta.get('language')}”); build one from this project's texts.")
        if meta.get("text_settings") != mine["text_settings"]:
            raise LanguageModelError("The project's text settings changed since the language "
                                     "model was built; build it again so both spell alike.")
    if verify and _sha256(info.arpa_path) != info.sha256:
        raise LanguageModelError("The language model file is incomplete or was changed "
                                 "(truncated copy?); build the language model again.")
    return info


def project_lm(project, *, verify: bool = True) -> LmInfo | None:
    """The project's model, checked; None when it has none. A bad one raises `LanguageModelError`."""
    folder = lm_dir(project.root)
    if not folder.exists():
        return None
    return read_lm_info(folder, project=project, verify=verify)
