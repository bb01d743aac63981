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
transitions are easier to check when they sit side by side.
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

from mms_studio.core.errors import MMSStudioError
from mms_studio.gui.a11y import chain_focus, describe, keep_keyboard, relative_font
from mms_studio.gui.icons import icon
from mms_studio.gui.pages.base import Page, Shortcut
from mms_studio.gui.recording.meter import LevelMeter
from mms_studio.gui.recording.prompts import read_prompts
from mms_studio.gui.shell import messages
from mms_studio.gui.shell.settings import app_settings

log = logging.getLogger(__name__)

KEYS = {"record": "Ctrl+R", "play": "Ctrl+Space", "rerecord": "Ctrl+Shift+R",
        "accept": "Ctrl+Return", "next": "Ctrl+Right", "previous": "Ctrl+Left"}


class RecordPage(Page):
    title = "Record"
    icon_name = "microphone"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Record")
        self.capture: Any = None
        self.take: Any = None            # TakeRecorder while recording
        self.take_path: Path | None = None
        self.take_samples: Any = None
        self.problems: list[Any] = []
        self.prompts: list[str] = []
        self.prompt_index = 0
        self.recovered: list[Path] = []
        self._player: Any = None
        self._devices: list[Any] = []

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

        layout = QVBoxLayout(self)
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
        return self.tr("recording a take") if self.take is not None else ""

    def shown(self) -> None:
        if self.capture is None:
            self.open_input()

    def focus_widget(self) -> QWidget | None:
        return self.transcript

    def hidden(self) -> None:
        """Leaving the page releases the microphone (unless a take is still being recorded)."""
        if self.take is None and self.capture is not None:
            self.timer.stop()
            self.capture.close()
            self.capture = None
            self.meter.set_peak(0.0)

    def shutdown(self) -> None:
        self.timer.stop()
        if self.take is not None:
            self.take.abort()
            self.take.wait(5)
            self.take = None
        if self.capture is not None:
            self.capture.close()
            self.capture = None
        if self._player is not None:
            self._player.stop()
        self._save_session()

    # ---- devices -------------------------------------------------------------------------
    def open_input(self) -> bool:
        from mms_studio.gui import audio_io

        try:
            self._devices = audio_io.input_devices()
        except audio_io.AudioDeviceError as exc:
            self.take_status.setText("⚠ " + str(exc))
            return False
        self.device.clear()
        for device in self._devices:
            self.device.addItem(device.label(), device.index)
        if not self._devices:
            self.take_status.setText(self.tr("⚠ No microphone found. Plug one in and come back "
                                             "to this page."))
            return False
        self.capture = audio_io.Capture()
        try:
            self.capture.open(self._devices[0])
        except audio_io.AudioDeviceError as exc:
            self.take_status.setText("⚠ " + str(exc))
            self.capture = None
            return False
        self.timer.start()
        self._update_buttons()
        return True

    def reopen_input(self) -> bool:
        """List the devices again (one was plugged in) and reopen the default."""
        if self.take is not None:
            return False
        if self.capture is not None:
            self.capture.close()
            self.capture = None
        return self.open_input()

    def _device_chosen(self, row: int) -> None:
        self.switch_device(row)

    def switch_device(self, row: int) -> bool:
        """Use the device in `row`; if it fails the old one stays selected and in use."""
        from mms_studio.gui import audio_io

        if self.capture is None or not (0 <= row < len(self._devices)):
            return False
        try:
            self.capture.open(self._devices[row])
        except audio_io.AudioDeviceError as exc:
            current = self._devices.index(self.capture.device) if self.capture.device else 0
            self.device.setCurrentIndex(current)
            messages.tell(self, self.tr("Microphone not changed"), str(exc))
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
        if self.take is None and self.prompts and self.prompt_index < len(self.prompts):
            self.prompt_index += 1
            self._show_prompt()
            self._save_session()

    def previous_prompt(self) -> None:
        if self.take is None and self.prompts and self.prompt_index > 0:
            self.prompt_index -= 1
            self._show_prompt()
            self._save_session()

    # ---- takes ---------------------------------------------------------------------------
    def toggle_record(self) -> None:
        if self.take is None:
            self.start_take()
        else:
            self.stop_take()

    def start_take(self) -> bool:
        from mms_studio.gui.audio_io import TakeRecorder
        from mms_studio.gui.recording.takes import new_take_path, session_dir

        if self.capture is None and not self.open_input():
            return False
        if self._player is not None:
            self._player.stop()
        folder = session_dir(self.project.root, self.speaker.text() or "speaker")
        self._discard_take_state()
        self.take = TakeRecorder(self.capture, new_take_path(folder))
        self.record_button.setText(self.tr("Stop"))
        self.record_button.setIcon(icon("stop"))
        self.record_button.setAccessibleName(self.record_button.text())
        self.take_status.setText(self.tr("● Recording… press Stop (Ctrl+R) when done."))
        self._update_buttons()
        return True

    def stop_take(self) -> None:
        if self.take is not None:
            self.take.stop()
            self.take_status.setText(self.tr("Finishing the take…"))

    def _tick(self) -> None:
        if self.capture is not None:
            peak = self.capture.latest_peak()
            if peak is not None:
                self.meter.set_peak(peak)
        if self.take is not None:
            if self.take.done.is_set():
                self._take_finished()
            elif not self.take.stopping:
                self.take_status.setText(self.tr("● Recording… {s:.1f} s — press Stop (Ctrl+R) "
                                                 "when done.").format(s=self.take.seconds))

    def wait_for_take(self, timeout: float = 10.0) -> bool:
        """Finish the current take now (tests, closing): wait for the writer and check it."""
        if self.take is None:
            return True
        ok = self.take.wait(timeout)
        if ok:
            self._take_finished()
        return ok

    def _take_finished(self) -> None:
        import soundfile as sf

        from mms_studio.gui.audio_io import TAIL_SECONDS
        from mms_studio.gui.recording.checks import check_take
        from mms_studio.gui.recording.takes import finished_path

        take, self.take = self.take, None
        self.record_button.setText(self.tr("Record"))
        self.record_button.setIcon(icon("record"))
        self.record_button.setAccessibleName(self.record_button.text())
        if take.error is not None:
            self.take_status.setText(self.tr("⚠ The take could not be saved: {error}").format(
                error=str(take.error)))
            self._update_buttons()
            return
        path = finished_path(take.path)
        take.path.replace(path)
        self.take_path = path
        self.take_samples, rate = sf.read(str(path), dtype="float32")
        self.take_rate = rate
        self.problems = check_take(self.take_samples, rate, tail_seconds=TAIL_SECONDS)
        seconds = len(self.take_samples) / rate
        if self.problems:
            self.take_status.setText("⚠ " + " ".join(p.reason for p in self.problems))
        else:
            self.take_status.setText(self.tr("✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, "
                                             "or record again.").format(s=seconds))
        self._update_buttons()

    def play_take(self) -> None:
        if self.take_samples is None:
            return
        from mms_studio.gui.audio_io import AudioDeviceError, Player

        if self._player is None:
            self._player = Player()
        if self._player.playing:
            self._player.stop()
            return
        try:
            self._player.play(self.take_samples, self.take_rate)
        except AudioDeviceError as exc:
            messages.tell(self, self.tr("Cannot play the take"), str(exc))

    def rerecord(self) -> None:
        if self.take is not None:
            self.take.abort()
            self.take.wait(5)
            self.take = None
        self.start_take()

    def accept_take(self) -> Any:
        """Add the take to the dataset with the transcript; move to the next prompt."""
        if self.take_path is None or self.take is not None:
            return None
        text = self.transcript.text().strip()
        if not text:
            messages.tell(self, self.tr("Type what was said"),
                          self.tr("Type what is said in the take before accepting it."))
            self.transcript.setFocus()
            return None
        try:
            clip = self.project.add_clip_from_file(
                self.take_path, transcript=text, speaker=self.speaker.text().strip() or None,
                source=f"recorded {self.take_path.parent.name}/{self.take_path.name}")
            if self.problems:
                clip = self.project.update_clip(clip.id, status="needs_review")
        except MMSStudioError as exc:
            messages.tell(self, self.tr("The take was not added"), str(exc))
            return None
        self.window_.dataset_changed.emit()
        self.window_.statusBar().showMessage(self.tr("Added clip {id}.").format(id=clip.id), 4000)
        if self.take_path.name.endswith(".recovered.wav"):
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
        self.take_path, self.take_samples, self.problems = None, None, []

    # ---- crash recovery ------------------------------------------------------------------
    def _find_recovered(self) -> None:
        from mms_studio.gui.recording.takes import RECORDINGS_DIR, RECOVERED, recover_takes

        recover_takes(self.project.root)
        accepted = {c.source.rsplit("/", 1)[-1] for c in self.project.clips(include_deleted=True)}
        root = self.project.root / RECORDINGS_DIR
        self.recovered = sorted(p for p in root.rglob(f"*{RECOVERED}") if p.name not in accepted) \
            if root.is_dir() else []
        self.recovered_label.setText(self.tr(
            "⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were "
            "kept.").format(n=len(self.recovered)))
        self.recovered_label.setVisible(bool(self.recovered))
        self.recovered_button.setVisible(bool(self.recovered))

    def review_recovered(self) -> None:
        import soundfile as sf

        if not self.recovered or self.take is not None:
            return
        path = self.recovered.pop(0)
        self.take_path = path
        self.take_samples, self.take_rate = sf.read(str(path), dtype="float32")
        self.problems = []
        self.transcript.clear()
        self.take_status.setText(self.tr("Recovered take {name} ({s:.1f} s): play it, type what "
                                         "is said and accept it.").format(
            name=path.name, s=len(self.take_samples) / self.take_rate))
        self._update_buttons()

    # ---- state ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        recording = self.take is not None
        had_keyboard = QApplication.focusWidget()
        have_take = self.take_path is not None and not recording
        self.record_button.setEnabled(self.capture is not None or not self._devices)
        self.play_button.setEnabled(have_take)
        self.accept_button.setEnabled(have_take)
        self.rerecord_button.setEnabled(have_take or recording)
        self.skip_button.setEnabled(not recording and bool(self.prompts))
        self.previous_button.setEnabled(not recording and bool(self.prompts))
        self.device.setEnabled(not recording)
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
