"""One message, the same on every page, when the sound card cannot record or play.

Before, a computer without a sound card got a modal box on every Play, a
silent Ctrl+R and a blank device list on the Record page, and yet another
sentence on the Transcribe page. Now core says what is missing and what to do
(`core.audio.devices.check_sound`), one `SoundWatch` per application holds
that answer, and each page that plays or records shows a `SoundNotice`: a
non-modal banner with the sentence and a "Look for sound devices again"
button. Controls that cannot work are disabled by their page, with the reason
in their tooltip (`SoundNotice.guard`). Pressing the button on any page
refreshes every page's banner.
"""

from __future__ import annotations

import logging
import weakref

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mms_studio.core.audio import devices
from mms_studio.gui.a11y import describe
from mms_studio.gui.core_messages import translate_error, translate_status
from mms_studio.gui.icons import icon

log = logging.getLogger(__name__)

RECORD, PLAY = "record", "play"


class SoundWatch:
    """What the sound card allows, shared by every page; each live notice hears of each look.

    Plain Python holding weak references, not a Qt signal: the watch outlives
    windows (tests open many), and a notice whose page is gone is skipped.
    """

    def __init__(self) -> None:
        self.check = devices.SoundCheck((), (), None)
        self._looked_at: int | None = None   # devices.backend_generation() of the last look
        self._notices: weakref.WeakSet[SoundNotice] = weakref.WeakSet()

    @property
    def looked(self) -> bool:
        """The devices were looked at (with the sound backend in use now)."""
        return self._looked_at == devices.backend_generation()

    def add(self, notice: SoundNotice) -> None:
        self._notices.add(notice)

    def refresh(self, *, rescan: bool = False) -> devices.SoundCheck:
        """Look at the devices again (`rescan`: also ask the sound system for new ones)."""
        if rescan:
            devices.rescan()
        self.check = devices.check_sound()
        self._looked_at = devices.backend_generation()
        if self.check.problem:
            log.info("sound: %s", self.check.problem)
        for notice in list(self._notices):
            if shiboken6.isValid(notice):
                notice._show(self.check)
        return self.check


_watch = SoundWatch()


def sound_watch() -> SoundWatch:
    """The application's one `SoundWatch`."""
    return _watch


class SoundNotice(QFrame):
    """The banner a page shows while what it `needs` ("record", "play" or both) cannot work.

    `changed` relays the watch's news to the page (connect page slots here, not
    to the watch, which outlives pages).
    """

    changed = Signal(object)   # devices.SoundCheck

    def __init__(self, *needs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs = needs or (RECORD, PLAY)
        self.setObjectName("soundNotice")
        self.setAccessibleName(self.tr("Sound devices"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.icon.setPixmap(icon("warning").pixmap(self.fontMetrics().height() * 3 // 2))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.again = QPushButton(icon("refresh"), self.tr("Look for sound devices again"))
        describe(self.again, self.tr("Look for sound devices again"), self.tr(
            "After plugging in a microphone, speakers or a headset"))
        self.again.clicked.connect(lambda: self.watch.refresh(rescan=True))
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.again)
        self._guarded: list[tuple[QWidget, str, str, bool]] = []  # widget, need, tooltip, disable
        self.watch = sound_watch()
        self.watch.add(self)
        self.setVisible(False)
        if self.watch.looked:     # another page looked already: say the same from the start
            self._show(self.watch.check)

    def refresh(self) -> devices.SoundCheck:
        """Look at the devices now (a page calls this when it comes to the front)."""
        return self.watch.refresh()

    def allows(self, need: str) -> bool:
        """Can `need` work? True until the devices were looked at (nothing is known yet)."""
        if not self.watch.looked:
            return True
        check = self.watch.check
        return check.can_record if need == RECORD else check.can_play

    def reason(self) -> str:
        problem = self.watch.check.problem
        return translate_status(problem) if problem else ""

    def guard(self, widget: QWidget, need: str, *, disable: bool = False) -> None:
        """Give `widget` the reason as its tooltip while `need` cannot work.

        The page disables it in its own button logic (`allows()`), or, with
        `disable=True`, the notice does (for a control with no other state).
        """
        self._guarded.append((widget, need, widget.toolTip(), disable))
        self._show(self.watch.check)

    def report(self, error: BaseException) -> None:
        """A sound error happened (a device vanished): look again and show what is wrong."""
        log.info("sound error: %s", error)
        check = self.watch.refresh()
        if not check.problem:   # the devices are there but this one failed: say that
            self.text.setText(translate_error(error))
            self.setAccessibleDescription(self.text.text())
            self.setVisible(True)

    def _show(self, check: devices.SoundCheck) -> None:
        missing = [need for need in self.needs if not self.allows(need)]
        reason = self.reason()
        self.text.setText(reason)
        self.setAccessibleDescription(reason)      # read out with the banner, not only shown
        self.setVisible(bool(missing) and bool(reason))
        for widget, need, own, disable in self._guarded:
            widget.setToolTip(own if self.allows(need) else reason)
            if disable:
                widget.setEnabled(self.allows(need))
        self.changed.emit(check)
