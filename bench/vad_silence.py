"""Speech detection on real speech: how much silence reaches the model, and how much speech is kept.

    python bench/vad_silence.py [--minutes 10] [--data ../shared/data]

Real clips from `../shared/data/clips` are joined by pauses of known length
(2..8 s of faint noise) until the recording is `--minutes` long. The baseline,
in the same run, is what transcription did before speech detection: fixed
windows over the whole recording, i.e. every second of silence goes through the
model. Printed: the VAD pass's speed, the recall of speech time (speech = 10 ms
frames within 25 dB of each clip's loud level), the silence sent by each side,
and the audio the model would see. One silent take of the MFA set (its speaker
says nothing) is counted as silence. Last line:
    vad_rtf=… recall=… silence_sent_vad=… silence_sent_fixed=1.0 model_seconds_vad=… model_seconds_fixed=…
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mms_studio.core.audio import load  # noqa: E402
from mms_studio.core.audio.vad import VadSettings, detect_speech  # noqa: E402
from mms_studio.devtools import join_with_silences  # noqa: E402

SR = 16000
SILENT_TAKE = "se10x016-08071999-1334_u0016001"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    files = sorted(p for ext in ("wav", "flac", "mp3")
                   for p in glob.glob(f"{args.data}/clips/*/*.{ext}"))
    clips = [load(f) for f in files]
    recording = join_with_silences(
        clips, seed=args.seed, min_seconds=args.minutes * 60,
        silent_takes={i for i, f in enumerate(files) if Path(f).stem == SILENT_TAKE})
    samples, truth, quiet = recording.samples, recording.speech, recording.silence
    seconds = len(samples) / SR
    print(f"recording: {seconds / 60:.1f} min from {len(clips)} real clips, "
          f"{truth.sum() / SR:.0f} s of speech, {quiet.sum() / SR:.0f} s of known silence")
    detect_speech(samples[: 10 * SR])                      # warm-up (weights, threads)
    start = time.perf_counter()
    found = detect_speech(samples, settings=VadSettings())
    elapsed = time.perf_counter() - start
    sent = np.zeros(len(samples), dtype=bool)
    for region in found.regions:
        sent[int(region.start * SR):int(region.end * SR)] = True
    recall = (sent & truth).sum() / truth.sum()
    silence_sent = (sent & quiet).sum() / quiet.sum()
    print(f"speech detection: {elapsed:.1f} s for {seconds:.0f} s of audio "
          f"(RTF {elapsed / seconds:.4f}), {len(found.regions)} regions")
    print(f"recall of speech time: {recall:.2%}")
    print(f"silence sent to the model: VAD {silence_sent:.2%}, fixed windows 100% "
          f"({1 - silence_sent:.1%} less)")
    print(f"audio the model sees: VAD {found.speech_seconds:.0f} s, fixed windows {seconds:.0f} s "
          f"({found.speech_seconds / seconds:.1%})")
    print(f"vad_rtf={elapsed / seconds:.4f} recall={recall:.4f} silence_sent_vad={silence_sent:.4f} "
          f"silence_sent_fixed=1.0 model_seconds_vad={found.speech_seconds:.0f} "
          f"model_seconds_fixed={seconds:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
