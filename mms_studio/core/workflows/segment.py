"""Cut untranscribed recordings into clips at the speaker's pauses: `mms-studio segment` and
the review page's "Find speech".

Why: most of what a documentation project holds is hours of recordings with no
transcript. Speech detection (`core.audio.vad`) finds the speech; each region
becomes a clip marked `needs_review` with an empty transcript, keeping its place
in the source recording (`Clip.media`, `media_start`, `media_end`), so the
transcribe-and-correct loop (least confident first) can fill them in. Clips are
at most `max_segment` seconds (15 s by default: short enough to train on and to
correct by ear). A region already in the project (same recording and cut) is
not added twice, so re-running an interrupted job finishes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mms_studio.core.audio.vad import SpeechDetection, VadSettings, detect_speech
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled
from mms_studio.core.transcript import Segment, Transcription

#: Clip-sized regions: short enough to train on and to transcribe by ear.
CLIP_SETTINGS = VadSettings(max_segment=15.0, min_segment=1.0, min_speech=0.5)


@dataclass(frozen=True)
class SegmentedRecording:
    """One recording cut into speech regions, the clips made of them and their times."""

    audio: Path
    detection: SpeechDetection
    clip_ids: tuple[str, ...]           # one per region, "" where the clip already existed
    already_there: int = 0

    def transcription(self, *, language: str = "") -> Transcription:
        """The regions in the project's transcription format (empty texts, to be filled)."""
        return Transcription(
            segments=tuple(Segment(start=r.start, end=r.end, text="", confidence=0.0)
                           for r in self.detection.regions),
            duration=self.detection.duration, language=language, audio_path=str(self.audio),
            meta={"kind": "speech regions", "clip_ids": list(self.clip_ids),
                  "speech_seconds": round(self.detection.speech_seconds, 2),
                  "vad": self.detection.settings.to_dict()})


@dataclass
class SegmentReport:
    recordings: list[SegmentedRecording] = field(default_factory=list)

    @property
    def clips(self) -> int:
        return sum(1 for r in self.recordings for c in r.clip_ids if c)

    @property
    def speech_seconds(self) -> float:
        return sum(r.detection.speech_seconds for r in self.recordings)

    def to_text(self) -> str:
        lines = []
        for rec in self.recordings:
            det = rec.detection
            made = sum(1 for c in rec.clip_ids if c)
            line = (f"{rec.audio.name}: {made} clip(s) to transcribe, "
                    f"{det.speech_seconds:.1f} s of speech in {det.duration:.1f} s")
            if rec.already_there:
                line += f" ({rec.already_there} already in the project)"
            lines.append(line)
        return "\n".join(lines)


def segment_recordings(project: Any, audio: list[Path] | tuple[Path, ...], *,
                       settings: VadSettings = CLIP_SETTINGS, speaker: str | None = None,
                       state: TaskState | None = None) -> SegmentReport:
    """Find the speech in each recording and add each region as a clip needing a transcript.

    Every recording is checked (readable, not empty) before any clip is added, so a
    bad file changes nothing. Each finished recording is sent as a partial result.
    """
    from mms_studio.core.audio import probe

    state = state or NullTaskState()
    paths = [Path(p).expanduser().absolute() for p in audio]
    for path in paths:
        probe(path)          # AudioNotFoundError / CorruptAudioError / ... before any change
    report = SegmentReport()
    for n, path in enumerate(paths, 1):
        state.set_status(Message("Finding speech in {name} ({n} of {total})…", name=path.name,
                                 n=n, total=len(paths)))
        detection = detect_speech(path, settings=settings, state=state)
        ids: list[str] = []
        there = 0
        for region in detection.regions:
            check_cancelled(state)
            if project.has_media(path, region.start, region.end):
                ids.append("")
                there += 1
                continue
            clip = project.add_clip_from_file(
                path, transcript="", start=region.start, end=region.end, speaker=speaker,
                status="needs_review", review_reasons=[Message(
                    "Cut from {name} by speech detection; it needs its transcript.",
                    name=Path(path).name)])
            ids.append(clip.id)
        done = SegmentedRecording(audio=path, detection=detection, clip_ids=tuple(ids),
                                  already_there=there)
        report.recordings.append(done)
        state.set_partial_result(done)
    return report
