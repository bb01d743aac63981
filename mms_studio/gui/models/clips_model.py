"""The dataset as a Qt table: one row per clip, edits go through undo commands.

The model holds a snapshot list of `Clip`s (immutable) and refreshes single
rows when a command reports a change, so a 20 000-clip project does not
re-query on every keystroke. Status is shown as words plus an icon, never by
colour alone.

The model sorts itself (`sort`: one Python sort with a key, ~25 ms for 20,000
clips) and the page's filter proxy hands its sort to it: Qt's proxy sorting
asks `data()` through Python for every comparison and froze the window for
5 s on such a project (bench/big_project.py). Loading every clip stays eager:
it takes ~0.2 s at that size, and the search and sort must see every clip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from mms_studio.core.errors import MMSStudioError
from mms_studio.gui.clip_names import ClipNames, source_text, split_name
from mms_studio.gui.core_messages import translate_status
from mms_studio.gui.undo import DeleteClipsCommand, EditClipCommand

COLUMNS = ("status", "transcript", "speaker", "split", "duration", "source", "id")
EDITABLE = {"transcript", "speaker"}
ClipRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ClipsModel(QAbstractTableModel):
    def __init__(self, project: Any, undo_stack: QUndoStack, *,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        super().__init__()
        self.project, self.undo_stack = project, undo_stack
        self.on_error = on_error
        self.show_deleted = False
        self.sort_column: int = -1          # -1: the order clips were added
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.clips: list[Any] = []
        self._row_of: dict[str, int] = {}
        self.names = ClipNames(project)      # the "Clip" column shows numbers, never ids
        self.headers = {
            "status": self.tr("Status"), "transcript": self.tr("Transcript"),
            "speaker": self.tr("Speaker"), "split": self.tr("Split"),
            "duration": self.tr("Seconds"), "source": self.tr("Source"), "id": self.tr("Clip"),
        }
        self.status_words = {
            "ok": self.tr("✓ ok"), "needs_review": self.tr("⚠ needs review"),
            "excluded": self.tr("✗ excluded"), "deleted": self.tr("🗑 deleted"),
        }
        self.reload()

    def reload(self) -> None:
        self.names.refresh()
        self.beginResetModel()
        self.clips = list(self.project.clips(include_deleted=self.show_deleted))
        self._sort_clips()
        self.endResetModel()

    def _sort_clips(self) -> None:
        if 0 <= self.sort_column < len(COLUMNS):
            column = COLUMNS[self.sort_column]
            # what SortRole gives, compared case-insensitively as the view's proxy did
            if column == "duration":
                def key(clip: Any) -> Any:
                    return clip.duration
            else:
                def key(clip: Any) -> Any:
                    return str(getattr(clip, column) or "").casefold()
            self.clips.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._row_of = {c.id: i for i, c in enumerate(self.clips)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by `column`; selections and the current row follow their clips."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self.clips[i.row()].id, i.column()) for i in before]
        self._sort_clips()
        self.changePersistentIndexList(
            before, [self.index(self._row_of[clip_id], col) for clip_id, col in kept])
        self.layoutChanged.emit()

    def refresh_clips(self, clip_ids: Sequence[str]) -> None:
        """Re-read changed clips; rows that no longer belong (deleted) are removed or re-added."""
        needs_reset = False
        for clip_id in clip_ids:
            clip = self.project.clip(clip_id)
            row = self._row_of.get(clip_id)
            visible = self.show_deleted or clip.status != "deleted"
            if row is None or not visible:
                needs_reset = True
                continue
            self.clips[row] = clip
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if needs_reset:
            self.reload()

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.clips)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[COLUMNS[section]]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        clip = self.clips[index.row()]
        column = COLUMNS[index.column()]
        if role == ClipRole:
            return clip
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "status":
                return self.status_words.get(clip.status, clip.status)
            if column == "duration":
                return (QLocale().toString(clip.duration, "f", 1)
                        if role == Qt.ItemDataRole.DisplayRole else clip.duration)
            if column == "id":
                return self.names.number(clip.id)
            if column == "split":
                return split_name(clip.split)
            if column == "source":
                return source_text(clip.source)
            value = getattr(clip, column)
            return "" if value is None else str(value)
        if role == SortRole:
            if column == "id":
                return self.names.number(clip.id) or 0
            return clip.duration if column == "duration" else (getattr(clip, column) or "")
        if (role == Qt.ItemDataRole.ToolTipRole and column == "status"
                and clip.status == "needs_review" and clip.review_reasons):
            return "\n".join(translate_status(reason) for reason in clip.review_reasons)
        if role == Qt.ItemDataRole.ToolTipRole and column == "transcript":
            return clip.transcript
        if role == Qt.ItemDataRole.ToolTipRole and column == "source":
            return source_text(clip.source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "duration":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        clip = self.clips[index.row()]
        value = str(value)
        if value == (getattr(clip, column) or ""):
            return False
        try:   # validate in the store first: a refused edit must not land on the undo stack
            self.project.update_clip(clip.id, **{column: value})
        except MMSStudioError as exc:
            if self.on_error is None:
                raise
            self.on_error(exc)
            return False
        command = EditClipCommand(self.project, clip.id, column, value,
                                  on_change=self.refresh_clips, name=self.names.name(clip))
        command.old = getattr(clip, column)
        self.undo_stack.push(command)
        return True

    def clip_at(self, row: int) -> Any:
        return self.clips[row]

    def row_of(self, clip_id: str) -> int | None:
        return self._row_of.get(clip_id)

    def set_field(self, clip_ids: Sequence[str], field: str, value: Any, *, label: str) -> None:
        """Set one field (status, split) on several clips as a single undo step."""
        ids = [i for i in clip_ids if getattr(self.project.clip(i), field) != value]
        if not ids:
            return
        self.undo_stack.beginMacro(label)
        try:
            for clip_id in ids:
                self.undo_stack.push(EditClipCommand(self.project, clip_id, field, value,
                                                     on_change=self.refresh_clips))
        finally:
            self.undo_stack.endMacro()

    def delete(self, clip_ids: Sequence[str]) -> None:
        if clip_ids:
            self.undo_stack.push(DeleteClipsCommand(self.project, clip_ids,
                                                    on_change=self.refresh_clips))
