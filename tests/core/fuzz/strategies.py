"""Hypothesis strategies that write almost-valid annotation files, then break them.

Random bytes only test the first check of a reader. These build the structure each
format has (ELAN tiers, slots and references; TextGrid tiers in Praat's three text
formats; SubRip/WebVTT cues; CSV rows; Transcriber turns and syncs) from values that
are sometimes right and sometimes wrong (reversed, negative, huge, NaN, missing
references, quotes and markup in text, invisible characters), then sometimes cut the
file short or flip bytes in it. A reader must answer each with a plan or a typed error.

`EXAMPLES` is small for `make test` (the whole fuzz set in well under a minute) and
raised by `make fuzz` through MMS_FUZZ_EXAMPLES for a long run.
"""

from __future__ import annotations

import os
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("MMS_FUZZ_EXAMPLES", "40"))
LONG_RUN = "MMS_FUZZ_EXAMPLES" in os.environ

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG_RUN,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

TRICKY = "aéọ́ক্ষ你\u200c\u200d\ufeff\u200b\"'<>&|\t\n\\;,#[]{}/:_ -0123456789"
label_text = st.one_of(
    st.text(alphabet=TRICKY, max_size=30),
    st.sampled_from(["", "sil", "sp", "<p:>", "ipu_3 ama", '<cut type="x"/> ama', "[noise]",
                     "ama ni tuku", "T", "...", "\ufeff", "a" * 300]),
)
number = st.one_of(
    st.floats(min_value=-10, max_value=10, allow_nan=False),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-10**15, max_value=10**15),
    st.sampled_from(["", "nan", "inf", "-0", "1e400", "abc", "0x10", "3,5"]),
)
seconds = st.one_of(st.floats(min_value=0, max_value=3, allow_nan=False), number)
tier_name = st.one_of(st.sampled_from(["Text", "words", "utterance", "IPU", "tonicVowel",
                                       "Errors", "Ana", "spk1", "phones", "_vad", ""]),
                      st.text(alphabet=TRICKY, max_size=12))
media_ref = st.sampled_from(["a.wav", "./a.wav", "../a.wav", "file:///etc/passwd",
                             "file:///C:/Users/x/a.wav", "http://example.org/a.wav", "", "a.mp4",
                             "\\\\server\\share\\a.wav", "C:\\a.wav", "%2e%2e/a.wav",
                             "file://localhost/../../a.wav"])


@st.composite
def damaged(draw, text: str) -> bytes:
    """`text` encoded one of the ways tools write it, then maybe cut short or with bytes flipped."""
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                     "latin-1"]))
    data = text.encode(encoding, errors="replace") if encoding != "latin-1" \
        else text.encode("latin-1", errors="replace")
    fault = draw(st.sampled_from(["none", "none", "truncate", "flip", "nul"]))
    if fault == "truncate" and data:
        data = data[: draw(st.integers(min_value=0, max_value=len(data) - 1))]
    elif fault == "flip" and data:
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    elif fault == "nul":
        data = data + b"\x00" * draw(st.integers(1, 5))
    return data


@st.composite
def elan(draw) -> bytes:
    slot_count = draw(st.integers(min_value=0, max_value=6))
    slots = {f"ts{i}": draw(number) for i in range(1, slot_count + 1)}
    slot_xml = "".join(
        f"<TIME_SLOT TIME_SLOT_ID={quoteattr(k)}"
        + (f" TIME_VALUE={quoteattr(str(v))}" if draw(st.booleans()) or True else "") + "/>"
        for k, v in slots.items())
    refs = [*slots, "ts99"]
    tiers = []
    names = draw(st.lists(tier_name, min_size=0, max_size=4))
    ann_id = 0
    for index, name in enumerate(names):
        body = []
        for _ in range(draw(st.integers(0, 4))):
            ann_id += 1
            if index and draw(st.booleans()):
                body.append(f'<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a{ann_id}" '
                            f'ANNOTATION_REF="a{draw(st.integers(0, ann_id + 1))}">'
                            f"<ANNOTATION_VALUE>{escape(draw(label_text))}</ANNOTATION_VALUE>"
                            "</REF_ANNOTATION></ANNOTATION>")
            else:
                body.append(f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a{ann_id}" '
                            f"TIME_SLOT_REF1={quoteattr(draw(st.sampled_from(refs)))} "
                            f"TIME_SLOT_REF2={quoteattr(draw(st.sampled_from(refs)))}>"
                            f"<ANNOTATION_VALUE>{escape(draw(label_text))}</ANNOTATION_VALUE>"
                            "</ALIGNABLE_ANNOTATION></ANNOTATION>")
        parent = f" PARENT_REF={quoteattr(draw(tier_name))}" if index and draw(st.booleans()) \
            else ""
        ltype = draw(st.sampled_from(["default-lt", "child", "missing"]))
        participant = f" PARTICIPANT={quoteattr(draw(tier_name))}" if draw(st.booleans()) else ""
        tiers.append(f"<TIER LINGUISTIC_TYPE_REF={quoteattr(ltype)} TIER_ID={quoteattr(name)}"
                     f"{parent}{participant}>{''.join(body)}</TIER>")
    constraint = draw(st.sampled_from(["", ' CONSTRAINTS="Symbolic_Association"',
                                       ' CONSTRAINTS="Symbolic_Subdivision"',
                                       ' CONSTRAINTS="Included_In"']))
    units = draw(st.sampled_from(["milliseconds", "milliseconds", "seconds"]))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT FORMAT="3.0">'
            f'<HEADER TIME_UNITS="{units}"><MEDIA_DESCRIPTOR MEDIA_URL={quoteattr(draw(media_ref))}'
            f" RELATIVE_MEDIA_URL={quoteattr(draw(media_ref))}/></HEADER>"
            f"<TIME_ORDER>{slot_xml}</TIME_ORDER>{''.join(tiers)}"
            '<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>'
            f'<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="child" TIME_ALIGNABLE="false"{constraint}/>'
            "</ANNOTATION_DOCUMENT>")
    return draw(damaged(text))


def _praat_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@st.composite
def textgrid(draw) -> bytes:
    layout = draw(st.sampled_from(["long", "short", "chronological"]))
    xmax = draw(seconds)
    tiers = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["IntervalTier", "TextTier", "IntervalTier", "Bogus"]))
        entries = draw(st.lists(st.tuples(seconds, seconds, label_text), max_size=5))
        declared = len(entries) + draw(st.sampled_from([0, 0, 0, 1, -1, 10**9]))
        tiers.append((kind, draw(tier_name), entries, declared))
    if layout == "chronological":
        out = ['"Praat chronological TextGrid text file"', f"0 {xmax}",
               f"{len(tiers) + draw(st.sampled_from([0, 0, 1]))}"]
        out += [f"{_praat_string(k)} {_praat_string(n)} 0 {xmax}" for k, n, _e, _d in tiers]
        for number_, (kind, _name, entries, _d) in enumerate(tiers, start=1):
            for start, end, label in entries:
                out.append(f"{number_} {start} {end}" if kind == "IntervalTier"
                           else f"{number_} {start}")
                out.append(_praat_string(label))
        return draw(damaged("\n".join(out) + "\n"))
    time_field = draw(st.sampled_from(["number", "time", "xmin"]))
    out = ['File type = "ooTextFile"', 'Object class = "TextGrid"', "", "xmin = 0",
           f"xmax = {xmax}", "tiers? <exists>", f"size = {len(tiers)}", "item []:"]
    for index, (kind, name, entries, declared) in enumerate(tiers, start=1):
        out += [f"item [{index}]:", f"class = {_praat_string(kind)}",
                f"name = {_praat_string(name)}", "xmin = 0", f"xmax = {xmax}",
                f"intervals: size = {declared}" if kind != "TextTier" else
                f"points: size = {declared}"]
        for number_, (start, end, label) in enumerate(entries, start=1):
            if kind == "TextTier":
                out += [f"points [{number_}]:", f"{time_field} = {start}",
                        f"mark = {_praat_string(label)}"]
            else:
                out += [f"intervals [{number_}]:", f"xmin = {start}", f"xmax = {end}",
                        f"text = {_praat_string(label)}"]
    text = "\n".join(out) + "\n"
    if layout == "short":  # Praat's short format: the same values without the labels
        text = "\n".join(line.split(" = ", 1)[-1] for line in text.split("\n")
                         if not line.endswith(":"))
    return draw(damaged(text))


def _stamp(value: object, separator: str) -> str:
    if isinstance(value, float) and value == value and abs(value) < 1e7:
        ms = int(abs(value) * 1000)
        return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{separator}" \
               f"{ms % 1000:03d}"
    return str(value)


@st.composite
def subtitles(draw, vtt: bool) -> bytes:
    separator = "." if vtt else ","
    out = ["WEBVTT", ""] if vtt and draw(st.booleans()) else []
    for number_ in range(1, draw(st.integers(0, 5)) + 1):
        if not vtt or draw(st.booleans()):
            out.append(str(number_))
        out.append(f"{_stamp(draw(seconds), separator)} --> {_stamp(draw(seconds), separator)}")
        for _ in range(draw(st.integers(0, 3))):
            voice = f"<v {draw(tier_name)}>" if vtt and draw(st.booleans()) else ""
            out.append(voice + draw(label_text).replace("\n", " "))
        if draw(st.booleans()):
            out.append("")
    if vtt and draw(st.booleans()):
        out += ["NOTE a note", "", "STYLE", "::cue { color: red }", ""]
    return draw(damaged("\n".join(out)))


@st.composite
def table(draw) -> bytes:
    header = draw(st.lists(st.sampled_from(["file", "path", "transcript", "text", "speaker",
                                            "start", "end", "junk", ""]), max_size=5))
    delimiter = draw(st.sampled_from([",", "\t", ";"]))
    rows = [delimiter.join(header)]
    for _ in range(draw(st.integers(0, 5))):
        cells = []
        for column in header:
            if column in ("file", "path"):
                cells.append(draw(media_ref))
            elif column in ("start", "end"):
                cells.append(str(draw(number)))
            else:
                cells.append(draw(label_text).replace("\n", " "))
        rows.append(delimiter.join(cells))
    return draw(damaged("\n".join(rows) + "\n"))


@st.composite
def transcriber(draw) -> bytes:
    turns = []
    for _ in range(draw(st.integers(0, 3))):
        syncs = "".join(f"<Sync time={quoteattr(str(draw(number)))}/>{escape(draw(label_text))}"
                        for _ in range(draw(st.integers(0, 3))))
        end = f" endTime={quoteattr(str(draw(number)))}" if draw(st.integers(0, 5)) else ""
        speaker = draw(st.sampled_from(["spk1", "spk1 spk2", "", "nobody"]))
        turns.append(f'<Turn speaker="{speaker}" startTime="0"{end}>{escape(draw(label_text))}'
                     f"{syncs}</Turn>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Trans SYSTEM "trans-14.dtd">\n'
            f"<Trans audio_filename={quoteattr(draw(media_ref))}><Speakers>"
            '<Speaker id="spk1" name="Ana"/><Speaker id="spk2"/></Speakers><Episode>'
            f'<Section type="report" startTime="0" endTime="3">{"".join(turns)}</Section>'
            "</Episode></Trans>")
    return draw(damaged(text))


@st.composite
def tidy_textgrid(draw) -> bytes:
    """Mostly valid: ordered intervals inside a 1 s recording (some past its end), tricky text."""
    points = sorted(draw(st.lists(st.floats(min_value=0, max_value=1.3, allow_nan=False),
                                  min_size=2, max_size=6, unique=True)))
    intervals = [(a, b, draw(label_text)) for a, b in zip(points, points[1:], strict=False)]
    body = "".join(f"{a}\n{b}\n{_praat_string(t)}\n" for a, b, t in intervals)
    text = (f'File type = "ooTextFile"\nObject class = "TextGrid"\n\n0\n{points[-1]}\n<exists>\n1\n'
            f'"IntervalTier"\n{_praat_string(draw(tier_name))}\n0\n{points[-1]}\n'
            f"{len(intervals)}\n{body}")
    encoding = draw(st.sampled_from(["utf-8", "utf-16"]))
    return text.encode(encoding, errors="replace")


@st.composite
def corpus_table(draw, columns: tuple[str, ...], delimiter: str) -> bytes:
    """A Common Voice TSV or an audiofolder metadata.csv: known columns, maybe some missing."""
    header = [c for c in columns if draw(st.integers(0, 6))] + draw(
        st.lists(st.sampled_from(["split", "speaker", "junk", ""]), max_size=2))
    rows = [delimiter.join(header)]
    for _ in range(draw(st.integers(0, 5))):
        rows.append(delimiter.join(
            draw(media_ref) if column in ("path", "file_name") else
            draw(st.sampled_from(["train", "dev", "test", "validation", ""])) if column == "split"
            else draw(label_text).replace("\n", " ").replace(delimiter, " ")
            for column in header))
    return draw(damaged("\n".join(rows) + "\n"))
