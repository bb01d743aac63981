"""The Texts panel on the Language page: add texts, refuse a bad one, build the LM in a worker."""

from __future__ import annotations

from tests.core.lm.language import sentences


def corpus(path, n=200):
    path.write_text("\n".join(" ".join(s) for s in sentences(n, seed=2)) + "\n", encoding="utf-8")
    return path


def test_add_texts_build_and_a_bad_file(main_window, tmp_path, wait_for_worker):
    panel = main_window.go_to("settings").texts
    assert panel.status.text() == "No language model yet."
    wait_for_worker(panel.add_files([str(corpus(tmp_path / "stories.txt"))]))
    assert panel.sources.count() == 1 and "200 sentences" in panel.sources.item(0).text()

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
