"""One way to write a duration or a time in a recording for people: 3:05, 1:02:05, 0:59.99.

Five helpers once did this, each with its own layout and rounding (a clock could show
"0:60.00"). Every place now calls `format_duration`, choosing only what differs on
purpose: whether hours always show (a column of totals lines up) and how many decimals
a time in a recording needs (a segment's edge to the hundredth).
"""

from __future__ import annotations

import math
from typing import Literal

PLACEHOLDER = "--:--"


def format_duration(seconds: float | None, *, hours: Literal["auto", "always"] = "auto",
                    decimals: int = 0) -> str:
    """`seconds` as [h:]m:ss[.f]: "3:05", "1:02:05", "0:03:05" (hours="always"), "3:05.25".

    Rounded once, to the shown precision, before it is split into hours, minutes and
    seconds, so 59.999 s with two decimals is "1:00.00", never "0:60.00". Minutes lead
    without a zero ("3:05"); under hours they have two digits ("1:02:05").
    Not known (None, NaN, infinite): dashes in the same layout ("--:--", "-:--:--.--").
    Negative (a position before the start): 0.
    """
    if decimals < 0:
        raise ValueError("decimals must be 0 or more")
    if seconds is None or not math.isfinite(seconds):
        return ("-:" if hours == "always" else "") + PLACEHOLDER + (
            "." + "-" * decimals if decimals else "")
    # The correctly rounded decimal text, read back as a whole number of 10^-decimals s:
    # no binary-float surprises (59.995 is 59.99499… and shows as 59.99, like f"{x:.2f}").
    units = int(f"{max(float(seconds), 0.0):.{decimals}f}".replace(".", ""))
    whole, fraction = divmod(units, 10 ** decimals)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    secs = f"{s:02d}" + (f".{fraction:0{decimals}d}" if decimals else "")
    if h or hours == "always":
        return f"{h}:{m:02d}:{secs}"
    return f"{m}:{secs}"
