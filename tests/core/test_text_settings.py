"""Text settings survive JSON, old and new project files, and refuse contradictions."""

from __future__ import annotations

import json

import pytest

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.text import TextSettings, TextSettingsError


def test_round_trip_through_json() -> None:
    settings = TextSettings(case_fold=True, fold_mode="casefold", strip_categories=("P",),
                            remove_chars="#", keep_chars="'", replacements=(("’", "ʼ"),),
                            multigraphs=("ng", "kp"), split_marks=True)
    back = TextSettings.from_dict(json.loads(json.dumps(settings.to_dict())))
    assert back == settings
    assert isinstance(back.replacements[0], tuple) and isinstance(back.multigraphs, tuple)


def test_missing_keys_take_defaults_and_unknown_keys_survive() -> None:
    assert TextSettings.from_dict({}) == TextSettings()
    assert TextSettings.from_dict(None) == TextSettings()
    settings = TextSettings.from_dict({"case_fold": True, "future_option": {"x": 1}})
    assert settings.case_fold is True and settings.multigraphs == ()
    assert settings.to_dict()["future_option"] == {"x": 1}


def test_settings_are_frozen_and_hashable_values() -> None:
    settings = TextSettings()
    with pytest.raises(AttributeError):
        settings.case_fold = True  # type: ignore[misc]
    assert settings == TextSettings.from_dict(settings.to_dict())


@pytest.mark.parametrize(("changes", "words"), [
    ({"fold_mode": "upper"}, "folding mode"),
    ({"strip_categories": ("Punctuation",)}, "category"),
    ({"remove_chars": "\u0301"}, "Combining marks"),
    ({"replacements": (("", "x"),)}, "nothing to replace"),
    ({"multigraphs": ("n",)}, "multigraph"),
    ({"multigraphs": ("n g",)}, "multigraph"),
])
def test_contradictory_settings_are_refused(changes: dict, words: str) -> None:
    with pytest.raises(TextSettingsError, match=words) as caught:
        TextSettings(**changes)
    assert isinstance(caught.value, MMSStudioError)


@pytest.mark.parametrize("data", [
    {"replacements": "ab"},
    {"replacements": [["a", "b", "c"]]},
    {"multigraphs": "ng"},
    {"case_fold": "yes"},
    {"keep_chars": 5},
])
def test_damaged_json_gives_a_typed_error(data: dict) -> None:
    with pytest.raises(TextSettingsError, match="damaged"):
        TextSettings.from_dict(data)
