"""A chosen interface language writes numbers its own way too; taking it out restores them."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def test_numbers_follow_a_chosen_interface_language(qapp) -> None:
    from mms_studio.gui.i18n import I18N_DIR, install_translations, remove_translations

    if not (I18N_DIR / "mms_studio_fr.qm").is_file():
        import pytest

        pytest.fail("compiled French catalogue missing: run `make translations`")
    before = QLocale().toString(2.5, "f", 1)
    try:
        assert install_translations(qapp, language="fr") == "fr"
        assert QLocale().toString(2.5, "f", 1) == "2,5"
    finally:
        remove_translations(qapp)
    assert QLocale().toString(2.5, "f", 1) == before
