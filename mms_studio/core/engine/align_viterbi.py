"""CTC forced alignment of a run of utterances to a stretch of frames: one Viterbi pass.

Why a trellis of our own: torchaudio (whose `forced_align` MMS used) does not
install beside our torch, and we need two things it lacks: a *garbage* state
between utterances that soaks up speech that is not in the text (a cough, an
aside, music) without stretching the neighbours over it, and a *skip* edge
past each utterance for text that is not in the recording (a heading, a note).

States, for utterances u_i..u_j: G_i, then u_i's CTC expansion (blank, t1,
blank, t2, ..., tn, blank), G_i+1, ..., G_end. A frame in G scores
max(blank, best token - `garbage_penalty`); G_k -> G_k+1 skips u_k at
`skip_penalty` per token. Columns of the emission matrix: 0 = blank,
1 = garbage, 2.. = the tokens used by the text (and, for a window, a last
column of zeros for G_end: see `build_trellis`).

The loop runs over frames with numpy vector steps over the states (about
40 µs per frame for a minute of text); backpointers are one byte per cell, so
a 3-minute window with a minute of text holds ~20 MB. `align_long.py` feeds it
windows of a long recording one after another.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BLANK_COL = 0
GARBAGE_COL = 1
NEG = np.float32(-1e30)

G, BLANK, TOKEN = 0, 1, 2


@dataclass(frozen=True)
class Trellis:
    """The state layout of a run of utterances (see the module docstring)."""

    kind: np.ndarray       # int8 per state: G, BLANK or TOKEN
    col: np.ndarray        # emission column per state
    utt: np.ndarray        # utterance index (run-local) per state; G_k has k
    pos: np.ndarray        # token position in its utterance (-1 for G and blanks)
    allow2: np.ndarray     # float32: 0 where the s-2 transition is allowed, NEG elsewhere
    skip_to: np.ndarray    # indices of G_k for k >= 1
    skip_from: np.ndarray  # indices of G_k-1 for each of them
    skip_cost: np.ndarray  # penalty of skipping u_k-1
    g_index: np.ndarray    # index of G_k, k = 0..n
    count: int             # utterances


def build_trellis(utterances: list[np.ndarray], *, skip_penalty: float,
                  end_col: int = GARBAGE_COL) -> Trellis:
    """States for `utterances` (each an array of emission columns >= 2).

    end_col: the emission column of G_end. A window of a long recording gives it a
    column of zeros: what follows the run's text is text not given yet, not garbage,
    so the path finishes the run as early as the speech allows instead of floating
    its last lines anywhere in the rest of the window.
    """
    kind: list[int] = []
    col: list[int] = []
    utt: list[int] = []
    pos: list[int] = []
    g_index: list[int] = []
    for k, tokens in enumerate(utterances):
        g_index.append(len(kind))
        kind.append(G)
        col.append(GARBAGE_COL)
        utt.append(k)
        pos.append(-1)
        for p, token in enumerate(tokens):
            kind += [BLANK, TOKEN]
            col += [BLANK_COL, int(token)]
            utt += [k, k]
            pos += [-1, p]
        kind.append(BLANK)
        col.append(BLANK_COL)
        utt.append(k)
        pos.append(-1)
    g_index.append(len(kind))
    kind.append(G)
    col.append(end_col)
    utt.append(len(utterances))
    pos.append(-1)
    kind_a = np.array(kind, dtype=np.int8)
    col_a = np.array(col, dtype=np.int32)
    allow2 = np.full(len(kind), NEG, dtype=np.float32)
    for s in range(2, len(kind)):
        if kind_a[s] == TOKEN and (kind_a[s - 2] == G or col_a[s - 2] != col_a[s]):
            allow2[s] = 0.0          # skip the blank between two different tokens (or from G)
        elif kind_a[s] == G and kind_a[s - 2] == TOKEN:
            allow2[s] = 0.0          # last token straight into the garbage after it
    g = np.array(g_index, dtype=np.int64)
    lengths = np.array([len(t) for t in utterances], dtype=np.float32)
    return Trellis(kind=kind_a, col=col_a, utt=np.array(utt, dtype=np.int32),
                   pos=np.array(pos, dtype=np.int32), allow2=allow2, skip_to=g[1:],
                   skip_from=g[:-1], skip_cost=(-skip_penalty * np.maximum(lengths, 1.0)
                                                ).astype(np.float32),
                   g_index=g, count=len(utterances))


def viterbi(emissions: np.ndarray, trellis: Trellis, *, must_finish: bool = False) -> np.ndarray:
    """The best state of every frame (frames,) for `emissions` (frames, columns) float32.

    The path starts in G_0 and ends in G_end (it may end on the last utterance's last
    token or blank too). `must_finish` is accepted for symmetry; the end states are
    the same either way because G_end can be one frame long.
    """
    frames = len(emissions)
    states = len(trellis.kind)
    if frames < 1:
        raise ValueError("no frames to align")
    emit_cols = trellis.col
    v = np.full(states, NEG, dtype=np.float32)
    v[0] = emissions[0, emit_cols[0]]
    back = np.zeros((frames, states), dtype=np.uint8)
    cand = np.empty((4, states), dtype=np.float32)
    skip_to, skip_from, skip_cost = trellis.skip_to, trellis.skip_from, trellis.skip_cost
    allow2 = trellis.allow2
    for t in range(1, frames):
        cand[0] = v
        cand[1, 0] = NEG
        cand[1, 1:] = v[:-1]
        cand[2, :2] = NEG
        np.add(v[:-2], allow2[2:], out=cand[2, 2:])
        cand[3] = NEG
        cand[3, skip_to] = v[skip_from] + skip_cost
        choice = cand.argmax(axis=0)
        v = np.take_along_axis(cand, choice[None], axis=0)[0] + emissions[t, emit_cols]
        back[t] = choice
    ends = [states - 1, states - 2, states - 3]
    state = max(ends, key=lambda s: v[s])
    path = np.empty(frames, dtype=np.int32)
    for t in range(frames - 1, -1, -1):
        path[t] = state
        step = back[t, state]
        if step == 3:
            state = int(skip_from[np.searchsorted(skip_to, state)])
        else:
            state -= int(step)
    return path
