"""Properties that must hold for any text, checked on generated mixtures of scripts and marks."""

from __future__ import annotations

import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from mms_studio.core.text import (
    Normalizer,
    TextSettings,
    grapheme_clusters,
    units_to_text,
)

# Letters of several scripts, combining marks, joiners, punctuation, symbols and odd spaces.
ALPHABET = list(
    "abcdeghknoprstuyzAEOSŋɛɔʼʻ"          # Latin, IPA-ish, modifier letters
    "аеорсАЕО"                             # Cyrillic look-alikes
    "नमसतकषरय" "ภาษไทยม"                    # Devanagari, Thai
    "محدلرس" "שלומע"                         # Arabic, Hebrew
    ".,;:!?'’\"()«»—-–…/|#%&*+=@$€"          # punctuation and symbols
    " \t\n\u00a0\u3000"                     # spaces
    "\u200c\u200d\u200b\ufeff\u00ad"          # joiners and invisibles
) + [chr(c) for c in (0x0300, 0x0301, 0x0303, 0x0323, 0x0331, 0x094D, 0x093F, 0x0947,
                      0x0E48, 0x0E49, 0x0E31, 0x064E, 0x064F, 0x0651, 0x05B8, 0x05BC, 0x05C1)]

texts = st.text(alphabet=ALPHABET, max_size=40)
PROPERTY = settings(max_examples=150, deadline=None)


def marks(text: str) -> Counter[str]:
    """Combining marks in NFD, leaving out those inside punctuation or symbols.

    Some symbols (Greek ῭ U+1FED, ΅ U+0385) decompose into a spacing symbol plus a mark;
    removing the symbol rightly takes its mark with it.
    """
    kept = "".join(c for c in unicodedata.normalize("NFC", text)
                   if not unicodedata.category(c).startswith(("P", "S")))
    return Counter(c for c in unicodedata.normalize("NFD", kept)
                   if unicodedata.category(c).startswith("M"))


@PROPERTY
@given(texts)
def test_output_is_clean_nfc(text: str) -> None:
    out = Normalizer().normalize(text)
    assert unicodedata.is_normalized("NFC", out)
    assert out == out.strip() and "  " not in out
    assert not any(c.isspace() and c != " " for c in out)
    assert not any(unicodedata.category(c).startswith(("P", "S")) for c in out)
    assert "|" not in out and "\ufeff" not in out and "\u200b" not in out


@PROPERTY
@given(texts)
def test_marks_and_joiners_are_never_dropped(text: str) -> None:
    out = Normalizer().normalize(text)
    assert marks(out) == marks(text)
    assert out.count("\u200d") == text.count("\u200d")
    assert out.count("\u200c") == text.count("\u200c")


@PROPERTY
@given(texts)
def test_nfc_and_nfd_spellings_are_the_same_text(text: str) -> None:
    normalizer = Normalizer(TextSettings(multigraphs=("ng", "kp")))
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert normalizer.normalize(nfc) == normalizer.normalize(nfd)
    assert normalizer.tokens(nfc) == normalizer.tokens(nfd)


@PROPERTY
@given(texts, st.booleans(), st.sampled_from(["lower", "casefold"]))
def test_normalizing_twice_changes_nothing(text: str, fold: bool, mode: str) -> None:
    normalizer = Normalizer(TextSettings(case_fold=fold, fold_mode=mode, keep_chars="'"))
    once = normalizer.normalize(text)
    assert normalizer.normalize(once) == once


@PROPERTY
@given(texts, st.booleans())
def test_units_rebuild_the_normalized_text(text: str, split_marks: bool) -> None:
    normalizer = Normalizer(TextSettings(multigraphs=("ng", "ŋg", "sh"), split_marks=split_marks))
    tokens = normalizer.tokens(text)
    assert units_to_text(tokens) == normalizer.normalize(text)
    assert tokens[:1] != ["|"] and tokens[-1:] != ["|"]
    assert all(t for t in tokens)
    if not split_marks:  # a unit never starts with a loose mark unless the word does
        for word in normalizer.normalize(text).split(" "):
            units = normalizer.split_word(word)
            assert all(not unicodedata.category(u[0]).startswith("M") for u in units[1:])


@PROPERTY
@given(st.text(max_size=60))
def test_grapheme_clusters_cover_the_text(text: str) -> None:
    clusters = grapheme_clusters(text)
    assert "".join(clusters) == text
    assert all(clusters)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30), st.booleans())
def test_any_unicode_text(text: str, fold: bool) -> None:
    normalizer = Normalizer(TextSettings(case_fold=fold))
    out = normalizer.normalize(text)
    assert normalizer.normalize(out) == out
    assert unicodedata.is_normalized("NFC", out)
    if not fold:
        assert marks(out) == marks(text)
    assert units_to_text(normalizer.tokens(text)) == out
