"""New project: the language is searched by name, picked from a list and confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _dialog(qtbot, tmp_path):
    from mms_studio.gui.welcome import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("Abui stories")
    return dialog


def test_typing_a_name_lists_languages_and_picking_confirms_the_code(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.keyClicks(dialog.language, "Abu")
    labels = [dialog.matches.item(i).text() for i in range(dialog.matches.count())]
    assert "abz — Abui" in labels and dialog.matches.isVisible()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)            # into the list by keyboard
    row = labels.index("abz — Abui")
    dialog.matches.setCurrentRow(row)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    assert dialog.language.text() == "abz — Abui"
    assert dialog.language_note.text() == "✓ abz — Abui"
    assert dialog.create_button.isEnabled() and dialog.project is None   # Enter picked only
    project = dialog.create()
    try:
        assert project.settings.language == "abz"
    finally:
        project.close()


def test_a_code_or_a_private_use_code_works_too(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.language.setText("yor")
    assert "Yoruba" in dialog.language_note.text() and dialog.create_button.isEnabled()
    dialog.language.setText("qaa")
    assert "private-use" in dialog.language_note.text() and dialog.create_button.isEnabled()
    dialog.language.setText("Abuii")
    assert not dialog.create_button.isEnabled() and "ISO 639-3" in dialog.error.text()
