"""The interface is translated: every string, placeholders intact, and shown at run time.

The catalogues are compared with what `lupdate` extracts from the current sources (into a
temporary file, the tracked .ts files are not touched), and compiled with `lrelease` into a
temporary folder, so these tests run under plain pytest without `make translations`.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tools():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tools = _load_tools()

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[1-9n]|%p|</?[A-Za-z][^<>]*>")


def accelerators(text: str) -> int:
    """How many `&x` mnemonics `text` has (`&&` is a literal ampersand)."""
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def placeholder_problems(source: str, translation: str) -> list[str]:
    problems = []
    want, got = Counter(PLACEHOLDER.findall(source)), Counter(PLACEHOLDER.findall(translation))
    if lost := want - got:
        problems.append(f"lost {sorted(lost.elements())}")
    if added := got - want:
        problems.append(f"added {sorted(added.elements())}")
    if accelerators(source) and not accelerators(translation):
        problems.append("lost the & accelerator")
    if not accelerators(source) and accelerators(translation):
        problems.append("added an & accelerator (write && for a literal ampersand)")
    return problems


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every string in the GUI sources, as lupdate sees them now."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "mms_studio_xx.ts"
    tools.run_lupdate(ts_file, language="fr")
    strings = {(m.context, m.source) for m in tools.read_ts(ts_file)}
    assert len(strings) > 200, "lupdate found suspiciously few strings"
    return strings


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_every_string_has_a_finished_translation(language, extracted) -> None:
    path = tools.ts_path(language)
    assert path.exists(), f"{path.name} is missing: run scripts/update_translations.py"
    finished = {(m.context, m.source) for m in tools.read_ts(path) if m.finished}
    missing = sorted(extracted - finished)
    listing = "\n".join(f"  [{context}] {source!r}" for context, source in missing)
    assert not missing, (
        f"{len(missing)} of {len(extracted)} strings have no finished {language} translation "
        f"(run scripts/update_translations.py, translate, remove type=\"unfinished\"):\n{listing}")


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language) -> None:
    path = tools.ts_path(language)
    problems = []
    for message in (tools.read_ts(path) if path.exists() else []):
        if not message.live:
            continue
        for text in message.translations:
            if text:
                problems += [f"  [{message.context}] {message.source!r} -> {text!r}: {problem}"
                             for problem in placeholder_problems(message.source, text)]
    assert not problems, f"{language}:\n" + "\n".join(problems)


MENU_BAR = ("&File", "&Edit", "&Go", "&View", "&Help")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_page_mnemonics_clash_neither_with_each_other_nor_with_the_menu_bar(language) -> None:
    """Alt+letter must reach one control: two on a page or dialog, or a page and a menu, clash.

    Where the English itself shares a letter (a button whose text toggles, Record/Stop
    recording), the translation may share it too.
    """
    path = tools.ts_path(language)
    messages = [m for m in (tools.read_ts(path) if path.exists() else [])
                if m.live and m.finished]
    bar = {_mnemonic(m.translations[0]) for m in messages
           if m.context == "MainWindow" and m.source in MENU_BAR}
    english_bar = {_mnemonic(s) for s in MENU_BAR}
    by_letter: dict[tuple[str, str], set[tuple[str | None, str]]] = {}
    problems = []
    for m in messages:
        letter = _mnemonic(m.translations[0])
        if not m.context.endswith(("Page", "Dialog", "WelcomeWindow")) or letter is None:
            continue          # MainWindow holds several menus, each with its own letters
        by_letter.setdefault((m.context, letter), set()).add((_mnemonic(m.source), m.translations[0]))
        if m.context.endswith("Page") and letter in bar and _mnemonic(m.source) not in english_bar:
            problems.append(f"  [{m.context}] {m.translations[0]!r}: Alt+{letter} opens a menu")
    for (context, letter), uses in sorted(by_letter.items()):
        if len({source_letter for source_letter, _ in uses}) > 1:
            problems.append(f"  [{context}] Alt+{letter} on {sorted(t for _, t in uses)}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


def test_placeholder_check_catches_mistakes() -> None:
    assert placeholder_problems("Deleted {n} clip(s).", "{n} extrait(s) supprimé(s).") == []
    assert placeholder_problems("Deleted {n} clip(s).", "Extraits supprimés.") == ["lost ['{n}']"]
    assert placeholder_problems("{s:.1f} s", "{s} s") == ["lost ['{s:.1f}']", "added ['{s}']"]
    assert placeholder_problems("<p>(none)</p>", "(aucun)") == ["lost ['</p>', '<p>']"]
    assert placeholder_problems("%p %", "%p\u00a0%") == []
    assert placeholder_problems("Error rates (%)", "Taux d'erreur (%)") == []
    assert placeholder_problems("&File", "Fichier") == ["lost the & accelerator"]
    assert placeholder_problems("É&dition", "&Edit") == []
    assert placeholder_problems("Rock && roll", "R&ock") == [
        "added an & accelerator (write && for a literal ampersand)"]


def _translatable_calls(path: Path):
    """(line, context or None, text) of each literal handed to a tr/translate-like call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                text = context = None
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context, text = args[0], args[1]
                elif name == "tr" and args and isinstance(func, ast.Attribute):
                    context, text = cls, args[0]
                elif name in ("_tr", "QT_TR_NOOP") and args:
                    text = args[0]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    if isinstance(context, ast.Constant):
                        context = context.value
                    elif not isinstance(context, str):
                        context = None
                    found.append((child.lineno, context, text.value))
            visit(child, cls)

    visit(tree, None)
    return found


def test_runtime_contexts_match_what_lupdate_extracts(extracted) -> None:
    """A text is looked up under the context lupdate filed it under, or it never translates.

    `self.tr` looks under the object's classes (PySide6 walks the MRO, so the class whose
    body holds the call is among them); `translate("Ctx", ...)` under "Ctx". A literal that
    reaches Qt through a wrapper lupdate does not know (`_tr("...")`) is never extracted.
    """
    by_text: dict[str, set[str]] = {}
    for context, source in extracted:
        by_text.setdefault(source, set()).add(context)
    problems = []
    for path in tools.gui_sources():
        for line, context, text in _translatable_calls(path):
            contexts = by_text.get(text, set())
            if not contexts:
                problems.append(f"  {path.relative_to(ROOT)}:{line} {text!r} is not extracted")
            elif context is not None and context not in contexts:
                problems.append(f"  {path.relative_to(ROOT)}:{line} {text!r} looked up in "
                                f"{context}, extracted in {sorted(contexts)}")
    assert not problems, "strings that would show in English whatever the language:\n" + (
        "\n".join(problems))


# --- run time -------------------------------------------------------------------------------

@pytest.fixture
def french(qapp, tmp_path):
    """Our French catalogue (compiled now) and Qt's own, installed; removed afterwards."""
    from mms_studio.gui import i18n

    subprocess.run([tools.find_tool("pyside6-lrelease"), "-silent", str(tools.ts_path("fr")),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    assert i18n.install_translations(qapp, language="fr", folder=tmp_path) == "fr"
    yield {m.source: m.translations[0] for m in tools.read_ts(tools.ts_path("fr")) if m.finished}
    i18n.remove_translations(qapp)


def _visible_texts(window) -> set[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QWidget,
    )

    texts = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        texts |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QMenu):
            texts.add(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.add(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts |= {widget.item(i).text() for i in range(widget.count())}
        header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
        if isinstance(widget, QAbstractItemView) and header is not None and widget.model():
            texts |= {str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(header().count())}
    for action in window.findChildren(QAction):
        texts |= {action.text(), action.toolTip()}
    return texts - {""}


def test_the_main_window_and_every_page_speak_french(french, abui_project, replay_device,
                                                       qtbot) -> None:
    from mms_studio.gui.main_window import PAGE_KEYS, MainWindow

    window = MainWindow(abui_project)
    qtbot.addWidget(window)
    for key in PAGE_KEYS:
        window.page(key)
    texts = _visible_texts(window)
    assert window.nav.item(1).text() == "Données"
    assert {"&Fichier", "&Nouveau projet…", "&Annuler"} <= texts
    assert window.page("dataset").show_deleted.text().replace("&", "") == "Afficher les supprimés"
    assert len(texts & set(french.values())) > 100       # the net really covers the pages
    still_english = sorted(t for t in texts if t in french and french[t] != t)
    assert not still_english, f"shown in English under French: {still_english}"


def test_the_welcome_window_speaks_french(french, qtbot) -> None:
    from mms_studio.gui.welcome import WelcomeWindow

    window = WelcomeWindow(controller=object())
    qtbot.addWidget(window)
    assert window.windowTitle() == "Bienvenue — MMS Studio"
    assert window.new_button.text() == "&Nouveau projet…"
    assert window.empty.text() == "Les projets que vous ouvrez s'afficheront ici."


def test_qt_standard_buttons_speak_french(french, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    Button = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "MMS Studio", "?",
                      Button.Yes | Button.No | Button.Cancel, parent)
    assert [box.button(b).text() for b in (Button.Yes, Button.No, Button.Cancel)] == [
        "&Oui", "&Non", "Annuler"]
    Std = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(Std.Ok | Std.Cancel | Std.Save, parent)
    assert buttons.button(Std.Cancel).text() == "Annuler"
    assert buttons.button(Std.Save).text() == "Enregistrer"


def test_removing_the_translators_brings_english_back(qapp, tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication

    from mms_studio.gui import i18n

    subprocess.run([tools.find_tool("pyside6-lrelease"), "-silent", str(tools.ts_path("es")),
                    "-qm", str(tmp_path / "mms_studio_es.qm")], check=True)
    try:
        assert i18n.install_translations(qapp, language="es", folder=tmp_path) == "es"
        assert QCoreApplication.translate("MainWindow", "Dataset") == "Datos"
        assert ("es", "Español") in i18n.available_languages(folder=tmp_path)
        # an explicit English choice, or a language without a catalogue, shows the source texts
        assert i18n.install_translations(qapp, language="en", folder=tmp_path) == "en"
        assert QCoreApplication.translate("MainWindow", "Dataset") == "Dataset"
        assert i18n.install_translations(qapp, language="sw", folder=tmp_path) == "en"
    finally:
        i18n.remove_translations(qapp)
    assert QCoreApplication.translate("MainWindow", "Dataset") == "Dataset"


def test_the_saved_choice_and_the_system_language_pick_the_catalogue(qapp, tmp_path,
                                                                    monkeypatch) -> None:
    from mms_studio.gui import i18n

    subprocess.run([tools.find_tool("pyside6-lrelease"), "-silent", str(tools.ts_path("fr")),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    try:
        i18n.save_language("fr")
        assert i18n.saved_language() == "fr"
        assert i18n.install_translations(qapp, folder=tmp_path) == "fr"
        i18n.save_language("system")
        monkeypatch.setenv("MMS_STUDIO_LANGUAGE", "fr-CA")    # stands in for the system locale
        assert i18n.install_translations(qapp, folder=tmp_path) == "fr"
        monkeypatch.setenv("MMS_STUDIO_LANGUAGE", "id-ID")    # no catalogue here: English
        assert i18n.install_translations(qapp, folder=tmp_path) == "en"
    finally:
        i18n.remove_translations(qapp)


def test_portuguese_gets_qts_brazilian_buttons(qapp, qtbot, tmp_path) -> None:
    """Qt ships qtbase_pt_BR, not qtbase_pt: "pt" must still translate the standard buttons."""
    from PySide6.QtWidgets import QDialogButtonBox

    from mms_studio.gui import i18n

    (tmp_path / "mms_studio_pt.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pt_BR">'
        "<context><name>MainWindow</name><message><source>Dataset</source>"
        "<translation>Dados</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([tools.find_tool("pyside6-lrelease"), "-silent", str(tmp_path / "mms_studio_pt.ts"),
                    "-qm", str(tmp_path / "mms_studio_pt.qm")], check=True)
    try:
        assert i18n.install_translations(qapp, language="pt", folder=tmp_path) == "pt"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    finally:
        i18n.remove_translations(qapp)
