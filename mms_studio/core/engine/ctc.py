"""CTC loss and scoring clips in batches: what a training step and a dev evaluation both run.

Kept apart from the loop (trainer.py) so the baseline comparison can score the
base model's own adapter with the very function that scored ours on the same
dev clips: the two figures in the library table are then comparable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mms_studio.core.engine.data import Batch, Example, LabelCodec, collate
from mms_studio.core.engine.decode import best_path, blank_id, greedy_decode
from mms_studio.core.engine.features import FeatureCache
from mms_studio.core.engine.metrics import ZERO, char_errors, word_errors
from mms_studio.core.errors import Cancelled


def ctc_loss(model, logits, batch: Batch, *, blank: int):
    """Mean CTC loss (per-label normalised, as the recipe), float32, CPU when on MPS."""
    import torch

    lengths = model._get_feat_extract_output_lengths(batch.attention_mask.sum(-1)).to(torch.long)
    log_probs = torch.nn.functional.log_softmax(logits.float(), dim=-1).transpose(0, 1)
    labels, label_lengths = batch.labels, batch.label_lengths
    if log_probs.device.type == "mps":
        log_probs = log_probs.cpu()
    labels, label_lengths, lengths = (t.to(log_probs.device) for t in (labels, label_lengths, lengths))
    with torch.backends.cudnn.flags(enabled=False):
        return torch.nn.functional.ctc_loss(log_probs, labels, lengths.cpu(), label_lengths.cpu(),
                                            blank=blank, reduction="mean", zero_infinity=True)


def to_device(batch: Batch, device) -> Batch:
    return Batch(batch.input_values.to(device), batch.attention_mask.to(device),
                 batch.labels.to(device), batch.label_lengths.to(device), batch.seconds)


@dataclass(frozen=True)
class DevScores:
    """Mean CTC loss and corpus WER/CER of a set of clips (one process's share of dev)."""

    loss: float
    wer: float
    cer: float
    utterances: int


def evaluate_examples(model, examples: Sequence[Example], codec: LabelCodec, *,
                      seconds_per_batch: float, autocast,
                      stop: Callable[[], bool] | None = None,
                      features: FeatureCache | None = None, decoder=None) -> DevScores:
    """Dev loss, WER and CER (grapheme clusters) of `examples` with greedy decoding.

    stop: checked between batches (a dev set can take minutes on the 1B model on a CPU);
        when it returns True, `Cancelled` is raised.
    features: serves the conv encoder's frames of clips seen before.
    decoder: turns a clip's log-probabilities into words when `codec.vocab`'s own greedy
        reading does not (an Omnilingual base's SentencePiece output: evaluate.BaseOutput).
    """
    import torch

    blank = blank_id(codec.vocab)
    id_to_token = {i: t for t, i in codec.vocab.items()}
    model.eval()
    durations = [e.duration for e in examples]
    order = sorted(range(len(examples)), key=lambda i: durations[i])
    words, chars = ZERO, ZERO
    loss_sum, loss_n = 0.0, 0
    hypotheses: dict[int, str] = {}
    start = 0
    while start < len(order):
        if stop is not None and stop():
            raise Cancelled("Evaluation stopped.")
        longest, end = 0.0, start
        while end < len(order) and (end == start or
                                    max(longest, durations[order[end]]) * (end - start + 1)
                                    <= seconds_per_batch):
            longest = max(longest, durations[order[end]])
            end += 1
        idx = order[start:end]
        chosen = [examples[i] for i in idx]
        batch = to_device(collate(chosen), model.device)
        with torch.no_grad(), autocast(), serving(features, chosen, batch):
            logits = model(batch.input_values, attention_mask=batch.attention_mask).logits
        loss = ctc_loss(model, logits, batch, blank=blank)
        loss_sum += loss.item() * len(idx)
        loss_n += len(idx)
        lengths = model._get_feat_extract_output_lengths(batch.attention_mask.sum(-1))
        log_probs = torch.log_softmax(logits.float(), dim=-1).cpu().numpy()
        for row, i in enumerate(idx):
            rows = log_probs[row, :int(lengths[row])]
            if decoder is not None:
                hypotheses[i] = decoder.decode(rows).text
                continue
            ids, probs = best_path(rows)
            hypotheses[i] = greedy_decode(ids, probs, id_to_token=id_to_token, blank=blank).text
        start = end
    for i, example in enumerate(examples):
        ref = codec.reference(example.utterance.text)
        words = words + word_errors(ref, hypotheses[i])
        chars = chars + char_errors(ref, hypotheses[i])
    return DevScores(loss=loss_sum / max(loss_n, 1), wer=words.rate, cer=chars.rate,
                     utterances=len(examples))


def serving(features: FeatureCache | None, examples: Sequence[Example], batch: Batch):
    if features is None:
        return null()
    return features.batch([e.utterance.id for e in examples],
                          batch.attention_mask.sum(-1).tolist())


class null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
