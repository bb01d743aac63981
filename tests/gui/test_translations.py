"""Interface strings are translatable: a compiled catalogue changes what the window says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>MainWindow</name>
<message><source>Dataset</source><translation>Corpus</translation></message>
</context>
<context><name>DatasetPage</name>
<message><source>Show deleted</source><translation>Afficher les supprimés</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path, monkeypatch, qapp):
    from mms_studio.gui.shell import settings, translations

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    (tmp_path / "mms_studio_fr.ts").write_text(TS, encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "mms_studio_fr.ts"),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    monkeypatch.setattr(translations, "I18N_DIR", tmp_path)
    settings.app_settings().setValue("ui_language", "fr")
    yield translations.install_translations(qapp)
    settings.app_settings().setValue("ui_language", "en")
    translations.install_translations(qapp)


def test_a_french_catalogue_translates_the_window(french, abui_project, qtbot) -> None:
    from mms_studio.gui.main_window import MainWindow

    assert french == "fr"
    window = MainWindow(abui_project)
    qtbot.addWidget(window)
    assert window.nav.item(1).text() == "Corpus"
    assert window.page("dataset").show_deleted.text() == "Afficher les supprimés"
    assert window.page("dataset").import_button.text() == "&Import…"   # untranslated stays English
