"""LM weight (alpha) and word bonus (beta) chosen on the dev clips, stored with the adapter.

The right weights depend on how sure the adapter is (a well-trained adapter needs
less help) and on how much the texts resemble speech, so they are measured, not
guessed: every dev clip's log-probabilities are computed once, then decoded for each
point of a small grid; the pair with the lowest dev WER (then CER) wins. The result,
with the dev WER/CER with and without the LM, goes into the adapter folder as
`lm_weights.json`, tied to the model's SHA-256: a rebuilt LM is tuned again.
If no pair beats greedy decoding on the dev clips, `helps` is false and automatic
use of the LM is off for this adapter (asking for it explicitly still works).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.atomic import write_json
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled

WEIGHTS_FILE = "lm_weights.json"
ALPHAS = (0.3, 0.6, 1.0, 1.5)
BETAS = (0.0, 1.0, 2.5)
DEFAULT_ALPHA = 0.5
DEFAULT_BETA = 1.0
# pyctcdecode's default (-10) assumes a large-vocabulary LM and all but forbids words outside
# it; a community's texts never hold every spoken word, so unknown words pay only their LM
# (<unk>) probability. Measured on the synthetic language (tests/core/lm): -10 raised the CER
# of clips of unseen words from 26% to 35-54%, 0 kept it within a point while test WER fell
# 71% -> 5%. The value travels in attrs.json, so exported folders decode alike.
UNK_SCORE_OFFSET = 0.0


@dataclass(frozen=True)
class LmWeights:
    alpha: float
    beta: float
    lm_sha256: str
    helps: bool
    clips: int
    greedy: dict[str, float]          # {"wer", "cer"} on the dev clips
    lm: dict[str, float]
    unk_score_offset: float = UNK_SCORE_OFFSET
    grid: list[dict[str, float]] = field(default_factory=list)
    tuned: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LmWeights:
        return cls(alpha=float(data["alpha"]), beta=float(data["beta"]),
                   lm_sha256=str(data["lm_sha256"]), helps=bool(data["helps"]),
                   clips=int(data["clips"]), greedy=dict(data["greedy"]), lm=dict(data["lm"]),
                   unk_score_offset=float(data.get("unk_score_offset", UNK_SCORE_OFFSET)),
                   grid=list(data.get("grid", [])), tuned=str(data.get("tuned", "")))

    def to_text(self) -> str:
        return (f"LM weight {self.alpha:g}, word bonus {self.beta:g} (chosen on {self.clips} dev "
                f"clips): WER {self.greedy['wer']:.1%} → {self.lm['wer']:.1%}, "
                f"CER {self.greedy['cer']:.1%} → {self.lm['cer']:.1%} with the language model"
                + ("" if self.helps else "; it does not help this adapter, so it is not used "
                   "unless asked for"))


def read_weights(adapter_dir: Path, *, lm_sha256: str | None = None) -> LmWeights | None:
    """The adapter's tuned weights (None when absent, damaged, or tuned for another model)."""
    try:
        data = json.loads((Path(adapter_dir) / WEIGHTS_FILE).read_text(encoding="utf-8"))
        weights = LmWeights.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if lm_sha256 is not None and weights.lm_sha256 != lm_sha256:
        return None
    return weights


def save_weights(adapter_dir: Path, weights: LmWeights) -> None:
    write_json(Path(adapter_dir) / WEIGHTS_FILE, weights.to_dict())


def tune_weights(log_probs: Sequence[np.ndarray], references: Sequence[str], *,
                 vocab: dict[str, int], lm, normalize: Callable[[str], str],
                 alphas: Sequence[float] = ALPHAS, betas: Sequence[float] = BETAS,
                 state: TaskState | None = None) -> LmWeights:
    """Grid search of (alpha, beta) on dev clips' log-probabilities; `lm` is a store.LmInfo."""
    from mms_studio.core.engine.decode import BeamDecoder, GreedyDecoder
    from mms_studio.core.engine.metrics import ZERO, char_errors, word_errors
    from mms_studio.core.lm.scorer import load_language_model

    state = state or NullTaskState()
    refs = [normalize(r) for r in references]

    def score(texts: list[str]) -> dict[str, float]:
        words, chars = ZERO, ZERO
        for ref, hyp in zip(refs, texts, strict=True):
            words = words + word_errors(ref, normalize(hyp))
            chars = chars + char_errors(ref, normalize(hyp))
        return {"wer": words.rate, "cer": chars.rate}

    greedy = GreedyDecoder(vocab)
    base = score([greedy.decode(lp).text for lp in log_probs])
    unigrams = lm.unigrams_path.read_text(encoding="utf-8").split()
    language_model = load_language_model(lm.arpa_path, unigrams=unigrams, alpha=DEFAULT_ALPHA,
                                         beta=DEFAULT_BETA, unk_score_offset=UNK_SCORE_OFFSET)
    decoder = BeamDecoder(vocab, language_model=language_model)
    grid = []
    total = len(alphas) * len(betas)
    state.set_status(Message("Tuning the language model weights on {clips} dev clips…",
                             clips=len(log_probs)))
    try:
        for i, alpha in enumerate(alphas):
            for j, beta in enumerate(betas):
                check_cancelled(state)
                language_model.reset_params(alpha=float(alpha), beta=float(beta))
                figures = score([decoder.decode(lp).text for lp in log_probs])
                grid.append({"alpha": float(alpha), "beta": float(beta), **figures})
                state.set_progress((i * len(betas) + j + 1) / total)
    finally:
        decoder.close()
    # Among equally good pairs, the one leaning least on the texts (smallest weight, then the
    # largest word bonus offsetting its per-word cost): dev clips hold only words of the
    # texts, speech to come does not (a heavier LM bends unknown words towards known ones).
    best = min(grid, key=lambda g: (round(g["wer"], 9), round(g["cer"], 9), g["alpha"],
                                    -g["beta"]))
    helps = (best["wer"], best["cer"]) < (base["wer"], base["cer"])
    return LmWeights(alpha=best["alpha"], beta=best["beta"], lm_sha256=lm.sha256, helps=helps,
                     clips=len(log_probs), greedy=base,
                     lm={"wer": best["wer"], "cer": best["cer"]}, grid=grid,
                     tuned=time.strftime("%Y-%m-%dT%H:%M:%S"))
