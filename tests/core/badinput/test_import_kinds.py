"""Every kind of broken source is refused with a reason naming it, and the project keeps its bytes.

The kinds are generated in `corpus.py` (audio, transcripts, CSV/TSV, ELAN, TextGrid,
subtitles, Transcriber, Common Voice, audiofolder). A project holding one clip is
hashed file by file, closed; reopened, the bad source imported, closed again; then
hashed again: it must be identical (or hold exactly the good neighbour's clip).
"""

from __future__ import annotations

import re

import pytest

from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources
from tests.core.badinput.corpus import IMPORT_KINDS, good_wav
from tests.core.badinput.hashing import folder_hashes

CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b|Traceback|errno")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A project with one clip in it, made once and copied for each kind."""
    root = tmp_path_factory.mktemp("template") / "p"
    source = good_wav(root.parent / "seed.wav", 2.0)
    source.with_suffix(".txt").write_text("ama ni tuku", encoding="utf-8")
    with Project.create(root, language="abz", name="Abui") as project:
        import_sources(project, [source])
    return root


def sentence_for_people(text: str) -> bool:
    return bool(text.strip()) and not CLASS_NAME.search(text) and text.strip()[-1] in ".)”!?"


@pytest.mark.parametrize("kind", IMPORT_KINDS, ids=[k.name for k in IMPORT_KINDS])
def test_bad_source_is_refused_with_its_reason_and_changes_nothing(kind, template, tmp_path):
    import shutil

    root = tmp_path / "p"
    shutil.copytree(template, root)
    inputs = tmp_path / "in"
    inputs.mkdir()
    sources = kind.build(inputs)
    before = folder_hashes(root)
    with Project.open(root) as project:
        report = import_sources(project, sources)
        count = len(project.clips())
    assert len(report.imported) == kind.imported, report.to_text()
    reasons = [f"{s.where}: {s.reason}" for s in report.skipped]
    reasons += [f"{f.where}: {x.reason}" for f in report.flagged for x in f.findings]
    assert reasons, f"{kind.name}: nothing said why"
    joined = "\n".join(reasons).casefold()
    for word in kind.expect:
        assert word.casefold() in joined, f"{kind.name}: “{word}” not in\n{joined}"
    assert all(sentence_for_people(s.reason) for s in report.skipped), reasons
    if kind.imported == 0:
        assert folder_hashes(root) == before, f"{kind.name} changed the project"
    else:
        assert count == 1 + kind.imported


def test_the_corpus_is_large_enough():
    assert len(IMPORT_KINDS) >= 60
    assert len({k.name for k in IMPORT_KINDS}) == len(IMPORT_KINDS)
