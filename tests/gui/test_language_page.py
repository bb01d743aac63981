"""Language page: live preview, saved as you type with undo, refused input kept with a reason."""

from __future__ import annotations


def test_preview_follows_the_rules_and_every_change_is_saved(main_window) -> None:
    page = main_window.go_to("settings")
    assert page.language.text() == "abz" and page.language.isReadOnly()
    page.sample.setText("Hekaai, deina!")
    assert "," not in page.preview.text() and "H" in page.preview.text()   # punctuation dropped
    page.case_fold.setChecked(True)
    assert "H" not in page.preview.text() and "h" in page.preview.text()
    page.replacements.setPlainText("ai -> ay")
    assert "a y" in page.preview.text() or "ay" in page.preview.text()
    page.name.setText("Abui stories")
    settings = main_window.project.settings        # no Save button: already saved
    assert settings.name == "Abui stories" and settings.text.case_fold
    assert settings.text.replacements == (("ai", "ay"),)
    assert main_window.windowTitle().startswith("Abui stories (abz)")


def test_a_multigraph_typed_then_leaving_the_page_is_kept(main_window) -> None:
    page = main_window.go_to("settings")
    page.sample.setText("ngaka kpe")
    for typed in ("n", "ng", "ng k", "ng kp"):     # typed key by key
        page.multigraphs.setText(typed)
    assert page.preview.text().split()[0] == "ng"  # the preview follows as you type
    main_window.go_to("dataset")
    main_window.go_to("settings")
    assert page.multigraphs.text() == "ng kp"
    assert main_window.project.settings.text.multigraphs == ("ng", "kp")


def test_undo_takes_back_a_typed_rule_in_one_step(main_window) -> None:
    page = main_window.go_to("settings")
    stack = main_window.undo_stack
    before = stack.count()
    for typed in ("n", "ng", "ng ch"):
        page.multigraphs.setText(typed)
    assert stack.count() == before + 1             # one step for one field's typing
    assert "language settings" in stack.undoText()
    stack.undo()
    assert main_window.project.settings.text.multigraphs == ()
    assert page.multigraphs.text() == ""
    stack.redo()
    assert page.multigraphs.text() == "ng ch"


def test_invalid_rules_are_not_saved_but_kept_and_explained(main_window) -> None:
    page = main_window.go_to("settings")
    page.replacements.setPlainText("no arrow here")
    assert "arrow" in page.feedback.text()
    assert main_window.project.settings.text.replacements == ()
    main_window.go_to("dataset")                   # leaving says so, and keeps the text
    assert "not saved" in main_window.statusBar().currentMessage()
    main_window.go_to("settings")
    assert page.replacements.toPlainText() == "no arrow here"
    page.replacements.setPlainText("")
    page.multigraphs.setText("n")                 # a multigraph needs two letters
    assert page.feedback.text().startswith("⚠")
    page.multigraphs.setText("ng")
    assert main_window.project.settings.text.multigraphs == ("ng",)
    assert not page.unsaved and "Saved" in page.feedback.text()
