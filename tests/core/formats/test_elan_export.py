"""ELAN export: read back with pympi-ling, checked against ELAN's structural rules, and
added to real users' files without changing anything already there.

The EAF XSD (www.mpi.nl/tools/elan/EAFv3.0.xsd) cannot be fetched offline, so
`check_eaf_structure` encodes the rules ELAN enforces when it opens a file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pympi
import pytest

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.elan import plan_eaf
from mms_studio.core.formats.writers import get_writer
from mms_studio.core.importing.plan import ImportOptions

SCHEMA_ORDER = ["LICENSE", "HEADER", "TIME_ORDER", "TIER", "LINGUISTIC_TYPE", "LOCALE",
                "LANGUAGE", "CONSTRAINT", "CONTROLLED_VOCABULARY", "LEXICON_REF",
                "REF_LINK_SET", "EXTERNAL_REF"]


def check_eaf_structure(path: Path, *, skip_tiers: set[str] = frozenset()) -> ET.Element:
    """`skip_tiers`: tiers of a user's own file, checked only for what we could break (ids)."""
    root = ET.parse(path).getroot()
    tags = [c.tag for c in root if isinstance(c.tag, str)]
    assert [SCHEMA_ORDER.index(t) for t in tags] == sorted(SCHEMA_ORDER.index(t) for t in tags)
    slots = {s.get("TIME_SLOT_ID"): s.get("TIME_VALUE") for s in root.iter("TIME_SLOT")}
    assert len(slots) == len(list(root.iter("TIME_SLOT"))), "time slot ids must be unique"
    ann_ids = [a.get("ANNOTATION_ID") for a in root.iter()
               if a.tag in ("ALIGNABLE_ANNOTATION", "REF_ANNOTATION")]
    assert len(ann_ids) == len(set(ann_ids)), "annotation ids must be unique"
    numbers = [int(m.group(1)) for a in ann_ids if (m := re.fullmatch(r"a(\d+)", a))]
    last = next(p for p in root.iterfind("HEADER/PROPERTY")
                if p.get("NAME") == "lastUsedAnnotationId")
    assert int(last.text) >= max(numbers, default=0)
    types = {t.get("LINGUISTIC_TYPE_ID"): t for t in root.iterfind("LINGUISTIC_TYPE")}
    stereotypes = {c.get("STEREOTYPE") for c in root.iterfind("CONSTRAINT")}
    tiers = {t.get("TIER_ID"): t for t in root.iterfind("TIER")}
    owner: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    for name, tier in tiers.items():
        if name in skip_tiers:
            for a in tier.iterfind("ANNOTATION/*"):
                owner[a.get("ANNOTATION_ID")] = name
            continue
        ltype = types[tier.get("LINGUISTIC_TYPE_REF")]           # declared
        constraint = ltype.get("CONSTRAINTS")
        parent = tier.get("PARENT_REF")
        if parent is None:
            assert constraint is None, f"top-level tier {name} has a constrained type"
        else:
            assert parent in tiers, f"{name}'s parent {parent} does not exist"
            assert constraint in stereotypes
        if constraint in ("Symbolic_Association", "Symbolic_Subdivision"):
            assert ltype.get("TIME_ALIGNABLE") == "false"
        previous_end = -1
        for a in tier.iterfind("ANNOTATION/ALIGNABLE_ANNOTATION"):
            start = int(slots[a.get("TIME_SLOT_REF1")])
            end = int(slots[a.get("TIME_SLOT_REF2")])
            assert start < end
            assert start >= previous_end, f"{name}: annotations out of time order or overlapping"
            previous_end = end
            owner[a.get("ANNOTATION_ID")] = name
            spans[a.get("ANNOTATION_ID")] = (start, end)
        for a in tier.iterfind("ANNOTATION/REF_ANNOTATION"):
            owner[a.get("ANNOTATION_ID")] = name
    for name, tier in tiers.items():
        if name in skip_tiers:
            continue
        for a in tier.iterfind("ANNOTATION/REF_ANNOTATION"):
            assert owner[a.get("ANNOTATION_REF")] == tier.get("PARENT_REF")
        if types[tier.get("LINGUISTIC_TYPE_REF")].get("CONSTRAINTS") == "Included_In":
            parent_spans = [spans[i] for i, t in owner.items()
                            if t == tier.get("PARENT_REF") and i in spans]
            for a in tier.iterfind("ANNOTATION/ALIGNABLE_ANNOTATION"):
                start, end = spans[a.get("ANNOTATION_ID")]
                assert any(ps <= start and end <= pe for ps, pe in parent_spans), \
                    f"{name}: a word lies outside every utterance"
    return root


def test_export_reads_back_with_pympi(tmp_path, kit):
    (tmp_path / "media").mkdir()
    audio = kit.write_tone(tmp_path / "media" / "talk.wav", 6.0)
    result = kit.sample_result(str(audio))
    out = get_writer("eaf").write(result, tmp_path / "out" / "talk.eaf")
    check_eaf_structure(out)
    eaf = pympi.Elan.Eaf(str(out))
    assert set(eaf.get_tier_names()) == {"MMS - Ani", "MMS words - Ani", "MMS confidence - Ani",
                                         "MMS - Bo", "MMS words - Bo", "MMS confidence - Bo"}
    assert eaf.tiers["MMS - Ani"][2]["PARTICIPANT"] == "Ani"
    segments = sorted(eaf.get_annotation_data_for_tier("MMS - Ani")
                      + eaf.get_annotation_data_for_tier("MMS - Bo"))
    assert segments == [(round(s.start * 1000), round(s.end * 1000), s.text)
                        for s in result.segments]
    words = sorted(eaf.get_annotation_data_for_tier("MMS words - Ani")
                   + eaf.get_annotation_data_for_tier("MMS words - Bo"))
    expected = [(round(w.start * 1000), min(round(w.end * 1000), round(s.end * 1000)), w.text)
                for s in result.segments for w in s.words]
    assert words == expected   # the last word of Bo (4.2 s) is clipped to its segment (4.125 s)
    conf = {}
    for tier in ("Ani", "Bo"):
        aligned = eaf.tiers[f"MMS words - {tier}"][0]
        for ref, value, _prev, _svg in eaf.tiers[f"MMS confidence - {tier}"][1].values():
            conf[aligned[ref][2]] = float(value)
    assert conf == {w.text: pytest.approx(round(w.confidence, 2)) for w in result.words}
    media = eaf.media_descriptors[0]
    assert media["RELATIVE_MEDIA_URL"] == "../media/talk.wav"
    assert media["MEDIA_URL"] == audio.resolve().as_uri()


def test_export_then_import_gives_the_same_segments(tmp_path, kit):
    audio = kit.write_tone(tmp_path / "talk.wav", 6.0)
    result = kit.sample_result(str(audio))
    out = get_writer("eaf").write(result, tmp_path / "talk.eaf", words=False, confidence=False)
    plan = plan_eaf(out, ImportOptions())
    assert sorted((c.start, c.end, c.transcript, c.speaker) for c in plan.clips) == [
        (s.start, s.end, s.text, s.speaker) for s in result.segments]


def test_segment_confidence_tier_without_words(tmp_path, kit):
    out = get_writer("eaf").write(kit.sample_result(), tmp_path / "t.eaf", words=False,
                                  tier="ASR")
    check_eaf_structure(out)
    eaf = pympi.Elan.Eaf(str(out))
    values = sorted(v for _r, v, _p, _s in eaf.tiers["ASR confidence - Ani"][1].values())
    assert values == ["0.65", "0.68"]
    assert eaf.media_descriptors == []


def _snapshot(root: ET.Element) -> dict[str, object]:
    """Everything a user wrote: header (minus the id counter), tiers, types, vocabularies..."""
    def text(el: ET.Element) -> str:
        return ET.tostring(el, encoding="unicode").strip()

    slots = {s.get("TIME_SLOT_ID"): s.get("TIME_VALUE") for s in root.iter("TIME_SLOT")}
    header = [text(e) for e in root.find("HEADER")
              if not (e.tag == "PROPERTY" and e.get("NAME") == "lastUsedAnnotationId")]
    tiers = {}
    for tier in root.iterfind("TIER"):
        rows = []
        for a in tier.iterfind("ANNOTATION/*"):
            rows.append((a.tag, dict(a.attrib), a.findtext("ANNOTATION_VALUE"),
                         slots.get(a.get("TIME_SLOT_REF1")), slots.get(a.get("TIME_SLOT_REF2"))))
        tiers[tier.get("TIER_ID")] = (dict(tier.attrib), rows)
    others = {tag: [text(e) for e in root.iterfind(tag)] for tag in SCHEMA_ORDER
              if tag not in ("HEADER", "TIME_ORDER", "TIER")}
    return {"root": dict(root.attrib), "header": header, "tiers": tiers, **others}


@pytest.mark.parametrize("relative", ["annotations/pympi/sample_3.0.eaf",
                                      "annotations/saymore/test.eaf",
                                      "abui/elpis_lib/abui_4.eaf",
                                      "na/CRDO-NRU_F4_10.eaf"])
def test_adding_tiers_keeps_every_existing_thing(tmp_path, shared_data, kit, relative):
    base = shared_data / relative
    before = _snapshot(ET.parse(base).getroot())
    out = get_writer("eaf").write(kit.sample_result(), tmp_path / "with_asr.eaf", base=base)
    after = _snapshot(check_eaf_structure(out, skip_tiers=set(before["tiers"])))
    new_tiers = {k: v for k, v in after["tiers"].items() if k not in before["tiers"]}
    after["tiers"] = {k: v for k, v in after["tiers"].items() if k in before["tiers"]}
    new_types = [t for t in after["LINGUISTIC_TYPE"] if t not in before["LINGUISTIC_TYPE"]]
    after["LINGUISTIC_TYPE"] = [t for t in after["LINGUISTIC_TYPE"]
                                if t in before["LINGUISTIC_TYPE"]]
    after["CONSTRAINT"] = after["CONSTRAINT"][:len(before["CONSTRAINT"])]
    assert after == before
    assert len(new_tiers) == 6 and len(new_types) == 3
    eaf = pympi.Elan.Eaf(str(out))
    assert sorted(eaf.get_annotation_data_for_tier("MMS - Ani")) == [(500, 2250, "néda ama"),
                                                                     (4500, 5750, "ở địa bàn")]
    original = pympi.Elan.Eaf(str(base))
    for name in original.get_tier_names():
        assert eaf.tiers[name][0].keys() == original.tiers[name][0].keys()
        assert eaf.tiers[name][1].keys() == original.tiers[name][1].keys()
    assert eaf.controlled_vocabularies == original.controlled_vocabularies
    assert base.read_bytes() == (shared_data / relative).read_bytes()


def test_adding_twice_gives_fresh_names_and_ids(tmp_path, shared_data, kit):
    base = shared_data / "abui" / "transcribed" / "abui_4.eaf"
    first = get_writer("eaf").write(kit.sample_result(), tmp_path / "a.eaf", base=base)
    second = get_writer("eaf").write(kit.sample_result(), first, base=first)
    root = check_eaf_structure(second)
    names = [t.get("TIER_ID") for t in root.iterfind("TIER")]
    assert "MMS - Ani (2)" in names and names.count("MMS - Ani") == 1
    assert len([t for t in root.iterfind("LINGUISTIC_TYPE")]) == 4   # types reused


def test_bad_base_file_is_refused_and_nothing_written(tmp_path, kit):
    bad = tmp_path / "bad.eaf"
    bad.write_text("<ANNOTATION_DOCUMENT>", encoding="utf-8")
    with pytest.raises(FormatError, match="bad.eaf"):
        get_writer("eaf").write(kit.sample_result(), tmp_path / "out.eaf", base=bad)
    assert not (tmp_path / "out.eaf").exists()


def test_adding_to_a_minimal_file_declares_what_our_tiers_need(tmp_path, kit):
    base = tmp_path / "minimal.eaf"
    base.write_text(kit.eaf_text(kit.tier("T", kit.aligned("a7", "ts1", "ts2", "old")),
                                 {"ts1": 0, "ts2": 400}), encoding="utf-8")
    out = get_writer("eaf").write(kit.sample_result(), tmp_path / "out.eaf", base=base)
    root = check_eaf_structure(out)
    assert {c.get("STEREOTYPE") for c in root.iterfind("CONSTRAINT")} == {
        "Included_In", "Symbolic_Association"}
    ids = [a.get("ANNOTATION_ID") for a in root.iter("ALIGNABLE_ANNOTATION")]
    assert "a7" in ids and "a8" in ids and "a1" not in ids   # numbering continues after a7
    eaf = pympi.Elan.Eaf(str(out))
    assert eaf.get_annotation_data_for_tier("T") == [(0, 400, "old")]
