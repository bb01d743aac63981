"""ELAN `.eaf` export: utterances, words and confidences as tiers a linguist can correct in ELAN.

Three tiers per speaker: the utterance tier (top level, time-aligned), a word
tier (Included_In the utterance tier, so each word sits inside its utterance)
and a confidence tier (Symbolic_Association of the word tier, one value per
word), so a linguist can sort by low confidence and fix those words first.

`base=` adds these tiers to a user's existing .eaf instead: every existing
element (header, tiers, annotations, vocabularies, comments) is kept as parsed,
new time slots, annotation ids, tier names and linguistic type ids are fresh
and unique, and the result is written atomically to `path` (which may be a new
file or the base itself). pympi's `to_eaf` is not used: it renames the user's
file and writes in place.
"""

from __future__ import annotations

import datetime as _dt
import mimetypes
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from mms_studio.core import atomic
from mms_studio.core.errors import FormatError
from mms_studio.core.formats.elan import read_eaf
from mms_studio.core.transcript import Segment, Transcription

EAF_VERSION = "3.0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Order of the top-level elements required by the EAF schema.
_RANK = {tag: i for i, tag in enumerate((
    "LICENSE", "HEADER", "TIME_ORDER", "TIER", "LINGUISTIC_TYPE", "LOCALE", "LANGUAGE", "CONSTRAINT",
    "CONTROLLED_VOCABULARY", "LEXICON_REF", "REF_LINK_SET", "EXTERNAL_REF"))}
CONSTRAINTS = {
    "Time_Subdivision": "Time subdivision of parent annotation's time interval, no time gaps "
                        "allowed within this interval",
    "Symbolic_Subdivision": "Symbolic subdivision of a parent annotation. Annotations refering "
                            "to the same parent are ordered",
    "Symbolic_Association": "1-1 association with a parent annotation",
    "Included_In": "Time alignable annotations within the parent annotation's time interval, "
                   "gaps are allowed",
}
_OPTIONS = {"base", "media", "tier", "words", "confidence"}


class _Ids:
    """Fresh ids that cannot collide with anything already in the document."""

    def __init__(self, root: ET.Element) -> None:
        self.slots = {s.get("TIME_SLOT_ID", "") for s in root.iter("TIME_SLOT")}
        used = [e.get("ANNOTATION_ID", "") for e in root.iter()
                if e.tag in ("ALIGNABLE_ANNOTATION", "REF_ANNOTATION")]
        self.annotations = set(used)
        numbers = [int(m.group(1)) for u in used if (m := re.fullmatch(r"a(\d+)", u))]
        last = _last_used(root)
        self.last_annotation = max([0, last, *numbers])
        self._next_annotation = self.last_annotation + 1
        slot_numbers = [int(m.group(1)) for s in self.slots if (m := re.fullmatch(r"ts(\d+)", s))]
        self._next_slot = max([0, *slot_numbers]) + 1

    def slot(self) -> str:
        while f"ts{self._next_slot}" in self.slots:
            self._next_slot += 1
        self.slots.add(name := f"ts{self._next_slot}")
        return name

    def annotation(self) -> str:
        while f"a{self._next_annotation}" in self.annotations:
            self._next_annotation += 1
        self.annotations.add(name := f"a{self._next_annotation}")
        self.last_annotation = max(self.last_annotation, self._next_annotation)
        return name


def _last_used(root: ET.Element) -> int:
    for prop in root.iterfind("HEADER/PROPERTY"):
        if prop.get("NAME") == "lastUsedAnnotationId":
            try:
                return int((prop.text or "0").strip())
            except ValueError:
                return 0
    return 0


def _insert(root: ET.Element, element: ET.Element) -> None:
    """Insert a top-level element where the schema wants it (after its last sibling kind)."""
    rank = _RANK[element.tag]
    index = 0
    for i, child in enumerate(root):
        if isinstance(child.tag, str) and _RANK.get(child.tag, len(_RANK)) <= rank:
            index = i + 1
    ET.indent(element, space="    ", level=1)
    element.tail = "\n    "
    root.insert(index, element)


def _new_document(media: Path | None, out: Path) -> ET.Element:
    root = ET.Element("ANNOTATION_DOCUMENT", {
        "AUTHOR": "", "DATE": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "FORMAT": EAF_VERSION, "VERSION": EAF_VERSION,
        f"{{{XSI}}}noNamespaceSchemaLocation": f"http://www.mpi.nl/tools/elan/EAFv{EAF_VERSION}.xsd"})
    header = ET.SubElement(root, "HEADER", {"MEDIA_FILE": "", "TIME_UNITS": "milliseconds"})
    if media is not None:
        attrs = {"MEDIA_URL": media.resolve().as_uri(),
                 "MIME_TYPE": _mime(media)}
        relative = _relative_url(media, out)
        if relative:
            attrs["RELATIVE_MEDIA_URL"] = relative
        ET.SubElement(header, "MEDIA_DESCRIPTOR", attrs)
    ET.SubElement(root, "TIME_ORDER")
    for stereotype, description in CONSTRAINTS.items():
        ET.SubElement(root, "CONSTRAINT", {"DESCRIPTION": description, "STEREOTYPE": stereotype})
    return root


def _mime(media: Path) -> str:
    if media.suffix.casefold() in (".wav", ".wave"):
        return "audio/x-wav"
    return mimetypes.guess_type(media.name)[0] or "audio/*"


def _relative_url(media: Path, out: Path) -> str | None:
    """The media path relative to the .eaf, as ELAN writes it ("./a.wav", "../rec/a.wav").

    ELAN tries MEDIA_URL first and the relative path when the absolute one is gone (a
    folder moved to another computer). A path that climbs to the file system's root
    ("../../../../../../../tmp/a.wav") is no better than the absolute one and breaks as
    soon as the .eaf moves, so none is written then.
    """
    media, folder = media.resolve(), out.resolve().parent
    try:
        common = Path(os.path.commonpath([media, folder]))
        relative = os.path.relpath(media, folder)
    except ValueError:  # another drive on Windows
        return None
    if common == Path(common.anchor):
        return None
    relative = relative.replace(os.sep, "/")
    return relative if relative.startswith("../") else f"./{relative}"


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    taken.add(candidate)
    return candidate


def _linguistic_type(root: ET.Element, wanted: str, constraint: str | None,
                     alignable: bool) -> str:
    """The id of a type with these properties, reusing a matching one or adding a fresh one."""
    existing = {lt.get("LINGUISTIC_TYPE_ID", ""): lt for lt in root.iterfind("LINGUISTIC_TYPE")}
    name, n = wanted, 2
    while name in existing:
        lt = existing[name]
        if (lt.get("CONSTRAINTS") == constraint and lt.get("CONTROLLED_VOCABULARY_REF") is None
                and (lt.get("TIME_ALIGNABLE", "true") == "true") == alignable):
            return name
        name, n = f"{wanted}-{n}", n + 1
    attrs = {"GRAPHIC_REFERENCES": "false", "LINGUISTIC_TYPE_ID": name,
             "TIME_ALIGNABLE": "true" if alignable else "false"}
    if constraint:
        attrs["CONSTRAINTS"] = constraint
    _insert(root, ET.Element("LINGUISTIC_TYPE", attrs))
    if constraint and not any(c.get("STEREOTYPE") == constraint
                              for c in root.iterfind("CONSTRAINT")):
        _insert(root, ET.Element("CONSTRAINT", {"DESCRIPTION": CONSTRAINTS[constraint],
                                                "STEREOTYPE": constraint}))
    return name


def _ms(seconds: float) -> int:
    return int(round(seconds * 1000))


class EafWriter:
    """Writes a `Transcription` as ELAN tiers (see the module docstring)."""

    name = "eaf"
    extension = ".eaf"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        """Options:

        base: an existing .eaf to add the tiers to (kept intact; `path` may equal it).
        media: the recording to link (default: `result.audio_path`); ignored with `base`.
        tier: name of the utterance tier (default "MMS"); words and confidence tiers
            are named after it. With several speakers, one set per speaker.
        words, confidence: whether to add those tiers (default True).
        """
        unknown = sorted(set(options) - _OPTIONS)
        if unknown:
            raise FormatError(f"The eaf export does not understand the option(s) "
                              f"{', '.join(unknown)}.")
        out = Path(path)
        if options.get("base"):
            root = read_eaf(Path(options["base"])).root  # validates before we touch anything
        else:
            media = options.get("media") or result.audio_path
            root = _new_document(Path(media) if media else None, out)
        self._add_tiers(root, result, prefix=str(options.get("tier") or "MMS"),
                        words=bool(options.get("words", True)),
                        confidence=bool(options.get("confidence", True)))
        if not options.get("base"):
            ET.indent(root, space="    ")
        text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
        atomic.write_text(out, text + "\n")
        return out

    def _add_tiers(self, root: ET.Element, result: Transcription, *, prefix: str, words: bool,
                   confidence: bool) -> None:
        ids = _Ids(root)
        time_order = root.find("TIME_ORDER")
        if time_order is None:
            time_order = ET.Element("TIME_ORDER")
            _insert(root, time_order)
        taken = {t.get("TIER_ID", "") for t in root.iterfind("TIER")}
        utterance_type = _linguistic_type(root, "mms-utterance", None, True)
        word_type = _linguistic_type(root, "mms-words", "Included_In", True) if words else None
        conf_type = (_linguistic_type(root, "mms-confidence", "Symbolic_Association", False)
                     if confidence else None)
        speakers = list(dict.fromkeys(s.speaker for s in result.segments)) or [None]
        slots: list[tuple[int, str]] = []

        def slot(ms: int) -> str:
            slots.append((ms, ids.slot()))
            return slots[-1][1]

        for speaker in speakers:
            segments = [s for s in result.segments if s.speaker == speaker]
            suffix = f" - {speaker}" if speaker and len(speakers) > 1 else ""
            names = {"utterance": _unique(f"{prefix}{suffix}", taken)}
            if words:
                names["words"] = _unique(f"{prefix} words{suffix}", taken)
            if confidence:
                names["confidence"] = _unique(f"{prefix} confidence{suffix}", taken)
            participant = {"PARTICIPANT": speaker} if speaker else {}
            utt = ET.Element("TIER", {"LINGUISTIC_TYPE_REF": utterance_type, **participant,
                                      "TIER_ID": names["utterance"]})
            word_tier = conf_tier = None
            if words:
                word_tier = ET.Element("TIER", {"LINGUISTIC_TYPE_REF": word_type, **participant,
                                                "PARENT_REF": names["utterance"],
                                                "TIER_ID": names["words"]})
            if confidence:
                conf_tier = ET.Element("TIER", {
                    "LINGUISTIC_TYPE_REF": conf_type, **participant,
                    "PARENT_REF": names["words"] if words else names["utterance"],
                    "TIER_ID": names["confidence"]})
            previous_end = 0
            for segment in sorted(segments, key=lambda s: (s.start, s.end)):
                start, end = max(_ms(segment.start), previous_end), _ms(segment.end)
                if end <= start:
                    continue
                previous_end = end
                utt_id = _aligned(utt, ids.annotation(), slot(start), slot(end), segment.text)
                if not words:
                    if conf_tier is not None:
                        _ref(conf_tier, ids.annotation(), utt_id, f"{segment.confidence:.2f}")
                    continue
                for word_id, word_conf in _words(word_tier, segment, start, end, ids, slot):
                    if conf_tier is not None:
                        _ref(conf_tier, ids.annotation(), word_id, f"{word_conf:.2f}")
            for tier in (utt, word_tier, conf_tier):
                if tier is not None:
                    _insert(root, tier)
        for ms, name in sorted(slots):
            ET.SubElement(time_order, "TIME_SLOT", {"TIME_SLOT_ID": name, "TIME_VALUE": str(ms)})
        ET.indent(time_order, space="    ", level=1)
        _set_last_used(root, ids.last_annotation)


def _words(tier: ET.Element, segment: Segment, start: int, end: int, ids: _Ids,
           slot: Callable[[int], str]) -> Iterator[tuple[str, float]]:
    """Word annotations inside [start, end], never overlapping; yields (id, confidence)."""
    previous = start
    for word in segment.words:
        w_start = min(max(_ms(word.start), previous), end)
        w_end = min(max(_ms(word.end), w_start), end)
        if w_end <= w_start or not word.text:
            continue
        previous = w_end
        yield _aligned(tier, ids.annotation(), slot(w_start), slot(w_end), word.text), \
            word.confidence


def _aligned(tier: ET.Element, annotation_id: str, ts1: str, ts2: str, value: str) -> str:
    annotation = ET.SubElement(ET.SubElement(tier, "ANNOTATION"), "ALIGNABLE_ANNOTATION", {
        "ANNOTATION_ID": annotation_id, "TIME_SLOT_REF1": ts1, "TIME_SLOT_REF2": ts2})
    ET.SubElement(annotation, "ANNOTATION_VALUE").text = value
    return annotation_id


def _ref(tier: ET.Element, annotation_id: str, parent_id: str, value: str) -> None:
    annotation = ET.SubElement(ET.SubElement(tier, "ANNOTATION"), "REF_ANNOTATION", {
        "ANNOTATION_ID": annotation_id, "ANNOTATION_REF": parent_id})
    ET.SubElement(annotation, "ANNOTATION_VALUE").text = value


def _set_last_used(root: ET.Element, last: int) -> None:
    header = root.find("HEADER")
    if header is None:
        header = ET.Element("HEADER", {"MEDIA_FILE": "", "TIME_UNITS": "milliseconds"})
        _insert(root, header)
    for prop in header.iterfind("PROPERTY"):
        if prop.get("NAME") == "lastUsedAnnotationId":
            prop.text = str(last)
            return
    prop = ET.SubElement(header, "PROPERTY", {"NAME": "lastUsedAnnotationId"})
    prop.text = str(last)
