"""Zero-shot forced alignment on an Omnilingual base: the transcript split into the base's own
SentencePiece pieces, aligned by the same aligner as an adapter's letters.

Without scoring any model: the split agrees with the `tokenizers` library's Unigram model
(an implementation independent of ours), letters the pieces lack are mapped like a foreign
adapter's alphabet or named, and spelled lines land on made-up piece emissions. Then end to
end: the tiny Omnilingual base's own head is set in the test (a linear read-out of its
frozen encoder fitted with CTC on other clips of the synthetic language) so that its own
output is sensible, and `mms-studio align` on a project with no adapter finds every line of
a recording of clips joined by known pauses where it was spoken.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mms_studio.core.engine.align import AlignSettings, Emissions, align_utterances
from mms_studio.core.engine.align_text import AlignmentInputError, PieceSpeller
from mms_studio.core.engine.families.omniasr_zero_shot import PieceSplitter, read_piece_vocabulary
from mms_studio.core.text import Normalizer, TextSettings
from mms_studio.devtools import SAMPLE_RATE, build_tiny_model, synthetic_clips
from tests.core.engine.test_omniasr_zero_shot import set_base_head
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


def _unigram_base(folder: Path, scored: dict[str, float]) -> Path:
    """A folder with config.json + a Unigram tokenizer.json of `scored` pieces (ids from 4)."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    folder.mkdir(parents=True)
    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), *scored.items()]
    tok = Tokenizer(models.Unigram(vocab, unk_id=3, byte_fallback=False))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.save(str(folder / "tokenizer.json"))
    (folder / "config.json").write_text(json.dumps({"model_type": "omniasr_ctc",
                                                    "vocab_size": len(vocab)}))
    return folder


def test_words_split_into_the_pieces_the_tokenizer_would_choose(tmp_path):
    from tokenizers import Tokenizer

    rng = np.random.default_rng(0)
    letters = "abdeiklmnostu"
    pieces = {"▁": -3.0, **{p: float(rng.uniform(-9, -1)) for p in
                           [*letters, *(f"▁{c}" for c in letters), "ba", "▁ba", "la", "ala",
                            "▁si", "nu", "inu", "▁kat", "to", "ato", "me", "eli", "▁lun",
                            "os", "unos", "▁de", "eka", "ka", "▁tomo"]}}
    base = _unigram_base(tmp_path / "base", pieces)
    splitter = PieceSplitter.from_base(base)
    theirs = Tokenizer.from_file(str(base / "tokenizer.json"))
    words = ["bala", "sinu", "kato", "meli", "lunos", "deka", "tomo", "asu", "dunik", "kimo",
             "balabala", "otomo", "a"]
    pieces_of = read_piece_vocabulary(base).pieces
    for word in words:
        ours = [pieces_of[i] for i in splitter.split(word)]
        assert ours == theirs.encode(word).tokens, word
        assert ours[0].startswith("▁")
    assert splitter.split("xyz") == ()                  # letters no piece holds


def test_the_transcript_is_spelled_in_the_bases_pieces_letters_mapped_or_named(tmp_path):
    base = build_tiny_model(tmp_path / "base", family="omniasr")
    pieces = read_piece_vocabulary(base).pieces
    speller = PieceSpeller(PieceSplitter.from_base(base), Normalizer(TextSettings()))
    (line,) = speller.spell(["Bàla, сину kato!"])
    assert [w.text for w in line.words] == ["Bàla,", "сину", "kato!"]
    assert [[pieces[i] for i in w.ids] for w in line.words] == [
        ["▁b", "a", "l", "a"], ["▁s", "i", "n", "u"], ["▁k", "a", "t", "o"]]
    assert line.delimiter is None and line.word_spans() == [(0, 4), (4, 8), (8, 12)]
    with pytest.raises(AlignmentInputError, match="base model cannot spell") as caught:
        speller.spell(["bala", "kato xyz"])
    assert "“x”" in str(caught.value) and "Error" not in str(caught.value)


def test_spelled_pieces_go_through_the_aligner_unchanged(tmp_path):
    """Two lines in pieces on made-up emissions: each word lands on its pieces' frames."""
    base = build_tiny_model(tmp_path / "base", family="omniasr")
    speller = PieceSpeller(PieceSplitter.from_base(base), Normalizer(TextSettings()))
    lines = ["bala sinu", "kato"]
    spelled = speller.spell(lines)
    ids = tuple(sorted({i for u in spelled for i in u.ids}))
    column = {token: 2 + k for k, token in enumerate(ids)}
    frames, at, spikes, truth = 200, 20, {}, []
    for utt in spelled:
        words = []
        for word in utt.words:
            start = at
            for token in word.ids:
                spikes[at] = column[token]
                at += 3
            words.append((start, at - 2))
            at += 6
        truth.append(words)
        at += 40
    logp = np.full((frames, 2 + len(ids)), -12.0, np.float32)
    logp[:, 0] = logp[:, 1] = -0.01
    for t, col in spikes.items():
        logp[t, :] = -12.0
        logp[t, col] = -0.01
        logp[t, 1] = -3.0
    speech = np.zeros(frames, bool)
    speech[list(spikes)] = True
    emissions = Emissions(logp=logp, speech=speech, token_ids=ids, duration=frames * 0.02)
    alignment = align_utterances(emissions, spelled, settings=AlignSettings())
    for utt, words in zip(alignment.utterances, truth, strict=True):
        assert utt.found and utt.score > 0.9
        for word, (first, last) in zip(utt.words, words, strict=True):
            assert abs(word.start - first * 0.02) <= 0.021 and abs(word.end - last * 0.02) <= 0.041


# --- end to end: the base's own head set so that its own output is sensible ---------------

def _fit_base_head(base: Path, *, clips: int = 60, steps: int = 300) -> None:
    """The base's ctc_head fitted with CTC on its frozen encoder's features (a linear read-out
    of the synthetic language in its own pieces), then written into model.safetensors."""
    import torch

    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import normalize_audio

    splitter = PieceSplitter.from_base(base)
    size = len(read_piece_vocabulary(base).pieces)
    model = load_base_model(base)
    feats, targets = [], []
    with torch.no_grad():
        for clip in synthetic_clips(clips, seed=4, words_per_clip=(1, 4)):
            x = torch.from_numpy(normalize_audio(clip.samples))[None, None]
            feats.append(model.model.audio_tower(input_values=x).last_hidden_state[0])
            targets.append([i for w in clip.text.split() for i in splitter.split(w)])
    torch.manual_seed(0)
    head = torch.nn.Linear(feats[0].shape[1], size)
    optimiser = torch.optim.Adam(head.parameters(), lr=0.01)
    ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
    longest = max(len(f) for f in feats)
    for _ in range(steps):
        logp = [torch.log_softmax(head(f), -1) for f in feats]
        padded = torch.stack([torch.nn.functional.pad(lp, (0, 0, 0, longest - len(lp)))
                              for lp in logp], 1)
        loss = ctc(padded, torch.tensor([i for t in targets for i in t]),
                   torch.tensor([len(lp) for lp in logp]), torch.tensor(list(map(len, targets))))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    set_base_head(base, weight=head.weight.detach(), bias=head.bias.detach())


def _recording(path: Path, count: int, *, seed: int):
    """Clips joined by 0.5..2 s pauses of faint noise: the file, its lines, each line's times."""
    import soundfile as sf

    rng = np.random.default_rng(seed)
    parts, lines, truth, pos = [], [], [], 0
    for clip in synthetic_clips(count, seed=seed, words_per_clip=(2, 5)):
        gap = (0.01 * rng.standard_normal(int(rng.uniform(0.5, 2.0) * SAMPLE_RATE)))
        parts += [gap.astype(np.float32), clip.samples]
        offset = (pos + len(gap)) / SAMPLE_RATE
        pos += len(gap) + len(clip.samples)
        lines.append(clip.text)
        truth.append((offset + clip.word_times[0][1], offset + clip.word_times[-1][2]))
    sf.write(path, np.concatenate(parts), SAMPLE_RATE, subtype="FLOAT")
    return lines, truth


@pytest.mark.slow
def test_mms_studio_align_on_an_omnilingual_base_uses_its_own_pieces(tmp_path, capsys):
    from mms_studio.cli import main
    from mms_studio.core.project import Project

    base = build_tiny_model(tmp_path / "base", family="omniasr")
    _fit_base_head(base)
    lines, truth = _recording(tmp_path / "long.wav", 24, seed=13)
    (tmp_path / "long.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Project.create(tmp_path / "p", language="xsy", name="T", base_model=str(base)).close()
    out = tmp_path / "long.json"
    assert main(["align", str(tmp_path / "p"), str(tmp_path / "long.wav"),
                 str(tmp_path / "long.txt"), "-o", str(out), "--device", "cpu",
                 "--precision", "fp32"]) == 0
    said = capsys.readouterr().out
    assert "24 of 24 lines aligned with base model (zero-shot)" in said
    result = json.loads(out.read_text())
    assert result["adapter"] == "base model (zero-shot)" and result["meta"]["zero_shot"]
    assert [s["text"] for s in result["segments"]] == lines
    errors = np.array([[s["start"] - t[0], s["end"] - t[1]]
                       for s, t in zip(result["segments"], truth, strict=True)]).ravel()
    assert np.median(np.abs(errors)) <= 0.060
    assert np.mean(np.abs(errors) <= 0.200) >= 0.9
    with Project.open(tmp_path / "p") as project:
        clips = project.clips()
        assert len(clips) == 24 and {c.transcript for c in clips} == set(lines)

    # another recording's transcript is refused, nothing added
    (tmp_path / "other.txt").write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    assert main(["align", str(tmp_path / "p"), str(tmp_path / "long.wav"),
                 str(tmp_path / "other.txt"), "--device", "cpu", "--precision", "fp32",
                 "--language", "any-code"]) == 1       # a code is only a label here
    err = capsys.readouterr().err
    assert "does not match the recording" in err and "Error" not in err
    with Project.open(tmp_path / "p") as project:
        assert len(project.clips()) == 24


def test_the_zero_shot_tokens_are_chosen_by_the_bases_family(tmp_path, tiny_model_dir):
    """MMS: one of its adapters' alphabets; Omnilingual: its own pieces, any code a label."""
    from mms_studio.core.engine.align_text import Speller
    from mms_studio.core.workflows.align import _zero_shot_speller

    normalizer = Normalizer(TextSettings())
    code, speller = _zero_shot_speller(tiny_model_dir, ["sinu kato"], normalizer, language=None,
                                       prefer="abc")
    assert code == "abc" and type(speller) is Speller and speller.delimiter is not None
    with pytest.raises(AlignmentInputError, match="no adapter for “xyz”"):
        _zero_shot_speller(tiny_model_dir, ["bala"], normalizer, language="xyz", prefer="abc")
    omni = build_tiny_model(tmp_path / "omni", family="omniasr")
    for language, expected in ((None, "xsy"), ("xyz", "xyz")):
        code, speller = _zero_shot_speller(omni, ["bala"], normalizer, language=language,
                                           prefer="xsy")
        assert code == expected and isinstance(speller, PieceSpeller)
