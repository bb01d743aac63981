"""What an Omnilingual base writes on its own: the zero-shot baseline of a project on it.

An MMS base is compared with its own adapter for the project's language. An
Omnilingual CTC base has no per-language adapters: its own CTC head over a
SentencePiece vocabulary (blank = id 0, `<s>`) writes every language it covers,
and it takes no language code (only the LLM variants of Omnilingual do). So its
zero-shot output is one and the same whatever code a caller names; the code is
only a label.

The engine keeps one model in memory and swaps small adapters in place
(`adapters.set_adapter_state`); the base's own output is one more such swap:
every adapter tensor zero (a LoRA pair with B = 0, or a residual bottleneck with
a zero up-projection, adds nothing, so the frozen encoder computes exactly what
the base does) and the output layer the base's `ctc_head`, read alone from the
weights file (two tensors; the encoder is not reloaded). Its text is the
SentencePiece pieces joined, "▁" starting a word, as the tokenizer the Hub folder
ships (`tokenizer.json`, read by transformers' ParakeetTokenizer) decodes them.
The vocabulary is read from that file as JSON (no tokenizer code runs), or from a
`vocab.json` when a converted folder has one instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mms_studio.core.engine.decode import Decoded, best_path, collapse_words
from mms_studio.core.errors import ModelError

WORD_START = "\u2581"          # SentencePiece's "▁": the piece begins a word
#: SentencePiece's control pieces: never text (the blank is one of them, `<s>`).
CONTROL_PIECES = frozenset({"<s>", "</s>", "<pad>", "<unk>"})
ENGINE_BLANK = "<pad>"         # the name the engine's `decode.blank_id` looks the blank up by


@dataclass(frozen=True)
class PieceVocabulary:
    """The base's own output vocabulary: id -> piece, the CTC blank and the ids never written."""

    pieces: tuple[str, ...]
    blank: int
    special: frozenset[int]

    def engine_vocab(self) -> dict[str, int]:
        """token -> id for the engine (one entry per output row; the blank under "<pad>").

        The engine finds the blank by name (`decode.blank_id`); Omnilingual's blank is
        `<s>` and its `<pad>` is another id, so the names are moved, not the ids. Empty or
        repeated pieces get names of their own so every row keeps one entry.
        """
        vocab: dict[str, int] = {ENGINE_BLANK: self.blank}
        for i, piece in enumerate(self.pieces):
            if i == self.blank:
                continue
            name = piece if piece and piece not in vocab else f"<piece {i}>"
            vocab[name] = i
        return vocab


def _config(base_dir: Path) -> dict:
    try:
        return json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"The model folder {base_dir} has no readable config.json.") from exc


def _tokenizer_pieces(path: Path) -> tuple[dict[int, str], set[int]]:
    """id -> piece and the special ids of a tokenizers `tokenizer.json` (Unigram, BPE, WordPiece)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    vocab = (data.get("model") or {}).get("vocab")
    if isinstance(vocab, list):        # Unigram (SentencePiece): [[piece, score], ...] in id order
        pieces = {i: str(entry[0]) for i, entry in enumerate(vocab)}
    elif isinstance(vocab, dict):      # BPE / WordPiece: {piece: id}
        pieces = {int(i): str(p) for p, i in vocab.items()}
    else:
        raise ValueError("no vocabulary in tokenizer.json")
    special = set()
    for added in data.get("added_tokens") or []:
        pieces[int(added["id"])] = str(added["content"])
        if added.get("special"):
            special.add(int(added["id"]))
    return pieces, special


def has_zero_shot(base_dir: Path) -> bool:
    """Whether the folder ships what reads the base's own output as text (its tokenizer)."""
    return any((Path(base_dir) / name).is_file() for name in ("tokenizer.json", "vocab.json"))


def read_piece_vocabulary(base_dir: Path) -> PieceVocabulary:
    """The vocabulary of the base's own CTC head, from the files the Hub folder ships."""
    base_dir = Path(base_dir)
    config = _config(base_dir)
    size = int(config.get("vocab_size") or 0)
    try:
        if (base_dir / "tokenizer.json").is_file():
            by_id, special = _tokenizer_pieces(base_dir / "tokenizer.json")
        elif (base_dir / "vocab.json").is_file():
            raw = json.loads((base_dir / "vocab.json").read_text(encoding="utf-8"))
            by_id, special = {int(i): str(p) for p, i in raw.items()}, set()
        else:
            raise ModelError(f"The base model in {base_dir} has no tokenizer.json, so its own "
                             "output cannot be read as text; download the model folder again "
                             "with its tokenizer files.")
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ModelError(f"The tokenizer file of the base model in {base_dir} is damaged; "
                         "download the model folder again.") from exc
    size = max(size, max(by_id, default=-1) + 1)
    pieces = tuple(by_id.get(i, "") for i in range(size))
    special |= {i for i, p in enumerate(pieces) if p in CONTROL_PIECES or not p}
    blank = int(config.get("blank_token_id", 0))
    return PieceVocabulary(pieces=pieces, blank=blank, special=frozenset(special | {blank}))


def _piece_scores(base_dir: Path) -> dict[int, float]:
    """id -> log-probability of each piece of a Unigram tokenizer.json ({} for other models)."""
    path = Path(base_dir) / "tokenizer.json"
    if not path.is_file():
        return {}
    try:
        vocab = (json.loads(path.read_text(encoding="utf-8")).get("model") or {}).get("vocab")
        if isinstance(vocab, list):
            return {i: float(entry[1]) for i, entry in enumerate(vocab)}
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        pass
    return {}


@dataclass(frozen=True)
class PieceSplitter:
    """Splits a word into the base's own pieces, as its SentencePiece tokenizer would.

    Forced alignment on an Omnilingual base (zero-shot) needs the typed transcript as the
    token ids its CTC head writes. A Unigram model's split is the one that maximises the
    sum of the pieces' log-probabilities (a Viterbi pass over the word's characters),
    "▁" opening the word; without scores (a BPE or vocab.json folder) every piece costs
    the same, so the fewest, longest pieces win. No tokenizer code runs: the vocabulary
    is read as data, and the split is a few lines.
    """

    pieces: dict[str, tuple[int, float]]     # text piece -> (id, log-probability)
    longest: int
    letters: frozenset[str]                  # characters some piece holds ("▁" apart)

    @classmethod
    def from_base(cls, base_dir: Path) -> PieceSplitter:
        vocabulary = read_piece_vocabulary(base_dir)
        scores = _piece_scores(base_dir)
        pieces: dict[str, tuple[int, float]] = {}
        for i, piece in enumerate(vocabulary.pieces):
            if i in vocabulary.special or not piece or piece in pieces:
                continue
            pieces[piece] = (i, scores.get(i, -1.0))
        if not pieces:
            raise ModelError(f"The tokenizer of the base model in {base_dir} has no pieces of "
                             "text; download the model folder again.")
        letters = frozenset(ch for piece in pieces for ch in piece if ch != WORD_START)
        return cls(pieces=pieces, longest=max(map(len, pieces)), letters=letters)

    def knows(self, letter: str) -> bool:
        return letter in self.letters

    def split(self, word: str) -> tuple[int, ...]:
        """Piece ids of `word` ("▁" + word; the word alone when no piece opens it), or ()."""
        for text in (WORD_START + word, word):
            found = self._viterbi(text)
            if found:
                return found
        return ()

    def _viterbi(self, text: str) -> tuple[int, ...]:
        n = len(text)
        best = [0.0] + [float("-inf")] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - self.longest), end):
                if best[start] == float("-inf"):
                    continue
                found = self.pieces.get(text[start:end])
                if found is not None and best[start] + found[1] > best[end]:
                    best[end] = best[start] + found[1]
                    back[end] = (start, found[0])
        if best[n] == float("-inf"):
            return ()
        ids: list[int] = []
        at = n
        while at > 0:
            start, piece = back[at]
            ids.append(piece)
            at = start
        return tuple(reversed(ids))


def piece_decode(ids: np.ndarray, probs: np.ndarray, *, vocabulary: PieceVocabulary,
                 frame_offset: int = 0, gap_frames: int | None = None) -> Decoded:
    """Collapse repeats, drop the blank and control pieces, start a word at each "▁".

    The same words, times and confidences as `decode.greedy_decode` gives for our own
    vocabularies (one loop, `decode.collapse_words`); only the word boundary differs:
    SentencePiece marks the start of a word on the piece itself.
    """
    def spell(tok: int) -> tuple[bool, str] | None:
        if tok in vocabulary.special or tok >= len(vocabulary.pieces):
            return None
        piece = vocabulary.pieces[tok]
        return piece.startswith(WORD_START), piece.replace(WORD_START, "")

    return collapse_words(ids, probs, spell=spell, frame_offset=frame_offset,
                          gap_frames=gap_frames)


class PieceDecoder:
    """Greedy decoding of the base's own output (the interface of `decode.GreedyDecoder`)."""

    kind = "greedy"
    needs_log_probs = False

    def __init__(self, vocabulary: PieceVocabulary) -> None:
        self.vocabulary = vocabulary

    def describe(self) -> str:
        return "greedy, the base model's own vocabulary (zero-shot)"

    def decode(self, log_probs: np.ndarray, *, frame_offset: int = 0,
               gap_frames: int | None = None) -> Decoded:
        ids, probs = best_path(log_probs)
        return piece_decode(ids, probs, vocabulary=self.vocabulary, frame_offset=frame_offset,
                            gap_frames=gap_frames)

    def close(self) -> None:
        pass


def read_base_head(base_dir: Path) -> dict:
    """{"weight", "bias"} of the base's `ctc_head`, read alone from its safetensors file(s)."""
    from safetensors import safe_open

    base_dir = Path(base_dir)
    wanted = {"weight": "ctc_head.weight", "bias": "ctc_head.bias"}
    files = {key: base_dir / "model.safetensors" for key in wanted.values()}
    index = base_dir / "model.safetensors.index.json"
    if not (base_dir / "model.safetensors").is_file() and index.is_file():
        weight_map = json.loads(index.read_text(encoding="utf-8")).get("weight_map", {})
        files = {key: base_dir / weight_map.get(key, "model.safetensors")
                 for key in wanted.values()}
    out = {}
    try:
        for name, key in wanted.items():
            with safe_open(str(files[key]), framework="pt") as handle:
                out[name] = handle.get_tensor(key)
    except Exception as exc:  # noqa: BLE001 - safetensors raises its own error types
        raise ModelError(f"The base model in {base_dir} has no readable output layer of its "
                         "own (ctc_head); download the model folder again.") from exc
    return out


def zero_shot_weights(model, *, base_dir: Path) -> dict:
    """Adapter weights that make `model` compute the base's own output.

    Every adapter tensor zero: a LoRA pair then adds B·A·x = 0 and a residual
    bottleneck x + up(...) = x, so the frozen encoder is the base's; the output
    layer is the base's own head.
    """
    import torch

    head = read_base_head(base_dir)
    weights = {name: torch.zeros(tuple(param.shape), dtype=torch.float32)
               for name, param in model._get_adapters().items()
               if name not in ("lm_head.weight", "lm_head.bias")}
    if head["weight"].shape[1] != model.config.hidden_size:
        raise ModelError("The base model's own output layer does not fit its encoder; the "
                         "model folder is damaged.")
    weights["lm_head.weight"] = head["weight"]
    weights["lm_head.bias"] = head["bias"]
    return weights


@dataclass(frozen=True)
class ZeroShot:
    """The base's own output on a loaded model: adapter weights, vocabulary, decoder."""

    weights: dict                 # for `adapters.set_adapter_state`
    vocab: dict[str, int]         # `PieceVocabulary.engine_vocab()`
    decoder: PieceDecoder


def zero_shot_output(model, *, base_dir: Path) -> ZeroShot:
    """An Omnilingual base's own head, vocabulary and decoder (evaluate.base_output wraps it)."""
    vocabulary = read_piece_vocabulary(base_dir)
    weights = zero_shot_weights(model, base_dir=base_dir)
    rows = weights["lm_head.weight"].shape[0]
    if len(vocabulary.pieces) != rows:
        raise ModelError(f"The base model's tokenizer has {len(vocabulary.pieces)} pieces but "
                         f"its output layer {rows} rows; the model folder is damaged.")
    return ZeroShot(weights=weights, vocab=vocabulary.engine_vocab(),
                    decoder=PieceDecoder(vocabulary))
