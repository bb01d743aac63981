"""Every dataset edit is a QUndoCommand on the window's one QUndoStack.

Commands write through to the project store at once (nothing is "unsaved");
undo writes the old value back. Consecutive edits of the same field of the
same clip merge into one step (`id()`/`mergeWith()`), so typing a correction
in several goes undoes in one go. `on_change(clip_ids)` lets the table
refresh just those rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mms_studio.gui.clip_names import text_start

EDIT_COMMAND_ID = 4101
SETTINGS_COMMAND_ID = 4102
FIELDS = ("transcript", "speaker", "split", "status")

Notify = Callable[[Sequence[str]], None]


def _edit_text(field: str, clip: str) -> str:
    """The undo text of an edit, one whole sentence per field so translators see it all."""
    texts = {
        "transcript": QCoreApplication.translate("undo", "Edit the transcript of {clip}"),
        "speaker": QCoreApplication.translate("undo", "Change the speaker of {clip}"),
        "split": QCoreApplication.translate("undo", "Move {clip} to another set"),
        "status": QCoreApplication.translate("undo", "Change the status of {clip}"),
    }
    return texts[field].format(clip=clip)


class EditClipCommand(QUndoCommand):
    """Set one field of one clip; merges with the next edit of that same field and clip."""

    def __init__(self, project: Any, clip_id: str, field: str, new: Any, *,
                 on_change: Notify | None = None, name: str = "") -> None:
        """`name`: how people know the clip ("clip 12 “Hekaai…”", see `gui.clip_names`);
        without one the undo text quotes the start of its transcript, never its id."""
        if field not in FIELDS:
            raise ValueError(field)
        clip = project.clip(clip_id)
        super().__init__(_edit_text(field, name or f"“{text_start(clip.transcript)}”"))
        self.project, self.clip_id, self.field = project, clip_id, field
        self.old = getattr(clip, field)
        self.new = new
        self.on_change = on_change

    def _apply(self, value: Any) -> None:
        self.project.update_clip(self.clip_id, **{self.field: value})
        if self.on_change:
            self.on_change([self.clip_id])

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:  # noqa: A003 (Qt name)
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, EditClipCommand) or (other.clip_id, other.field) != (
                self.clip_id, self.field):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class DeleteClipsCommand(QUndoCommand):
    """Soft-delete clips (the store keeps their audio); undo restores them."""

    def __init__(self, project: Any, clip_ids: Sequence[str], *,
                 on_change: Notify | None = None) -> None:
        super().__init__(QCoreApplication.translate("undo", "Delete {n} clip(s)").format(n=len(clip_ids)))
        self.project, self.clip_ids, self.on_change = project, list(clip_ids), on_change

    def redo(self) -> None:
        for clip_id in self.clip_ids:
            self.project.delete_clip(clip_id)
        if self.on_change:
            self.on_change(self.clip_ids)

    def undo(self) -> None:
        for clip_id in self.clip_ids:
            self.project.restore_clip(clip_id)
        if self.on_change:
            self.on_change(self.clip_ids)


class EditProjectSettingsCommand(QUndoCommand):
    """Change the project's settings (name, text rules); undo writes the old ones back.

    The Language page saves as the user types: the page has already written `new`
    when it pushes the command (so a refused value never reaches the stack), hence
    the first `redo()` only records. Consecutive edits of the same field merge, so
    typing "ng ch kp" undoes in one step.
    """

    def __init__(self, project: Any, *, field: str, old: dict[str, Any], new: dict[str, Any],
                 on_change: Callable[[], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("undo", "Change the language settings"))
        self.project, self.field, self.old, self.new = project, field, old, new
        self.on_change = on_change
        self._applied = True

    def _apply(self, values: dict[str, Any]) -> None:
        self.project.update_settings(**values)
        if self.on_change:
            self.on_change()

    def redo(self) -> None:
        if self._applied:        # written by the page before the push
            self._applied = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:  # noqa: A003 (Qt name)
        return SETTINGS_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, EditProjectSettingsCommand) or other.field != self.field:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True
