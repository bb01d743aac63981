"""Finding a language by name or ISO 639-3 code, in English and the interface language."""

from __future__ import annotations

import pytest

from mms_studio.core.languages import find_language, resolve_language, search_languages


def test_every_iso_639_3_language_is_there() -> None:
    from mms_studio.core.languages import _table

    codes = {code for code, _ in _table()}
    assert len(codes) > 7800                       # the whole standard, not a hand-typed list
    assert {"abz", "yor", "deu", "swh", "ind", "mis", "und"} <= codes


def test_abui_is_found_by_name_and_confirmed() -> None:
    found = search_languages("Abui")
    assert found[0].code == "abz" and found[0].label() == "abz — Abui"
    assert search_languages("abz")[0].code == "abz"              # the code itself comes first
    assert resolve_language("abz — Abui").code == "abz"
    assert resolve_language("abui").code == "abz"               # a name only one language has


@pytest.mark.parametrize(("ui", "query", "code"), [
    ("fr", "allemand", "deu"), ("es", "alemán", "deu"), ("pt", "alemão", "deu"),
    ("fr", "francais", "fra"),                                   # accents need not be typed
    ("en", "german", "deu"), ("fr", "german", "deu"),            # English works in any language
])
def test_names_in_the_interface_language(ui, query, code) -> None:
    assert code in [m.code for m in search_languages(query, ui_language=ui, limit=5)]


def test_the_label_shows_both_names_when_they_differ() -> None:
    assert find_language("deu", ui_language="fr").label() == "deu — German (Allemand)"


def test_private_use_codes_are_accepted_and_said_to_be_private() -> None:
    for code in ("qaa", "qdm", "qtz"):
        match = resolve_language(code)
        assert match is not None and match.private_use and match.code == code
    assert resolve_language("qua") is None or not resolve_language("qua").private_use
    assert resolve_language("xyz") is None and resolve_language("") is None
    assert resolve_language("German") is not None and resolve_language("a") is None
