"""The CTC vocabulary of one language, and the MMS `vocab.json` that holds many of them.

Ids are fixed by construction: [PAD] = 0 (the CTC blank: the engine sets
`pad_token_id = 0`), [UNK] = 1, "|" (word delimiter) = 2, then the units sorted by code
point, so the same transcripts always give the same ids. MMS keeps every language's
vocabulary in one file, `{"<lang>": {token: id}}`, and loads the one named by
`target_lang`; writing merges into that file instead of replacing other languages.

Units can be longer than one code point (grapheme clusters, multigraphs), so encode text
with `Vocabulary.encode(normalizer.tokens(text))`, not with a character-splitting
tokenizer; decoding ids back to tokens works with either.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mms_studio.core.atomic import write_json
from mms_studio.core.errors import ModelError
from mms_studio.core.text.normalize import WORD_DELIMITER, Normalizer

PAD = "[PAD]"
UNK = "[UNK]"
SPECIAL_TOKENS = (PAD, UNK, WORD_DELIMITER)
PAD_ID, UNK_ID, WORD_DELIMITER_ID = 0, 1, 2


@dataclass(frozen=True)
class Vocabulary:
    """Tokens in id order; `tokens[i]` has id i."""

    tokens: tuple[str, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tokens = tuple(self.tokens)
        object.__setattr__(self, "tokens", tokens)
        if tokens[:3] != SPECIAL_TOKENS:
            raise ModelError(
                f"A vocabulary must start with {', '.join(SPECIAL_TOKENS)}; this one does not.")
        if len(set(tokens)) != len(tokens):
            raise ModelError("The vocabulary lists a token twice; rebuild it from the transcripts.")
        object.__setattr__(self, "_index", {token: i for i, token in enumerate(tokens)})

    @property
    def token_to_id(self) -> dict[str, int]:
        return dict(self._index)

    @property
    def units(self) -> tuple[str, ...]:
        """The language's own units, without [PAD], [UNK] and "|"."""
        return self.tokens[len(SPECIAL_TOKENS):]

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, token: object) -> bool:
        return token in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self.tokens)

    def encode(self, units: Iterable[str]) -> list[int]:
        """Ids of units (from `Normalizer.tokens`); unknown units become [UNK]."""
        return [self._index.get(unit, UNK_ID) for unit in units]

    def decode(self, ids: Iterable[int]) -> list[str]:
        """Tokens of ids (no CTC collapsing: that is the decoder's job)."""
        return [self.tokens[i] for i in ids]

    def to_dict(self) -> dict[str, int]:
        return dict(self._index)

    @classmethod
    def from_dict(cls, mapping: dict[str, int]) -> Vocabulary:
        """From `{token: id}`; ids must be exactly 0..n-1."""
        ordered = sorted(mapping.items(), key=lambda item: item[1])
        if [i for _, i in ordered] != list(range(len(ordered))):
            raise ModelError("The vocabulary's ids have gaps or repeats; rebuild it from the transcripts.")
        return cls(tuple(token for token, _ in ordered))


def build_vocab(transcripts: Iterable[str], normalizer: Normalizer, *,
                extra_units: Sequence[str] = ()) -> Vocabulary:
    """The vocabulary of every unit `normalizer` finds in `transcripts`.

    extra_units: units to include even if the transcripts lack them (letters of the
    alphabet not yet recorded), so a later adapter can share ids.
    """
    units: set[str] = set(extra_units)
    for text in transcripts:
        units.update(normalizer.tokens(text))
    units.difference_update(SPECIAL_TOKENS)
    return Vocabulary(SPECIAL_TOKENS + tuple(sorted(units)))


def _damaged(path: Path) -> ModelError:
    return ModelError(
        f"The vocabulary file {path} is damaged; rebuild it by training the adapter again.")


def load_vocab_json(path: str | os.PathLike[str]) -> dict[str, dict[str, int]]:
    """Every language in an MMS `vocab.json`, `{lang: {token: id}}`."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"The vocabulary file {file} does not exist.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(file) from exc
    if not isinstance(data, dict) or not all(
            isinstance(lang, str) and isinstance(table, dict)
            and all(isinstance(t, str) and isinstance(i, int) and not isinstance(i, bool)
                    for t, i in table.items())
            for lang, table in data.items()):
        raise _damaged(file)
    return data


def write_vocab_json(path: str | os.PathLike[str], language: str, vocab: Vocabulary) -> None:
    """Put `vocab` under `language` in the MMS `vocab.json` at `path`, keeping other languages.

    Written atomically; a damaged existing file raises `ModelError` and is left as it is.
    """
    file = Path(path)
    existing = load_vocab_json(file) if file.exists() else {}
    existing[language] = vocab.to_dict()
    write_json(file, existing)
