"""Language settings page: live preview, refused input with a reason, saving."""

from __future__ import annotations


def test_preview_follows_the_rules_and_saving_updates_the_project(main_window) -> None:
    page = main_window.go_to("settings")
    assert page.language.text() == "abz" and page.language.isReadOnly()
    page.sample.setText("Hekaai, deina!")
    assert "," not in page.preview.text() and "H" in page.preview.text()   # punctuation dropped
    page.case_fold.setChecked(True)
    assert "H" not in page.preview.text() and "h" in page.preview.text()
    page.replacements.setPlainText("ai -> ay")
    assert "a y" in page.preview.text() or "ay" in page.preview.text()
    page.name.setText("Abui stories")
    assert page.save()
    settings = main_window.project.settings
    assert settings.name == "Abui stories" and settings.text.case_fold
    assert settings.text.replacements == (("ai", "ay"),)
    assert main_window.windowTitle().startswith("Abui stories (abz)")


def test_invalid_rules_disable_saving_and_say_why(main_window) -> None:
    page = main_window.go_to("settings")
    page.replacements.setPlainText("no arrow here")
    assert not page.save_button.isEnabled()
    assert "arrow" in page.feedback.text()
    page.replacements.setPlainText("")
    page.multigraphs.setText("n")                 # a multigraph needs two letters
    assert not page.save_button.isEnabled() and page.feedback.text().startswith("⚠")
    page.multigraphs.setText("ng")
    assert page.save_button.isEnabled()
