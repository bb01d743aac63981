"""The transcription result: what the engine produces and every exporter and the GUI consume.

Times are in seconds from the start of the recording. Confidence is 0..1
(mean of the chosen tokens' CTC posteriors over their frames). Immutable so a
result can be passed between threads without copying.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

RESULT_VERSION = 1


@dataclass(frozen=True)
class Word:
    text: str
    start: float
    end: float
    confidence: float


@dataclass(frozen=True)
class Segment:
    """An utterance: a stretch of speech between pauses (or a chunk boundary)."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()
    confidence: float = 1.0
    speaker: str | None = None


@dataclass(frozen=True)
class Transcription:
    segments: tuple[Segment, ...]
    duration: float
    language: str
    adapter: str = ""
    audio_path: str | None = None
    base_model: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments if s.text)

    @property
    def words(self) -> list[Word]:
        return [w for s in self.segments for w in s.words]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["version"] = RESULT_VERSION
        data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcription:
        segments = tuple(
            Segment(start=float(s["start"]), end=float(s["end"]), text=s["text"],
                    words=tuple(Word(**w) for w in s.get("words", ())),
                    confidence=float(s.get("confidence", 1.0)), speaker=s.get("speaker"))
            for s in data["segments"])
        return cls(segments=segments, duration=float(data["duration"]),
                   language=data["language"], adapter=data.get("adapter", ""),
                   audio_path=data.get("audio_path"), base_model=data.get("base_model", ""),
                   meta=dict(data.get("meta", {})))
