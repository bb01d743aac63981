"""One duration formatter: each place's layout, rounding done once, unknown and negative input."""

from __future__ import annotations

import math

import pytest

from mms_studio.core.durations import format_duration
from mms_studio.core.project.importer import format_hms
from mms_studio.core.tasks import format_eta


@pytest.mark.parametrize(("seconds", "kwargs", "shown"), [
    (185, {}, "3:05"),                              # transcription's speech/silence status
    (0, {}, "0:00"),
    (3725, {}, "1:02:05"),                          # hours appear when there are any
    (185, {"hours": "always"}, "0:03:05"),          # the import report's totals line up
    (3.25, {"decimals": 2}, "0:03.25"),             # the Review page's segment edges
    (3.25, {"decimals": 1}, "0:03.2"),              # the Transcribe page (half to even, as f"")
    (3725.5, {"decimals": 1}, "1:02:05.5"),         # past an hour: hours, not "62:05.5"
    (86400 + 61, {}, "24:01:01"),                   # hours never wrap to days
])
def test_layouts(seconds, kwargs, shown):
    assert format_duration(seconds, **kwargs) == shown


@pytest.mark.parametrize(("seconds", "decimals", "shown"), [
    (59.999, 2, "1:00.00"),     # the old clocks wrote "0:60.00"
    (59.96, 1, "1:00.0"),       # ... and "0:60.0"
    (59.995, 2, "0:59.99"),     # 59.995 is 59.99499… in binary: the rounding f"{x:.2f}" does
    (59.9951, 2, "1:00.00"),
    (59.5, 0, "1:00"),
    (3599.6, 0, "1:00:00"),     # a carry through minutes into hours
    (3599.96, 1, "1:00:00.0"),
])
def test_rounding_is_done_once_before_the_split(seconds, decimals, shown):
    assert format_duration(seconds, decimals=decimals) == shown


def test_unknown_and_negative_input():
    assert format_duration(None) == "--:--"
    assert format_duration(math.nan) == "--:--"
    assert format_duration(math.inf, decimals=2) == "--:--.--"
    assert format_duration(-math.inf, hours="always") == "-:--:--"
    assert format_duration(-4.2) == "0:00"                     # a position before the start
    assert format_duration(-0.004, decimals=2) == "0:00.00"    # never "-0:00.00"
    with pytest.raises(ValueError):
        format_duration(1.0, decimals=-1)


def test_the_named_layouts_are_the_formatter():
    assert format_eta(185) == "3:05" and format_eta(None) == "--:--"
    assert format_eta(3725) == "1:02:05"
    assert format_hms(185) == "0:03:05" and format_hms(-3) == "0:00:00"   # was "-1:59:57"
