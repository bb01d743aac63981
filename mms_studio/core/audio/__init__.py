"""Audio in and out: read any recording, resample to 16 kHz mono, measure levels, write WAV.

The public API (see docs/CONTRACTS.md) is re-exported here; import from
`mms_studio.core.audio`, not from the modules inside. The sound card is the
exception: `core.audio.devices` (and its stand-ins in `core.audio.replay_device`)
is imported as a module by the few callers that record or play, so reading
files never touches the sound system.
"""

from mms_studio.core.audio.io import (
    AUDIO_SUFFIXES,
    DEFAULT_BLOCK_SECONDS,
    AudioInfo,
    convert_to_wav,
    iter_blocks,
    load,
    probe,
    write_wav,
)
from mms_studio.core.audio.stats import (
    DBFS_FLOOR,
    TARGET_SR,
    AudioStats,
    StatsAccumulator,
    analyse,
    to_dbfs,
)
from mms_studio.core.errors import (
    AudioError,
    AudioNotFoundError,
    CorruptAudioError,
    EmptyAudioError,
    InvalidSamplesError,
    UnsupportedAudioError,
)

__all__ = [
    "AUDIO_SUFFIXES", "DBFS_FLOOR", "DEFAULT_BLOCK_SECONDS", "TARGET_SR",
    "AudioError", "AudioInfo", "AudioNotFoundError", "AudioStats", "CorruptAudioError",
    "EmptyAudioError", "InvalidSamplesError", "StatsAccumulator", "UnsupportedAudioError",
    "analyse", "convert_to_wav", "iter_blocks", "load", "probe", "to_dbfs", "write_wav",
]
