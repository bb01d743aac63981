"""The security rules of docs/SECURITY.md, each held by a test here (or named there).

Source rules are checked on the code itself with `ast` (so a new module cannot slip
past them); behaviour rules with crafted files: an XML entity bomb, an external
entity, archive members aimed outside, media references aimed outside the folders
the user chose.
"""

from __future__ import annotations

import ast
import io
import time
import zipfile
from pathlib import Path

import pytest

from mms_studio.core.errors import FormatError, ImportFailedError
from mms_studio.core.formats.elan import plan_eaf, read_eaf
from mms_studio.core.formats.transcriber import read_trs
from mms_studio.core.importing.plan import ImportOptions
from tests.core.badinput.corpus import BILLION_LAUGHS, GOOD_SLOTS, GOOD_TIER, eaf, good_wav

PACKAGE = Path(__file__).resolve().parents[2] / "mms_studio"
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "joblib", "shelve", "marshal",
                  "cloudpickle"}
XML_PARSERS = {"parse", "fromstring", "iterparse", "XMLParser", "XML", "parseString",
               "XMLPullParser", "fromstringlist"}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ""


def test_no_pickle_or_torch_load_anywhere():
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [f"{path}:{node.lineno} import {a.name}" for a in node.names
                          if a.name.split(".")[0] in UNSAFE_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in UNSAFE_MODULES:
                    found.append(f"{path}:{node.lineno} from {node.module}")
                if node.module.startswith("torch") and any(a.name == "load" for a in node.names):
                    found.append(f"{path}:{node.lineno} from {node.module} import load")
            elif isinstance(node, ast.Call):
                name = _dotted(node.func)
                if name.endswith("torch.load") or name in ("torch.load", "load_state_dict_from_url"):
                    found.append(f"{path}:{node.lineno} {name}")
                if name.split(".")[-1] == "load" and name.split(".")[0] in ("np", "numpy") and any(
                        k.arg == "allow_pickle" and not (isinstance(k.value, ast.Constant)
                                                         and k.value.value is False)
                        for k in node.keywords):
                    found.append(f"{path}:{node.lineno} {name}(allow_pickle=...)")
                if name.endswith("yaml.load") or name == "yaml.unsafe_load":
                    found.append(f"{path}:{node.lineno} {name}")
                if any(k.arg == "weights_only" for k in node.keywords):
                    found.append(f"{path}:{node.lineno} {name}(weights_only=...)")
    assert not found, "unsafe loaders:\n" + "\n".join(found)


def test_no_trust_remote_code():
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "trust_remote_code" and not (
                    isinstance(node.value, ast.Constant) and node.value.value is False):
                found.append(f"{path}:{node.value.lineno}")
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "trust_remote_code" and not (
                            isinstance(value, ast.Constant) and value.value is False):
                        found.append(f"{path}:{key.lineno}")
    assert not found, f"trust_remote_code not False at: {found}"


def test_xml_is_parsed_only_through_defusedxml():
    found = []
    for path, tree in _modules():
        if path.name == "xmlsafe.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _dotted(node.func)
                head, _, last = name.rpartition(".")
                if last in XML_PARSERS and head.split(".")[-1] in (
                        "ET", "ElementTree", "etree", "minidom", "pulldom", "sax", "expat",
                        "cElementTree"):
                    found.append(f"{path}:{node.lineno} {name}")
            elif isinstance(node, ast.ImportFrom) and node.module and (
                    node.module.startswith(("xml.", "lxml"))):
                found += [f"{path}:{node.lineno} from {node.module} import {a.name}"
                          for a in node.names if a.name in XML_PARSERS]
            elif isinstance(node, ast.Import):
                found += [f"{path}:{node.lineno} import {a.name}" for a in node.names
                          if a.name.startswith(("lxml", "xml.dom", "xml.sax", "pympi"))]
    assert not found, "XML parsed without defusedxml:\n" + "\n".join(found)


@pytest.mark.parametrize("suffix", [".eaf", ".trs"])
def test_entity_bomb_is_refused_at_once(tmp_path, suffix):
    root = "ANNOTATION_DOCUMENT" if suffix == ".eaf" else "Trans"
    bomb = tmp_path / f"laughs{suffix}"
    bomb.write_text(BILLION_LAUGHS.replace("ANNOTATION_DOCUMENT", root), encoding="utf-8")
    started = time.process_time()
    with pytest.raises(FormatError, match="entities"):
        (read_eaf if suffix == ".eaf" else read_trs)(bomb)
    assert time.process_time() - started < 5  # not expanded (a billion "lol"s would take ages)


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    xxe = tmp_path / "xxe.eaf"
    xxe.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
                   "\n<ANNOTATION_DOCUMENT><HEADER/>&x;</ANNOTATION_DOCUMENT>", encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        read_eaf(xxe)
    assert "TOP-SECRET-MARKER" not in str(caught.value)
    parameter = tmp_path / "param.eaf"
    parameter.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY % p SYSTEM '
                         f'"{secret.as_uri()}"> %p;]>\n<ANNOTATION_DOCUMENT/>', encoding="utf-8")
    with pytest.raises(FormatError):
        read_eaf(parameter)


def test_transcriber_dtd_is_named_but_never_fetched(tmp_path):
    trs = tmp_path / "t.trs"
    trs.write_text('<?xml version="1.0"?>\n<!DOCTYPE Trans SYSTEM "http://192.0.2.1/trans-14.dtd">'
                   '\n<Trans audio_filename="t"><Episode><Section><Turn endTime="1">'
                   '<Sync time="0"/>ama</Turn></Section></Episode></Trans>', encoding="utf-8")
    started = time.monotonic()
    audio, stretches = read_trs(trs)  # 192.0.2.1 is a documentation address: nothing answers
    assert stretches and time.monotonic() - started < 5


def _zip(members: dict[str, bytes], link: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "../../../../etc/passwd")
    return buffer.getvalue()


@pytest.mark.parametrize(("members", "link"), [
    ({"../../evil.json": b"{}"}, None),
    ({"/tmp/evil.json": b"{}"}, None),
    ({"C:\\evil.json": b"{}"}, None),
    ({"sub/../../evil.json": b"{}"}, None),
    ({"adapter.json": b"{}"}, "vocab.json"),
    ({"a/b/c/adapter.json": b"{}"}, None),
])
def test_archive_members_outside_the_target_are_refused(tmp_path, members, link):
    from mms_studio.core.engine.library import import_bundle

    bundle = tmp_path / "in" / "b.zip"
    bundle.parent.mkdir()
    bundle.write_bytes(_zip(members, link))
    library = tmp_path / "deep" / "library"
    library.mkdir(parents=True)
    with pytest.raises(ImportFailedError):
        import_bundle(bundle, library=library)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert written == [Path("in/b.zip")]


@pytest.fixture
def corpus(tmp_path):
    """corpus/eaf/e.eaf with media beside it, in ../media, and a 'private' recording far away."""
    eaf_dir = tmp_path / "corpus" / "eaf"
    eaf_dir.mkdir(parents=True)
    (tmp_path / "corpus" / "media").mkdir()
    good_wav(tmp_path / "corpus" / "media" / "e.wav")
    (tmp_path / "home" / "private").mkdir(parents=True)
    good_wav(tmp_path / "home" / "private" / "diary.wav")
    return eaf_dir


@pytest.mark.parametrize(("media", "chose_corpus", "followed"), [
    ("../media/e.wav", True, True),            # ELAN's eaf/ + media/ layout, corpus imported
    ("../media/e.wav", False, False),          # only the .eaf chosen: its folder, no further
    ("{corpus_media}", True, True),            # an absolute URL inside the chosen corpus
    ("{private}", True, False),                # an absolute path elsewhere
    ("file://{private}", True, False),         # the same as a URL
    ("../../home/private/diary.wav", True, False),          # climbing out
    ("..%2F..%2Fhome%2Fprivate%2Fdiary.wav", True, False),  # climbing out, percent-encoded
])
def test_media_references_stay_in_the_places_the_user_chose(corpus, media, chose_corpus,
                                                             followed):
    private = corpus.parent.parent / "home" / "private" / "diary.wav"
    written = media.format(private=private, corpus_media=corpus.parent / "media" / "e.wav")
    path = corpus / "e.eaf"
    path.write_text(eaf(GOOD_TIER, GOOD_SLOTS, media=written), encoding="utf-8")
    chosen = (corpus.parent,) if chose_corpus else (corpus,)
    plan = plan_eaf(path, ImportOptions(media_roots=chosen))
    used = {clip.media.resolve() for clip in plan.clips}
    assert private.resolve() not in used
    assert bool(used) == followed
    if not followed:
        assert any("e.eaf" in s.where and "folders chosen" in s.reason for s in plan.skipped)


def test_the_importer_takes_the_places_from_the_sources_the_user_named(corpus):
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources

    (corpus / "e.eaf").write_text(eaf(GOOD_TIER, GOOD_SLOTS, media="../media/e.wav"),
                                  encoding="utf-8")
    with Project.create(corpus.parent.parent / "p", language="abz", name="A") as project:
        alone = import_sources(project, [corpus / "e.eaf"])
        whole = import_sources(project, [corpus.parent])
    assert alone.imported == [] and "folders chosen" in alone.skipped[0].reason
    assert len(whole.imported) == 2


def test_an_absolute_url_from_a_downloads_folder_cannot_reach_the_home_folder(tmp_path):
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    private = good_wav(home / "diary.wav")
    path = home / "Downloads" / "e.eaf"
    path.write_text(eaf(GOOD_TIER, GOOD_SLOTS, media=private.as_uri()), encoding="utf-8")
    plan = plan_eaf(path, ImportOptions(media_roots=(home / "Downloads",)))
    assert plan.clips == [] and "folders chosen" in plan.skipped[0].reason


def test_a_link_beside_the_annotation_pointing_away_is_not_followed(corpus):
    private = corpus.parent.parent / "home" / "private" / "diary.wav"
    (corpus / "e.wav").symlink_to(private)
    path = corpus / "e.eaf"
    path.write_text(eaf(GOOD_TIER, GOOD_SLOTS, media="e.wav"), encoding="utf-8")
    (corpus.parent / "media" / "e.wav").unlink()
    plan = plan_eaf(path, ImportOptions())
    assert plan.clips == []


def test_hub_downloads_are_pinned_to_a_revision():
    unpinned = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _dotted(node.func).split(".")[-1] in (
                    "snapshot_download", "hf_hub_download"):
                if not any(k.arg == "revision" for k in node.keywords):
                    unpinned.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not unpinned, f"downloads without revision=: {unpinned}"
