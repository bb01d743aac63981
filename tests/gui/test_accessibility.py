"""Accessibility: names and descriptions for screen readers, Tab order, no colour alone, font size.

The walks go over every widget a user can reach on each page (and the welcome
screen and its dialogs), so a control added later without a name fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QSlider,
               QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _custom_widgets(root: QWidget) -> list[QWidget]:
    from mms_studio.gui.plots.curves import TrainingCurves
    from mms_studio.gui.plots.waveform import WaveformView
    from mms_studio.gui.recording.meter import LevelMeter

    return [w for cls in (LevelMeter, WaveformView, TrainingCurves) for w in root.findChildren(cls)]


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a spin box's editor, a table's corner button)."""
    name = widget.objectName()
    return (name.startswith(("qt_", "_q_")) or isinstance(widget, QHeaderView)
            or type(widget).__name__ in ("QTableCornerButton",))


def _reachable(root: QWidget) -> list[QWidget]:
    """Interactive widgets in `root`'s own window (popups and menus are other windows)."""
    found = [w for cls in INTERACTIVE for w in root.findChildren(cls)] + _custom_widgets(root)
    seen: set[int] = set()
    result = []
    for widget in found:
        if id(widget) in seen or _is_qt_internal(widget) or widget.window() is not root.window():
            continue
        seen.add(id(widget))
        result.append(widget)
    return result


def _name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def _problems(root: QWidget, where: str) -> tuple[int, list[str]]:
    widgets = _reachable(root)
    problems = []
    for widget in widgets:
        what = f"{where}: {type(widget).__name__} {widget.objectName()!r} {_name(widget)!r}"
        if not _name(widget).strip():
            problems.append(f"{what} has no accessible name")
        if not widget.accessibleDescription().strip():
            problems.append(f"{what} has no accessible description")
    return len(widgets), problems


def test_every_control_on_every_page_has_a_name_and_a_description(main_window) -> None:
    nav = main_window.nav
    problems = [] if nav.accessibleName() and nav.accessibleDescription() else ["page list"]
    counts = {}
    for key in ("record", "dataset", "train", "transcribe", "settings"):
        page = main_window.go_to(key)
        counts[key], found = _problems(page, key)
        problems += found
    assert not problems, "\n".join(problems)
    # The walk must really see the controls (the pages have many; custom widgets included).
    assert counts["record"] >= 14 and counts["dataset"] >= 10 and counts["train"] >= 12
    assert counts["transcribe"] >= 10 and counts["settings"] >= 10
    transcribe = main_window.page("transcribe")
    assert transcribe.view.accessibleName() == "Transcript"
    assert main_window.page("record").meter.accessibleDescription()


def test_welcome_and_project_dialogs_name_every_control(qtbot, abui_project) -> None:
    from mms_studio.gui.base_model import BaseModelDialog
    from mms_studio.gui.welcome import NewProjectDialog, WelcomeWindow

    welcome = WelcomeWindow(controller=None)
    qtbot.addWidget(welcome)
    dialog = NewProjectDialog(welcome)
    base = BaseModelDialog(abui_project, welcome)
    problems: list[str] = []
    for root, where, at_least in ((welcome, "welcome", 3), (dialog, "new project", 6),
                                  (base, "base model", 3)):
        count, found = _problems(root, where)
        assert count >= at_least, where
        problems += found
    assert not problems, "\n".join(problems)
    # Enter accepts: each dialog has a default button.
    assert dialog.create_button.isDefault() and base.download_button.isDefault()


def _tab_walk(start: QWidget, steps: int) -> list[QWidget]:
    """Widgets that get the focus pressing Tab `steps` times from `start` (real key presses)."""
    from PySide6.QtTest import QTest

    start.setFocus(Qt.FocusReason.TabFocusReason)
    order = [QApplication.focusWidget()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    return order


def _assert_in_order(order: list[QWidget], expected: list[QWidget], where: str) -> None:
    """`expected` appear in `order` in that sequence (other widgets may sit in between)."""
    positions = []
    for widget in expected:
        assert widget in order, f"{where}: Tab never reaches {widget.accessibleName()!r}"
        positions.append(order.index(widget))
    names = [w.accessibleName() for w in expected]
    assert positions == sorted(positions), f"{where}: Tab order {names} is out of reading order"


def test_tab_follows_the_reading_order_on_every_page(main_window, qtbot, replay_device) -> None:
    main_window.activateWindow()

    record = main_window.go_to("record")
    order = _tab_walk(record.speaker, 16)
    _assert_in_order(order, [record.speaker, record.device, record.refresh_devices,
                             record.prompts_button, record.free_button, record.transcript,
                             record.record_button], "record")

    dataset = main_window.go_to("dataset")
    order = _tab_walk(dataset.import_button, 10)
    _assert_in_order(order, [dataset.import_button, dataset.search, dataset.status_filter,
                             dataset.show_deleted, dataset.report_button, dataset.delete_button,
                             dataset.table, dataset.play_button], "dataset")

    train = main_window.go_to("train")
    QApplication.processEvents()                # the plots, built on first show, appear
    train.advanced_toggle.setChecked(True)      # the folded settings are in the order too
    train.preset.setEnabled(True)
    order = _tab_walk(train.preset, 14)
    _assert_in_order(order, [train.preset, train.advanced_toggle, train.steps, train.eval_every,
                             train.learning_rate, train.batch_seconds, train.start_button,
                             train.curves.loss_plot, train.curves.rate_plot, train.log_view,
                             train.library], "train")

    transcribe = main_window.go_to("transcribe")
    order = _tab_walk(transcribe.open_button, 8)
    _assert_in_order(order, [transcribe.open_button, transcribe.record_button,
                             transcribe.adapter, transcribe.view, transcribe.segments], "transcribe")

    settings = main_window.go_to("settings")
    order = _tab_walk(settings.name, 14)
    _assert_in_order(order, [settings.name, settings.language, settings.base_model,
                             settings.base_model_button, settings.case_fold, settings.remove_chars, settings.keep_chars,
                             settings.multigraphs, settings.replacements, settings.sample],
                     "settings")


def test_a_page_shortcut_puts_the_keyboard_on_that_page(main_window, qtbot,
                                                        replay_device) -> None:
    from PySide6.QtTest import QTest

    main_window.activateWindow()
    main_window.go_to("dataset").table.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    record = main_window.page("record")
    assert main_window.current_key() == "record"
    assert QApplication.focusWidget() is record.transcript
    # Arrow keys in the page list move through the pages without leaving the list.
    main_window.nav.setFocus()
    QTest.keyClick(main_window.nav, Qt.Key.Key_Down)
    assert main_window.current_key() == "dataset" and main_window.nav.hasFocus()


# ---- nothing shown by colour alone ---------------------------------------------------------

def test_the_level_meter_says_too_loud_and_quiet_in_words(qtbot) -> None:
    from mms_studio.gui.recording.meter import LevelMeter

    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_peak(0.0)
    assert meter.bar.text() == "silence" and meter.clip_label.text() == "quiet"
    meter.set_peak(0.3)
    assert meter.bar.text() == "-10 dB" and meter.clip_label.text() == "level ok"
    meter.set_peak(1.0)
    assert meter.clipping and "Too loud" in meter.clip_label.text()
    meter.set_peak(0.3)      # the warning is held long enough to be read
    assert "Too loud" in meter.clip_label.text()


def test_training_curves_differ_by_line_style_and_marker_not_only_colour(qtbot) -> None:
    from mms_studio.gui.plots.curves import TrainingCurves

    curves = TrainingCurves()
    qtbot.addWidget(curves)
    for first, second in ((curves.train_loss, curves.dev_loss), (curves.wer, curves.cer)):
        a, b = first.opts, second.opts
        assert (a["pen"].style(), a["symbol"]) != (b["pen"].style(), b["symbol"])
    legend = [label.text for item in (curves.loss_plot, curves.rate_plot)
              for _sample, label in item.getPlotItem().legend.items]
    assert legend == ["training", "dev", "WER (words)", "CER (characters)"]


def test_training_state_is_in_words_and_button_states(main_window) -> None:
    train = main_window.go_to("train")
    assert train.status.text() == "Not running."
    assert train.start_button.isEnabled() and not train.cancel_button.isEnabled()
    assert train.progress.format() == "%p %" and train.progress.isTextVisible()


# ---- text scales with the system font ------------------------------------------------------

@pytest.fixture
def larger_font(qapp):
    original = QFont(qapp.font())
    yield original
    qapp.setFont(original)


def _size(font: QFont) -> float:
    return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())


def test_texts_and_the_page_list_grow_with_the_system_font(main_window, qtbot, larger_font,
                                                           replay_device) -> None:
    app = QApplication.instance()
    record = main_window.go_to("record")
    transcribe = main_window.page("transcribe")
    base = _size(larger_font)
    assert _size(record.prompt.font()) == pytest.approx(1.9 * base, rel=0.05)
    nav_before = main_window.nav.width()
    hints_before = {key: page.sizeHint() for key, page in main_window.pages.items()}

    bigger = QFont(larger_font)
    if larger_font.pointSizeF() > 0:
        bigger.setPointSizeF(2 * larger_font.pointSizeF())
    else:
        bigger.setPixelSize(2 * larger_font.pixelSize())
    app.setFont(bigger)
    qtbot.waitUntil(lambda: main_window.nav.width() > nav_before)

    assert _size(record.prompt.font()) == pytest.approx(1.9 * 2 * base, rel=0.05)
    assert _size(transcribe.view.font()) == pytest.approx(1.35 * 2 * base, rel=0.05)
    assert _size(record.take_status.font()) == pytest.approx(2 * base, rel=0.05)
    for key, page in main_window.pages.items():
        main_window.go_to(key)
        hint = page.sizeHint()
        assert hint.height() >= hints_before[key].height(), key
        assert hint.width() >= hints_before[key].width(), key
    grew = [key for key, page in main_window.pages.items()
            if page.sizeHint().height() > hints_before[key].height()]
    assert len(grew) >= 4, grew
    # Every page title still fits in the page list.
    metrics = main_window.nav.fontMetrics()
    for row in range(main_window.nav.count()):
        assert metrics.horizontalAdvance(main_window.nav.item(row).text()) \
            < main_window.nav.width() - main_window.nav.iconSize().width()


def test_the_welcome_title_is_sized_from_the_application_font(qtbot, larger_font) -> None:
    from mms_studio.gui.welcome import WelcomeWindow

    welcome = WelcomeWindow(controller=None)
    qtbot.addWidget(welcome)
    title = welcome.findChild(QLabel, "welcomeTitle")
    assert _size(title.font()) == pytest.approx(1.8 * _size(larger_font), rel=0.05)
    assert title.font().bold()


# ---- what the mouse does, the keyboard does too -------------------------------------------

def test_words_and_segments_play_from_the_keyboard(main_window, shared_data, replay_device,
                                                   qtbot) -> None:
    from PySide6.QtTest import QTest

    from mms_studio.core.transcript import Segment, Transcription, Word

    audio = shared_data / "abui" / "transcribed" / "abui_1.wav"
    page = main_window.go_to("transcribe")
    main_window.activateWindow()
    assert page.open_audio(audio)
    sure = Segment(0.2, 1.0, "amakaang di", (Word("amakaang", 0.2, 0.7, 0.9),
                                            Word("di", 0.75, 1.0, 0.95)), confidence=0.9)
    unsure = Segment(1.2, 1.9, "kaai", (Word("kaai", 1.2, 1.5, 0.3),), confidence=0.4)
    page.show_result(Transcription(segments=(sure, unsure), duration=3.687, language="abz",
                                   adapter="test", audio_path=str(audio)))
    # The keyboard lands on the least confident segment; Ctrl+Space plays it.
    assert QApplication.focusWidget() is page.segments and page.segments.currentRow() == 0
    QTest.keyClick(page.segments, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert replay_device.played[-1][0] == int(1.9 * 16000) - int(1.2 * 16000)
    # In the transcript, Tab goes from word to word and Enter plays the word.
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.view, Qt.Key.Key_Tab)           # the first word, "amakaang"
    assert page.view.textCursor().selectedText() == "amakaang"
    QTest.keyClick(page.view, Qt.Key.Key_Tab)           # "di"
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert replay_device.played[-1][0] == int(1.0 * 16000) - int(0.75 * 16000)


def test_clip_status_changes_from_the_keyboard(main_window, qtbot) -> None:
    """The clip actions (status, split) sit behind a button: Tab to it, Space, arrows, Enter."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu

    dataset = main_window.go_to("dataset")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dataset.table)
    QTest.keyClick(dataset.table, Qt.Key.Key_End)
    QTest.keyClick(dataset.table, Qt.Key.Key_Home)   # moves to the first row and selects it
    clip_id = dataset.selected_clip_ids()[0]         # (Space plays it, as in ELAN)
    assert main_window.project.clip(clip_id).status != "excluded"
    for _ in range(3):                                       # back to the button
        if QApplication.focusWidget() is dataset.clip_button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dataset.clip_button
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        seen.extend(action.text() for action in menu.actions())
        for _ in range(len(seen)):
            if menu.activeAction() and menu.activeAction().text() == "Exclude from training":
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    QTest.keyClick(dataset.clip_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Exclude from training" in seen and "Move to the dev set" in seen
    qtbot.waitUntil(lambda: main_window.project.clip(clip_id).status == "excluded")


def test_the_base_model_can_be_chosen_again_from_the_language_page(main_window, qtbot,
                                                                   tiny_model_dir) -> None:
    """After "Later" the dialog is one key away: Alt+B on the Language page."""
    from PySide6.QtTest import QTest

    settings = main_window.go_to("settings")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: main_window.base_model_dialog is not None
                    and main_window.base_model_dialog.isVisible())
    dialog = main_window.base_model_dialog
    assert dialog.choose_folder(tiny_model_dir)
    assert settings.base_model.text() == str(tiny_model_dir.resolve())


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_alt_letters_are_unique_on_each_page_and_free_of_the_menu_bar(main_window) -> None:
    """Alt+letter reaches one control per page, and never shadows a menu (Alt+F, Alt+E…)."""
    from PySide6.QtWidgets import QAbstractButton

    menus = {_mnemonic(action.text()) for action in main_window.menuBar().actions()}
    assert menus == {"f", "e", "g", "v", "h"}
    problems = []
    for key, page in main_window.pages.items():
        seen: dict[str, list[str]] = {}
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
            if letter := _mnemonic(widget.text()):
                seen.setdefault(letter, []).append(widget.text())
        problems += [f"{key}: Alt+{letter.upper()} is {texts}" for letter, texts in seen.items()
                     if len(texts) > 1 or letter in menus]
    assert not problems, "\n".join(problems)
