"""Every message box the app shows goes through here: plain words, one place to test.

`tell()` shows a one-sentence reason (an `MMSStudioError`'s message),
`ask()` a yes/no question. Tests (and the screenshot script) switch
`interactive` off: nothing blocks, messages are recorded in `history` and
questions get `answer`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

interactive = True
answer = True


@dataclass(frozen=True)
class Message:
    title: str
    text: str
    kind: str   # "info" | "warning" | "question"


history: list[Message] = []


def tell(parent: QWidget | None, title: str, text: str, *, warning: bool = True) -> None:
    log.log(logging.WARNING if warning else logging.INFO, "%s: %s", title, text)
    history.append(Message(title, text, "warning" if warning else "info"))
    if not interactive:
        return
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
    box.deleteLater()


def ask(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    """A question with buttons that say what they do (never a bare Yes/No)."""
    history.append(Message(title, text, "question"))
    if not interactive:
        return answer
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    result = box.clickedButton() is yes_button
    box.deleteLater()
    return result
