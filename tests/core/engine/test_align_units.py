"""The pieces of forced alignment without a model: the trellis on made-up emissions, spelling in
another adapter's alphabet, reading transcripts, choosing a zero-shot adapter."""

from __future__ import annotations

import numpy as np
import pytest

from mms_studio.core.engine.align_text import (
    AlignmentInputError,
    Speller,
    split_utterances,
)
from mms_studio.core.engine.align_viterbi import TOKEN, build_trellis, viterbi
from mms_studio.core.text import Normalizer, TextSettings


def emissions(frames: int, spikes: dict[int, int], columns: int, *, garbage: float = -3.0):
    """log-probs: blank everywhere except token `col` at frame t; column 1 = garbage score."""
    e = np.full((frames, columns), -12.0, dtype=np.float32)
    e[:, 0] = -0.01
    e[:, 1] = -0.01
    for t, col in spikes.items():
        e[t, :] = -12.0
        e[t, col] = -0.01
        e[t, 1] = garbage          # max(blank, best - penalty)
    return e


def token_frames(path, trellis, utt):
    return [t for t, s in enumerate(path) if trellis.utt[s] == utt and trellis.kind[s] == TOKEN]


def test_each_line_lands_on_its_letters():
    # line 0 = tokens 2,3 ; line 1 = token 4 ; spikes at frames 10,12 and 30
    trellis = build_trellis([np.array([2, 3]), np.array([4])], skip_penalty=3.0)
    path = viterbi(emissions(50, {10: 2, 12: 3, 30: 4}, 5), trellis)
    assert token_frames(path, trellis, 0) == [10, 12]
    assert token_frames(path, trellis, 1) == [30]


def test_a_line_that_is_not_spoken_is_skipped_not_squeezed_in():
    trellis = build_trellis([np.array([2, 3]), np.array([5, 6, 5]), np.array([4])],
                            skip_penalty=3.0)
    path = viterbi(emissions(50, {10: 2, 12: 3, 30: 4}, 7), trellis)
    assert token_frames(path, trellis, 1) == []
    assert token_frames(path, trellis, 0) == [10, 12] and token_frames(path, trellis, 2) == [30]


def test_speech_the_text_lacks_goes_to_the_garbage_state():
    # Frames 18..22 hear token 6, which no line has: the neighbours do not stretch over them.
    spikes = {10: 2, 12: 3, **{t: 6 for t in range(18, 23)}, 30: 4}
    trellis = build_trellis([np.array([2, 3]), np.array([4])], skip_penalty=3.0)
    path = viterbi(emissions(50, spikes, 7), trellis)
    assert token_frames(path, trellis, 0) == [10, 12]
    assert token_frames(path, trellis, 1) == [30]
    assert all(trellis.kind[path[t]] == 0 for t in range(18, 23))    # garbage


def test_doubled_letters_need_a_blank_between_them():
    trellis = build_trellis([np.array([2, 2])], skip_penalty=3.0)
    path = viterbi(emissions(20, {5: 2, 8: 2}, 3), trellis)
    frames = token_frames(path, trellis, 0)
    assert frames == [5, 8] and [trellis.pos[path[t]] for t in frames] == [0, 1]
    # Two frames in a row cannot be two letters "aa": the line is left out instead.
    path = viterbi(emissions(20, {5: 2, 6: 2}, 3), trellis)
    assert [trellis.pos[path[t]] for t in token_frames(path, trellis, 0)] != [0, 1] or \
        token_frames(path, trellis, 0)[1] - token_frames(path, trellis, 0)[0] >= 2


LATIN = {"<pad>": 0, "<s>": 1, "</s>": 2, "<unk>": 3, "|": 4,
         **{ch: 5 + i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz'")}}


def test_spelling_in_another_alphabet_drops_accents_and_romanises():
    speller = Speller(LATIN, Normalizer(TextSettings(case_fold=True)), map_letters=True)
    (line,) = speller.spell(["Ọjọ́ мир!"])
    inv = {i: t for t, i in LATIN.items()}
    assert [w.text for w in line.words] == ["Ọjọ́", "мир!"]
    assert "".join(inv[i] for i in line.ids) == "ojo|mir"
    assert line.word_spans() == [(0, 3), (4, 7)]
    assert speller.coverage(["Ọjọ́ мир"]) == 1.0


def test_own_adapter_spelling_is_strict_and_names_what_it_cannot_spell():
    speller = Speller(LATIN, Normalizer())
    with pytest.raises(AlignmentInputError) as info:
        speller.spell(["bala", "Ọjọ ẹ"])
    message = str(info.value)
    assert "“Ọ”" in message and "“ẹ”" in message and "“j”" not in message
    (dash,) = speller.spell(["bala — sinu"])
    assert dash.word_spans()[1] is None and len(dash.words) == 3


def test_transcript_lines_ignore_blank_lines_and_spacing():
    text = "\n  first   line \n\n\n second line\n   \nthird\n"
    assert split_utterances(text) == ["first line", "second line", "third"]


def test_zero_shot_picks_the_base_adapter_that_spells_the_transcript(tiny_model_dir):
    from mms_studio.core.workflows.align import _choose_base_language

    plain = Normalizer()
    assert _choose_base_language(tiny_model_dir, ["bala sinu kato"], plain, prefer="xyz")[0] == \
        "eng"                                     # abc lacks b and d
    assert _choose_base_language(tiny_model_dir, ["zeta kasi"], plain, prefer="xyz")[0] == "abc"
    assert _choose_base_language(tiny_model_dir, ["sinu kato"], plain, prefer="abc")[0] == "abc"


def test_read_transcript_takes_text_and_refuses_the_unreadable(tmp_path):
    from mms_studio.core.workflows.align import read_transcript

    path = tmp_path / "t.txt"
    path.write_text("\ufeffone\n\ntwo\n", encoding="utf-8")
    assert read_transcript(path) == ["one", "two"]
    path.write_bytes(b"\xff\xfe\x00caf\xe9")
    with pytest.raises(AlignmentInputError, match="UTF-8"):
        read_transcript(path)
    with pytest.raises(AlignmentInputError, match="does not exist"):
        read_transcript(tmp_path / "missing.txt")


def test_a_window_ends_its_text_as_early_as_the_speech_allows():
    """In a window of a long recording, what follows the run's text is text not given yet: with
    the same words spoken again later, the run's last line takes the first place it fits."""
    spikes = {10: 2, 12: 3, 20: 4, 40: 4}       # line 1 ("c") is said at 20, and again at 40
    e = emissions(60, spikes, 5)
    free = np.concatenate([e, np.zeros((60, 1), np.float32)], axis=1)
    trellis = build_trellis([np.array([2, 3]), np.array([4])], skip_penalty=3.0, end_col=5)
    path = viterbi(free, trellis)
    assert token_frames(path, trellis, 1) == [20]
