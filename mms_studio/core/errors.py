"""Typed errors whose message is written for the user.

Every error the core raises on bad input derives from `MMSStudioError`; its
`str()` is one plain sentence saying what is wrong and, where possible, what
to do. The CLI prints it as the one-line reason; the GUI shows it in a dialog.
Anything else escaping the core is a bug and goes to the crash dialog.
"""

from __future__ import annotations


class MMSStudioError(Exception):
    """Base of all expected, user-facing failures."""


class Cancelled(MMSStudioError):
    """The user asked a long job to stop; what was finished is kept."""

    def __init__(self, message: str = "Cancelled by the user.") -> None:
        super().__init__(message)


# --- audio -----------------------------------------------------------------
class AudioError(MMSStudioError):
    """A recording cannot be used."""


class AudioNotFoundError(AudioError):
    pass


class EmptyAudioError(AudioError):
    """Zero bytes, zero frames, or an empty cut."""


class CorruptAudioError(AudioError):
    """The file claims a format it does not hold, or is truncated."""


class UnsupportedAudioError(AudioError):
    """A format the audio library cannot decode."""


class InvalidSamplesError(AudioError):
    """Samples are NaN or infinite."""


# --- text ------------------------------------------------------------------
class TranscriptError(MMSStudioError):
    """A transcript is empty or unusable after normalisation."""


# --- project ---------------------------------------------------------------
class ProjectError(MMSStudioError):
    """A project folder cannot be created, opened or changed."""


class ProjectNotFoundError(ProjectError):
    pass


class ProjectExistsError(ProjectError):
    pass


class ProjectLockedError(ProjectError):
    """Another running MMS Studio holds this project."""


class SchemaTooNewError(ProjectError):
    """The project was written by a newer MMS Studio."""


# --- formats / import ------------------------------------------------------
class FormatError(MMSStudioError):
    """An annotation, subtitle or table file is malformed or unsupported."""


class ImportFailedError(MMSStudioError):
    """An import could not go ahead at all; nothing was changed."""


# --- engine ----------------------------------------------------------------
class ModelError(MMSStudioError):
    """A base model or adapter cannot be loaded or used."""


class OfflineError(ModelError):
    """The model is not on disk and the Hub cannot be reached."""


class TrainingError(MMSStudioError):
    """Training cannot start or continue (no usable clips, bad settings)."""
