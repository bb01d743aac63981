"""Language settings: the project's name and the rules that turn transcripts into training text.

A live preview shows what the recogniser will learn from a sample sentence,
so a teacher can check that an apostrophe-letter or a tone mark survives
before training for an hour.
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
from mms_studio.gui.shell import messages


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


class SettingsPage(Page):
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

        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        describe(self.save_button, self.tr("Save settings"),
                 self.tr("Keep these rules for training and scoring"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(project_box)
        layout.addWidget(text_box)
        layout.addWidget(preview_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        chain_focus(self.name, self.language, self.base_model, self.base_model_button,
                    self.case_fold,
                    self.remove_chars, self.keep_chars, self.multigraphs, self.replacements,
                    self.sample, self.preview, self.save_button)
        for widget in (self.remove_chars, self.keep_chars, self.multigraphs, self.sample):
            widget.textChanged.connect(self.update_preview)
        self.replacements.textChanged.connect(self.update_preview)
        self.case_fold.toggled.connect(self.update_preview)
        self.load()

    def shown(self) -> None:
        self.load()

    def load(self) -> None:
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
        self.update_preview()

    def text_settings(self) -> Any:
        """The settings as typed; raises `MMSStudioError` with the reason when they are invalid."""
        return replace(self.project.settings.text, case_fold=self.case_fold.isChecked(),
                       remove_chars=self.remove_chars.text(), keep_chars=self.keep_chars.text(),
                       multigraphs=tuple(self.multigraphs.text().split()),
                       replacements=parse_replacements(self.replacements.toPlainText()))

    def update_preview(self) -> None:
        from mms_studio.core.text import Normalizer

        try:
            normalizer = Normalizer(self.text_settings())
            sample = self.sample.text()
            self.preview.setText(" ".join(normalizer.tokens(sample)) if sample else "")
            self.feedback.setText("")
            self.save_button.setEnabled(True)
        except MMSStudioError as exc:
            self.preview.setText("")
            self.feedback.setText("⚠ " + str(exc))
            self.save_button.setEnabled(False)

    def save(self) -> bool:
        try:
            self.project.update_settings(name=self.name.text().strip(),
                                         text=self.text_settings())
        except MMSStudioError as exc:
            messages.tell(self, self.tr("Settings not saved"), str(exc))
            return False
        self.feedback.setText(self.tr("✓ Saved."))
        self.window_.project_settings_changed()
        return True
