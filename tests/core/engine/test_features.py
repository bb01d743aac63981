"""The conv feature encoder in pieces and from the per-clip cache gives the frames it gives whole."""

from __future__ import annotations

import numpy as np
import pytest

from mms_studio.core.engine.features import (
    FeatureCache,
    encode_in_pieces,
    frames_for,
    receptive_field,
)

MMS_KERNELS, MMS_STRIDES = (10, 3, 3, 3, 3, 2, 2), (5, 2, 2, 2, 2, 2, 2)


def test_mms_geometry():
    assert receptive_field(MMS_KERNELS, MMS_STRIDES) == (400, 320)
    assert frames_for(16000, MMS_KERNELS, MMS_STRIDES) == 49
    assert frames_for(399, MMS_KERNELS, MMS_STRIDES) == 0
    assert frames_for(400, MMS_KERNELS, MMS_STRIDES) == 1
    # a piece of m frames needs (m - 1) * 320 + 400 samples, no more
    assert frames_for(9 * 320 + 400, MMS_KERNELS, MMS_STRIDES) == 10
    assert frames_for(9 * 320 + 399, MMS_KERNELS, MMS_STRIDES) == 9


@pytest.fixture(scope="module")
def model(tiny_model_dir):
    from mms_studio.core.engine.base import load_base_model

    return load_base_model(tiny_model_dir)


@pytest.mark.parametrize("samples", [16000 * 3 + 123, 400 * 7, 16000 * 12])
def test_pieces_equal_the_whole(model, samples):
    import torch

    audio = torch.from_numpy(np.random.default_rng(samples).standard_normal((2, samples))
                             .astype(np.float32))
    encoder = model.wav2vec2.feature_extractor
    with torch.no_grad():
        whole = encoder(audio)
        pieces = encode_in_pieces(model, audio, piece_frames=37)
    assert pieces.shape == whole.shape
    torch.testing.assert_close(pieces, whole, rtol=1e-5, atol=1e-5)


def test_cache_serves_a_padded_batch_and_is_reused(model):
    """Logits of the valid frames match the plain model; the second pass computes nothing."""
    import torch

    rng = np.random.default_rng(0)
    lengths = [16000 * 2, 16000 + 4321, 9000]
    audio = torch.zeros(3, max(lengths))
    mask = torch.zeros(3, max(lengths), dtype=torch.long)
    for row, n in enumerate(lengths):
        audio[row, :n] = torch.from_numpy(rng.standard_normal(n).astype(np.float32))
        mask[row, :n] = 1
    model.eval()
    with torch.no_grad():
        plain = model(audio, attention_mask=mask).logits
    cache = FeatureCache(model, budget_bytes=1 << 30)
    try:
        for _ in range(2):
            with torch.no_grad(), cache.batch(["a", "b", "c"], lengths):
                cached = model(audio, attention_mask=mask).logits
            frames = model._get_feat_extract_output_lengths(torch.tensor(lengths))
            for row, n in enumerate(frames.tolist()):
                torch.testing.assert_close(cached[row, :n], plain[row, :n], rtol=1e-4, atol=1e-4)
        assert (cache.misses, cache.hits) == (3, 3) and cache.used > 0
        # outside a batch block the encoder runs as usual
        with torch.no_grad():
            torch.testing.assert_close(model(audio, attention_mask=mask).logits, plain)
    finally:
        cache.close()
    assert "forward" not in vars(model.wav2vec2.feature_extractor)   # the class's own again


def test_closing_the_cache_keeps_an_earlier_patch(model):
    """A model already running its encoder in pieces keeps doing so after a cache is closed."""
    import torch

    from mms_studio.core.engine.features import use_pieces

    encoder = model.wav2vec2.feature_extractor
    use_pieces(model, piece_frames=7)
    pieces = vars(encoder)["forward"]
    try:
        FeatureCache(model, budget_bytes=1 << 20).close()
        assert vars(encoder)["forward"] is pieces
        with torch.no_grad():
            audio = torch.randn(1, 16000)
            torch.testing.assert_close(encoder(audio), encoder._mms_original_forward(audio),
                                       rtol=1e-5, atol=1e-5)
    finally:
        del encoder.forward


def test_cache_respects_its_budget(model):
    import torch

    audio = torch.randn(2, 16000)
    cache = FeatureCache(model, budget_bytes=1)
    try:
        for _ in range(2):
            with torch.no_grad(), cache.batch(["a", "b"], [16000, 16000]):
                model(audio)
        assert cache.used == 0 and cache.hits == 0 and cache.misses == 4
    finally:
        cache.close()


def test_training_with_the_cache_follows_training_without(tiny_model_dir, tmp_path):
    """Over several epochs (clips come back from the cache) the run keeps the same course."""
    import json

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.trainer import train
    from tests.core.engine.helpers import fast_config, utterances

    train_set = utterances(12, seed=21, prefix="f")
    dev_set = utterances(4, seed=22, prefix="g")
    codec = LabelCodec.from_texts([u.text for u in train_set])
    losses, cers = {}, {}
    for cache in (False, True):
        model = load_base_model(tiny_model_dir)
        init_adapter(model, vocab=codec.vocab, seed=5)
        config = fast_config(max_steps=24, eval_every=8, log_every=1, seconds_per_batch=6.0,
                             warmup_steps=4, cache_features=cache)
        result = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                       config=config, run_dir=tmp_path / str(cache))
        rows = [json.loads(x) for x in
                (tmp_path / str(cache) / "metrics.jsonl").read_text().splitlines()]
        losses[cache] = [r["loss"] for r in rows if r["kind"] == "train"]
        cers[cache] = [r["cer"] for r in rows if r["kind"] == "eval"]
        assert result.steps == 24
        if cache:  # every clip computed once, then served: 4 epochs of 12 clips + 4 dev evals
            assert result.feature_cache["misses"] == len(train_set) + len(dev_set)
            assert result.feature_cache["hits"] > 2 * len(train_set)
        else:
            assert result.feature_cache == {}
        assert model.wav2vec2.feature_extractor.forward.__name__ == "forward"  # given back
    assert len(losses[True]) == 24 and losses[True][-1] < losses[True][0]
    assert losses[True] == pytest.approx(losses[False], rel=1e-3)
    assert cers[True] == pytest.approx(cers[False], abs=0.02)
