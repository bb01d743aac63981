"""The status sentences core jobs send, said in the interface language.

Core stays Qt-free and speaks English: it sends `core.tasks.Message`s, plain
strings that also carry their template and values. Here every template is
listed once for lupdate (context "core"), and `translate_status` looks one up
and fills its values in. A template missing from the translation, or a
translation whose fields do not match, falls back to the English sentence:
a status line is never lost to a translation slip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mms_studio.core.tasks import Message

CONTEXT = "core"

#: Every template a core job (or gui/engine_jobs.py) sends; tests/gui/test_core_messages.py
#: checks the sources against this list.
TEMPLATES = (
    # recording: the sound card (core/audio/devices.py) and takes (core/recording/)
    QT_TRANSLATE_NOOP("core", "No sound system was found on this computer, so recording and "
                      "playback are unavailable. Install PortAudio (see the README), then "
                      "restart MMS Studio."),
    QT_TRANSLATE_NOOP("core", "The list of sound devices could not be read. Check that the "
                      "sound system is running, then look for sound devices again."),
    QT_TRANSLATE_NOOP("core", "No sound card was found: recording and playback are "
                      "unavailable. Plug in a microphone and speakers or a headset, then press "
                      "“Look for sound devices again”."),
    QT_TRANSLATE_NOOP("core", "No microphone was found, so nothing can be recorded. Plug one "
                      "in, then press “Look for sound devices again”."),
    QT_TRANSLATE_NOOP("core", "No speakers or headphones were found, so nothing can be "
                      "played. Plug some in, then press “Look for sound devices again”."),
    QT_TRANSLATE_NOOP("core", "The microphone “{name}” could not be opened; the previous one "
                      "is still in use."),
    QT_TRANSLATE_NOOP("core", "The microphone “{name}” could not be started; the previous one "
                      "is still in use."),
    QT_TRANSLATE_NOOP("core", "The sound could not be played: no speakers or headphones "
                      "answered. Plug some in, then press “Look for sound devices again”."),
    QT_TRANSLATE_NOOP("core", "The take is too short: say the whole sentence after pressing "
                      "record."),
    QT_TRANSLATE_NOOP("core", "The take is longer than {seconds:.0f} seconds: split it into "
                      "shorter sentences."),
    QT_TRANSLATE_NOOP("core", "The take is very quiet: speak closer to the microphone or raise "
                      "its input level."),
    QT_TRANSLATE_NOOP("core", "The take is distorted (too loud): move back from the microphone "
                      "or lower its input level."),
    QT_TRANSLATE_NOOP("core", "The take {name} could not be read; it is kept in the project's "
                      "recordings folder."),
    QT_TRANSLATE_NOOP("core", "Type what is said in the take before accepting it."),
    QT_TRANSLATE_NOOP("core", "A take is already being recorded."),
    QT_TRANSLATE_NOOP("core", "The take could not be saved in {folder} ({reason})."),
    QT_TRANSLATE_NOOP("core", "The take could not be saved: {reason}"),
    QT_TRANSLATE_NOOP("core", "Choosing training, dev and test clips (speakers kept apart)…"),
    QT_TRANSLATE_NOOP("core", "Loading the base model…"),
    QT_TRANSLATE_NOOP("core", "Transcribing with the baseline “{baseline}”…"),
    QT_TRANSLATE_NOOP("core", "Downloading the base model {base} (about 4 GB, resumable)…"),
    QT_TRANSLATE_NOOP("core", "Transcribing…"),
    QT_TRANSLATE_NOOP("core", "Evaluating…"),
    QT_TRANSLATE_NOOP("core", "Exporting {count} clip(s)…"),
    QT_TRANSLATE_NOOP("core", "Exported {count} clip(s) to {folder}."),
    QT_TRANSLATE_NOOP("core", "Reading {name}…"),
    QT_TRANSLATE_NOOP("core", "Importing {count} clip(s)…"),
    QT_TRANSLATE_NOOP("core", "Imported {imported} clip(s); skipped {skipped}."),
    QT_TRANSLATE_NOOP("core", "Step {step}: dev CER {cer:.1%}, WER {wer:.1%}"),
    QT_TRANSLATE_NOOP("core", "Training the adapter…"),
    QT_TRANSLATE_NOOP("core",
                      "Training the adapter (recomputing activations to fit in memory)…"),
    QT_TRANSLATE_NOOP("core", "Stopped early: dev CER has not improved for {count} evaluations."),
    QT_TRANSLATE_NOOP("core", "No dev clips yet: clip {clip} is kept aside to measure progress."),
    QT_TRANSLATE_NOOP("core", "Comparing with the base model's own adapter for this language…"),
    QT_TRANSLATE_NOOP("core", "No comparison with the base model: {reason}"),
    QT_TRANSLATE_NOOP("core", "Loading the model…"),
    QT_TRANSLATE_NOOP("core", "Building the tiny demo model…"),
    QT_TRANSLATE_NOOP("core", "Recording {count} demo clips…"),
)


def translate_status(text: str) -> str:
    """`text` in the interface language when it is a core `Message`, else unchanged."""
    if not isinstance(text, Message):
        return text
    translated = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return translated.format(**text.params)
    except (KeyError, IndexError, ValueError):
        return str(text)

def translate_error(exc: BaseException) -> str:
    """An error's sentence in the interface language when core raised it with a `Message`."""
    first = exc.args[0] if exc.args else None
    return translate_status(first) if isinstance(first, Message) else str(exc)
