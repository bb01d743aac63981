"""The project's texts and its built model: reports, leaks, and bad input changing nothing."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.lm.store import build_project_lm, project_lm
from mms_studio.core.lm.texts import add_texts, build_corpus, read_manifest, remove_text
from mms_studio.core.project import Project
from mms_studio.core.workflows.lm import project_alphabet, texts_report
from tests.core.lm.language import sentences
from tests.core.project_factory import snapshot


def make_project(root, *, language="xsy"):
    project = Project.create(root, language=language, name="Texts")
    silence = np.zeros(8000, dtype=np.float32)
    for i, words in enumerate(sentences(12, seed=7)):
        split = "test" if i < 2 else "dev" if i < 4 else "train"
        project.add_clip(silence, transcript=" ".join(words), speaker=f"s{i % 2}", split=split)
    return project


@pytest.fixture
def project(tmp_path):
    p = make_project(tmp_path / "proj")
    yield p
    p.close()


def corpus_file(path, n=300, seed=1):
    lines = [" ".join(w).capitalize() + "." for w in sentences(n, seed=seed)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_texts_are_copied_normalised_and_reported(project, tmp_path):
    src = corpus_file(tmp_path / "stories.txt")
    added = add_texts(project, [src], alphabet=project_alphabet(project))
    assert [s.id for s in added] == ["stories"] and added[0].sentences == 300
    src.unlink()   # the project keeps its own copy
    corpus = build_corpus(project)
    assert corpus.from_texts == 300 and corpus.from_transcripts == 8   # train clips only
    assert not any("." in w for s in corpus.sentences for w in s)   # normalised like clips
    report = texts_report(project)
    assert report.sentences == len(corpus.sentences) and report.words > 600
    assert "stories" in report.to_text()


def test_test_clip_sentences_in_the_texts_are_found_and_left_out(project, tmp_path):
    test_text = project.clips(split="test")[0].transcript
    src = corpus_file(tmp_path / "t.txt")
    src.write_text(src.read_text(encoding="utf-8") + test_text + "\n", encoding="utf-8")
    add_texts(project, [src])
    corpus = build_corpus(project)
    assert any(leak.text == project.normalizer.normalize(test_text) for leak in corpus.leaks)
    kept = {" ".join(s) for s in corpus.sentences}
    assert project.normalizer.normalize(test_text) not in kept and corpus.left_out >= 1


def test_unspellable_characters_are_reported(project, tmp_path):
    src = corpus_file(tmp_path / "a.txt")
    src.write_text(src.read_text(encoding="utf-8") + "bala sinu kaṭo\n", encoding="utf-8")
    add_texts(project, [src], alphabet=project_alphabet(project))
    report = texts_report(project)
    assert any(unit == "ṭ" and "kaṭo" in examples for unit, _, examples in report.unspellable)


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02PK\x03\x04" * 50, "not a text file"),
    ("caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
    ("Хлеб и вода. Мама мыла раму. Это другой язык.\n".encode(), "another script"),
    (b"... !!! ???\n", "no words"),
])
def test_bad_text_files_change_nothing(project, tmp_path, content, reason):
    good = corpus_file(tmp_path / "good.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = snapshot(project.root)
    with pytest.raises(LanguageModelError, match=reason):
        add_texts(project, [good, bad], alphabet=project_alphabet(project))
    assert snapshot(project.root) == before
    assert read_manifest(project.root).sources == ()


def test_a_one_line_corpus_is_refused_and_the_old_model_kept(tmp_path):
    project = Project.create(tmp_path / "p", language="xsy", name="One line")
    try:
        src = tmp_path / "one.txt"
        src.write_text("bala sinu kato meli tomo dunik lesa nobi asu kimo\n", encoding="utf-8")
        add_texts(project, [src])
        before = snapshot(project.root)
        with pytest.raises(LanguageModelError, match="only 1 sentence"):
            build_project_lm(project)
        assert snapshot(project.root) == before and project_lm(project) is None
    finally:
        project.close()


def test_models_from_another_project_or_truncated_are_refused(project, tmp_path):
    add_texts(project, [corpus_file(tmp_path / "c.txt")])
    info = build_project_lm(project)
    assert project_lm(project).sha256 == info.sha256 and info.order == 2
    other = make_project(tmp_path / "other", language="abc")
    try:
        shutil.copytree(project.root / "lm", other.root / "lm")
        with pytest.raises(LanguageModelError, match="another project"):
            project_lm(other)
    finally:
        other.close()
    arpa = project.root / "lm" / "lm.arpa"
    arpa.write_bytes(arpa.read_bytes()[:-200])
    with pytest.raises(LanguageModelError, match="incomplete or was changed"):
        project_lm(project)
    # transcription: asked for, the LM's problem is the error; automatic, greedy says why
    from mms_studio.core.lm.decoding import choose_decoder

    vocab = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3}
    with pytest.raises(LanguageModelError, match="incomplete"):
        choose_decoder(project, adapter_dir=tmp_path, vocab=vocab, use_lm=True)
    auto = choose_decoder(project, adapter_dir=tmp_path, vocab=vocab)
    assert auto.decoder is None and "incomplete" in auto.description


def test_removing_a_text(project, tmp_path):
    [source] = add_texts(project, [corpus_file(tmp_path / "c.txt")])
    remove_text(project, source.id)
    assert read_manifest(project.root).sources == ()
    assert not (project.root / "texts" / source.file).exists()
    with pytest.raises(LanguageModelError, match="no text called"):
        remove_text(project, source.id)


def test_elan_and_textgrid_tiers_from_real_files(tmp_path, shared_data):
    project = Project.create(tmp_path / "abui", language="abz", name="Abui texts")
    try:
        eaf = shared_data / "abui" / "history" / "1_1_5.eaf"
        grid = shared_data / "annotations" / "mfa" / "61-70968-0000.TextGrid"
        elan, textgrid = add_texts(project, [eaf, grid])
        assert (elan.kind, elan.tiers) == ("elan", ("Phrase",)) and elan.sentences >= 2
        assert textgrid.kind == "textgrid" and textgrid.sentences >= 1
        words = {w for s in build_corpus(project).sentences for w in s}
        assert {"haliel", "dapakdi"} <= words          # Abui words from the ELAN phrase tier
        with pytest.raises(LanguageModelError, match="no tier"):
            add_texts(project, [eaf], tiers=["No such tier"])
    finally:
        project.close()


def test_a_cancelled_build_keeps_the_previous_model(project, tmp_path):
    from mms_studio.core.errors import Cancelled
    from mms_studio.core.tasks import RecordingTaskState

    add_texts(project, [corpus_file(tmp_path / "c.txt")])
    first = build_project_lm(project)
    add_texts(project, [corpus_file(tmp_path / "d.txt", n=400, seed=9)])
    state = RecordingTaskState()
    state.request_interruption()
    with pytest.raises(Cancelled):
        build_project_lm(project, state=state)
    assert project_lm(project).sha256 == first.sha256
    assert not (project.root / "lm.new").exists()
