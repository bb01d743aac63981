"""The ARPA n-gram format: writing what `kneser_ney` estimated, reading and scoring it.

ARPA is the plain-text format every n-gram toolkit reads (KenLM included): a header
with the number of n-grams per order, then one line per n-gram,
`log10 p <TAB> words [<TAB> log10 back-off]`. `ArpaModel` reads it back and scores a
word after a context with KenLM's arithmetic (the longest n-gram found, plus the
back-offs of the longer contexts that were not), and exposes the few `kenlm.Model`
methods pyctcdecode calls, so decoding works where the KenLM library cannot be
installed. A file that ends early or whose sections disagree with its header is
refused with a sentence: a truncated copy must not silently decode worse.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from mms_studio.core.atomic import atomic_open
from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.lm.kneser_ney import BOS, EOS, UNK, NgramModel


def write_arpa(model: NgramModel, path: Path) -> None:
    """Write `model` as an ARPA file (atomically; n-grams in key order)."""
    vocab = np.array(model.vocab, dtype=object)
    mask = (1 << model.bits) - 1
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\\data\\\n")
        for table in model.tables:
            out.write(f"ngram {table.order}={len(table.keys)}\n")
        for table in model.tables:
            n = table.order
            out.write(f"\n\\{n}-grams:\n")
            columns = [vocab[(table.keys >> (model.bits * (n - 1 - j))) & mask] for j in range(n)]
            words = columns[0] if n == 1 else [" ".join(t) for t in zip(*columns, strict=True)]
            last = n == model.order
            buf = io.StringIO()
            for lp, w, bo in zip(table.log_prob.tolist(), words,
                                 table.log_backoff.tolist(), strict=True):
                if last or w == EOS or w.endswith(" " + EOS):
                    buf.write(f"{lp:.6f}\t{w}\n")
                else:
                    buf.write(f"{lp:.6f}\t{w}\t{bo:.6f}\n")
            out.write(buf.getvalue())
        out.write("\n\\end\\\n")


def _lines(path: Path) -> Iterator[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                yield line.rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise LanguageModelError(f"{path.name} is not a language model in the ARPA format "
                                 "(it is not text).") from exc


class ArpaModel:
    """An ARPA model in memory, scoring like `kenlm.Model` (log10, <unk> for unknown words).

    States are tuples of the last words that can still matter (at most order-1, and
    only as long as that history exists in the model, as KenLM minimises its state).
    """

    def __init__(self, path: Path) -> None:
        self.path_obj = Path(path)
        self.path = str(path).encode("utf-8")    # pyctcdecode reads `.path` as bytes
        self.log_prob: dict[str, float] = {}
        self.log_backoff: dict[str, float] = {}
        self.order = 0
        self._read(self.path_obj)
        self.vocab = {key for key in self.log_prob if " " not in key}
        if UNK not in self.vocab:
            raise LanguageModelError(f"{path.name} has no <unk> word; it cannot score new words.")

    def _read(self, path: Path) -> None:
        name = path.name
        declared: dict[int, int] = {}
        seen: dict[int, int] = {}
        section = "start"
        current = 0
        damaged = ""     # reported after the end check: a cut-off file says "incomplete"
        for line in _lines(path):
            text = line.strip()
            if not text:
                continue
            if section == "start":
                if text == "\\data\\":
                    section = "header"
                continue
            if section == "header" and text.startswith("ngram "):
                try:
                    n, count = text[6:].split("=")
                    declared[int(n)] = int(count)
                except ValueError as exc:
                    raise LanguageModelError(f"{name} has a damaged header.") from exc
                continue
            if text == "\\end\\":
                section = "end"
                break
            if text.startswith("\\") and text.endswith("-grams:"):
                try:
                    current = int(text[1:-7])
                except ValueError as exc:
                    raise LanguageModelError(f"{name} has a damaged section heading.") from exc
                section = "ngrams"
                seen[current] = 0
                continue
            if section != "ngrams":
                raise LanguageModelError(f"{name} is not a language model in the ARPA format.")
            parts = text.split("\t")
            try:
                if len(parts) not in (2, 3) or len(parts[1].split(" ")) != current:
                    raise ValueError(parts)
                self.log_prob[parts[1]] = float(parts[0])
                if len(parts) == 3 and float(parts[2]) != 0.0:
                    self.log_backoff[parts[1]] = float(parts[2])
            except ValueError:
                damaged = damaged or f"{name} has a damaged line in its {current}-grams."
            seen[current] += 1
        if not declared:
            raise LanguageModelError(f"{name} is not a language model in the ARPA format.")
        if section != "end" or seen != declared:
            raise LanguageModelError(f"{name} is incomplete (it ends early or was cut off); "
                                     "build the language model again.")
        if damaged:
            raise LanguageModelError(damaged)
        self.order = max(declared)

    # -- the kenlm.Model surface pyctcdecode uses -------------------------------------------
    def __contains__(self, word: str) -> bool:
        return word in self.vocab

    def BeginSentenceWrite(self, state: ArpaState) -> None:  # noqa: N802 - kenlm's name
        state.words = (BOS,)

    def NullContextWrite(self, state: ArpaState) -> None:  # noqa: N802 - kenlm's name
        state.words = ()

    def BaseScore(self, in_state: ArpaState, word: str, out_state: ArpaState) -> float:  # noqa: N802
        score, out_state.words = self.score_word(in_state.words, word)
        return score

    # -- scoring ----------------------------------------------------------------------------
    def score_word(self, context: tuple[str, ...], word: str) -> tuple[float, tuple[str, ...]]:
        """log10 p(word | context) and the state after it."""
        if word not in self.vocab:
            word = UNK
        total = 0.0
        for k in range(len(context), -1, -1):
            history = context[len(context) - k:]
            lp = self.log_prob.get(" ".join((*history, word)))
            if lp is not None:
                total += lp
                break
            total += self.log_backoff.get(" ".join(history), 0.0) if k else 0.0
        state = (*context, word)[-(self.order - 1):] if self.order > 1 else ()
        while state and " ".join(state) not in self.log_prob:
            state = state[1:]
        if word == UNK:
            state = ()
        return total, state

    def score_sentence(self, words: list[str], *, bos: bool = True, eos: bool = True) -> float:
        """log10 probability of a sentence (as `kenlm.Model.score`)."""
        state: tuple[str, ...] = (BOS,) if bos else ()
        total = 0.0
        for word in [*words, EOS] if eos else words:
            score, state = self.score_word(state, word)
            total += score
        return total


class ArpaState:
    """A KenLM-like state object: the words of history that still matter."""

    __slots__ = ("words",)

    def __init__(self) -> None:
        self.words: tuple[str, ...] = ()


def unigrams(path: Path) -> list[str]:
    """The words of an ARPA file (for pyctcdecode's `unigrams.txt`), without <s>, </s>, <unk>."""
    words = []
    in_unigrams = False
    for line in _lines(Path(path)):
        if line.strip() == "\\1-grams:":
            in_unigrams = True
            continue
        if in_unigrams:
            if line.startswith("\\"):
                break
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1] not in (BOS, EOS, UNK):
                words.append(parts[1])
    return words
