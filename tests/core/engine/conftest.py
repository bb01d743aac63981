"""Engine fixtures: synthetic utterances and one adapter trained once per session on them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from mms_studio.core.engine.data import LabelCodec, Utterance
from tests.core.engine.helpers import fast_config, utterances
from tests.torch_threads import torch_threads


@dataclass
class Trained:
    model: object
    codec: LabelCodec
    result: object
    partials: list
    dev: list[Utterance]
    base_dir: Path


@pytest.fixture(scope="package", autouse=True)
def one_torch_thread():
    """Training the tiny model is latency-bound: on 2 shared cores one thread was measured 2x
    faster (wall) than two. Restored afterwards for the other areas' tests."""
    with torch_threads(1):
        yield


@pytest.fixture(scope="session")
def train_set() -> list[Utterance]:
    return utterances(160, seed=1, prefix="t")


@pytest.fixture(scope="session")
def dev_set() -> list[Utterance]:
    return utterances(24, seed=2, prefix="d")


@pytest.fixture(scope="session")
def trained(tiny_model_dir, train_set, dev_set, tmp_path_factory) -> Trained:
    """The tiny model with an adapter trained on the synthetic language (shared: ~40 s, 1 thread)."""
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.trainer import train
    from mms_studio.core.tasks import RecordingTaskState

    codec = LabelCodec.from_texts([u.text for u in train_set])
    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=codec.vocab)
    state = RecordingTaskState()
    result = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                   config=fast_config(), run_dir=tmp_path_factory.mktemp("run"), state=state)
    return Trained(model, codec, result, state.partials, dev_set, tiny_model_dir)
