"""The texts of the language kept in a project: `texts/` with a manifest, and the corpus built from them.

Communities have far more text than transcribed speech. Each added file is checked
(empty, binary, not UTF-8, another script) and its sentences copied into
`texts/<id>.txt` as written, one per line, so the project stays complete when the
original moves and a later change of the text settings re-normalises everything.
`texts/manifest.json` (written atomically) lists the sources and two choices: use
the project's own transcripts (on by default; training clips only, never dev or test
clips, whose figures they would flatter), and leave out sentences that are the
transcript of a dev or test clip (a leak; on by default, reported either way).

Adding is all or nothing: one bad file and nothing is changed.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mms_studio.core.atomic import write_json, write_text
from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.tasks import NullTaskState, TaskState, check_cancelled

TEXTS_DIR = "texts"
MANIFEST = "manifest.json"
MAX_BYTES = 200 * 1024 * 1024           # bounded memory: bigger corpora are split by the user
_SENTENCE_END = re.compile(r"(?<=[.!?…।॥။።؟。！？])\s+")
_NOT_TRANSCRIPTION = re.compile(r"^_|transla|gloss|note|comment|vad|\bpos\b|morph", re.I)
FOREIGN_SHARE = 0.5                     # more unknown letters than this: another script


@dataclass(frozen=True)
class TextSource:
    id: str
    kind: str                 # "text" | "elan" | "textgrid"
    name: str                 # the original file name
    sentences: int
    words: int
    added: str
    tiers: tuple[str, ...] = ()

    @property
    def file(self) -> str:
        return f"{self.id}.txt"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "tiers": list(self.tiers)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSource:
        return cls(id=str(data["id"]), kind=str(data["kind"]), name=str(data["name"]),
                   sentences=int(data["sentences"]), words=int(data["words"]),
                   added=str(data.get("added", "")), tiers=tuple(data.get("tiers", ())))


@dataclass(frozen=True)
class TextsManifest:
    sources: tuple[TextSource, ...] = ()
    include_transcripts: bool = True
    leave_out_test_sentences: bool = True
    hotwords: tuple[str, ...] = ()     # names, places: favoured by the beam search

    def to_dict(self) -> dict[str, Any]:
        return {"format": 1, "sources": [s.to_dict() for s in self.sources],
                "include_transcripts": self.include_transcripts,
                "leave_out_test_sentences": self.leave_out_test_sentences,
                "hotwords": list(self.hotwords)}

    def changed(self, **changes: Any) -> TextsManifest:
        from dataclasses import replace

        return replace(self, **changes)


def texts_dir(root: Path) -> Path:
    return Path(root) / TEXTS_DIR


def read_manifest(root: Path) -> TextsManifest:
    """The project's texts (an empty manifest when none were added yet)."""
    path = texts_dir(root) / MANIFEST
    if not path.is_file():
        return TextsManifest()
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TextsManifest(sources=tuple(TextSource.from_dict(d) for d in data["sources"]),
                             include_transcripts=bool(data.get("include_transcripts", True)),
                             leave_out_test_sentences=bool(data.get("leave_out_test_sentences",
                                                                    True)),
                             hotwords=tuple(str(h) for h in data.get("hotwords", ())))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LanguageModelError("The list of the project's texts (texts/manifest.json) is "
                                 "damaged; remove it and add the texts again.") from exc


def _write_manifest(root: Path, manifest: TextsManifest) -> None:
    write_json(texts_dir(root) / MANIFEST, manifest.to_dict())


# -- reading one file ---------------------------------------------------------------------------
def _decode(path: Path) -> str:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise LanguageModelError(f"{path.name} is larger than 200 MB; split it into smaller "
                                 "files.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LanguageModelError(f"{path.name} is not a readable text file.") from exc
    if b"\x00" in data:
        raise LanguageModelError(f"{path.name} is not a text file (it holds binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LanguageModelError(f"{path.name} is not UTF-8 text; save it as UTF-8 and add it "
                                 "again.") from exc


def split_sentences(text: str) -> list[str]:
    """Lines, cut again after sentence-final punctuation (Latin, Devanagari, Ethiopic, CJK...)."""
    out = []
    for line in text.splitlines():
        for piece in _SENTENCE_END.split(line.strip()):
            if piece.strip():
                out.append(piece.strip())
    return out


def _tier_sentences(path: Path, tiers: Sequence[str]) -> tuple[list[str], tuple[str, ...]]:
    suffix = path.suffix.lower()
    if suffix == ".eaf":
        from mms_studio.core.formats.elan import choose_tiers, read_eaf
        from mms_studio.core.importing.plan import ImportOptions

        doc = read_eaf(path)
        chosen, _ = choose_tiers(doc, ImportOptions(tiers=tuple(tiers)))
        return ([a.value.strip() for t in chosen for a in t.annotations if a.value.strip()],
                tuple(t.info.name for t in chosen))
    from mms_studio.core.formats.textgrid import read_textgrid

    _, _, all_tiers = read_textgrid(path)
    chosen = [t for t in all_tiers if t.kind == "IntervalTier"
              and (t.name in tiers if tiers else not _NOT_TRANSCRIPTION.search(t.name))]
    return ([i.text.strip() for t in chosen for i in t.intervals if i.text.strip()],
            tuple(t.name for t in chosen))


def read_text_file(path: Path, *, tiers: Sequence[str] = ()) -> tuple[str, list[str], tuple]:
    """(kind, sentences as written, tiers used) of one file; `LanguageModelError` when unusable."""
    path = Path(path)
    if not path.is_file():
        raise LanguageModelError(f"{path.name} does not exist or is not a file.")
    suffix = path.suffix.lower()
    if suffix in (".eaf", ".textgrid"):
        from mms_studio.core.errors import FormatError

        try:
            sentences, used = _tier_sentences(path, tiers)
        except FormatError as exc:
            raise LanguageModelError(str(exc)) from exc
        if not used:
            raise LanguageModelError(f"{path.name} has no tier with a transcription to use.")
        return ("elan" if suffix == ".eaf" else "textgrid"), sentences, used
    return "text", split_sentences(_decode(path)), ()


def _unknown_share(words: Iterable[str], alphabet: set[str], normalizer) -> tuple[float, Counter]:
    unknown: Counter = Counter()
    total = 0
    for word in words:
        for unit in normalizer.split_word(word):
            total += 1
            if unit not in alphabet:
                unknown[unit] += 1
    return (sum(unknown.values()) / total if total else 0.0), unknown


# -- changing the project's texts ------------------------------------------------------------
def _new_id(stem: str, taken: set[str]) -> str:
    base = re.sub(r"[^\w-]+", "-", stem, flags=re.UNICODE).strip("-")[:40] or "text"
    candidate, n = base, 2
    while candidate in taken or candidate == "manifest":
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def add_texts(project, paths: Sequence[Path], *, tiers: Sequence[str] = (),
              alphabet: set[str] | None = None, state: TaskState | None = None
              ) -> list[TextSource]:
    """Check every file, then copy their sentences into the project and list them (all or nothing).

    alphabet: the units the adapter can spell; a file where most letters are outside it
        is refused as another script or language (skipped when None or empty).
    """
    state = state or NullTaskState()
    normalizer = project.normalizer
    manifest = read_manifest(project.root)
    taken = {s.id for s in manifest.sources}
    staged: list[tuple[TextSource, list[str]]] = []
    for i, path in enumerate(map(Path, paths)):
        check_cancelled(state)
        kind, sentences, used = read_text_file(path, tiers=tiers)
        if not "".join(sentences).strip():
            raise LanguageModelError(f"{path.name} is empty; there is no text in it.")
        words = [w for s in sentences for w in normalizer.normalize(s).split()]
        if not words:
            raise LanguageModelError(f"{path.name} has no words left once the project's text "
                                     "settings are applied (only punctuation or symbols).")
        if alphabet:
            share, unknown = _unknown_share(words, alphabet, normalizer)
            if share > FOREIGN_SHARE:
                letters = " ".join(u for u, _ in unknown.most_common(8))
                raise LanguageModelError(
                    f"Most letters in {path.name} ({letters}) are not used in this project's "
                    "transcripts; is it in another script or language?")
        source_id = _new_id(path.stem, taken)
        taken.add(source_id)
        staged.append((TextSource(source_id, kind, path.name, len(sentences), len(words),
                                  time.strftime("%Y-%m-%dT%H:%M:%S"), tuple(used)), sentences))
        state.set_progress((i + 1) / max(1, len(paths)))
    folder = texts_dir(project.root)
    folder.mkdir(parents=True, exist_ok=True)
    for source, sentences in staged:
        write_text(folder / source.file, "\n".join(sentences) + "\n")
    _write_manifest(project.root, manifest.changed(
        sources=(*manifest.sources, *(s for s, _ in staged))))
    return [s for s, _ in staged]


def remove_text(project, source_id: str) -> TextSource:
    """Take one text out of the project (its copy in `texts/` is deleted after the manifest)."""
    manifest = read_manifest(project.root)
    found = [s for s in manifest.sources if s.id == source_id]
    if not found:
        raise LanguageModelError(f"The project has no text called “{source_id}”.")
    _write_manifest(project.root, manifest.changed(
        sources=tuple(s for s in manifest.sources if s.id != source_id)))
    (texts_dir(project.root) / found[0].file).unlink(missing_ok=True)
    return found[0]


def set_text_options(project, *, include_transcripts: bool | None = None,
                     leave_out_test_sentences: bool | None = None,
                     hotwords: Sequence[str] | None = None) -> TextsManifest:
    """Change the corpus choices (None keeps a choice as it is); hotwords are normalised."""
    manifest = read_manifest(project.root)
    changes: dict[str, Any] = {}
    if include_transcripts is not None:
        changes["include_transcripts"] = include_transcripts
    if leave_out_test_sentences is not None:
        changes["leave_out_test_sentences"] = leave_out_test_sentences
    if hotwords is not None:
        normalized = (project.normalizer.normalize(h) for h in hotwords)
        changes["hotwords"] = tuple(dict.fromkeys(h for h in normalized if h))
    updated = manifest.changed(**changes)
    texts_dir(project.root).mkdir(parents=True, exist_ok=True)
    _write_manifest(project.root, updated)
    return updated


# -- the corpus ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Leak:
    clip_id: str
    split: str
    text: str


@dataclass
class Corpus:
    """Normalised sentences (lists of words) ready for counting, and what was left out."""

    sentences: list[list[str]] = field(default_factory=list)
    from_texts: int = 0
    from_transcripts: int = 0
    leaks: list[Leak] = field(default_factory=list)
    left_out: int = 0

    @property
    def words(self) -> int:
        return sum(len(s) for s in self.sentences)


def _held_out(project, normalizer) -> list[tuple[str, str, str]]:
    return [(c.id, c.split, normalizer.normalize(c.transcript))
            for split in ("dev", "test") for c in project.clips(split=split, status="ok")
            if normalizer.normalize(c.transcript)]


def build_corpus(project, *, manifest: TextsManifest | None = None,
                 state: TaskState | None = None) -> Corpus:
    """Every sentence the LM learns from, normalised by the project's own text settings."""
    state = state or NullTaskState()
    manifest = manifest or read_manifest(project.root)
    normalizer = project.normalizer
    corpus = Corpus()
    lines: list[str] = []
    for source in manifest.sources:
        check_cancelled(state)
        path = texts_dir(project.root) / source.file
        try:
            raw = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise LanguageModelError(f"The project's copy of {source.name} is missing or "
                                     "damaged; remove it and add it again.") from exc
        for sentence in raw:
            norm = normalizer.normalize(sentence)
            if norm:
                lines.append(norm)
    corpus.from_texts = len(lines)
    if manifest.include_transcripts:
        for clip in project.clips(status="ok"):
            if clip.split in (None, "train"):
                norm = normalizer.normalize(clip.transcript)
                if norm:
                    lines.append(norm)
        corpus.from_transcripts = len(lines) - corpus.from_texts
    held = _held_out(project, normalizer)
    joined = "\n" + "\n".join(f" {s} " for s in lines[:corpus.from_texts]) + "\n"
    corpus.leaks = [Leak(cid, split, text) for cid, split, text in held
                    if f"\n {text} \n" in joined
                    or (len(text.split()) >= 4 and f" {text} " in joined)]
    leaked = {leak.text for leak in corpus.leaks}
    long_leaks = [f" {t} " for t in leaked if len(t.split()) >= 4]
    for line in lines:
        if manifest.leave_out_test_sentences and leaked and (
                line in leaked or any(t in f" {line} " for t in long_leaks)):
            corpus.left_out += 1
            continue
        corpus.sentences.append(line.split())
    return corpus


@dataclass(frozen=True)
class TextsReport:
    sources: tuple[TextSource, ...]
    sentences: int
    words: int
    distinct_words: int
    from_transcripts: int
    unspellable: tuple[tuple[str, int, tuple[str, ...]], ...]   # (unit, count, example words)
    leaks: tuple[Leak, ...]
    left_out: int

    def to_dict(self) -> dict[str, Any]:
        return {"sources": [s.to_dict() for s in self.sources], "sentences": self.sentences,
                "words": self.words, "distinct_words": self.distinct_words,
                "from_transcripts": self.from_transcripts,
                "unspellable": [{"unit": u, "count": c, "examples": list(e)}
                                for u, c, e in self.unspellable],
                "leaks": [asdict(leak) for leak in self.leaks], "left_out": self.left_out}

    def to_text(self) -> str:
        lines = [f"{len(self.sources)} texts and {self.from_transcripts} transcript sentences: "
                 f"{self.sentences} sentences, {self.words} words "
                 f"({self.distinct_words} different)."]
        for s in self.sources:
            lines.append(f"  {s.id}: {s.name} ({s.sentences} sentences, {s.words} words)")
        if self.unspellable:
            lines.append("Characters the adapter cannot write (words with them are never "
                         "recognised as written):")
            lines += [f"  “{u}” ×{c}, e.g. {', '.join(e)}" for u, c, e in self.unspellable[:12]]
        if self.leaks:
            lines.append(f"{len(self.leaks)} dev/test clip sentences are also in the texts; "
                         + ("they are left out of the language model."
                            if self.left_out else
                            "they are kept, which flatters the figures."))
            lines += [f"  {leak.clip_id} ({leak.split}): {leak.text}" for leak in self.leaks[:5]]
        return "\n".join(lines)


def texts_report(project, *, alphabet: set[str] | None = None,
                 state: TaskState | None = None) -> TextsReport:
    """What the texts hold, what the adapter cannot spell, and which held-out sentences leak."""
    manifest = read_manifest(project.root)
    corpus = build_corpus(project, manifest=manifest, state=state)
    counts: Counter = Counter(w for s in corpus.sentences for w in s)
    unspellable: list[tuple[str, int, tuple[str, ...]]] = []
    if alphabet:
        normalizer = project.normalizer
        units: Counter = Counter()
        examples: dict[str, list[str]] = {}
        for word, n in counts.items():
            for unit in set(normalizer.split_word(word)) - alphabet:
                units[unit] += n
                if len(examples.setdefault(unit, [])) < 3:
                    examples[unit].append(word)
        unspellable = [(u, c, tuple(examples[u])) for u, c in units.most_common()]
    return TextsReport(sources=manifest.sources, sentences=len(corpus.sentences),
                       words=corpus.words, distinct_words=len(counts),
                       from_transcripts=corpus.from_transcripts,
                       unspellable=tuple(unspellable), leaks=tuple(corpus.leaks),
                       left_out=corpus.left_out)
