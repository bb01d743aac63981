"""Cleaning transcripts in scripts with combining marks: nothing a reader sees is lost."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from mms_studio.core.text import (
    Normalizer,
    TextSettings,
    grapheme_clusters,
    units_to_text,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def marks(text: str) -> Counter[str]:
    """Combining marks of `text` in NFD, so composed and decomposed spellings compare equal."""
    return Counter(c for c in nfd(text) if unicodedata.category(c).startswith("M"))


SCRIPTS = {
    "devanagari": "नमस्ते, क्षत्रिय!",
    "thai": "ภาษาไทย ไม่ใช่เรื่องง่าย",
    "yoruba": "Ọmọ́ yìí ń ṣeré.",
    "latin_nfd": nfd("Ça né è pàs « évident »."),
    "arabic_harakat": "مُحَمَّدٌ رَسُولُ ٱللَّهِ؟",
    "hebrew_niqqud": "שָׁלוֹם, עוֹלָם!",
    "vietnamese": "ở địa bàn vùng núi người dân",
    "malayalam_zwj": "ന്\u200dറെ കാര്\u200dത്തിക",
    "persian_zwnj": "می\u200cخواهم، کتاب\u200cها",
}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_no_combining_mark_or_joiner_is_dropped(name: str) -> None:
    text = SCRIPTS[name]
    out = Normalizer().normalize(text)
    assert marks(out) == marks(text)
    assert out.count("\u200d") == text.count("\u200d")
    assert out.count("\u200c") == text.count("\u200c")
    assert unicodedata.is_normalized("NFC", out)
    # Punctuation is gone, letters are all still there.
    assert not any(unicodedata.category(c).startswith(("P", "S")) for c in out)
    letters = [c for c in nfd(text) if unicodedata.category(c).startswith("L")]
    assert [c for c in nfd(out) if unicodedata.category(c).startswith("L")] == letters


def test_yoruba_nfc_and_nfd_input_give_the_same_text_and_units() -> None:
    composed = unicodedata.normalize("NFC", "Ọmọ́ yìí ń ṣeré")
    decomposed = nfd(composed)
    assert composed != decomposed
    normalizer = Normalizer()
    assert normalizer.normalize(composed) == normalizer.normalize(decomposed) == composed
    tokens = normalizer.tokens(decomposed)
    assert tokens == normalizer.tokens(composed)
    assert tokens == ["Ọ", "m", "ọ́", "|", "y", "ì", "í", "|", "ń", "|", "ṣ", "e", "r", "é"]


def test_devanagari_units_are_whole_clusters_or_code_points() -> None:
    word = "क्षत्रिय"
    clusters = Normalizer().tokens(word)
    assert "".join(clusters) == word
    assert all(not unicodedata.category(unit[0]).startswith("M") for unit in clusters)
    assert clusters == grapheme_clusters(word)
    points = Normalizer(TextSettings(split_marks=True)).tokens(word)
    assert points == list(word)
    assert len(points) > len(clusters)


def test_thai_tone_marks_stay_on_their_consonant() -> None:
    tokens = Normalizer().tokens("ไม่ใช่")
    assert "ม่" in tokens and "ช่" in tokens
    assert "่" not in tokens  # never a loose tone mark


def test_multigraphs_are_single_units_longest_first() -> None:
    settings = TextSettings(multigraphs=("ng", "ngw", "kp", "gb", "ch"), case_fold=True)
    normalizer = Normalizer(settings)
    assert normalizer.tokens("Ngwa kpà gbé chin") == [
        "ngw", "a", "|", "kp", "à", "|", "gb", "é", "|", "ch", "i", "n"]
    # A multigraph is not matched across a mark that belongs to its last letter.
    assert normalizer.tokens("kp\u0301a") == ["k", "ṕ", "a"]
    # Without folding, "Ch" is not the multigraph "ch".
    assert Normalizer(TextSettings(multigraphs=("ch",))).tokens("Chaque ch") == [
        "C", "h", "a", "q", "u", "e", "|", "ch"]


def test_case_folding_is_optional_and_lower_differs_from_casefold() -> None:
    assert Normalizer().normalize("Straße ÀB") == "Straße ÀB"
    assert Normalizer(TextSettings(case_fold=True)).normalize("Straße ÀB") == "straße àb"
    assert Normalizer(TextSettings(case_fold=True, fold_mode="casefold")).normalize("Straße") == "strasse"


def test_punctuation_symbols_and_spacing() -> None:
    normalizer = Normalizer()
    assert normalizer.normalize("  Hello,   world!!  (test) — 100% «ok»\t\nend ") == \
        "Hello world test 100 ok end"
    assert normalizer.normalize("word—word well-known") == "word word well known"
    assert normalizer.normalize("a|b") == "ab"  # "|" is the word delimiter, never text
    assert normalizer.normalize("\ufeffzero\u200bwidth\u00ad") == "zerowidth"
    assert normalizer.normalize("?!.,;:") == ""
    assert normalizer.tokens("...") == []


def test_apostrophe_letters_kept_and_configurable() -> None:
    text = "kaʼa don't"
    assert Normalizer().normalize(text) == "kaʼa dont"  # ʼ is a letter (Lm), ' is punctuation
    assert Normalizer(TextSettings(keep_chars="'")).normalize(text) == "kaʼa don't"
    unified = Normalizer(TextSettings(replacements=(("'", "ʼ"), ("’", "ʼ"))))
    assert unified.normalize("don't don’t donʼt") == "donʼt donʼt donʼt"
    assert Normalizer(TextSettings(remove_chars="ʼ")).normalize(text) == "kaa dont"


def test_replacements_after_nfc_longest_first() -> None:
    settings = TextSettings(replacements=(("n", "N"), ("ng", "ŋ"), (nfd("é"), "e")))
    normalizer = Normalizer(settings)
    # "ng" beats "n"; the NFD key still matches NFC text.
    assert normalizer.normalize("nganga né") == "ŋaŋa Ne"


def test_units_round_trip_to_text() -> None:
    normalizer = Normalizer(TextSettings(multigraphs=("ch",)))
    for text in SCRIPTS.values():
        assert units_to_text(normalizer.tokens(text)) == normalizer.normalize(text)
