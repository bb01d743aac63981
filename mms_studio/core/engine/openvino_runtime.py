"""The base run by OpenVINO on the CPU, with adapters fed in as inputs so swapping one is free.

Why: issue 16 measured, on an idle 2-core AVX-512 CPU, one 30 s window of
mms-1b-all at RTF 0.30 in torch's int8 path and 0.134 in OpenVINO with int8
weights (its oneDNN kernels quantise activations on the fly and fuse what torch
runs op by op). On the loaded host this was built on, the two ran level
(`bench/README.md`); `bench/runtimes.py` settles it on an idle machine. OpenVINO
is an optional extra (`pip install .[openvino]`); without it, or on a GPU, torch
runs as before (`inference.choose_runtime`; MMS_STUDIO_RUNTIME=torch forces it).

How:
- The graph is exported once per base from the int8 converted base
  (`converted_cache.py`): every quantised Linear becomes int8 weights times a
  per-row scale, the pattern OpenVINO keeps compressed in memory and runs with
  int8 kernels. The IR (`openvino-int8/model.xml` + `.bin`, ~1 GB for the 1B
  model) is written atomically into the base's cache entry.
- The graph ends at the last hidden state. The adapter bottleneck of every
  layer takes its weights from model *inputs*, and the output layer (one row per
  token of the language) runs in torch after it: `use_adapter` only changes
  the tensors fed in, so an adapter swap costs nothing and no adapter ever needs
  an export of its own.
- `OpenVINOModel` looks enough like `Wav2Vec2ForCTC` for `Recogniser` and
  `adapters.set_adapter_state` (`_get_adapters`, `lm_head`, `config`, a call
  returning `.logits`).
- An Omnilingual base runs on this same graph: the converted cache lays it out as
  the Wav2Vec2ForCTC it is (families/omniasr_layout.py), and the model then takes
  the family's adapter names; bottleneck adapters of any width swap in (the adapter
  inputs have dynamic shapes), LoRA is refused (`fit_adapter`) and runs on torch.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import torch
import torch.nn.functional as F

from mms_studio.core.tasks import Message, NullTaskState, TaskState

EXPORT_FORMAT = 2
#: Threads OpenVINO may use (default: its own choice, one per physical core).
ENV_THREADS = "MMS_STUDIO_THREADS"
_FOLDER = f"openvino-int8-v{EXPORT_FORMAT}"


def openvino_available() -> bool:
    """True when the `openvino` package (the optional extra) can be imported."""
    try:
        import openvino  # noqa: F401
    except ImportError:
        return False
    return True


class _Int8Weights(torch.nn.Module):
    """A Linear as int8 weights times one scale per row: OpenVINO's compressed-weight pattern.

    Traced as int8 -> f16 -> times an f16 scale -> f32, the exact form NNCF's
    `compress_weights(INT8_SYM)` writes, which OpenVINO's CPU plugin keeps
    compressed and runs with int8 kernels on dynamically quantised activations.
    Interleaved in one process (1B model, 10 s windows, one thread, loaded host)
    this graph ran level with NNCF's (RTF 1.42 vs 1.43).
    """

    def __init__(self, weight, scale, bias, *, around=None) -> None:
        super().__init__()
        self.register_buffer("qweight", weight)
        self.register_buffer("scale", scale.to(torch.float16)[:, None])
        self.register_buffer("bias", None if bias is None else bias.float())

    def forward(self, x):
        weight = (self.qweight.to(torch.float16) * self.scale).to(x.dtype)
        return F.linear(x, weight, self.bias)


class _AdapterFromInputs(torch.nn.Module):
    """One layer's adapter bottleneck (norm, down, ReLU, up) with weights from `slots`."""

    def __init__(self, slots: dict, prefix: str, eps: float) -> None:
        super().__init__()
        self.slots, self.prefix, self.eps = slots, prefix, eps

    def forward(self, hidden):
        get = self.slots.__getitem__
        p = self.prefix
        hidden = F.layer_norm(hidden, (hidden.shape[-1],), get(p + "norm.weight"),
                              get(p + "norm.bias"), self.eps)
        hidden = F.relu(F.linear(hidden, get(p + "linear_1.weight"), get(p + "linear_1.bias")))
        return F.linear(hidden, get(p + "linear_2.weight"), get(p + "linear_2.bias"))


class _Traced(torch.nn.Module):
    """input_values + adapter tensors (in `names` order) -> last hidden state."""

    def __init__(self, model, names: list[str]) -> None:
        super().__init__()
        self.wav2vec2 = model.wav2vec2
        self.names = names
        self.slots: dict = {}
        for index, layer in enumerate(model.wav2vec2.encoder.layers):
            adapter = getattr(layer, "adapter_layer", None)
            if adapter is not None:
                layer.adapter_layer = _AdapterFromInputs(
                    self.slots, f"wav2vec2.encoder.layers.{index}.adapter_layer.", adapter.norm.eps)

    def forward(self, input_values, *adapter):
        self.slots.clear()
        self.slots.update(zip(self.names, adapter, strict=True))
        return self.wav2vec2(input_values).last_hidden_state


@contextlib.contextmanager
def _giving_back_memory(module):
    """While tracing, hand freed memory back to the OS after every int8 layer (glibc only).

    Tracing runs each layer once, making its float weights (up to 26 MB for the
    1B model) for a moment; glibc keeps such freed blocks in its heap, so the
    process grew by the whole float model (3.9 GB) though no more than one layer
    was alive at a time. `malloc_trim` returns them.
    """
    from mms_studio.core.engine.safetensors_stream import release_freed_memory

    hooks = [layer.register_forward_hook(lambda *_: release_freed_memory())
             for layer in module.modules() if isinstance(layer, _Int8Weights)]
    try:
        yield
    finally:
        for hook in hooks:
            hook.remove()


def adapter_names(model) -> list[str]:
    """The adapter tensors fed to the graph: every bottleneck weight, not the output layer."""
    return [name for name in model._get_adapters() if not name.startswith("lm_head")]


def export_path(base_dir: Path, *, root: Path | None = None) -> Path:
    from mms_studio.core.engine.converted_cache import entry_dir

    return entry_dir(base_dir, root=root) / _FOLDER / "model.xml"


def export_openvino(base_dir: Path, *, layout: str, root: Path | None = None,
                    state: TaskState | None = None) -> Path:
    """Export the base's OpenVINO graph once (from the `layout` int8 conversion); returns model.xml.

    The export reads the int8 converted base (converting it first if needed),
    traces the model once on one second of audio (shapes stay dynamic) and
    writes the IR into a temporary folder renamed into place.
    """
    import openvino as ov

    from mms_studio.core.engine.converted_cache import _build, ensure_converted

    state = state or NullTaskState()
    target = export_path(base_dir, root=root)
    if target.is_file() and target.with_suffix(".bin").is_file():
        return target
    source = ensure_converted(base_dir, layout, root=root, state=state)
    state.set_status(Message("Preparing the base model for this computer (once)…"))
    state.set_progress(0.0)
    model = _build(Path(base_dir), source, layout, int8_layer=_Int8Weights).float().eval()
    for layer in model.modules():  # .float() made the scales f32 too; they are f16 by design
        if isinstance(layer, _Int8Weights):
            layer.scale = layer.scale.to(torch.float16)
    names = adapter_names(model)
    example = [model._get_adapters()[name].detach() for name in names]
    traced = _Traced(model, names).eval()
    state.set_progress(0.2)
    import warnings

    inputs = (torch.zeros(1, 16000), *example)
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    # The tracer reads every attribute of the modules, transformers' `loss_function` property
    # too, which then tells the user's terminal about a causal-LM loss nobody uses.
    hf_logging.set_verbosity_error()
    try:
        with torch.no_grad(), warnings.catch_warnings(), _giving_back_memory(traced):
            warnings.simplefilter("ignore")  # tracer notes on shapes taken as constants
            # Traced here, not by convert_model: its own trace checks itself by tracing twice
            # and freezes the module, which took 11.7 GB for the 1B model; this way 2-3 GB.
            script = torch.jit.trace(traced, inputs, check_trace=False)
            graph = ov.convert_model(script, example_input=inputs)
    finally:
        hf_logging.set_verbosity(verbosity)
    del script, traced, model, example, inputs
    state.set_progress(0.7)
    graph.outputs[0].get_tensor().set_names({"hidden"})
    target.parent.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{_FOLDER}.", dir=target.parent.parent))
    try:
        ov.save_model(graph, scratch / "model.xml", compress_to_fp16=False)
        (scratch / "adapters.txt").write_text("\n".join(names), encoding="utf-8")
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(target.parent)  # an export of an older format or a broken one
        os.replace(scratch, target.parent)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    state.set_progress(1.0)
    return target


def _release_mapped(path: Path) -> int:
    """Drop this process's resident pages of the mapped weights file; returns bytes released.

    OpenVINO maps the IR's weights, copies them into the layout its int8
    kernels use at the first inference, and keeps the mapping: 1 GB of the 1B
    model resident twice (2.7 GB in all while transcribing, 1.7 GB after this).
    The pages are clean file pages, so dropping them loses nothing: should
    OpenVINO read them again, the kernel pages them back in from the file.
    Linux only (reads /proc/self/maps); elsewhere a no-op.
    """
    import ctypes
    import ctypes.util

    try:
        lines = Path("/proc/self/maps").read_text().splitlines()
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return 0
    madvise = libc.madvise
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    released = 0
    for line in lines:
        if not line.endswith(str(path)):
            continue
        start, end = (int(x, 16) for x in line.split()[0].split("-"))
        if madvise(start, end - start, 4) == 0:  # MADV_DONTNEED
            released += end - start
    return released


class OpenVINOModel(torch.nn.Module):
    """The compiled base plus the adapter in use (fed as inputs) and the output layer (torch)."""

    def __init__(self, compiled, *, names: list[str], adapters: dict, lm_head, config,
                 outer: dict[str, str] | None = None) -> None:
        super().__init__()
        self.compiled = compiled
        self.request = compiled.create_infer_request()
        self.names = names
        # The graph's input names -> the names adapter files use (an Omnilingual base's own).
        self.outer = outer or {name: name for name in names}
        self.adapters = torch.nn.ParameterDict(
            {name.replace(".", "__"): torch.nn.Parameter(adapters[name].float(),
                                                         requires_grad=False)
             for name in names})
        self.lm_head = lm_head
        self.config = config
        self.target_lang = None

    @property
    def device(self):
        return torch.device("cpu")

    @property
    def dtype(self):
        return torch.float32

    def _get_adapters(self) -> dict:
        found = {self.outer[name]: self.adapters[name.replace(".", "__")] for name in self.names}
        found["lm_head.weight"] = self.lm_head.weight
        found["lm_head.bias"] = self.lm_head.bias
        return found

    def fit_adapter(self, weights: dict) -> None:
        """`adapters.set_adapter_state`'s hook: an Omnilingual bottleneck of another width
        resizes the inputs fed (the graph's adapter inputs have dynamic shapes); LoRA is
        refused (`omniasr_layout.AdapterNeedsTorch`: it changes the graph's own Linears)."""
        if getattr(self, "family", "mms") != "omniasr":
            return
        from mms_studio.core.engine.families.omniasr_layout import check_adapter

        check_adapter(weights)
        for name in self.names:
            given = weights.get(self.outer[name])
            slot = name.replace(".", "__")
            if given is not None and tuple(given.shape) != tuple(self.adapters[slot].shape):
                self.adapters[slot] = torch.nn.Parameter(
                    torch.zeros(tuple(given.shape)), requires_grad=False)

    def forward(self, input_values):
        feeds = [input_values.float().numpy()]
        feeds += [self.adapters[name.replace(".", "__")].detach().numpy() for name in self.names]
        hidden = torch.from_numpy(self.request.infer(feeds, share_inputs=True)["hidden"].copy())
        return SimpleNamespace(logits=self.lm_head(hidden))


def compile_config(hidden_size: int, *, threads: int = 0) -> dict:
    """OpenVINO CPU settings for the base: one request at a time, and the activation groups.

    The int8 weights run with OpenVINO's dynamic int8 activations, which take one
    scale per group of `DYNAMIC_QUANTIZATION_GROUP_SIZE` input values (32 by
    default). One group per `hidden_size` values (it divides both the attention's
    and the feed-forward's input widths) measured 0.22 RTF against 0.29 with the
    default on the 1B model's 30 s window (bench/README.md, 2026-12-04), with the
    same frame agreement with fp32.
    """
    config: dict = {"PERFORMANCE_HINT": "LATENCY"}
    if hidden_size % 32 == 0:
        config["DYNAMIC_QUANTIZATION_GROUP_SIZE"] = int(hidden_size)
    if threads:
        config["INFERENCE_NUM_THREADS"] = int(threads)
    return config


def load_openvino(base_dir: Path, *, layout: str, target_lang: str | None = None,
                  root: Path | None = None, state: TaskState | None = None,
                  threads: int | None = None) -> OpenVINOModel:
    """The base compiled by OpenVINO for this CPU (exported first if needed), with an adapter."""
    import openvino as ov

    from mms_studio.core.engine.converted_cache import _fit_head, _skeleton, read_header
    from mms_studio.core.errors import ModelError

    base_dir = Path(base_dir)
    if target_lang is not None and not (base_dir / f"adapter.{target_lang}.safetensors").is_file():
        raise ModelError(f"The base model has no adapter for the language code “{target_lang}”.")
    xml = export_openvino(base_dir, layout=layout, root=root, state=state)
    names = (xml.parent / "adapters.txt").read_text(encoding="utf-8").split("\n")
    core = ov.Core()
    # The adapter and output layer the base file carries, read from the converted file.
    skeleton = _skeleton(base_dir)
    config = compile_config(skeleton.config.hidden_size,
                            threads=threads or int(os.environ.get(ENV_THREADS, "0") or 0))
    compiled = core.compile_model(core.read_model(xml), "CPU", config)
    from mms_studio.core.engine.converted_cache import converted_path

    converted = converted_path(base_dir, layout, root=root)
    header, _meta, _start = read_header(converted)
    _fit_head(skeleton, header["lm_head.weight"]["shape"][0])
    from safetensors import safe_open

    with safe_open(str(converted), framework="pt") as handle:
        adapters = {name: handle.get_tensor(name).float().clone() for name in names}
        head = torch.nn.Linear(skeleton.config.hidden_size, header["lm_head.weight"]["shape"][0])
        with torch.no_grad():
            head.weight.copy_(handle.get_tensor("lm_head.weight").float())
            head.bias.copy_(handle.get_tensor("lm_head.bias").float())
    head.requires_grad_(False)
    model = OpenVINOModel(compiled, names=names, adapters=adapters, lm_head=head,
                          config=skeleton.config)
    from mms_studio.core.engine.families import FAMILIES, OMNIASR, omniasr_layout

    if omniasr_layout.is_omniasr(base_dir):  # the same graph, under the family's own names
        model.outer = omniasr_layout.outer_names(names)
        model.family = OMNIASR
        model.max_window_seconds = FAMILIES[OMNIASR].max_window_seconds
    model(torch.zeros(1, 16000))  # OpenVINO lays the int8 weights out for its kernels now
    _release_mapped(xml.with_suffix(".bin"))
    if target_lang is not None:
        from mms_studio.core.engine.adapters import read_adapter_file, set_adapter_state

        set_adapter_state(model, read_adapter_file(base_dir / f"adapter.{target_lang}.safetensors"))
        model.target_lang = target_lang
    return model.eval()
