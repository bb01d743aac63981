"""Checks each imported clip could fail quietly: is there speech, and does it fit its text?

An import used to take anything libsndfile could decode as a good clip: ten seconds
of digital silence, a flat hum at -30 dBFS, a 70 s cut, 0.05 s of audio carrying a
seven-word sentence, a Chinese subtitle in an Abui project. Each of those teaches the
adapter noise, and none is an error in the file, so refusing them would be wrong.
Instead the clip goes in marked *needs review* with a reason a person can act on,
and the Dataset page's "needs review" filter lists them.

The thresholds are in plain units and deliberately loose: a flag costs a person one
look, a missed flag costs a training run.

- no speech: digital silence (peak below -60 dBFS), almost every 20 ms window below
  -50 dBFS, or a quiet signal whose loudness never moves (speech rises and falls by
  tens of dB between syllables and pauses; hum and hiss stay within a few dB);
- clipping: more than 0.1 % of samples at full scale (audible distortion);
- length: over 30 s (training drops or truncates such clips) or under 0.2 s;
- length for its text: more than 30 letters per second (no one speaks that fast;
  the cut and the text do not belong together), or more letters than CTC frames
  (the model cannot learn it at all); fewer than one letter per 3 s over 8 s (the
  transcript is probably incomplete);
- script: letters in a script that is not among the project's usual ones (the
  scripts of at least a quarter of the letters already in the project and in this
  import).

Language identification inside one script is not attempted: a French sentence in a
Latin-script project passes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from mms_studio.core.audio.stats import CLIP_LEVEL, SILENCE_DBFS, TARGET_SR, WINDOW_SECONDS, to_dbfs
from mms_studio.core.tasks import Message
from mms_studio.core.text.graphemes import grapheme_clusters, script_of

DIGITAL_SILENCE_DBFS = -60.0     # peak below this: nothing was recorded
MOSTLY_SILENT_SHARE = 0.95       # share of 20 ms windows below SILENCE_DBFS
FLAT_RANGE_DB = 6.0              # loudness range (10th..95th percentile of windows) of hum
FLAT_MAX_PEAK_DBFS = -20.0       # only quiet flat signals: a loud steady tone is a test signal
CLIPPED_SHARE = 0.001
MAX_SECONDS = 30.0
MIN_SECONDS = 0.2
MAX_LETTERS_PER_SECOND = 30.0
CTC_FRAMES_PER_SECOND = 50.0     # wav2vec2 emits one frame per 20 ms
SPARSE_SECONDS = 8.0
MIN_LETTERS_PER_SECOND = 1 / 3
USUAL_SCRIPT_SHARE = 0.25


@dataclass(frozen=True)
class ClipFinding:
    """One reason a clip needs a person's look; `code` is stable, `reason` is for people."""

    code: str      # no_speech | clipping | too_long | too_short | too_fast | too_sparse | script
    reason: Message


def letters(text: str) -> int:
    """Grapheme clusters that are not spaces: what a speaker has to say."""
    return sum(1 for cluster in grapheme_clusters(text) if not cluster.isspace())


def _window_levels(samples: np.ndarray, sr: int) -> np.ndarray:
    window = max(1, round(WINDOW_SECONDS * sr))
    whole = samples.size // window * window
    if whole == 0:
        return np.array([to_dbfs(float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))))])
    power = (samples[:whole].astype(np.float64).reshape(-1, window) ** 2).mean(axis=1)
    return 10.0 * np.log10(np.maximum(power, 1e-12))


def check_audio(samples: np.ndarray, *, sr: int = TARGET_SR) -> list[ClipFinding]:
    """Findings about the sound alone: speech present, distortion, length."""
    samples = np.asarray(samples, dtype=np.float32).reshape(-1)
    findings: list[ClipFinding] = []
    duration = samples.size / sr
    if samples.size == 0:
        return [ClipFinding("no_speech", Message("The clip holds no sound at all."))]
    peak_dbfs = to_dbfs(float(np.max(np.abs(samples))))
    levels = _window_levels(samples, sr)
    silent_share = float(np.mean(levels < SILENCE_DBFS))
    spread = float(np.percentile(levels, 95) - np.percentile(levels, 10))
    if peak_dbfs < DIGITAL_SILENCE_DBFS:
        findings.append(ClipFinding("no_speech", Message(
            "The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was "
            "recorded, or the wrong channel or cut was taken.", peak=peak_dbfs)))
    elif silent_share >= MOSTLY_SILENT_SHARE:
        findings.append(ClipFinding("no_speech", Message(
            "The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); "
            "check that the cut holds the speech.", share=silent_share, level=SILENCE_DBFS)))
    elif duration >= 0.5 and spread < FLAT_RANGE_DB and peak_dbfs < FLAT_MAX_PEAK_DBFS:
        findings.append(ClipFinding("no_speech", Message(
            "The clip sounds like steady noise, not speech (its loudness stays within "
            "{spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.",
            spread=spread, peak=peak_dbfs)))
    clipped = float(np.mean(np.abs(samples) >= CLIP_LEVEL))
    if clipped > CLIPPED_SHARE:
        findings.append(ClipFinding("clipping", Message(
            "The clip is distorted: {share:.1%} of its samples are at full scale (recorded "
            "too loud).", share=clipped)))
    if duration > MAX_SECONDS:
        findings.append(ClipFinding("too_long", Message(
            "The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, "
            "so split it into sentences.", seconds=duration, limit=MAX_SECONDS)))
    elif duration < MIN_SECONDS:
        findings.append(ClipFinding("too_short", Message(
            "The clip is only {seconds:.2f} s long, too short to hold a word.",
            seconds=duration)))
    return findings


def check_timing(duration: float, transcript: str) -> list[ClipFinding]:
    """Findings about the text against the clip's length."""
    count = letters(transcript)
    if duration <= 0:
        return []
    rate = count / duration
    if count > duration * CTC_FRAMES_PER_SECOND or rate > MAX_LETTERS_PER_SECOND:
        return [ClipFinding("too_fast", Message(
            "The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} "
            "per second; speech has at most about 20): the text and the cut do not belong "
            "together.", letters=count, seconds=duration, rate=rate))]
    if duration >= SPARSE_SECONDS and rate < MIN_LETTERS_PER_SECOND:
        return [ClipFinding("too_sparse", Message(
            "The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is "
            "probably incomplete.", letters=count, seconds=duration))]
    return []


def script_counts(texts: Iterable[str]) -> Counter[str]:
    """Letters per script over `texts` (Japanese kana and kanji count as one)."""
    counts: Counter[str] = Counter()
    for text in texts:
        for char in text:
            script = script_of(char)
            if script:
                counts[_merged(script)] += 1
    return counts


def _merged(script: str) -> str:
    return "HAN-KANA" if script in ("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA") else script


def usual_scripts(texts: Iterable[str]) -> frozenset[str]:
    """The scripts of at least a quarter of the letters (and always the commonest one)."""
    counts = script_counts(texts)
    total = sum(counts.values())
    if not total:
        return frozenset()
    usual = {s for s, n in counts.items() if n >= USUAL_SCRIPT_SHARE * total}
    usual.add(counts.most_common(1)[0][0])
    return frozenset(usual)


def check_script(transcript: str, usual: frozenset[str]) -> list[ClipFinding]:
    """A finding when the transcript has letters outside the project's usual scripts."""
    if not usual:
        return []
    other: dict[str, list[str]] = {}
    for char in transcript:
        script = script_of(char)
        if script and _merged(script) not in usual:
            chars = other.setdefault(_merged(script).capitalize(), [])
            if char not in chars:
                chars.append(char)
    if not other:
        return []
    shown = "; ".join(f"{script}: {' '.join(chars[:5])}" for script, chars in other.items())
    return [ClipFinding("script", Message(
        "The transcript has letters in another script than this project's usual "
        "{usual} ({found}): another language, or letters typed with the wrong keyboard.",
        usual=", ".join(sorted(s.capitalize() for s in usual)), found=shown))]


def check_clip(samples: np.ndarray, *, transcript: str, sr: int = TARGET_SR,
               usual: frozenset[str] = frozenset()) -> list[ClipFinding]:
    """Every finding for one clip: its sound, its length against its text, its script.

    samples: the clip as stored (mono float, `sr`). usual: from `usual_scripts` over the
    project's transcripts and the import's; empty skips the script check.
    """
    samples = np.asarray(samples, dtype=np.float32).reshape(-1)
    return [*check_audio(samples, sr=sr), *check_timing(samples.size / sr, transcript),
            *check_script(transcript, usual)]
