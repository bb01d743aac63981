"""Train page: pick a preset that suits this computer, start, watch, cancel, resume.

Each button calls one function of `core.workflows.training` through a worker
(Start: `train_adapter`, Resume: `resume_training`), the same functions as
`mms-studio train`. Advanced settings stay folded away and show the preset's
own values. Metric rows from the trainer (typed partial results) arrive through
the worker's queued signals into the live curves and the log, so the window
never freezes; a resumed run sends its earlier rows first, so its whole history
shows. A finished adapter appears in the library table with its dev WER/CER
beside the base model's own output (its adapter on MMS; zero-shot on Omnilingual).
The module is longer than most because one page holds one run's whole life (preset,
advanced settings, start/resume/cancel, curves, log, library), as one state machine.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mms_studio.core.engine.run_log import EVAL_STATUS, DroppedClips, EvalRow, TrainStep
from mms_studio.core.engine.train_config import TrainConfig
from mms_studio.core.errors import Cancelled, MMSStudioError
from mms_studio.core.tasks import format_eta
from mms_studio.core.workflows import library, presets, training
from mms_studio.gui import workers
from mms_studio.gui.a11y import chain_focus, describe, keep_keyboard
from mms_studio.gui.adapter_table import AdapterTable, percent
from mms_studio.gui.core_messages import translate_error, translate_status
from mms_studio.gui.icons import icon
from mms_studio.gui.lazy import LazyWidget
from mms_studio.gui.pages.base import Page
from mms_studio.gui.shell import messages

if TYPE_CHECKING:
    from mms_studio.core.engine.hardware import Hardware
    from mms_studio.core.workflows.presets import Preset
    from mms_studio.core.workflows.training import TrainReport

log = logging.getLogger(__name__)


def _curves() -> Any:
    from mms_studio.gui.plots.curves import TrainingCurves

    return TrainingCurves()


def _check_hardware(*, state: object) -> tuple[Hardware, str] | None:
    """`presets.hardware_summary()`, or None when it fails (torch missing or broken)."""
    try:
        return presets.hardware_summary()
    except Exception as exc:  # noqa: BLE001 — the page says it could not check
        log.warning("hardware detection failed: %s", exc)
        return None


def _number(value: float) -> str:   # a loss, three decimals, in the interface's locale
    return QLocale().toString(float(value), "f", 3)


class TrainPage(Page):
    title = "Train"
    icon_name = "train"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.title = self.tr("Train")
        self.worker: workers.TaskWorker | None = None
        self.metrics_rows: list[TrainStep | EvalRow] = []
        self.last_result: TrainReport | None = None

        self.hardware = QLabel(self.tr("Checking this computer…"))
        self.hardware.setWordWrap(True)
        self.preset = QComboBox()
        describe(self.preset, self.tr("Training preset"), self.tr(
            "How long and how hard to train; the suggestion suits this computer"))
        for preset in presets.PRESETS:
            self.preset.addItem(self.preset_label(preset), preset.key)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("&Advanced settings"))
        describe(self.advanced_toggle, self.tr("Advanced settings"), self.tr(
            "Show or hide the number of steps, the learning rate and the batch size"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        # The boxes show the values a run will use: the preset's, until a person changes them.
        self.steps = QSpinBox()
        self.steps.setRange(1, 100_000)
        self.eval_every = QSpinBox()
        self.eval_every.setRange(1, 10_000)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 0.1)
        self.learning_rate.setSingleStep(0.0005)
        self.learning_rate.setValue(TrainConfig().learning_rate)   # the MMS recipe's rate
        self.batch_seconds = QDoubleSpinBox()
        self.batch_seconds.setRange(0.0, 400.0)
        self.batch_seconds.setSpecialValueText(self.tr("fit to memory"))
        for box, name, description in (
                (self.steps, self.tr("Training steps"),
                 self.tr("How many steps to train; choosing a preset sets its number")),
                (self.eval_every, self.tr("Check on dev clips every"),
                 self.tr("How many steps between checks on the dev clips; choosing a preset "
                         "sets its number")),
                (self.learning_rate, self.tr("Learning rate"),
                 self.tr("How big each training step is; 0.001 is the MMS recipe's")),
                (self.batch_seconds, self.tr("Audio seconds per batch"),
                 self.tr("How much audio each step sees; 0 fits it to this computer's "
                         "memory"))):
            describe(box, name, description)
        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        advanced_form.addRow(self.tr("Trai&ning steps:"), self.steps)
        advanced_form.addRow(self.tr("&Check on dev clips every:"), self.eval_every)
        advanced_form.addRow(self.tr("&Learning rate:"), self.learning_rate)
        advanced_form.addRow(self.tr("Audio seconds per &batch:"), self.batch_seconds)
        self.advanced.hide()
        self.preset.currentIndexChanged.connect(self._show_preset)
        self._show_preset()
        self._preset_chosen = False     # by a person, a test or a resumed run: then kept
        self.hardware_known = False     # the hardware line has its answer

        self.start_button = QPushButton(icon("train"), self.tr("&Start training"))
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(icon("cancel"), self.tr("S&top"))
        self.cancel_button.setToolTip(self.tr("Stop; the progress is saved and can be resumed"))
        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button = QPushButton(self.tr("&Resume stopped run"))
        self.resume_button.clicked.connect(lambda: self.start(resume=True))
        describe(self.start_button, self.tr("Start training"), self.tr(
            "Train a new adapter on the clips of this project"))
        describe(self.cancel_button, self.tr("Stop"), self.cancel_button.toolTip())
        describe(self.resume_button, self.tr("Resume stopped run"),
                 self.tr("Continue the last stopped training run from where it stopped"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)

        setup = QGroupBox(self.tr("Training"))
        setup_layout = QFormLayout(setup)
        setup_layout.addRow(self.hardware)
        setup_layout.addRow(self.tr("&Preset:"), self.preset)
        setup_layout.addRow(self.advanced_toggle)
        setup_layout.addRow(self.advanced)
        setup_layout.addRow(buttons)

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%p %"))
        describe(self.progress, self.tr("Training progress"),
                 self.tr("How much of the training run is done"))
        self.status = QLabel(self.tr("Not running."))
        self.status.setWordWrap(True)
        self.eta = QLabel()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.eta)

        self.curves_box: LazyWidget[Any] = LazyWidget(
            _curves, placeholder=self.tr("Loss and error-rate curves appear here while training."))
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setTabChangesFocus(True)
        describe(self.log_view, self.tr("Training log"), self.tr(
            "Each step's loss and each check's error rates, in words"))
        self.log_view.setMaximumBlockCount(5000)

        self.library = AdapterTable()
        library_box = QGroupBox(self.tr("Adapter library (this project)"))
        QVBoxLayout(library_box).addWidget(self.library)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.log_view)
        lower.addWidget(library_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.curves_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(setup)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        chain_focus(self.preset, self.advanced_toggle, self.steps, self.eval_every,
                    self.learning_rate, self.batch_seconds, self.start_button, self.cancel_button,
                    self.resume_button, self.log_view, self.library)
        self._hardware_checked = False
        self.refresh_library()
        self._update_buttons()

    # ---- page API ------------------------------------------------------------------------
    def focus_widget(self) -> QWidget | None:
        return self.start_button

    def shown(self) -> None:
        if not self.curves_box.built:
            curves = self.curves_box.get()
            chain_focus(self.resume_button, curves.loss_plot, curves.rate_plot, self.log_view)
        if not self._hardware_checked:   # detect() imports torch: seconds, so in a worker
            self._hardware_checked = True
            workers.start_worker(_check_hardware, name="hardware",
                                 connect={"returned": self._show_hardware})
        self.refresh_library()
        self._update_buttons()

    def _show_hardware(self, found: tuple[Hardware, str] | None) -> None:
        """The sentence about this computer, and its preset unless one was chosen meanwhile."""
        if found is None:
            self.hardware.setText(self.tr("Could not check this computer's hardware."))
        else:
            hardware, key = found
            self.hardware.setText(self.hardware_sentence(hardware))
            if not self._preset_chosen and not self.running:
                self.preset.setCurrentIndex(max(self.preset.findData(key), 0))
                self._preset_chosen = False    # a suggestion, not a choice
        self.hardware_known = True

    def busy(self) -> str:
        return self.tr("training an adapter") if self.running else ""

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.is_running

    @property
    def curves(self) -> Any:
        return self.curves_box.get()

    # ---- settings ------------------------------------------------------------------------
    def preset_label(self, preset: Preset) -> str:
        """The preset's name with its step count, never a duration.

        A step's time varies many times over between a graphics card and an old processor, so
        the only honest promise is the number of steps; the ETA while training says the rest.
        The count is a placeholder, so changing a preset does not undo its translations.
        """
        labels = {
            "quick": self.tr("Quick try ({steps} steps)"),
            "standard": self.tr("Standard ({steps} steps)"),
            "thorough": self.tr("Thorough ({steps} steps, for a graphics card)"),
        }
        template = labels.get(preset.key) or self.tr("{name} ({steps} steps)")
        return template.format(name=preset.label, steps=QLocale().toString(preset.max_steps))

    def hardware_sentence(self, hardware: Hardware) -> str:
        """What this computer means for training, from `hardware.detect()` facts.

        On a processor, bf16 units (AMX, AVX-512 BF16) decide the pace: without them a step
        takes 2-3 times longer, which is worth knowing before choosing a preset.
        """
        memory = f"{hardware.memory_gb:.0f}"
        if hardware.device != "cpu":
            return self.tr("Graphics card: {name} ({memory} GB).").format(
                name=hardware.name, memory=memory)
        if hardware.bf16:
            return self.tr("No graphics card found: training runs on the processor ({memory} GB "
                           "memory), whose bf16 units make it faster. Start with a quick "
                           "try.").format(memory=memory)
        return self.tr("No graphics card found: training runs on the processor ({memory} GB "
                       "memory), which has no bf16 units, so training is 2 to 3 times slower "
                       "than on processors with them. Start with a quick try.").format(
            memory=memory)

    def _toggle_advanced(self, on: bool) -> None:
        self.advanced.setVisible(on)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _show_preset(self) -> None:
        """The advanced boxes show the chosen preset's own values (never "from the preset")."""
        self._preset_chosen = True
        chosen = self.chosen_preset()
        self.steps.setValue(chosen.max_steps)
        self.eval_every.setValue(chosen.eval_every)

    def chosen_preset(self) -> Preset:
        return presets.PRESETS[max(self.preset.currentIndex(), 0)]

    def config(self) -> TrainConfig:
        """A new run's settings: the preset's, with what the advanced boxes say."""
        return presets.train_config(
            self.chosen_preset(), max_steps=self.steps.value(),
            eval_every=self.eval_every.value(), learning_rate=self.learning_rate.value(),
            seconds_per_batch=self.batch_seconds.value() or None)

    def _show_run_settings(self, config: TrainConfig) -> None:
        """While a stopped run resumes, the boxes show ITS settings, which it keeps."""
        index = self.preset.findData(config.preset)
        if index >= 0:
            self.preset.setCurrentIndex(index)
        self.steps.setValue(config.max_steps)
        self.eval_every.setValue(config.eval_every)
        self.learning_rate.setValue(config.learning_rate)

    # ---- running -------------------------------------------------------------------------
    def start(self, *, resume: bool = False,
              config: TrainConfig | None = None) -> workers.TaskWorker | None:
        """Start a new run (with `config`, default the page's settings), or resume the newest
        stopped run with its own settings (`config` is then not used)."""
        if self.running:
            return None
        stopped = None
        if resume:
            runs = training.stopped_runs(self.project)
            if not runs:
                messages.tell(self, self.tr("Nothing to resume"),
                              self.tr("There is no stopped training run to continue."))
                return None
            stopped = runs[0]
        from mms_studio.gui.base_model import offer_base_model

        if not offer_base_model(self, lambda: self.start(resume=resume, config=config),
                                reason=self.tr("Training needs the base model, which is not "
                                               "on this computer yet.")):
            return None     # the dialog says what the model is; Start goes on once it is there
        self.metrics_rows.clear()
        self.curves.clear()        # a new run starts from fresh axes, never the last run's
        self.log_view.clear()
        self.progress.setValue(0)
        self.eta.setText("")
        connect = {"said": self._said, "progress": self._progress, "partial": self._partial,
                   "returned": self._done, "errored": self._failed, "finished": self._finished}
        if stopped is not None:
            self._show_run_settings(stopped.config)
            self.worker = workers.start_worker(training.resume_training, self.project,
                                               run=stopped.name, name="train", connect=connect)
        else:
            self._log(self.tr("Starting a new training run."))
            self.worker = workers.start_worker(training.train_adapter, self.project,
                                               config=config or self.config(), name="train",
                                               connect=connect)
        self._update_buttons()
        return self.worker

    def cancel(self) -> None:
        if self.running:
            self.worker.quit()  # type: ignore[union-attr]
            self.status.setText(self.tr("Stopping after the current step; progress is saved…"))

    def _log(self, text: str) -> None:
        self.log_view.appendPlainText(text)

    def _said(self, message: str) -> None:
        """A status from the run (a core `Message`), shown in the interface's language and
        logged, except each evaluation's, whose figures are logged from its row: known by
        its template, never by its (translated) text."""
        self.status.setText(translate_status(message))
        if getattr(message, "template", None) != EVAL_STATUS:
            self._log(translate_status(message))

    def _progress(self, fraction: float, eta: float | None) -> None:
        self.progress.setValue(int(fraction * 100))
        if self.running:   # a late report after Stop must not bring "time left" back
            self.eta.setText(self.tr("time left: {eta}").format(eta=format_eta(eta)))

    def _partial(self, row: object) -> None:
        if isinstance(row, DroppedClips):
            self._log(self.tr("{n} clip(s) left out (too long, or too short for their "
                              "transcript).").format(n=len(row.clips)))
            return
        if not isinstance(row, TrainStep | EvalRow):
            return
        self.metrics_rows.append(row)
        self.curves.add_row(row)
        if isinstance(row, EvalRow):
            self._log(self.tr("step {step}: dev loss {loss}, WER {wer}, CER {cer}").format(
                step=row.step, loss=_number(row.loss), wer=percent(row.wer), cer=percent(row.cer)))
        else:
            self._log(self.tr("step {step}: loss {loss}").format(step=row.step,
                                                                 loss=_number(row.loss)))

    def _done(self, result: TrainReport) -> None:
        self.last_result = result
        if result.baseline is not None:
            # core says what the base's side was: its adapter (MMS) or its own output
            template = self.tr("Finished: adapter {name}, dev CER {cer}; the base model's own "
                               "adapter: CER {base}.") if result.baseline.base_adapter else \
                self.tr("Finished: adapter {name}, dev CER {cer}; the base model's own output "
                        "(zero-shot): CER {base}.")
            self._log(template.format(name=result.name, cer=percent(result.baseline.adapter_cer),
                                      base=percent(result.baseline.cer)))
        else:
            self._log(self.tr("Finished: adapter {name}, dev CER {cer}.").format(
                name=result.name, cer=percent(result.cer)))
        self.status.setText(self.tr("✓ Finished. The adapter is in the library below and on "
                                    "the Transcribe page."))

    def _failed(self, exc: BaseException) -> None:
        reason = translate_error(exc)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped. {reason}").format(reason=reason))
            self._log(reason)
        elif isinstance(exc, MMSStudioError):
            self.status.setText("⚠ " + reason)
            self._log(reason)
            messages.tell(self, self.tr("Training could not run"), reason)
        else:
            self.status.setText(self.tr("⚠ Training failed unexpectedly; see the log file."))
            raise exc

    def _finished(self) -> None:
        self.eta.setText("")                   # stopped or done: no time is left to count
        self.window_.dataset_changed.emit()    # training may have assigned splits
        self.curves.redraw()
        self.refresh_library()
        self._update_buttons()

    # ---- library -------------------------------------------------------------------------
    def refresh_library(self) -> list[Any]:
        try:
            adapters = library.list_library(self.project)
        except MMSStudioError as exc:
            log.warning("adapter library unreadable: %s", exc)
            adapters = []
        self.library.show_entries(adapters)
        return adapters

    def _update_buttons(self) -> None:
        running = self.running
        had_keyboard = QApplication.focusWidget()
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        try:
            can_resume = bool(training.stopped_runs(self.project))
        except Exception:  # noqa: BLE001 — an unreadable run folder only hides Resume
            can_resume = False
        self.resume_button.setEnabled(not running and can_resume)
        self.preset.setEnabled(not running)
        self.advanced.setEnabled(not running)
        keep_keyboard(had_keyboard, self.cancel_button if running else self.start_button)

