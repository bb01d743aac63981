"""The orthography report finds what a linguist must fix, on real and crafted transcripts."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest

from mms_studio.core.text import Normalizer, TextSettings, build_vocab, orthography_report


def read_tsv(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["file"], row["transcript"]) for row in csv.DictReader(handle, delimiter="\t")]


@pytest.fixture
def yoruba(shared_data: Path) -> list[tuple[str, str]]:
    return read_tsv(shared_data / "clips/yoruba_speech_project/transcripts.tsv")


def test_real_yoruba_inventory(yoruba: list[tuple[str, str]]) -> None:
    report = orthography_report(yoruba, Normalizer())
    inventory = {e.unit: e for e in report.inventory}
    assert report.clips == 5
    assert {"ọ", "ẹ", "ò", "è", "à", "á"} <= set(inventory)
    # Counts agree with a direct count over the cleaned texts.
    cleaned = " ".join(Normalizer().normalize(t) for _, t in yoruba)
    assert inventory["ẹ"].count == cleaned.count("ẹ")
    assert all(1 <= len(e.examples) <= 3 for e in report.inventory)
    assert set(inventory["ẹ"].examples) <= {clip for clip, _ in yoruba}
    assert [e.count for e in report.inventory] == sorted((e.count for e in report.inventory), reverse=True)
    # Commas are removed, and the real data is clean NFC with no look-alikes.
    assert [e.unit for e in report.removed] == [","]
    assert report.not_nfc == () and report.lookalikes == () and report.empty == ()
    assert report.mixed_script_words == () and report.unknown is None
    assert {e.unit for e in report.rare} == {u for u, e in inventory.items() if e.count <= 2}


def test_real_multilingual_text_has_no_false_mixed_scripts(shared_data: Path) -> None:
    items = read_tsv(shared_data / "clips/mfa/transcripts.tsv")
    report = orthography_report(items, Normalizer())
    assert report.mixed_script_words == ()  # Japanese kanji + kana in one word is normal
    assert report.lookalikes == ()
    assert report.empty == ()


def test_unknown_units_against_a_vocabulary(yoruba: list[tuple[str, str]]) -> None:
    normalizer = Normalizer()
    vocab = build_vocab([text for _, text in yoruba[:2]], normalizer)
    report = orthography_report(yoruba, normalizer, vocab)
    unknown = {e.unit for e in report.unknown or ()}
    assert unknown and not unknown & set(vocab.tokens)
    expected = {u for _, t in yoruba for u in normalizer.tokens(t)} - set(vocab.tokens)
    assert unknown == expected
    full = orthography_report(yoruba, normalizer, build_vocab([t for _, t in yoruba], normalizer))
    assert full.unknown == ()


def test_problems_are_found_with_examples() -> None:
    items = [
        ("nfd", unicodedata.normalize("NFD", "Ọmọ́ yìí")),
        ("apostrophe1", "kaʼa"),
        ("apostrophe2", "ka’a"),
        ("cyrillic", "pаpa"),   # Cyrillic а inside a Latin word
        ("latin", "papa mama"),
        ("greek", "ɛwɛ εwε"),   # Latin open e and Greek epsilon
        ("empty", "?! …"),
        ("loose", "\u0301ba"),
        ("number", "ọmọ 3"),
    ]
    report = orthography_report(items, Normalizer())
    assert report.not_nfc == ("nfd",)
    assert report.empty == ("empty",)
    labels = {group.label: group for group in report.lookalikes}
    apostrophes = labels["apostrophe-like characters"]
    assert {c.unit for c in apostrophes.chars} == {"ʼ", "’"}
    assert {"Latin a and Cyrillic а", "Latin ɛ and Greek ε"} <= set(labels)
    assert labels["Latin a and Cyrillic а"].chars[1].examples == ("cyrillic",)
    words = {(w.clip_id, w.word): w.scripts for w in report.mixed_script_words}
    assert words == {("cyrillic", "pаpa"): ("CYRILLIC", "LATIN"),
                     ("greek", "εwε"): ("GREEK", "LATIN")}
    assert [e.unit for e in report.loose_marks] == ["\u0301"]
    assert [(e.unit, e.examples) for e in report.digits] == [("3", ("number",))]
    assert "’" in {e.unit for e in report.removed}
    assert report.problem_count >= 6


def test_examples_are_capped_at_three_distinct_clips() -> None:
    items = [(f"clip{i}", "aaa") for i in range(10)]
    (entry,) = orthography_report(items, Normalizer()).inventory
    assert entry.count == 30 and entry.examples == ("clip0", "clip1", "clip2")


def test_report_uses_the_project_settings() -> None:
    items = [("c1", "Chinga ng'a"), ("c2", "chinga")]
    folded = orthography_report(items, Normalizer(TextSettings(
        case_fold=True, multigraphs=("ch", "ng"), keep_chars="'")))
    units = {e.unit: e.count for e in folded.inventory}
    assert units["ch"] == 2 and units["ng"] == 3 and units["'"] == 1
    assert "C" not in units and "h" not in units
    assert folded.removed == ()


def test_to_text_and_to_dict(yoruba: list[tuple[str, str]]) -> None:
    items = [*yoruba, ("bad", "pаpa’s ʼ"), ("blank", "...")]
    report = orthography_report(items, Normalizer(), build_vocab(["papa"], Normalizer()))
    text = report.to_text()
    for heading in ("Units", "Not in the vocabulary", "Look-alike characters",
                    "Words mixing scripts", "Empty after cleaning", "Removed by text cleaning"):
        assert heading in text
    assert "CYRILLIC SMALL LETTER A" in text and "blank" in text
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["clips"] == 7 and data["empty"] == ["blank"]
    assert data["inventory"][0]["codepoints"][0].startswith("U+")
    assert data["problem_count"] == report.problem_count
    assert {"inventory", "rare", "unknown", "removed", "not_nfc", "lookalikes",
            "mixed_script_words", "loose_marks"} <= set(data)


def test_clean_report_says_so() -> None:
    report = orthography_report([("a", "abc abc abc")], Normalizer())
    assert report.problem_count == 0
    assert "0 things to check" in report.to_text()
    assert report.unknown is None and report.to_dict()["unknown"] is None
