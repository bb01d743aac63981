"""The Language page: the project's name and the rules that turn transcripts into training text.

A live preview shows what the recogniser will learn from a sample sentence,
so a teacher can check that an apostrophe-letter or a tone mark survives
before training for an hour.

Every change is saved as it is typed, as an undoable step on the window's undo
stack (Edit › Undo), so switching page never loses a rule. A rule that cannot
be saved yet (a one-letter "multigraph", a replacement without an arrow) stays
in its field with the reason beside it, is kept when the user goes to another
page, and the status bar says it was not saved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from mms_studio.core.errors import MMSStudioError
from mms_studio.gui.a11y import chain_focus, describe
from mms_studio.gui.pages.base import Page
from mms_studio.gui.undo import EditProjectSettingsCommand


def parse_replacements(text: str) -> tuple[tuple[str, str], ...]:
    """One `from -> to` (or `from → to`) per line; blank lines ignored."""
    pairs = []
    for line in text.splitlines():
        if not line.strip():
            continue
        for arrow in ("→", "->"):
            if arrow in line:
                src, dst = line.split(arrow, 1)
                pairs.append((src.strip(), dst.strip()))
                break
        else:
            raise MMSStudioError(f"Write each replacement as “from -> to”; this line has no "
                                 f"arrow: {line.strip()}")
    return tuple(pairs)


class LanguagePage(Page):
    title = "Language"
    icon_name = "settings"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Language")
        self.name = QLineEdit()
        self.language = QLineEdit()
        self.language.setReadOnly(True)
        self.language.setToolTip(self.tr("The language code is fixed when the project is made; "
                                         "adapters are trained and named for it."))
        self.base_model = QLineEdit()
        self.base_model.setReadOnly(True)
        describe(self.name, self.tr("Project name"), self.tr("The project's name, shown in the "
                                                             "window title"))
        describe(self.language, self.tr("Language code"), self.language.toolTip())
        describe(self.base_model, self.tr("Base model"), self.tr(
            "The MMS model the adapters are trained on (read only)"))
        project_box = QGroupBox(self.tr("Project"))
        project_form = QFormLayout(project_box)
        project_form.addRow(self.tr("&Name:"), self.name)
        project_form.addRow(self.tr("Language code:"), self.language)
        self.base_model_button = QPushButton(self.tr("Choose the &base model…"))
        describe(self.base_model_button, self.tr("Choose the base model"), self.tr(
            "Download the base model or choose a folder that holds it"))
        self.base_model_button.clicked.connect(
            lambda: self.window_.check_base_model(always=True))
        base_row = QHBoxLayout()
        base_row.addWidget(self.base_model, 1)
        base_row.addWidget(self.base_model_button)
        base_label = QLabel(self.tr("Base model:"))
        base_label.setBuddy(self.base_model)
        project_form.addRow(base_label, base_row)

        self.case_fold = QCheckBox(self.tr("Ignore upper/lower &case (only if case carries no "
                                           "meaning in this language)"))
        self.remove_chars = QLineEdit()
        self.remove_chars.setPlaceholderText(self.tr("extra characters to drop, e.g. * # …"))
        self.keep_chars = QLineEdit()
        self.keep_chars.setPlaceholderText(self.tr("punctuation that is a letter here, e.g. ' ʼ"))
        self.multigraphs = QLineEdit()
        self.multigraphs.setPlaceholderText(self.tr("letters written as a group, e.g. ng ch kp"))
        self.replacements = QPlainTextEdit()
        self.replacements.setPlaceholderText(self.tr("one per line: ’ -> ʼ"))
        self.replacements.setMaximumHeight(self.replacements.fontMetrics().lineSpacing() * 5)
        self.replacements.setTabChangesFocus(True)    # Tab leaves the box; no tabs in rules
        for widget, name, description in (
                (self.case_fold, self.tr("Ignore upper and lower case"),
                 self.tr("Only if case carries no meaning in this language")),
                (self.remove_chars, self.tr("Characters to remove"),
                 self.remove_chars.placeholderText()),
                (self.keep_chars, self.tr("Punctuation kept as letters"),
                 self.keep_chars.placeholderText()),
                (self.multigraphs, self.tr("Multigraphs"), self.multigraphs.placeholderText()),
                (self.replacements, self.tr("Replacements"),
                 self.replacements.placeholderText())):
            describe(widget, name, description)
        text_box = QGroupBox(self.tr("How transcripts become training text"))
        text_form = QFormLayout(text_box)
        text_form.addRow(self.case_fold)
        text_form.addRow(self.tr("&Remove:"), self.remove_chars)
        text_form.addRow(self.tr("&Keep as letters:"), self.keep_chars)
        text_form.addRow(self.tr("&Multigraphs:"), self.multigraphs)
        text_form.addRow(self.tr("Re&placements:"), self.replacements)

        self.sample = QLineEdit()
        self.sample.setPlaceholderText(self.tr("type a sentence to see what the model learns"))
        describe(self.sample, self.tr("Sample sentence"), self.sample.placeholderText())
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        describe(self.preview, self.tr("Learned as"),
                 self.tr("The sample as the recogniser will learn it"))
        preview_box = QGroupBox(self.tr("Preview"))
        preview_form = QFormLayout(preview_box)
        preview_form.addRow(self.tr("S&ample:"), self.sample)
        preview_form.addRow(self.tr("Learned as:"), self.preview)

        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.unsaved = ""          # why what is typed could not be saved ('' when saved)
        self._loading = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(project_box)
        layout.addWidget(text_box)
        layout.addWidget(preview_box)
        from mms_studio.gui.texts.panel import TextsPanel  # texts + language model (core/lm)

        self.texts = TextsPanel(self.project)
        layout.addWidget(self.texts)
        layout.addLayout(buttons)
        layout.addStretch(1)
        chain_focus(self.name, self.language, self.base_model, self.base_model_button,
                    self.case_fold,
                    self.remove_chars, self.keep_chars, self.multigraphs, self.replacements,
                    self.sample, self.preview)
        self.sample.textChanged.connect(self.update_preview)
        for field, signal in (("name", self.name.textChanged),
                              ("case_fold", self.case_fold.toggled),
                              ("remove_chars", self.remove_chars.textChanged),
                              ("keep_chars", self.keep_chars.textChanged),
                              ("multigraphs", self.multigraphs.textChanged),
                              ("replacements", self.replacements.textChanged)):
            signal.connect(lambda *_args, field=field: self._edited(field))
        self.load()

    def shown(self) -> None:
        if not self.unsaved:      # never throw away what the user typed and could not save
            self.load()

    def hidden(self) -> None:
        if self.unsaved:
            self.window_.statusBar().showMessage(self.tr(
                "The language settings are not saved yet: {reason} What you typed is kept on "
                "the Language page.").format(reason=self.unsaved), 15000)

    def load(self) -> None:
        """Show the project's saved settings (after opening, or after Undo/Redo)."""
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        self.unsaved = ""
        self.update_preview()

    def _fill(self) -> None:
        settings = self.project.settings
        text = settings.text
        self.name.setText(settings.name)
        self.language.setText(settings.language)
        self.base_model.setText(settings.base_model)
        self.case_fold.setChecked(text.case_fold)
        self.remove_chars.setText(text.remove_chars)
        self.keep_chars.setText(text.keep_chars)
        self.multigraphs.setText(" ".join(text.multigraphs))
        self.replacements.setPlainText("\n".join(f"{a} -> {b}" for a, b in text.replacements))
        if not self.sample.text():
            clips = self.project.clips()
            if clips:
                self.sample.setText(clips[0].transcript)

    def text_settings(self) -> Any:
        """The settings as typed; raises `MMSStudioError` with the reason when they are invalid."""
        return replace(self.project.settings.text, case_fold=self.case_fold.isChecked(),
                       remove_chars=self.remove_chars.text(), keep_chars=self.keep_chars.text(),
                       multigraphs=tuple(self.multigraphs.text().split()),
                       replacements=parse_replacements(self.replacements.toPlainText()))

    def update_preview(self) -> bool:
        """Show the sample as it will be learned; False (with the reason) when rules are invalid."""
        from mms_studio.core.text import Normalizer

        try:
            normalizer = Normalizer(self.text_settings())
        except MMSStudioError as exc:
            self.preview.setText("")
            self.feedback.setText("⚠ " + str(exc))
            return False
        sample = self.sample.text()
        self.preview.setText(" ".join(normalizer.tokens(sample)) if sample else "")
        if not self.unsaved:
            self.feedback.setText("")
        return True

    def _edited(self, field: str) -> None:
        if not self._loading:
            self.save(field=field)

    def save(self, *, field: str = "all") -> bool:
        """Save what is typed now as one undoable step; False (reason shown) when it cannot be."""
        if not self.update_preview():
            self.unsaved = self.feedback.text().removeprefix("⚠ ")
            return False
        settings = self.project.settings
        old = {"name": settings.name, "text": settings.text}
        try:
            new = {"name": self.name.text().strip(), "text": self.text_settings()}
            if new != old:
                self.project.update_settings(**new)
        except MMSStudioError as exc:
            self.unsaved = str(exc)
            self.feedback.setText("⚠ " + str(exc))
            return False
        self.unsaved = ""
        if new != old:
            self.window_.undo_stack.push(EditProjectSettingsCommand(
                self.project, field=field, old=old, new=new, on_change=self._undone))
            self.window_.project_settings_changed()
        self.feedback.setText(self.tr("✓ Saved as you type; Edit › Undo takes a change back."))
        return True

    def _undone(self) -> None:
        """Undo or Redo changed the saved settings: show them."""
        self.load()
        self.window_.project_settings_changed()
