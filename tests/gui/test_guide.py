"""Help › Getting started: the offline guide opens, with its pictures, from the package."""

from __future__ import annotations

import re

from mms_studio.gui.shell.guide import GUIDE_DIR, guide_file


def test_the_guide_ships_with_every_picture_it_shows() -> None:
    page = guide_file("en")
    assert page == GUIDE_DIR / "index.html" and page.is_file()
    pictures = re.findall(r'<img src="([^"]+)"', page.read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    for picture in pictures:
        assert (GUIDE_DIR / picture).is_file(), picture
    assert "http" not in " ".join(pictures)                 # offline: nothing fetched


def test_a_missing_translation_falls_back_to_english(tmp_path) -> None:
    (tmp_path / "index.html").write_text("<p>en</p>")
    (tmp_path / "index.fr.html").write_text("<p>fr</p>")
    assert guide_file("fr", folder=tmp_path).name == "index.fr.html"
    assert guide_file("sw", folder=tmp_path).name == "index.html"


def test_help_getting_started_opens_the_guide(main_window, qtbot) -> None:
    actions = {a.text().replace("&", ""): a for m in main_window.menuBar().actions()
               for a in (m.menu().actions() if m.menu() else [])}
    action = actions["Getting started"]
    assert action.shortcut().toString() == "F1"
    action.trigger()
    dialog = main_window.findChild(type(main_window.show_guide()), "guideDialog")
    text = dialog.browser.toPlainText()
    assert "Getting started with MMS Studio" in text and "Try a demo project" in text
    for d in main_window.findChildren(type(dialog)):
        d.close()
