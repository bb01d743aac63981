"""Transcript text: cleaning for any script, grapheme units, CTC vocabularies, orthography checks.

The public API (see docs/CONTRACTS.md) is re-exported here; import from
`mms_studio.core.text`, not from the modules inside.
"""

from mms_studio.core.text.graphemes import JOINERS, describe, grapheme_clusters, is_mark
from mms_studio.core.text.normalize import WORD_DELIMITER, Normalizer, units_to_text
from mms_studio.core.text.orthography import (
    LookalikeGroup,
    MixedScriptWord,
    OrthographyReport,
    UnitCount,
    orthography_report,
)
from mms_studio.core.text.settings import FOLD_MODES, TextSettings, TextSettingsError
from mms_studio.core.text.vocab import (
    PAD,
    PAD_ID,
    SPECIAL_TOKENS,
    UNK,
    UNK_ID,
    WORD_DELIMITER_ID,
    Vocabulary,
    build_vocab,
    load_vocab_json,
    write_vocab_json,
)

__all__ = [
    "LookalikeGroup", "MixedScriptWord", "OrthographyReport", "UnitCount", "orthography_report",
    "FOLD_MODES", "JOINERS", "PAD", "PAD_ID", "SPECIAL_TOKENS", "UNK", "UNK_ID",
    "WORD_DELIMITER", "WORD_DELIMITER_ID", "Normalizer", "TextSettings", "TextSettingsError",
    "Vocabulary", "build_vocab", "describe", "grapheme_clusters", "is_mark", "load_vocab_json",
    "units_to_text", "write_vocab_json",
]
