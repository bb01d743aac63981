"""ELAN `.eaf` import: list a file's tiers and turn chosen tiers' annotations into clips.

Fieldworkers' transcriptions mostly live in ELAN. Parsed with defusedxml (see
`xmlsafe`), read into a small model (`EafDocument`) that both the planner and
the exporter's "add tiers to my file" mode use.

Which tiers become clips (`choose_tiers`), when the user named none: among
the *top-level, time-aligned* tiers that hold text, `tierchoice.choose` picks
one (a transcription-like name or type first, then the most running text,
never a commentary tier such as "Errors" over "word"), or one per participant
when the tiers belong to different participants (one speaker per tier is ELAN's
convention). The speaker is the PARTICIPANT attribute, else the tier name only
when it looks like a person's. The plan's `notes` say which tier was taken and
why, then list the tiers passed over (pick them with --tier / --tier-type /
--tier-index); refusals come first in `skipped`.

Times: alignable annotations use their time slots; Symbolic_Association
children take their parent's times (a transcription under a time-aligned
"segment" tier, FLEx style); Symbolic_Subdivision children have no times of
their own and are refused with a reason. Annotations with unaligned slots are
skipped with a reason.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from mms_studio.core.errors import FormatError
from mms_studio.core.formats import tierchoice
from mms_studio.core.formats.labels import clean
from mms_studio.core.formats.media import find_media, media_duration_or_reason, padded_cut
from mms_studio.core.formats.xmlsafe import parse_xml
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, Note, PlannedClip, Skipped
from mms_studio.core.tasks import Message

TIME_ALIGNED = ("Time_Subdivision", "Included_In")


@dataclass(frozen=True)
class TierInfo:
    """What the user sees when choosing tiers (`mms-studio tiers FILE.eaf`)."""

    name: str
    linguistic_type: str
    participant: str
    annotations: int
    parent: str | None = None
    constraint: str | None = None   # None for a top-level tier
    time_alignable: bool = True
    non_empty: int = 0


@dataclass(frozen=True)
class Annotation:
    id: str
    value: str
    start_ms: int | None   # None when unaligned or not resolvable
    end_ms: int | None
    parent_id: str | None = None   # for reference annotations


@dataclass
class Tier:
    info: TierInfo
    annotations: list[Annotation] = field(default_factory=list)


@dataclass
class EafDocument:
    path: Path
    root: ET.Element
    slots: dict[str, int | None]
    tiers: dict[str, Tier]
    media_refs: list[str]

    def annotation(self, annotation_id: str) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for t in self.tiers.values() for a in t.annotations}


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(round(float(text))) if text not in (None, "") else None
    except (ValueError, OverflowError):  # "nan", "inf": treated as unaligned
        return None


def read_eaf(path: str | Path) -> EafDocument:
    """Parse and check an ELAN file; raises `FormatError` with a plain reason when it is not one."""
    path = Path(path)
    root = parse_xml(path, what="ELAN file")
    if root.tag != "ANNOTATION_DOCUMENT":
        raise FormatError(f"{path.name} is XML but not an ELAN file (it has no "
                          "ANNOTATION_DOCUMENT).")
    header = root.find("HEADER")
    units = header.get("TIME_UNITS", "milliseconds") if header is not None else "milliseconds"
    if units != "milliseconds":
        raise FormatError(f"{path.name} counts time in {units}; only milliseconds are supported.")
    slots = {slot.get("TIME_SLOT_ID", ""): _int_or_none(slot.get("TIME_VALUE"))
             for slot in root.iterfind("TIME_ORDER/TIME_SLOT")}
    types = {lt.get("LINGUISTIC_TYPE_ID", ""): lt for lt in root.iterfind("LINGUISTIC_TYPE")}
    tiers: dict[str, Tier] = {}
    for element in root.iterfind("TIER"):
        name = element.get("TIER_ID")
        if not name:
            raise FormatError(f"{path.name} has a tier without a name (TIER_ID); it is damaged.")
        ltype = element.get("LINGUISTIC_TYPE_REF", "")
        type_element = types.get(ltype)
        constraint = type_element.get("CONSTRAINTS") if type_element is not None else None
        alignable = (type_element.get("TIME_ALIGNABLE", "true") != "false"
                     if type_element is not None else True)
        annotations = [_read_annotation(path, a, slots) for a in element.iterfind("ANNOTATION")]
        tier = Tier(TierInfo(
            name=name, linguistic_type=ltype, participant=element.get("PARTICIPANT", ""),
            annotations=len(annotations), parent=element.get("PARENT_REF"),
            constraint=constraint if element.get("PARENT_REF") else None,
            time_alignable=alignable, non_empty=sum(1 for a in annotations if clean(a.value))),
            annotations)
        if name in tiers:
            raise FormatError(f"{path.name} has two tiers named “{name}”; it is damaged.")
        tiers[name] = tier
    for tier in tiers.values():
        if tier.info.parent and tier.info.parent not in tiers:
            raise FormatError(f"In {path.name} tier “{tier.info.name}” depends on a tier "
                              f"“{tier.info.parent}” that does not exist; the file is damaged.")
    refs = [descriptor.get(key, "") for descriptor in root.iterfind("HEADER/MEDIA_DESCRIPTOR")
            for key in ("RELATIVE_MEDIA_URL", "MEDIA_URL") if descriptor.get(key)]
    if header is not None and header.get("MEDIA_FILE"):  # EAF 2.x named it here
        refs.append(header.get("MEDIA_FILE", ""))
    refs.sort(key=lambda ref: not _looks_audio(ref))  # a video's audio track is listed too
    return EafDocument(path=path, root=root, slots=slots, tiers=tiers, media_refs=refs)


def _looks_audio(ref: str) -> bool:
    from mms_studio.core.audio import AUDIO_SUFFIXES

    return Path(ref.replace("\\", "/")).suffix.casefold() in AUDIO_SUFFIXES


def _read_annotation(path: Path, element: ET.Element, slots: dict[str, int | None]) -> Annotation:
    aligned = element.find("ALIGNABLE_ANNOTATION")
    if aligned is not None:
        ref1, ref2 = aligned.get("TIME_SLOT_REF1", ""), aligned.get("TIME_SLOT_REF2", "")
        if ref1 not in slots or ref2 not in slots:
            raise FormatError(f"In {path.name} annotation {aligned.get('ANNOTATION_ID')} uses a "
                              "time slot that does not exist; the file is damaged.")
        return Annotation(aligned.get("ANNOTATION_ID", ""), aligned.findtext("ANNOTATION_VALUE")
                          or "", slots[ref1], slots[ref2])
    ref = element.find("REF_ANNOTATION")
    if ref is None:
        raise FormatError(f"{path.name} holds an annotation of an unknown kind; it is damaged.")
    return Annotation(ref.get("ANNOTATION_ID", ""), ref.findtext("ANNOTATION_VALUE") or "",
                      None, None, parent_id=ref.get("ANNOTATION_REF"))


def list_tiers(path: str | Path) -> list[TierInfo]:
    """Every tier in file order, with type, participant and annotation counts."""
    return [tier.info for tier in read_eaf(path).tiers.values()]


def _times(doc: EafDocument, annotation: Annotation) -> tuple[int | None, int | None]:
    seen = set()
    while annotation.parent_id is not None:
        if annotation.id in seen:
            return None, None
        seen.add(annotation.id)
        parent = doc.annotation(annotation.parent_id)
        if parent is None:
            return None, None
        annotation = parent
    return annotation.start_ms, annotation.end_ms


def _subdivides(doc: EafDocument, tier: Tier) -> bool:
    """True when the tier, or an ancestor up to a time-aligned tier, splits parent annotations.

    Declared Symbolic_Subdivision, or (files with undeclared constraints, like
    the Na corpus' word tier) several reference annotations pointing at one parent.
    """
    current: Tier | None = tier
    while current is not None and current.info.parent:
        if current.info.constraint == "Symbolic_Subdivision":
            return True
        if current.info.constraint in TIME_ALIGNED:
            return False
        parents = [a.parent_id for a in current.annotations if a.parent_id is not None]
        if len(parents) != len(set(parents)):
            return True
        current = doc.tiers.get(current.info.parent)
    return False


def choose_tiers(doc: EafDocument, options: ImportOptions
                 ) -> tuple[list[Tier], list[Skipped]]:
    """The tiers to import, and what was refused (see the module docstring for the rule)."""
    chosen, skipped, _notes, _speakers = _choose(doc, options)
    return chosen, skipped


def _choose(doc: EafDocument, options: ImportOptions
            ) -> tuple[list[Tier], list[Skipped], list[Note], dict[str, str | None]]:
    """(tiers, refused, notes, speaker per tier name)."""
    name = doc.path.name
    tiers = list(doc.tiers.values())
    if options.tiers or options.tier_types or options.tier_indexes:
        chosen = [t for i, t in enumerate(tiers)
                  if t.info.name in options.tiers or t.info.linguistic_type in options.tier_types
                  or i in options.tier_indexes]
        skipped = []
        if not chosen:
            asked = [*options.tiers, *options.tier_types, *(f"#{i}" for i in options.tier_indexes)]
            skipped.append(Skipped(name, Message(
                "No tier matches {asked}; its tiers are: {tiers}.", asked=", ".join(asked),
                tiers=", ".join(t.info.name for t in tiers) or "none")))
        return chosen, skipped, [], {t.info.name: t.info.participant or None for t in chosen}
    candidates = [t for t in tiers
                  if not t.info.parent and t.info.time_alignable and t.info.non_empty]
    if not candidates:
        reason = (Message("It has no tiers.") if not tiers else Message(
            "None of its time-aligned top-level tiers has any text; choose a tier with --tier."))
        return [], [Skipped(name, reason)], [], {}
    choice = tierchoice.choose(
        [tierchoice.Candidate(t.info.name, tuple(v for a in t.annotations if (v := clean(a.value))),
                              participant=t.info.participant, kind=t.info.linguistic_type)
         for t in candidates], several=False)
    if choice is None:  # unreachable: every candidate has text
        return [], [Skipped(name, Message("None of its tiers has any text."))], [], {}
    chosen = [doc.tiers[c.name] for c, _ in choice.taken]
    speakers = {c.name: c.participant or speaker for c, speaker in choice.taken}
    notes = [Note(name, choice.why)]
    notes += [Note(f"{name} tier “{t.info.name}”", Message(
        "Not imported by default; choose it with --tier if it holds the transcription."))
        for t in tiers if t not in chosen and t.info.non_empty]
    return chosen, [], notes, speakers


def plan_eaf(path: Path, options: ImportOptions) -> ImportPlan:
    """Clips for the chosen tiers' non-empty annotations, cut from the linked recording.

    Read-only. Raises `FormatError` when the file is not a readable ELAN file;
    a missing recording, empty annotations, overlaps and bad times become
    `Skipped` entries so one bad file in a folder does not stop the others.
    """
    path = Path(path)
    doc = read_eaf(path)
    plan = ImportPlan()
    chosen, refused, notes, speakers = _choose(doc, options)
    plan.skipped.extend(refused)
    if chosen:
        media, tried = find_media(path, doc.media_refs, roots=options.media_roots)
        if media is None:
            count = sum(t.info.non_empty for t in chosen)
            plan.skipped.append(Skipped(path.name, Message(
                "Its recording ({tried}) was not found in the folders chosen for this import, so "
                "its {count} annotation(s) were not imported; put the recording beside the .eaf, "
                "or import the folder that holds both.", tried=" or ".join(tried), count=count)))
        else:
            duration, why = media_duration_or_reason(media)
            if duration is None:
                plan.skipped.append(Skipped(path.name, why))
            else:
                for tier in chosen:
                    _plan_tier(doc, tier, media, duration, options, plan,
                               speakers.get(tier.info.name))
    plan.notes.extend(notes)  # after the reasons that decided
    return plan


def _plan_tier(doc: EafDocument, tier: Tier, media: Path, duration: float,
               options: ImportOptions, plan: ImportPlan, speaker: str | None = None) -> None:
    where = f"{doc.path.name} tier “{tier.info.name}”"
    if _subdivides(doc, tier):
        plan.skipped.append(Skipped(where, Message(
            "Its annotations subdivide another tier's annotations without times of their own; "
            "import the parent tier instead.")))
        return
    if not tier.annotations:
        plan.skipped.append(Skipped(where, Message("The tier has no annotations.")))
        return
    empty = 0
    timed = []
    for index, annotation in enumerate(tier.annotations, start=1):
        text = clean(annotation.value)
        if not text:
            empty += 1
            continue
        start_ms, end_ms = _times(doc, annotation)
        if start_ms is None or end_ms is None:
            plan.skipped.append(Skipped(f"{where} #{index}", Message(
                "The annotation has no time in the file (unaligned).")))
        elif start_ms < 0 or end_ms <= start_ms:
            plan.skipped.append(Skipped(f"{where} #{index}", Message(
                "The annotation ends ({end} ms) before it starts ({start} ms).", end=end_ms,
                start=start_ms)))
        elif start_ms / 1000 >= duration:
            plan.skipped.append(Skipped(f"{where} #{index}", Message(
                "The annotation starts after the end of {media}.", media=media.name)))
        else:
            timed.append((start_ms, end_ms, index, text))
    if empty:
        plan.skipped.append(Skipped(where, Message("{count} empty annotation(s).", count=empty)))
    previous_end = -1
    for start_ms, end_ms, index, text in sorted(timed):
        # Real corpora (the Na files) overlap neighbours by a few ms: harmless for a cut.
        # Mostly covering the previous annotation means a duplicate or a broken tier.
        if previous_end - start_ms > (end_ms - start_ms) / 2:
            plan.skipped.append(Skipped(f"{where} #{index}", Message(
                "The annotation mostly overlaps the one before it on the same tier.")))
            continue
        previous_end = max(previous_end, end_ms)
        cut = padded_cut(start_ms / 1000, end_ms / 1000, duration, options.padding)
        if cut is None:
            plan.skipped.append(Skipped(f"{where} #{index}", Message(
                "The annotation lies outside the recording {media}.", media=media.name)))
            continue
        start, end = cut
        plan.clips.append(PlannedClip(
            media=media, transcript=text, start=start, end=end,
            speaker=options.speaker or tier.info.participant or speaker or None,
            split=options.split,
            source=f"{where} #{index}"))
