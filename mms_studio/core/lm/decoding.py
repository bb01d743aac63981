"""Which decoder an adapter uses in a project: the rule every face (CLI, app) shares.

`use_lm=None` (automatic): the project's language model when it has one and the
adapter's tuned weights do not say it hurts; `True`: the model (an error sentence
when there is none); `False`: greedy. Hotwords alone (no model) still go through the
beam search. A damaged or foreign model is an error when the LM is asked for; in the
automatic mode the transcript is made greedily and the description (shown by the CLI
and the app) says why the model was not used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.tasks import Message


@dataclass
class DecoderChoice:
    decoder: object | None        # decode.BeamDecoder, or None for greedy
    uses_lm: bool
    description: str              # one line for the user: what decodes and why (a Message)

    def close(self) -> None:
        if self.decoder is not None:
            self.decoder.close()


def choose_decoder(project, *, adapter_dir: Path, vocab: dict[str, int],
                   use_lm: bool | None = None, hotwords: tuple[str, ...] = ()) -> DecoderChoice:
    from mms_studio.core.engine.decode import BeamDecoder
    from mms_studio.core.lm.scorer import load_language_model
    from mms_studio.core.lm.store import project_lm
    from mms_studio.core.lm.texts import read_manifest
    from mms_studio.core.lm.tuning import (
        DEFAULT_ALPHA,
        DEFAULT_BETA,
        UNK_SCORE_OFFSET,
        read_weights,
    )

    hotwords = tuple(hotwords) + tuple(read_manifest(project.root).hotwords)
    if use_lm is False:
        if hotwords:
            return DecoderChoice(BeamDecoder(vocab, hotwords=hotwords,
                                             description=Message("beam search with hotwords")),
                                 False, Message("Decoding: beam search with hotwords, no "
                                                "language model."))
        return DecoderChoice(None, False, Message("Decoding: greedy (no language model)."))
    try:
        lm = project_lm(project)
    except LanguageModelError as exc:
        if use_lm:
            raise
        choice = choose_decoder(project, adapter_dir=adapter_dir, vocab=vocab, use_lm=False,
                                hotwords=hotwords)
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        choice.description = Message("Decoding without the language model: {reason}",
                                     reason=reason)
        return choice
    if lm is None:
        if use_lm:
            raise LanguageModelError("This project has no language model yet; add texts and "
                                     "build one (mms-studio lm build).")
        return choose_decoder(project, adapter_dir=adapter_dir, vocab=vocab, use_lm=False,
                              hotwords=hotwords)
    weights = read_weights(adapter_dir, lm_sha256=lm.sha256)
    if weights is not None and not weights.helps and use_lm is None:
        choice = choose_decoder(project, adapter_dir=adapter_dir, vocab=vocab, use_lm=False,
                                hotwords=hotwords)
        choice.description = Message("Decoding without the language model: it did not lower "
                                     "this adapter's dev error rates (use --lm to force it).")
        return choice
    alpha = weights.alpha if weights else DEFAULT_ALPHA
    beta = weights.beta if weights else DEFAULT_BETA
    unigrams = lm.unigrams_path.read_text(encoding="utf-8").split()
    model = load_language_model(lm.arpa_path, unigrams=unigrams, alpha=alpha, beta=beta,
                                unk_score_offset=(weights.unk_score_offset if weights
                                                  else UNK_SCORE_OFFSET))
    text = _lm_description(lm, alpha=alpha, beta=beta, tuned=weights is not None,
                           hotwords=len(hotwords))
    decoder = BeamDecoder(vocab, language_model=model, alpha=alpha, beta=beta,
                          hotwords=hotwords, description=text)
    return DecoderChoice(decoder, True, Message("Decoding: {decoder}.", decoder=text))


def _lm_description(lm, *, alpha: float, beta: float, tuned: bool, hotwords: int) -> Message:
    """What decodes with the language model, as a `Message`: the Transcribe page says it in
    the interface language, the CLI and the JSON `meta` keep the English sentence."""
    model = Message("order {order}, {words} words, from {sentences} sentences",
                    order=lm.order, words=lm.vocabulary, sentences=lm.sentences)
    how = (Message("tuned on the dev clips") if tuned
           else Message("not tuned yet: default weights"))
    if hotwords:
        return Message("language model ({model}; weight {alpha:g}, word bonus {beta:g}, "
                       "{tuned}) + {count} hotwords", model=model, alpha=alpha, beta=beta,
                       tuned=how, count=hotwords)
    return Message("language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})",
                   model=model, alpha=alpha, beta=beta, tuned=how)
