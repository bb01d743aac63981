"""Review edits as undo steps: each keeps the segment tuples before and after (they are
immutable), so undo and redo put back exactly what was there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

REVIEW_MOVE_ID = 4201


class ReplaceSegments(QUndoCommand):
    """One review edit: `apply(segments, selected)` shows a tuple of segments."""

    def __init__(self, text: str, before, after, *, apply: Callable, selected_before: int,  # noqa: ANN001
                 selected_after: int, merge_key: tuple | None = None) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self.apply = apply
        self.selected_before, self.selected_after = selected_before, selected_after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.apply(self.after, self.selected_after)

    def undo(self) -> None:
        self.apply(self.before, self.selected_before)

    def id(self) -> int:  # noqa: A003 (Qt name)
        return REVIEW_MOVE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        """Nudging the same edge of the same segment several times undoes in one go."""
        if not isinstance(other, ReplaceSegments) or other.merge_key != self.merge_key:
            return False
        self.after, self.selected_after = other.after, other.selected_after
        return True
