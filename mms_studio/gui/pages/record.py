"""Record page: prompts (or free speech), a level meter, and keyboard-driven takes.

Flow per prompt: Ctrl+R records, Ctrl+R again stops (0.5 s more is kept),
the take is checked (too short, too long, too quiet, clipping — each with a
reason), Ctrl+Space plays it back, Ctrl+Shift+R records again, Ctrl+Enter
accepts it into the dataset and moves to the next prompt. Takes stream to
`<project>/recordings/` as they are spoken, so a crash loses at most a
fraction of a second; takes a crash interrupted are offered back on the next
start.

The module is longer than most because the page is one keyboard-driven state
machine (idle → recording → finishing → a take to review → accepted), and its
transitions are easier to check when they sit side by side. The takes
themselves (microphone, writer thread, checks, keeping) are
`core.recording.controller.TakeController`, shared with the Transcribe page;
this page polls it from a timer and never waits on it.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.audio.devices import AudioDeviceError, Player
from mms_studio.core.errors import MMSStudioError
from mms_studio.core.recording.controller import (
    Take,
    TakeController,
    TakeError,
    keep_take,
    load_take,
)
from mms_studio.core.recording.prompts import read_prompts
from mms_studio.core.recording.takes import recovered_to_review, session_dir
from mms_studio.gui.a11y import chain_focus, describe, keep_keyboard, relative_font
from mms_studio.gui.core_messages import translate_error, translate_status
from mms_studio.gui.icons import icon
from mms_studio.gui.pages.base import Page, Shortcut
from mms_studio.gui.recording.meter import LevelMeter
from mms_studio.gui.shell import messages
from mms_studio.gui.shell.settings import app_settings
from mms_studio.gui.sound_notice import PLAY, RECORD, SoundNotice

log = logging.getLogger(__name__)

KEYS = {"record": "Ctrl+R", "play": "Ctrl+Space", "rerecord": "Ctrl+Shift+R",
        "accept": "Ctrl+Return", "next": "Ctrl+Right", "previous": "Ctrl+Left"}


class RecordPage(Page):
    title = "Record"
    icon_name = "microphone"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Record")
        self.takes = TakeController()
        self.finished: Take | None = None   # the take to review (play, accept, record again)
        self.prompts: list[str] = []
        self.prompt_index = 0
        self.recovered: list[Path] = []
        self._player: Player | None = None
        self._devices: list[Any] = []
        self._opening = False            # open_input() is running: its own looks change nothing
        self.sound = SoundNotice(RECORD, PLAY)
        self.sound.changed.connect(self._sound_changed)

        # -- session --
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("who is speaking (name or code)"))
        describe(self.speaker, self.tr("Speaker"), self.speaker.placeholderText())
        self.device = QComboBox()
        describe(self.device, self.tr("Microphone"),
                 self.tr("The microphone the takes are recorded from"))
        self.device.activated.connect(self._device_chosen)
        self.prompts_button = QPushButton(self.tr("&Open prompts…"))
        self.prompts_button.setToolTip(self.tr("A text file with one sentence per line"))
        describe(self.prompts_button, self.tr("Open prompts"), self.prompts_button.toolTip())
        self.prompts_button.clicked.connect(lambda: self.load_prompts())
        self.free_button = QPushButton(self.tr("Free &recording"))
        self.free_button.setToolTip(self.tr("Record without prompts and type what was said"))
        describe(self.free_button, self.tr("Free recording"), self.free_button.toolTip())
        self.free_button.clicked.connect(self.free_mode)
        prompt_buttons = QHBoxLayout()
        prompt_buttons.addWidget(self.prompts_button)
        prompt_buttons.addWidget(self.free_button)
        prompt_buttons.addStretch(1)
        session = QGroupBox(self.tr("Session"))
        form = QFormLayout(session)
        form.addRow(self.tr("&Speaker:"), self.speaker)
        self.refresh_devices = QToolButton()
        self.refresh_devices.setIcon(icon("refresh"))
        self.refresh_devices.setToolTip(self.tr("Look for microphones again (after plugging "
                                                "one in)"))
        describe(self.refresh_devices, self.tr("Look for microphones again"),
                 self.refresh_devices.toolTip())
        self.refresh_devices.clicked.connect(self.reopen_input)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device, 1)
        device_row.addWidget(self.refresh_devices)
        device_label = QLabel(self.tr("&Microphone:"))
        device_label.setBuddy(self.device)
        form.addRow(device_label, device_row)
        form.addRow(self.tr("Prompts:"), prompt_buttons)

        # -- prompt --
        self.position = QLabel()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setObjectName("prompt")
        relative_font(self.prompt, 1.9)
        self.prompt.setMinimumHeight(self.prompt.fontMetrics().height() * 3)
        self.transcript = QLineEdit()
        self.transcript.setPlaceholderText(self.tr("what is said in the take"))
        describe(self.transcript, self.tr("Transcript of the take"), self.tr(
            "What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take."))

        self.meter = LevelMeter()

        # -- buttons (icon + text, keys in tooltips) --
        def button(name: str, text: str, key: str, slot: Any) -> QPushButton:
            b = QPushButton(icon(name), text)
            b.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
            b.clicked.connect(slot)
            b.setMinimumHeight(b.sizeHint().height() + b.fontMetrics().height() // 2)
            return b

        self.record_button = button("record", self.tr("Record"), KEYS["record"], self.toggle_record)
        self.play_button = button("play", self.tr("Play take"), KEYS["play"], self.play_take)
        self.rerecord_button = button("rerecord", self.tr("Record again"), KEYS["rerecord"],
                                      self.rerecord)
        self.accept_button = button("accept", self.tr("Accept and next"), KEYS["accept"],
                                    self.accept_take)
        self.previous_button = button("next", self.tr("Previous"), KEYS["previous"],
                                      self.previous_prompt)
        self.previous_button.setIcon(icon("undo"))
        self.skip_button = button("next", self.tr("Skip"), KEYS["next"], self.next_prompt)
        for b, description in (
                (self.record_button, self.tr("Start recording a take; press again to stop")),
                (self.play_button, self.tr("Listen to the take; press again to stop")),
                (self.rerecord_button, self.tr("Throw this take away and record the sentence "
                                               "again")),
                (self.accept_button, self.tr("Add the take and its transcript to the dataset, "
                                             "then show the next sentence")),
                (self.previous_button, self.tr("Go back to the previous sentence")),
                (self.skip_button, self.tr("Go to the next sentence without recording"))):
            describe(b, b.text(), f"{description} ({b.toolTip().rsplit('(', 1)[-1]}")
        row = QHBoxLayout()
        for b in (self.previous_button, self.record_button, self.play_button,
                  self.rerecord_button, self.accept_button, self.skip_button):
            row.addWidget(b)
        self.take_status = QLabel(self.tr("Press Record (Ctrl+R) and read the sentence."))
        self.take_status.setObjectName("takeStatus")
        self.take_status.setWordWrap(True)
        self.recovered_label = QLabel()
        self.recovered_label.setWordWrap(True)
        self.recovered_button = QPushButton(self.tr("Review re&covered take"))
        describe(self.recovered_button, self.tr("Review recovered take"), self.tr(
            "Load the next take a crash interrupted, to play, transcribe and accept it"))
        self.recovered_button.clicked.connect(self.review_recovered)
        recovered_row = QHBoxLayout()
        recovered_row.addWidget(self.recovered_label, 1)
        recovered_row.addWidget(self.recovered_button)

        for widget, need in ((self.record_button, RECORD), (self.rerecord_button, RECORD),
                             (self.device, RECORD), (self.play_button, PLAY)):
            self.sound.guard(widget, need)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sound)
        layout.addWidget(session)
        layout.addLayout(recovered_row)
        layout.addWidget(self.position)
        layout.addWidget(self.prompt, 1)
        transcript_form = QFormLayout()
        transcript_form.addRow(self.tr("&Transcript:"), self.transcript)
        layout.addLayout(transcript_form)
        layout.addWidget(self.meter)
        layout.addLayout(row)
        layout.addWidget(self.take_status)
        chain_focus(self.speaker, self.device, self.refresh_devices, self.prompts_button,
                    self.free_button, self.recovered_button, self.transcript,
                    self.previous_button, self.record_button, self.play_button,
                    self.rerecord_button, self.accept_button, self.skip_button)

        for name, slot in (("record", self.toggle_record), ("play", self.play_take),
                           ("rerecord", self.rerecord), ("accept", self.accept_take),
                           ("next", self.next_prompt), ("previous", self.previous_prompt)):
            shortcut = QShortcut(QKeySequence(KEYS[name]), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter.activated.connect(self.accept_take)

        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self._restore_session()
        self._find_recovered()
        self._update_buttons()

    # ---- page API ------------------------------------------------------------------------
    def shortcuts(self) -> list[Shortcut]:
        native = QKeySequence.SequenceFormat.NativeText
        words = {"record": self.tr("start or stop recording"),
                 "play": self.tr("play or stop the take"),
                 "rerecord": self.tr("record the sentence again"),
                 "accept": self.tr("accept the take and go to the next sentence"),
                 "next": self.tr("skip to the next sentence"),
                 "previous": self.tr("go back to the previous sentence")}
        return [Shortcut(QKeySequence(KEYS[k]).toString(native), words[k]) for k in KEYS]

    def busy(self) -> str:
        return self.tr("recording a take") if self.takes.recording else ""

    def shown(self) -> None:
        if self.capture is None:
            self.open_input()

    def focus_widget(self) -> QWidget | None:
        return self.transcript

    def hidden(self) -> None:
        """Leaving the page releases the microphone (unless a take is still being recorded)."""
        if not self.takes.recording and self.capture is not None:
            self.timer.stop()
            self.takes.close_input()
            self.meter.set_peak(0.0)

    def shutdown(self) -> None:
        self.timer.stop()
        self.takes.shutdown()
        if self._player is not None:
            self._player.stop()
        self._save_session()

    # ---- what tests and the window read ----------------------------------------------------
    @property
    def capture(self) -> Any:
        """The open input stream (None while the microphone is released)."""
        return self.takes.capture

    @property
    def take(self) -> Any:
        """The take being recorded (a `TakeRecorder`: `.seconds`, `.tail`), or None."""
        return self.takes.recorder

    @property
    def take_path(self) -> Path | None:
        return self.finished.path if self.finished is not None else None

    @property
    def take_samples(self) -> Any:
        return self.finished.samples if self.finished is not None else None

    @property
    def take_rate(self) -> int:
        return self.finished.samplerate if self.finished is not None else 16000

    @property
    def problems(self) -> tuple[Any, ...]:
        return self.finished.problems if self.finished is not None else ()

    # ---- devices -------------------------------------------------------------------------
    def open_input(self, *, rescan: bool = False) -> bool:
        """List the microphones and open the default one; say what is missing if it fails.

        `rescan`: ask the sound system for its devices again first (one was plugged in).
        """
        self._opening = True
        try:
            return self._open_input(rescan=rescan)
        finally:
            self._opening = False

    def _open_input(self, *, rescan: bool) -> bool:
        check = self.sound.watch.refresh(rescan=rescan)
        self.device.clear()
        self._devices = list(check.inputs)
        for device in self._devices:
            self.device.addItem(device.label(), device.index)
        if not check.can_record:
            self.device.setPlaceholderText(self.tr("no microphone found"))
            return False
        try:
            self.takes.open_input(self._devices[0])
        except AudioDeviceError as exc:
            self.sound.report(exc)
            self.take_status.setText("⚠ " + translate_error(exc))
            self._update_buttons()
            return False
        self.timer.start()
        self._update_buttons()
        return True

    def reopen_input(self) -> bool:
        """List the devices again (one was plugged in) and reopen the default."""
        if self.takes.recording:
            return False
        self.takes.close_input()
        return self.open_input(rescan=True)

    def _sound_changed(self, check: Any) -> None:
        """Another page (or this one) looked at the devices: follow what it found."""
        if check.can_record and self.capture is None and self.isVisible() \
                and not self.takes.recording and not self._opening:
            QTimer.singleShot(0, self.open_input)
        if not check.can_record:
            self.meter.set_unavailable(self.tr("no microphone"))
            if not self.takes.recording:
                self.take_status.setText(self.tr("Recording is not possible now: see the "
                                                 "message at the top of the page."))
        else:
            self.meter.set_peak(0.0)
            if not self.takes.recording and self.finished is None:
                self.take_status.setText(self.tr("Press Record (Ctrl+R) and read the sentence."))
        self._update_buttons()

    def _device_chosen(self, row: int) -> None:
        self.switch_device(row)

    def switch_device(self, row: int) -> bool:
        """Use the device in `row`; if it fails the old one stays selected and in use."""
        if self.capture is None or not (0 <= row < len(self._devices)):
            return False
        try:
            self.takes.open_input(self._devices[row])
        except AudioDeviceError as exc:
            current = self._devices.index(self.capture.device) if self.capture.device else 0
            self.device.setCurrentIndex(current)
            messages.tell(self, self.tr("Microphone not changed"), translate_error(exc))
            return False
        self.device.setCurrentIndex(row)
        return True

    # ---- prompts -------------------------------------------------------------------------
    def load_prompts(self, path: str | Path | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open prompts"), "",
                                                  self.tr("Text files (*.txt);;All files (*)"))
            if not path:
                return False
        try:
            self.prompts = read_prompts(path)
        except MMSStudioError as exc:
            messages.tell(self, self.tr("Cannot use these prompts"), str(exc))
            return False
        self.prompts_file = str(path)
        self.prompt_index = 0
        self._show_prompt()
        self._save_session()
        return True

    def free_mode(self) -> None:
        self.prompts = []
        self.prompts_file = ""
        self.prompt_index = 0
        self._show_prompt()

    def _show_prompt(self) -> None:
        if self.prompts:
            self.prompt_index = max(0, min(self.prompt_index, len(self.prompts)))
            if self.prompt_index >= len(self.prompts):
                self.position.setText(self.tr("All {n} sentences are done.").format(
                    n=len(self.prompts)))
                self.prompt.setText(self.tr("✓ Finished! Open another prompts file or record "
                                            "freely."))
                self.transcript.clear()
            else:
                text = self.prompts[self.prompt_index]
                self.position.setText(self.tr("Sentence {i} of {n}").format(
                    i=self.prompt_index + 1, n=len(self.prompts)))
                self.prompt.setText(text)
                self.transcript.setText(text)
        else:
            self.position.setText(self.tr("Free recording"))
            self.prompt.setText(self.tr("Say anything, then type what you said below."))
            self.transcript.clear()
        self._discard_take_state()
        self._update_buttons()

    def next_prompt(self) -> None:
        if not self.takes.recording and self.prompts and self.prompt_index < len(self.prompts):
            self.prompt_index += 1
            self._show_prompt()
            self._save_session()

    def previous_prompt(self) -> None:
        if not self.takes.recording and self.prompts and self.prompt_index > 0:
            self.prompt_index -= 1
            self._show_prompt()
            self._save_session()

    # ---- takes ---------------------------------------------------------------------------
    def toggle_record(self) -> None:
        if not self.takes.recording:
            self.start_take()
        else:
            self.stop_take()

    def start_take(self) -> bool:
        """Start a take in today's session folder; False (and the reason shown) if it cannot."""
        if self.capture is None and not self.open_input():
            self.take_status.setText(self.tr("Recording is not possible now: see the message "
                                             "at the top of the page."))
            return False
        if self._player is not None:
            self._player.stop()
        folder = session_dir(self.project.root, self.speaker.text() or "speaker")
        self.finished = None
        try:
            self.takes.start(folder)
        except AudioDeviceError as exc:
            self.sound.report(exc)
            self.take_status.setText("⚠ " + translate_error(exc))
            return False
        except MMSStudioError as exc:
            self.take_status.setText("⚠ " + translate_error(exc))
            return False
        self.record_button.setText(self.tr("Stop"))
        self.record_button.setIcon(icon("stop"))
        self.record_button.setAccessibleName(self.record_button.text())
        self.take_status.setText(self.tr("● Recording… press Stop (Ctrl+R) when done."))
        self._update_buttons()
        return True

    def stop_take(self) -> None:
        if self.takes.recording:
            self.takes.stop()
            self.take_status.setText(self.tr("Finishing the take…"))

    def _tick(self) -> None:
        peak = self.takes.latest_peak()
        if peak is not None:
            self.meter.set_peak(peak)
        if self.takes.recording:
            try:
                take = self.takes.poll()
            except MMSStudioError as exc:
                self._take_failed(exc)
                return
            if take is not None:
                self._take_finished(take)
            elif not self.takes.stopping:
                self.take_status.setText(self.tr("● Recording… {s:.1f} s — press Stop (Ctrl+R) "
                                                 "when done.").format(s=self.takes.seconds))

    def wait_for_take(self, timeout: float = 10.0) -> bool:
        """Finish the current take now (tests, scripts): wait for the writer and check it."""
        if not self.takes.recording:
            return True
        try:
            take = self.takes.wait(timeout)
        except MMSStudioError as exc:
            self._take_failed(exc)
            return True
        if take is None:
            return False
        self._take_finished(take)
        return True

    def _record_button_idle(self) -> None:
        self.record_button.setText(self.tr("Record"))
        self.record_button.setIcon(icon("record"))
        self.record_button.setAccessibleName(self.record_button.text())

    def _take_failed(self, exc: MMSStudioError) -> None:
        self._record_button_idle()
        self.take_status.setText("⚠ " + translate_error(exc))
        self._update_buttons()

    def _take_finished(self, take: Take) -> None:
        self._record_button_idle()
        self.finished = take
        if take.problems:
            self.take_status.setText("⚠ " + " ".join(translate_status(p.reason)
                                                     for p in take.problems))
        else:
            self.take_status.setText(self.tr("✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, "
                                             "or record again.").format(s=take.seconds))
        self._update_buttons()

    def play_take(self) -> None:
        if self.finished is None:
            return
        if self._player is None:
            self._player = Player()
        if self._player.playing:
            self._player.stop()
            return
        try:
            self._player.play(self.finished.samples, self.finished.samplerate)
        except AudioDeviceError as exc:
            self.sound.report(exc)
            self._update_buttons()

    def rerecord(self) -> None:
        """Record the sentence again; a take being recorded is ended and kept on disk only."""
        self.takes.abort()
        self.start_take()

    def accept_take(self) -> Any:
        """Add the take to the dataset with the transcript; move to the next prompt.

        One core call (`keep_take`) on the GUI thread, not a worker: a take is at
        most about 30 s and becomes a clip in milliseconds, and the next prompt
        must not show before the clip exists (Ctrl+Enter pressed twice adds once).
        """
        if self.finished is None or self.takes.recording:
            return None
        try:
            clip = keep_take(self.project, self.finished, transcript=self.transcript.text(),
                             speaker=self.speaker.text())
        except TakeError as exc:
            messages.tell(self, self.tr("Type what was said"), translate_error(exc))
            self.transcript.setFocus()
            return None
        except MMSStudioError as exc:
            messages.tell(self, self.tr("The take was not added"), translate_error(exc))
            return None
        self.window_.dataset_changed.emit()
        self.window_.statusBar().showMessage(self.tr("Added “{text}” to the dataset.").format(
            text=clip.transcript if len(clip.transcript) <= 40 else clip.transcript[:39] + "…"),
            4000)
        if self.finished.recovered:
            self._find_recovered()
        self._discard_take_state()
        if self.prompts:
            self.prompt_index += 1
            self._show_prompt()
            self._save_session()
        else:
            self.transcript.clear()
        self.take_status.setText(self.tr("✓ Added. Press Record (Ctrl+R) for the next one."))
        return clip

    def _discard_take_state(self) -> None:
        self.finished = None

    # ---- crash recovery ------------------------------------------------------------------
    def _find_recovered(self) -> None:
        self.recovered = recovered_to_review(self.project)
        self.recovered_label.setText(self.tr(
            "⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were "
            "kept.").format(n=len(self.recovered)))
        self.recovered_label.setVisible(bool(self.recovered))
        self.recovered_button.setVisible(bool(self.recovered))

    def review_recovered(self) -> None:
        if not self.recovered or self.takes.recording:
            return
        path = self.recovered.pop(0)
        try:
            self.finished = load_take(path)
        except MMSStudioError as exc:
            self.take_status.setText("⚠ " + translate_error(exc))
            return
        self.transcript.clear()
        self.take_status.setText(self.tr("Recovered take {name} ({s:.1f} s): play it, type what "
                                         "is said and accept it.").format(
            name=path.name, s=self.finished.seconds))
        self._update_buttons()

    # ---- state ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        recording = self.takes.recording
        had_keyboard = QApplication.focusWidget()
        have_take = self.finished is not None and not recording
        can_record = self.sound.allows(RECORD)
        self.record_button.setEnabled(can_record or recording)
        self.play_button.setEnabled(have_take and self.sound.allows(PLAY))
        self.accept_button.setEnabled(have_take)
        self.rerecord_button.setEnabled((have_take or recording) and can_record)
        self.skip_button.setEnabled(not recording and bool(self.prompts))
        self.previous_button.setEnabled(not recording and bool(self.prompts))
        self.device.setEnabled(not recording and can_record)
        self.speaker.setEnabled(not recording)
        keep_keyboard(had_keyboard, self.record_button)

    def _key(self, name: str) -> str:
        digest = hashlib.sha1(str(self.project.root).encode("utf-8")).hexdigest()[:12]
        return f"record/{digest}/{name}"

    def _save_session(self) -> None:
        settings = app_settings()
        settings.setValue(self._key("speaker"), self.speaker.text())
        settings.setValue(self._key("prompts"), getattr(self, "prompts_file", ""))
        settings.setValue(self._key("index"), self.prompt_index)
        settings.sync()

    def _restore_session(self) -> None:
        settings = app_settings()
        self.speaker.setText(str(settings.value(self._key("speaker"), "")))
        prompts = str(settings.value(self._key("prompts"), ""))
        self.prompts_file = ""
        if prompts and Path(prompts).is_file():
            try:
                self.prompts = read_prompts(prompts)
                self.prompts_file = prompts
                self.prompt_index = int(settings.value(self._key("index"), 0) or 0)
            except MMSStudioError:
                self.prompts = []
        self._show_prompt()
