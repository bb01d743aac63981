"""How a project's transcripts are cleaned before training and scoring.

The settings are part of the project (saved as JSON) and of every trained adapter, because
an adapter only understands text cleaned the same way it was trained on. `from_dict`
ignores keys it does not know and fills missing ones with defaults, so a project written by
a newer or older MMS Studio still opens.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any

from mms_studio.core.errors import MMSStudioError

FOLD_MODES = ("lower", "casefold")
"""`lower` keeps letters such as ß; `casefold` also folds them (ß -> ss) for caseless matching."""

_CATEGORY_LETTERS = {"L", "M", "N", "P", "S", "Z", "C"}


class TextSettingsError(MMSStudioError):
    """The text-cleaning settings contradict themselves or cannot be applied."""


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


@dataclass(frozen=True)
class TextSettings:
    """Rules for turning a transcript into the text the recogniser learns.

    case_fold: fold upper to lower case; only for languages whose case carries no meaning.
    fold_mode: "lower" (default) or "casefold" (also ß -> ss, for caseless comparison).
    strip_categories: Unicode general categories (or their first letter) removed, by default
        punctuation (P) and symbols (S). Combining marks, ZWJ and ZWNJ are never removed.
    remove_chars: further characters to remove. keep_chars: characters kept even though their
        category is stripped (e.g. an apostrophe used as a letter: ' or ʼ).
    replacements: (from, to) pairs applied after NFC, longest first (e.g. ("’", "ʼ")).
    multigraphs: letter sequences learned as one unit (e.g. "ch", "ng", "kp", "gb").
    split_marks: learn combining marks as their own units instead of whole grapheme clusters.
    """

    case_fold: bool = False
    fold_mode: str = "lower"
    strip_categories: tuple[str, ...] = ("P", "S")
    remove_chars: str = ""
    keep_chars: str = ""
    replacements: tuple[tuple[str, str], ...] = ()
    multigraphs: tuple[str, ...] = ()
    split_marks: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Keys from a newer version, kept so saving the settings again does not lose them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "strip_categories", tuple(self.strip_categories))
        object.__setattr__(self, "multigraphs", tuple(self.multigraphs))
        object.__setattr__(self, "replacements",
                           tuple((str(src), str(dst)) for src, dst in self.replacements))
        if self.fold_mode not in FOLD_MODES:
            raise TextSettingsError(
                f"The case folding mode “{self.fold_mode}” is unknown; use “lower” or “casefold”.")
        for category in self.strip_categories:
            if not (1 <= len(category) <= 2 and category[0] in _CATEGORY_LETTERS):
                raise TextSettingsError(
                    f"“{category}” is not a Unicode character category; use one such as P, S or Pd.")
        marks = [c for c in self.remove_chars if _is_mark(c)]
        if marks:
            raise TextSettingsError(
                "Combining marks cannot be removed as single characters; add a replacement "
                "instead, for example “é” → “e”.")
        for src, _dst in self.replacements:
            if not src:
                raise TextSettingsError("A replacement has nothing to replace; fill in its left side.")
        for unit in self.multigraphs:
            if len(unit) < 2 or any(c.isspace() for c in unit):
                raise TextSettingsError(
                    f"“{unit}” cannot be a multigraph; a multigraph is two or more letters "
                    f"without spaces, such as “ng”.")

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types; unknown keys read by `from_dict` are written back unchanged."""
        data: dict[str, Any] = dict(self.extra)
        data.update({
            "case_fold": self.case_fold,
            "fold_mode": self.fold_mode,
            "strip_categories": list(self.strip_categories),
            "remove_chars": self.remove_chars,
            "keep_chars": self.keep_chars,
            "replacements": [[src, dst] for src, dst in self.replacements],
            "multigraphs": list(self.multigraphs),
            "split_marks": self.split_marks,
        })
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TextSettings:
        """Settings from JSON; missing keys take their defaults, unknown keys are kept aside."""
        data = dict(data or {})
        known = {f.name for f in fields(cls)} - {"extra"}
        values: dict[str, Any] = {}
        for key in known & data.keys():
            try:
                values[key] = _coerce(key, data[key])
            except (TypeError, ValueError, IndexError) as exc:
                raise TextSettingsError(
                    f"The text setting “{key}” in the project file is damaged; "
                    f"set it again in the project settings.") from exc
        extra = {key: value for key, value in data.items() if key not in known and key != "extra"}
        return cls(**values, extra=extra)


def _coerce(key: str, value: Any) -> Any:
    """One JSON value to the type its field holds; raises on shapes that cannot be meant."""
    if key in ("strip_categories", "multigraphs"):
        if isinstance(value, str):
            raise TypeError(key)
        return tuple(str(v) for v in value)
    if key == "replacements":
        if isinstance(value, dict):
            value = list(value.items())
        pairs = []
        for pair in value:
            if isinstance(pair, str) or len(pair) != 2:
                raise ValueError(key)
            pairs.append((str(pair[0]), str(pair[1])))
        return tuple(pairs)
    if key in ("case_fold", "split_marks"):
        if not isinstance(value, bool):
            raise TypeError(key)
        return value
    if not isinstance(value, str):
        raise TypeError(key)
    return value
