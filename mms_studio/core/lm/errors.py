"""The one error type of the language-model area (its message is a sentence for a person)."""

from __future__ import annotations

from mms_studio.core.errors import MMSStudioError


class LanguageModelError(MMSStudioError):
    """Texts or a language model that cannot be used; nothing was changed."""
