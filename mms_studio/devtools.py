"""Developer tools: a tiny MMS-shaped model and a synthetic speech task, shared by tests and benches.

The real base model (facebook/mms-1b-all, 4 GB) cannot run in CI, and mocking
the engine would test nothing. So we build a *tiny random* wav2vec2 CTC model
laid out exactly like mms-1b-all (config with `adapter_attn_dim`, one
`model.safetensors`, nested `vocab.json`, one `adapter.<code>.safetensors` per
language, tokenizer and feature-extractor configs) and a synthetic task it can
learn with adapters alone: every grapheme is a pure tone of its own, lasting a
whole number of 20 ms frames and starting on the frame grid (a frozen random
conv stack only tells tones apart when they line up with its 320-sample
stride), and the word gap "|" is a tone of its own (silent gaps never get
learned as spaces). Hidden size 256: narrower random models were measured to
sit on CTC's all-blank plateau.

    python -m mms_studio.devtools tiny-model OUT [--languages eng,abc]
    python -m mms_studio.devtools synthetic-audio OUT.wav --seconds 180
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
SAMPLES_PER_FRAME = 320  # the wav2vec2 conv stack's total stride: one CTC frame = 20 ms

#: Graphemes of the synthetic language, each with its own tone (Hz).
SYNTH_LETTERS = "abdeiklmnostu"
WORD_GAP_HZ = 3700.0
#: A small lexicon without doubled letters (a tone cannot repeat without a gap).
SYNTH_WORDS = ("bala", "sinu", "kato", "meli", "tomo", "dunik", "lesa", "nobi", "asu",
               "kimo", "ulan", "sedi", "mota", "ibe", "lunos", "deka")


def _letter_hz() -> dict[str, float]:
    # Spread over 300..3400 Hz so neighbouring letters are clearly apart.
    freqs = np.geomspace(300.0, 3400.0, num=len(SYNTH_LETTERS))
    return {ch: float(f) for ch, f in zip(SYNTH_LETTERS, freqs, strict=True)}


@dataclass(frozen=True)
class SyntheticClip:
    """One synthetic utterance. `word_times` are (word, start_s, end_s) of each word's tones."""

    samples: np.ndarray
    text: str
    word_times: tuple[tuple[str, float, float], ...]

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def _tone(hz: float, frames: int, rng: np.random.Generator) -> np.ndarray:
    n = frames * SAMPLES_PER_FRAME
    t = np.arange(n, dtype=np.float64) / SAMPLE_RATE
    wave = 0.5 * np.sin(2 * np.pi * hz * t + rng.uniform(0, 2 * np.pi))
    ramp = min(32, n // 4)  # soften the clicks at tone edges
    env = np.ones(n)
    env[:ramp] = np.linspace(0, 1, ramp)
    env[-ramp:] = np.linspace(1, 0, ramp)
    return wave * env


def synth_utterance(words: Sequence[str], *, rng: np.random.Generator,
                    frames_per_letter: tuple[int, int] = (3, 5),
                    edge_frames: tuple[int, int] = (2, 6), noise: float = 0.01) -> SyntheticClip:
    """Render `words` as tones; letters and gaps last whole frames and start on the frame grid."""
    hz = _letter_hz()
    parts: list[np.ndarray] = [np.zeros(int(rng.integers(*edge_frames)) * SAMPLES_PER_FRAME)]
    pos = len(parts[0])
    times: list[tuple[str, float, float]] = []
    for i, word in enumerate(words):
        if i:
            gap = _tone(WORD_GAP_HZ, int(rng.integers(*frames_per_letter)), rng)
            parts.append(gap)
            pos += len(gap)
        start = pos
        for ch in word:
            tone = _tone(hz[ch], int(rng.integers(*frames_per_letter)), rng)
            parts.append(tone)
            pos += len(tone)
        times.append((word, start / SAMPLE_RATE, pos / SAMPLE_RATE))
    parts.append(np.zeros(int(rng.integers(*edge_frames)) * SAMPLES_PER_FRAME))
    samples = np.concatenate(parts)
    samples = samples + noise * rng.standard_normal(len(samples))
    return SyntheticClip(samples=samples.astype(np.float32), text=" ".join(words),
                         word_times=tuple(times))


def synthetic_clips(n: int, *, seed: int = 0, words_per_clip: tuple[int, int] = (1, 4),
                    lexicon: Sequence[str] = SYNTH_WORDS) -> list[SyntheticClip]:
    """`n` seeded utterances of 1..3 words from the synthetic lexicon (0.3 to 2 s each)."""
    rng = np.random.default_rng(seed)
    clips = []
    for _ in range(n):
        count = int(rng.integers(*words_per_clip))
        words = [lexicon[int(rng.integers(len(lexicon)))] for _ in range(count)]
        clips.append(synth_utterance(words, rng=rng))
    return clips


def synthetic_long_audio(seconds: float, *, seed: int = 0,
                         pause_frames: tuple[int, int] = (15, 40)) -> SyntheticClip:
    """A long recording: synthetic sentences separated by silent pauses of 0.3..0.8 s.

    The result's `word_times` are absolute, so a test can check timestamps.
    """
    rng = np.random.default_rng(seed)
    parts: list[np.ndarray] = []
    times: list[tuple[str, float, float]] = []
    words_all: list[str] = []
    pos = 0
    target = int(seconds * SAMPLE_RATE)
    while pos < target:
        words = [SYNTH_WORDS[int(rng.integers(len(SYNTH_WORDS)))]
                 for _ in range(int(rng.integers(2, 6)))]
        clip = synth_utterance(words, rng=rng, edge_frames=(1, 2))
        offset = pos / SAMPLE_RATE
        times.extend((w, s + offset, e + offset) for w, s, e in clip.word_times)
        words_all.extend(words)
        parts.append(clip.samples)
        pos += len(clip.samples)
        pause = np.zeros(int(rng.integers(*pause_frames)) * SAMPLES_PER_FRAME, dtype=np.float32)
        pause += (0.01 * rng.standard_normal(len(pause))).astype(np.float32)
        parts.append(pause)
        pos += len(pause)
    return SyntheticClip(samples=np.concatenate(parts).astype(np.float32),
                         text=" ".join(words_all), word_times=tuple(times))


# --- real clips joined by known silences (speech detection's truth) ------------------------------

@dataclass(frozen=True)
class JoinedClips:
    """A long recording made of real clips and pauses of known length, with its truth per sample.

    speech: inside a clip, a 10 ms frame within 25 dB of the clip's loud level (`speech_truth`);
    silence: the pauses, and whole takes in which nobody speaks. The rest (a clip's own quiet
    edges and breaths) is neither: a detector may keep or drop it.
    """

    samples: np.ndarray
    speech: np.ndarray
    silence: np.ndarray

    @property
    def seconds(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def speech_truth(samples: np.ndarray) -> np.ndarray:
    """Per-sample speech truth of a clean clip: 10 ms frames within 25 dB of its loud level
    (its 95th percentile), gaps under 0.2 s (inside words) closed."""
    n = len(samples) // 160
    level = 20 * np.log10(np.sqrt(np.mean(samples[:n * 160].reshape(n, 160) ** 2, axis=1)) + 1e-9)
    on = level >= np.percentile(level, 95) - 25
    idx = np.flatnonzero(on)
    for a, b in zip(idx[:-1], idx[1:], strict=True):
        if 1 < b - a <= 20:
            on[a:b] = True
    truth = np.zeros(len(samples), dtype=bool)
    truth[:n * 160] = np.repeat(on, 160)
    return truth


def join_with_silences(clips: Sequence[np.ndarray], *, seed: int = 0,
                       silent_takes: Collection[int] = (), min_seconds: float = 0.0,
                       pause_seconds: tuple[float, float] = (2.0, 8.0),
                       noise: float = 0.0005) -> JoinedClips:
    """Real clips (16 kHz) each after a pause of faint noise (`noise` RMS, `pause_seconds`
    long, seeded), the list repeated whole until the recording lasts `min_seconds`.

    silent_takes: indices of clips in which nobody speaks: counted as silence, not speech.
    What the VAD test and `bench/vad_silence.py` measure recall and silence sent against.
    """
    rng = np.random.default_rng(seed)
    truths = [np.zeros(len(clip), bool) if i in silent_takes else speech_truth(clip)
              for i, clip in enumerate(clips)]
    parts: list[np.ndarray] = []
    speech: list[np.ndarray] = []
    silence: list[np.ndarray] = []
    total = 0
    while clips and (total == 0 or total < min_seconds * SAMPLE_RATE):
        for i, clip in enumerate(clips):
            low, high = pause_seconds
            pause = (noise * rng.standard_normal(int(rng.uniform(low, high) * SAMPLE_RATE))
                     ).astype(np.float32)
            parts += [pause, np.asarray(clip, dtype=np.float32)]
            speech += [np.zeros(len(pause), bool), truths[i]]
            silence += [np.ones(len(pause), bool), np.full(len(clip), i in silent_takes)]
            total += len(pause) + len(clip)
    if not parts:
        raise ValueError("no clips to join")
    return JoinedClips(samples=np.concatenate(parts), speech=np.concatenate(speech),
                       silence=np.concatenate(silence))


# --- the tiny model ------------------------------------------------------------------------------

def _mms_style_vocab(letters: str) -> dict[str, int]:
    """The layout mms-1b-all uses per language: <pad>=0 (CTC blank), <s>, </s>, <unk>, | then letters."""
    vocab = {"<pad>": 0, "<s>": 1, "</s>": 2, "<unk>": 3, "|": 4}
    for ch in letters:
        vocab[ch] = len(vocab)
    return vocab


def tiny_config(*, vocab_size: int, hidden_size: int = 256, layers: int = 2,
                adapter_attn_dim: int = 16):
    """A wav2vec2 config shaped like mms-1b-all (stable layer norm, layer-norm convs, 320 stride)."""
    from transformers import Wav2Vec2Config

    return Wav2Vec2Config(
        vocab_size=vocab_size, hidden_size=hidden_size, num_hidden_layers=layers,
        num_attention_heads=4, intermediate_size=hidden_size * 2,
        conv_dim=(128,) * 7, conv_kernel=(10, 3, 3, 3, 3, 2, 2), conv_stride=(5, 2, 2, 2, 2, 2, 2),
        conv_bias=True, feat_extract_norm="layer", do_stable_layer_norm=True,
        num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=16,
        adapter_attn_dim=adapter_attn_dim, layerdrop=0.0, mask_time_prob=0.05,
        hidden_dropout=0.0, attention_dropout=0.0, activation_dropout=0.0, feat_proj_dropout=0.0,
        final_dropout=0.0, ctc_loss_reduction="mean", ctc_zero_infinity=True,
        pad_token_id=0, bos_token_id=1, eos_token_id=2,
        architectures=["Wav2Vec2ForCTC"], model_type="wav2vec2")


def build_tiny_model(out: str | Path, *, languages: Sequence[str] = ("eng", "abc"),
                     seed: int = 0, layers: int = 2, adapter_attn_dim: int = 32,
                     family: str = "mms") -> Path:
    """Write a random tiny model in the mms-1b-all folder layout to `out`; returns the folder.

    Every language gets its own vocabulary (the synthetic letters, rotated so
    the languages differ) and its own random adapter, so zero-shot loading,
    adapter switching and row-copying all run the same code as with the 1B model.
    family="omniasr": an Omnilingual ASR CTC model instead (hf-audio/omniasr-ctc-*
    layout, SentencePiece-style vocabulary over the synthetic letters; it has no
    per-language adapters, so `languages` is not used).
    """
    if family == "omniasr":
        from mms_studio.core.engine.families.omniasr_tiny import build_tiny_omniasr

        return build_tiny_omniasr(out, letters=SYNTH_LETTERS, seed=seed, layers=layers)
    if family != "mms":
        raise ValueError(f"unknown model family {family!r} (mms or omniasr)")
    import torch
    from safetensors.torch import save_file
    from transformers import Wav2Vec2CTCTokenizer, Wav2Vec2FeatureExtractor, Wav2Vec2ForCTC

    if len(languages) < 1:
        raise ValueError("at least one language is needed")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    vocabs: dict[str, dict[str, int]] = {}
    for i, lang in enumerate(languages):
        shift = (3 * i) % len(SYNTH_LETTERS)
        letters = SYNTH_LETTERS[shift:] + SYNTH_LETTERS[:shift]
        if i:  # later languages lack a couple of letters and add one of their own
            letters = letters[:-2] + "z"
        vocabs[lang] = _mms_style_vocab(letters)
    first = languages[0]
    model = Wav2Vec2ForCTC(tiny_config(vocab_size=len(vocabs[first]), layers=layers,
                                        adapter_attn_dim=adapter_attn_dim))
    model.eval()
    for lang in languages:
        torch.manual_seed(seed + 1 + sum(map(ord, lang)))
        model.config.vocab_size = len(vocabs[lang])
        model.lm_head = torch.nn.Linear(model.config.hidden_size, len(vocabs[lang]))
        model.init_adapter_layers()
        weights = {k: v.detach().clone().contiguous() for k, v in model._get_adapters().items()}
        save_file(weights, str(out / f"adapter.{lang}.safetensors"))
    # model.safetensors carries the first language's adapter, as mms-1b-all carries eng's.
    torch.manual_seed(seed + 1 + sum(map(ord, first)))
    model.config.vocab_size = len(vocabs[first])
    model.lm_head = torch.nn.Linear(model.config.hidden_size, len(vocabs[first]))
    model.init_adapter_layers()
    model.save_pretrained(out)
    for stale in out.glob("*.bin"):
        stale.unlink()
    (out / "vocab.json").write_text(json.dumps(vocabs, ensure_ascii=False, indent=2),
                                    encoding="utf-8")
    tokenizer = Wav2Vec2CTCTokenizer(str(out / "vocab.json"), target_lang=first,
                                     unk_token="<unk>", pad_token="<pad>", bos_token="<s>",
                                     eos_token="</s>", word_delimiter_token="|")
    tokenizer.save_pretrained(out)
    Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=SAMPLE_RATE, padding_value=0.0,
                             do_normalize=True, return_attention_mask=True).save_pretrained(out)
    # transformers 5 no longer writes special_tokens_map.json; mms-1b-all ships one.
    (out / "special_tokens_map.json").write_text(json.dumps(
        {"bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>", "unk_token": "<unk>"},
        indent=2), encoding="utf-8")
    # The tokenizer rewrites vocab.json; make sure it is still the nested per-language file.
    (out / "vocab.json").write_text(json.dumps(vocabs, ensure_ascii=False, indent=2),
                                    encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mms_studio.devtools",
                                     description="Developer tools for MMS Studio.")
    sub = parser.add_subparsers(dest="command", required=True)
    tiny = sub.add_parser("tiny-model", help="write a tiny random MMS-shaped model folder")
    tiny.add_argument("out")
    tiny.add_argument("--languages", default="eng,abc", help="comma-separated codes")
    tiny.add_argument("--seed", type=int, default=0)
    tiny.add_argument("--family", choices=("mms", "omniasr"), default="mms",
                      help="base model family to imitate (default mms)")
    long_audio = sub.add_parser("synthetic-audio", help="write a long synthetic recording (WAV)")
    long_audio.add_argument("out")
    long_audio.add_argument("--seconds", type=float, default=120.0)
    long_audio.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "tiny-model":
        langs = [code.strip() for code in args.languages.split(",") if code.strip()]
        print(build_tiny_model(args.out, languages=langs, seed=args.seed, family=args.family))
    else:
        import soundfile as sf

        from mms_studio.core.atomic import atomic_path

        clip = synthetic_long_audio(args.seconds, seed=args.seed)
        with atomic_path(args.out, suffix=".wav") as tmp:
            sf.write(tmp, clip.samples, SAMPLE_RATE, subtype="PCM_16", format="WAV")
        print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
