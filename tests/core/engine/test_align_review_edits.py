"""The Review page's edits as pure functions (core.workflows.review): neighbours and the
recording bound every move, splits share the words out, merges join them, and nothing
changes the tuple it was given (undo relies on that)."""

from __future__ import annotations

import pytest

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.workflows.review import (
    MIN_SEGMENT,
    ReviewSegment,
    merge_with_next,
    move_boundary,
    set_status,
    set_text,
    split_segment,
)

SEGMENTS = (ReviewSegment(1.0, 2.0, "a b"), ReviewSegment(3.0, 5.0, "c d e f"),
            ReviewSegment(6.0, 7.0, "g"))


def test_moves_stay_between_the_neighbours_and_inside_the_recording():
    moved = move_boundary(SEGMENTS, 1, start=0.5, end=9.0, duration=10.0)
    assert (moved[1].start, moved[1].end) == (2.0, 6.0)
    last = move_boundary(SEGMENTS, 2, end=12.0, duration=10.0)
    assert last[2].end == 10.0
    squeezed = move_boundary(SEGMENTS, 0, start=1.95)
    assert squeezed[0].end - squeezed[0].start >= MIN_SEGMENT - 1e-9
    assert SEGMENTS[1].start == 3.0                     # the input is untouched


def test_split_shares_the_words_and_merge_joins_them_back():
    split = split_segment(SEGMENTS, 1, at=4.0)
    assert [(s.start, s.end, s.text) for s in split[1:3]] == [(3.0, 4.0, "c d"),
                                                             (4.0, 5.0, "e f")]
    merged = merge_with_next(split, 1)
    assert (merged[1].start, merged[1].end, merged[1].text) == (3.0, 5.0, "c d e f")
    assert len(merged) == 3
    with pytest.raises(MMSStudioError):
        split_segment(SEGMENTS, 0, at=1.01)          # too close to the edge
    with pytest.raises(MMSStudioError):
        merge_with_next(SEGMENTS, 2)                 # nothing after the last
    with pytest.raises(MMSStudioError):
        set_status(SEGMENTS, 7, "accepted")          # no such segment


def test_status_and_text():
    done = set_text(set_status(SEGMENTS, 2, "accepted"), 2, "  g   h ")
    assert done[2].status == "accepted" and done[2].text == "g h"
    with pytest.raises(ValueError):
        set_status(SEGMENTS, 0, "maybe")
