#!/usr/bin/env bash
# The issue's GPU figures in one short run on a lent GPU machine (about 8 minutes on an H100).
#
# The machine has torch, transformers, accelerate and psutil but not the app's audio and
# metric packages: download their wheels here first (repo root, once per session):
#   echo /.whl/ >> .git/info/exclude
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 \
#     --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
#     --platform manylinux2014_x86_64 -d .whl soundfile soxr cffi pycparser jiwer rapidfuzz \
#     platformdirs
# then call the device tool with carry [".whl"] and the command `bash bench/gpu_check.sh`.
# Figures land in $OUT (or /tmp/gpu-check). TINY=1 runs the same steps on the tiny model
# (a check of this script on any machine, in a minute).
set -uo pipefail
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1 PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
OUT="${OUT:-/tmp/gpu-check}"
mkdir -p "$OUT"
PY="${PYTHON:-python3}"
if compgen -G ".whl/*.whl" > /dev/null; then
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site .whl/*.whl || exit 1
    export PYTHONPATH="$PYTHONPATH:/tmp/site"
fi
{ nvidia-smi --query-gpu=name,memory.total --format=csv 2>/dev/null || echo "no nvidia-smi"
  $PY -c "import torch, transformers; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), 'transformers', transformers.__version__)"
} | tee "$OUT/machine.txt"

if [ "${TINY:-0}" = 1 ]; then
    MODEL=/tmp/gpu-check-tiny; CLIPS=(--clips 2 --seconds 2); SECONDS_AUDIO=20
    $PY -m mms_studio.devtools tiny-model "$MODEL" > /dev/null
else
    MODEL=/tmp/mms-1b-random; CLIPS=(--clips 8 --seconds 10); SECONDS_AUDIO=600
    $PY bench/make_mms1b.py "$MODEL" > /dev/null
fi
$PY -m mms_studio.devtools synthetic-audio /tmp/gpu-check.wav --seconds 60 > /dev/null

# The issue's GPU step: batch 8 x 10 s, ours (auto: checkpointing only when memory requires
# it) and forced checkpointing, each against the recipe (fp16 autocast + scaler) on the GPU.
$PY bench/train_step_1b.py --base "$MODEL" "${CLIPS[@]}" 2>&1 | grep -v "Loading weights" \
    | tee "$OUT/train_auto.txt"
$PY bench/train_step_1b.py --base "$MODEL" "${CLIPS[@]}" --checkpointing on 2>&1 \
    | grep -v "Loading weights" | tee "$OUT/train_checkpointed.txt"
$PY bench/transcribe_speed.py --base "$MODEL" --audio /tmp/gpu-check.wav \
    --seconds "$SECONDS_AUDIO" 2>&1 | grep -v "Loading weights" | tee "$OUT/transcribe.txt"
