"""Small builders shared by the formats tests: WAV files, ELAN documents, transcriptions.

Reached through the `kit` fixture (tests run with --import-mode=importlib, so
test modules cannot import a sibling helper module).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.transcript import Segment, Transcription, Word


def write_tone(path: Path, seconds: float, sr: int = 16000) -> Path:
    t = np.arange(int(seconds * sr)) / sr
    sf.write(path, (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), sr, subtype="PCM_16")
    return path


def eaf_text(tiers: str, slots: dict[str, int], *, media: str = "", types: str = "",
             relative: str = "") -> str:
    slot_xml = "".join(f'<TIME_SLOT TIME_SLOT_ID="{k}" TIME_VALUE="{v}"/>' for k, v in slots.items())
    rel = f' RELATIVE_MEDIA_URL="{relative}"' if relative else ""
    descriptor = f'<MEDIA_DESCRIPTOR MEDIA_URL="{media}" MIME_TYPE="audio/x-wav"{rel}/>' \
        if media or relative else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT FORMAT="3.0" '
            'VERSION="3.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">'
            f'<HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">{descriptor}</HEADER>'
            f'<TIME_ORDER>{slot_xml}</TIME_ORDER>{tiers}'
            '<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>'
            f'{types}</ANNOTATION_DOCUMENT>')


def aligned(aid: str, ts1: str, ts2: str, value: str) -> str:
    return (f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="{aid}" TIME_SLOT_REF1="{ts1}" '
            f'TIME_SLOT_REF2="{ts2}"><ANNOTATION_VALUE>{value}</ANNOTATION_VALUE>'
            '</ALIGNABLE_ANNOTATION></ANNOTATION>')


def ref(aid: str, parent: str, value: str) -> str:
    return (f'<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="{aid}" ANNOTATION_REF="{parent}">'
            f'<ANNOTATION_VALUE>{value}</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>')


def tier(name: str, body: str, *, ltype: str = "default-lt", participant: str = "",
         parent: str = "") -> str:
    extra = (f' PARTICIPANT="{participant}"' if participant else "") + \
        (f' PARENT_REF="{parent}"' if parent else "")
    return f'<TIER LINGUISTIC_TYPE_REF="{ltype}" TIER_ID="{name}"{extra}>{body}</TIER>'


def sample_result(audio_path: str | None = None) -> Transcription:
    """Two speakers, Unicode text, words with confidences, one word spilling past its segment."""
    return Transcription(
        segments=(
            Segment(0.5, 2.25, "néda ama", words=(Word("néda", 0.5, 1.0, 0.9),
                                                  Word("ama", 1.2, 2.25, 0.4)),
                    confidence=0.65, speaker="Ani"),
            Segment(3.0, 4.125, "हिन्दी ठीक", words=(Word("हिन्दी", 3.0, 3.5, 0.8),
                                                  Word("ठीक", 3.6, 4.2, 0.7)),
                    confidence=0.75, speaker="Bo"),
            Segment(4.5, 5.75, "ở địa bàn", words=(Word("ở", 4.5, 4.7, 0.95),
                                                  Word("địa", 4.8, 5.2, 0.5),
                                                  Word("bàn", 5.3, 5.75, 0.6)),
                    confidence=0.68, speaker="Ani"),
        ),
        duration=6.0, language="abz", adapter="abz-v1", audio_path=audio_path)


@pytest.fixture
def kit():
    """This module: `kit.write_tone(...)`, `kit.eaf_text(...)`, `kit.sample_result()`."""
    return sys.modules[__name__]
