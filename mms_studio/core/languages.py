"""Finding a language by its name or ISO 639-3 code, in English and in the interface language.

A new project needs the language's ISO 639-3 code (adapters are trained and
named for it, and MMS's own adapters are keyed by it), but few people know
that "Abui" is `abz`. The table is ISO 639-3 itself as kept by Debian's
iso-codes (through `pycountry`: every individual language, macrolanguage and
special code, updated with the standard), whose names are translated into
the interface languages, so a French user finds "allemand" and an English one
"German", both leading to `deu`.

Varieties without a code of their own (a dialect being documented, a made-up
demo language) use the private-use range `qaa`–`qtz`, which ISO 639 reserves
for local use: they are accepted and said to be private.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from dataclasses import dataclass

PRIVATE_USE = re.compile(r"^q[a-t][a-z]$")
CODE = re.compile(r"^[a-z]{3}$")
SEPARATOR = " — "    # how a chosen language is written back in the field: "abz — Abui"


@dataclass(frozen=True)
class LanguageMatch:
    """One language: its ISO 639-3 code, English name and name in the asked language."""

    code: str
    name: str                   # English, as ISO 639-3 names it
    local_name: str = ""        # in the interface language ('' when the same or unknown)
    private_use: bool = False

    def label(self) -> str:
        """"abz — Abui", or "deu — German (allemand)" when the local name differs."""
        shown = self.name
        if self.local_name and self.local_name.casefold() != self.name.casefold():
            shown = f"{self.name} ({self.local_name})"
        return f"{self.code}{SEPARATOR}{shown}"


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Français" ~ "francais")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str], ...]:
    """(code, English name) of every ISO 639-3 language, loaded once."""
    import pycountry

    return tuple(sorted((lang.alpha_3, lang.name) for lang in pycountry.languages))


@functools.lru_cache(maxsize=8)
def _translator(ui_language: str) -> gettext.NullTranslations:
    import pycountry

    tried = [ui_language, ui_language.split("_")[0]]
    return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=tried,
                               fallback=True)


@functools.lru_cache(maxsize=8)
def _index(ui_language: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """(code, name, local name, folded name, folded local name) for matching."""
    translate = _translator(ui_language).gettext if ui_language not in ("", "en") else None
    rows = []
    for code, name in _table():
        local = translate(name) if translate else ""
        local = "" if local == name else local
        rows.append((code, name, local, _fold(name), _fold(local)))
    return tuple(rows)


def _private(code: str) -> LanguageMatch:
    return LanguageMatch(code=code, name="private use (a variety without its own code)",
                         private_use=True)


def find_language(code: str, *, ui_language: str = "en") -> LanguageMatch | None:
    """The language with this ISO 639-3 code (or a private-use code); None when unknown."""
    code = code.strip().lower()
    if PRIVATE_USE.match(code):
        return _private(code)
    for row_code, name, local, _, _ in _index(ui_language):
        if row_code == code:
            return LanguageMatch(code=row_code, name=name, local_name=local)
    return None


def search_languages(query: str, *, ui_language: str = "en",
                     limit: int = 12) -> list[LanguageMatch]:
    """Languages whose code or name (English or `ui_language`) matches `query`, best first.

    Order: the code itself, names that are the query, names starting with it, names
    with a word starting with it, then names containing it; shorter names first
    within each, so "Abui" comes before "Abu' Arapesh" for "abu".
    """
    folded = _fold(query)
    if not folded:
        return []
    found: list[tuple[int, int, LanguageMatch]] = []
    if PRIVATE_USE.match(folded):
        found.append((0, 0, _private(folded)))
    for code, name, local, fname, flocal in _index(ui_language):
        rank = None
        if code == folded:
            rank = 0
        else:
            for candidate in (fname, flocal):
                if not candidate:
                    continue
                if candidate == folded:
                    score = 1
                elif candidate.startswith(folded):
                    score = 2
                elif any(word.startswith(folded) for word in re.split(r"[\s,()'-]+",
                                                                       candidate)):
                    score = 3
                elif folded in candidate and len(folded) >= 3:
                    score = 4
                else:
                    continue
                rank = score if rank is None else min(rank, score)
        if rank is not None:
            found.append((rank, len(local or name),
                          LanguageMatch(code=code, name=name, local_name=local)))
    found.sort(key=lambda item: (item[0], item[1], item[2].code))
    return [match for _, _, match in found[:limit]]


def resolve_language(text: str, *, ui_language: str = "en") -> LanguageMatch | None:
    """What a language field holds: "abz — Abui", a bare code, or a name only one language has."""
    text = text.strip()
    if not text:
        return None
    head = text.split(SEPARATOR, 1)[0].strip().lower() if SEPARATOR in text else text.lower()
    if CODE.match(head):
        found = find_language(head, ui_language=ui_language)
        if found is not None:
            return found
    folded = _fold(text)
    exact = [m for m in search_languages(text, ui_language=ui_language, limit=50)
             if folded in (_fold(m.name), _fold(m.local_name))]
    return exact[0] if len(exact) == 1 else None
