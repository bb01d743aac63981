"""The language model the beam search asks: KenLM where installed, else our ARPA reader.

pyctcdecode's `LanguageModel` wraps a `kenlm.Model` and only calls `order`,
`BeginSentenceWrite`, `NullContextWrite`, `BaseScore`, `in` and `.path`, plus
`kenlm.State()` for fresh states. `ArpaLanguageModel` is that same class over
`arpa.ArpaModel` (the three methods that create states are re-stated with our state
object; the scoring arithmetic is pyctcdecode's, unchanged), so a machine without a
C++ compiler decodes exactly as one with KenLM does (scores agree to 1e-5; tested).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from mms_studio.core.lm.errors import LanguageModelError


def kenlm_available() -> bool:
    try:
        import kenlm  # noqa: F401
    except ImportError:
        return False
    return True


def load_language_model(arpa_path: Path, *, unigrams: Collection[str], alpha: float,
                        beta: float, unk_score_offset: float, prefer_kenlm: bool = True):
    """A pyctcdecode language model over `arpa_path` with LM weight `alpha`, word bonus `beta`."""
    import logging

    from pyctcdecode.language_model import LanguageModel

    # "Only N unigrams passed as vocabulary": expected for a community's texts, not a fault.
    logging.getLogger("pyctcdecode.language_model").setLevel(logging.ERROR)
    options = {"alpha": alpha, "beta": beta, "unk_score_offset": unk_score_offset}
    if prefer_kenlm and kenlm_available():
        import kenlm

        try:
            model = kenlm.Model(str(arpa_path))
        except (OSError, RuntimeError) as exc:
            raise LanguageModelError(f"{Path(arpa_path).name} cannot be read as a language "
                                     "model; build it again.") from exc
        return LanguageModel(model, list(unigrams), **options)
    return _arpa_language_model_class()(_load_arpa(arpa_path), list(unigrams), **options)


def _load_arpa(path: Path):
    from mms_studio.core.lm.arpa import ArpaModel

    return ArpaModel(Path(path))


_CLASS = None


def _arpa_language_model_class():
    """Built on first use so importing this module never imports pyctcdecode."""
    global _CLASS
    if _CLASS is not None:
        return _CLASS
    from pyctcdecode.constants import LOG_BASE_CHANGE_FACTOR
    from pyctcdecode.language_model import LanguageModel

    from mms_studio.core.lm.arpa import ArpaState

    class ArpaLanguageModel(LanguageModel):
        def get_start_state(self):
            state = ArpaState()
            if self.score_boundary:
                self._kenlm_model.BeginSentenceWrite(state)
            else:
                self._kenlm_model.NullContextWrite(state)
            return state

        def _get_raw_end_score(self, start_state) -> float:
            if self.score_boundary:
                return self._kenlm_model.BaseScore(start_state, "</s>", ArpaState())
            return 0.0

        def score(self, prev_state, word: str, is_last_word: bool = False):
            end_state = ArpaState()
            lm_score = self._kenlm_model.BaseScore(prev_state, word, end_state)
            if (len(self._unigram_set) > 0 and word not in self._unigram_set
                    or word not in self._kenlm_model):
                lm_score += self.unk_score_offset
            if is_last_word:
                lm_score = lm_score + self._get_raw_end_score(end_state)
            return self.alpha * lm_score * LOG_BASE_CHANGE_FACTOR + self.beta, end_state

    _CLASS = ArpaLanguageModel
    return _CLASS
