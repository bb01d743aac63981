"""One torch thread while a test trains the tiny model, restored afterwards.

Training the tiny model is latency-bound: on 2 shared cores one thread was measured 2x
faster (wall) than two. One context manager serves every fixture that wants it, so the
setting is always put back, even when the set-up fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def torch_threads(count: int = 1) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)
