"""The Texts panel on the Language page: add texts, refuse a bad one, build the LM in a worker."""

from __future__ import annotations

from tests.core.lm.language import sentences


def corpus(path, n=200):
    path.write_text("\n".join(" ".join(s) for s in sentences(n, seed=2)) + "\n", encoding="utf-8")
    return path


def test_add_texts_build_and_a_bad_file(main_window, qtbot, tmp_path, wait_for_worker):
    panel = main_window.go_to("settings").texts
    assert panel.status.text() == "No language model yet."
    wait_for_worker(panel.add_files([str(corpus(tmp_path / "stories.txt"))]))
    assert panel.sources.count() == 1 and "200 sentences" in panel.sources.item(0).text()
    qtbot.waitUntil(lambda: "stories: stories.txt" in panel.report.toPlainText(), timeout=60000)
    panel.hotwords.setText("Kupang, Alor")
    panel.hotwords.editingFinished.emit()
    assert panel.hotwords.text() == "Kupang, Alor"   # default settings keep case
    from mms_studio.core.lm.texts import read_manifest

    assert read_manifest(main_window.project.root).hotwords == ("Kupang", "Alor")
    wait_for_worker(panel.worker)

    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 40)
    manifest = (main_window.project.root / "texts" / "manifest.json").read_bytes()
    wait_for_worker(panel.add_files([str(bad)]))
    assert "not a text file" in panel.status.text()
    assert (main_window.project.root / "texts" / "manifest.json").read_bytes() == manifest

    wait_for_worker(panel.build())
    assert (main_window.project.root / "lm" / "lm.arpa").is_file()
    assert "Language model built" in panel.report.toPlainText()
    assert panel.status.text().startswith("Language model: order 2")
    assert not panel.stop_button.isEnabled() and panel.build_button.isEnabled()

    panel.sources.setCurrentRow(0)
    panel.remove_selected()
    assert panel.sources.count() == 0


def test_the_hotwords_field_has_a_label_of_its_own(main_window, qtbot):
    """A placeholder vanishes once something is typed: the field keeps a visible label, a
    screen-reader name and its Alt key."""
    from PySide6.QtCore import Qt

    panel = main_window.go_to("settings").texts
    assert panel.hotwords_label.buddy() is panel.hotwords
    assert panel.hotwords_label.text() == "Hot&words:" and panel.hotwords_label.isVisible()
    assert panel.hotwords.accessibleName() == "Hotwords" and panel.hotwords.accessibleDescription()
    panel.hotwords.setText("Kupang")
    panel.sources.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.hotwords.hasFocus, timeout=2000)
