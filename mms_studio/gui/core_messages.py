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

#: Every template a core job or workflow sends; tests/gui/test_core_messages.py
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
    QT_TRANSLATE_NOOP("core", "Preparing the base model for this computer (once)…"),
    QT_TRANSLATE_NOOP("core", "Transcribing with the baseline “{baseline}”…"),
    QT_TRANSLATE_NOOP("core", "Downloading the base model {base} (about 4 GB, resumable)…"),
    QT_TRANSLATE_NOOP("core", "Checking the downloaded base model…"),
    QT_TRANSLATE_NOOP("core", "Transcribing…"),
    # long recordings: speech detection, segmenting, forced alignment (issue 12)
    QT_TRANSLATE_NOOP("core", "Finding speech…"),
    QT_TRANSLATE_NOOP("core", "Finding speech in {name} ({n} of {total})…"),
    QT_TRANSLATE_NOOP("core", "Transcribing {speech} of speech ({skipped} of silence skipped)…"),
    QT_TRANSLATE_NOOP("core", "Listening to the recording…"),
    QT_TRANSLATE_NOOP("core", "Aligning the transcript…"),
    QT_TRANSLATE_NOOP("core", "Adding the aligned lines to the project…"),
    QT_TRANSLATE_NOOP("core", "Adding {count} clip(s)…"),
    QT_TRANSLATE_NOOP("core", "Cut from {name} by speech detection; it needs its transcript."),
    QT_TRANSLATE_NOOP("core", "Speech that is not in the transcript follows this line; check where the line ends."),
    QT_TRANSLATE_NOOP("core", "Speech that is not in the transcript comes before this line; check where it starts."),
    QT_TRANSLATE_NOOP("core", "The alignment of this line is doubtful (score {score}); check its times and its text."),
    QT_TRANSLATE_NOOP("core", "Accepted on the Review page without a transcript; type what is said."),
    QT_TRANSLATE_NOOP("core", "{text}"),
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
    QT_TRANSLATE_NOOP("core", "Comparing with what the base model writes on its own "
                      "(zero-shot)…"),
    QT_TRANSLATE_NOOP("core",
                      "Resuming {run} with its own settings: step {step} of {steps}. To change them, start a new run."),  # noqa: E501 — one literal for lupdate
    QT_TRANSLATE_NOOP("core", "No comparison with the base model: {reason}"),
    QT_TRANSLATE_NOOP("core", "Loading the model…"),
    # import: clip checks, reader notes and the import report (core.importing, core.formats)
    QT_TRANSLATE_NOOP("core", 'The file name “{name}” is empty or leads outside the dataset folder.'),
    QT_TRANSLATE_NOOP("core", '{name} is missing or not a recording.'),
    QT_TRANSLATE_NOOP("core", 'The transcription is empty.'),
    QT_TRANSLATE_NOOP("core", '{count} recording(s) listed are not in the clips folder: {named}{more}.'),
    QT_TRANSLATE_NOOP("core", 'The sentence is empty.'),
    QT_TRANSLATE_NOOP("core", 'The path “{path}” leads outside the clips folder; it was not followed.'),
    QT_TRANSLATE_NOOP("core", 'It has no tiers.'),
    QT_TRANSLATE_NOOP("core", 'None of its time-aligned top-level tiers has any text; choose a tier with --tier.'),
    QT_TRANSLATE_NOOP("core", "Its annotations subdivide another tier's annotations without times of their own; import the parent tier instead."),
    QT_TRANSLATE_NOOP("core", 'The tier has no annotations.'),
    QT_TRANSLATE_NOOP("core", '{count} empty annotation(s).'),
    QT_TRANSLATE_NOOP("core", 'No tier matches {asked}; its tiers are: {tiers}.'),
    QT_TRANSLATE_NOOP("core", 'None of its tiers has any text.'),
    QT_TRANSLATE_NOOP("core", 'Its recording ({tried}) was not found in the folders chosen for this import, so its {count} annotation(s) were not imported; put the recording beside the .eaf, or import the folder that holds both.'),
    QT_TRANSLATE_NOOP("core", 'The annotation has no time in the file (unaligned).'),
    QT_TRANSLATE_NOOP("core", 'The annotation mostly overlaps the one before it on the same tier.'),
    QT_TRANSLATE_NOOP("core", 'The annotation lies outside the recording {media}.'),
    QT_TRANSLATE_NOOP("core", 'The annotation ends ({end} ms) before it starts ({start} ms).'),
    QT_TRANSLATE_NOOP("core", 'The annotation starts after the end of {media}.'),
    QT_TRANSLATE_NOOP("core", 'Its recording {media} cannot be used: {reason}'),
    QT_TRANSLATE_NOOP("core", 'The file holds no subtitles.'),
    QT_TRANSLATE_NOOP("core", 'Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} subtitle(s) were not imported.'),
    QT_TRANSLATE_NOOP("core", '{count} subtitle(s) without text (or repeating the one before).'),
    QT_TRANSLATE_NOOP("core", 'The subtitle ends before it starts.'),
    QT_TRANSLATE_NOOP("core", 'The subtitle starts after the end of {media}.'),
    QT_TRANSLATE_NOOP("core", 'The subtitle lies outside the recording {media}.'),
    QT_TRANSLATE_NOOP("core", 'Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} interval(s) were not imported.'),
    QT_TRANSLATE_NOOP("core", 'It is a point tier; only interval tiers have stretches of speech to cut.'),
    QT_TRANSLATE_NOOP("core", 'It has no interval tier with any text.'),
    QT_TRANSLATE_NOOP("core", 'The interval starts after the end of {media}.'),
    QT_TRANSLATE_NOOP("core", 'The interval lies outside the recording {media}.'),
    QT_TRANSLATE_NOOP("core", 'It holds no transcribed speech.'),
    QT_TRANSLATE_NOOP("core", 'Its recording ({name}.wav) was not found next to it, so its {count} transcribed stretch(es) were not imported.'),
    QT_TRANSLATE_NOOP("core", 'The stretch ends before it starts.'),
    QT_TRANSLATE_NOOP("core", 'The stretch starts after the end of {media}.'),
    QT_TRANSLATE_NOOP("core", 'The stretch lies outside the recording {media} (negative times).'),
    QT_TRANSLATE_NOOP("core", 'The file could not be read ({reason}).'),
    QT_TRANSLATE_NOOP("core", 'Not imported by default; choose it with --tier if it holds the transcription.'),
    QT_TRANSLATE_NOOP("core", 'Invisible character(s) {chars} removed'),
    QT_TRANSLATE_NOOP("core", 'Markup removed ({examples})'),
    QT_TRANSLATE_NOOP("core", 'This tier is damaged ({problem}); the other tiers are read. Open the file in Praat and save it again.'),
    QT_TRANSLATE_NOOP("core", 'Read as Latin-1 (Western European) text, as Praat does for a file that is not UTF-8 or UTF-16; check its accented letters.'),
    QT_TRANSLATE_NOOP("core", '{count} empty or silence interval(s) passed over.'),
    QT_TRANSLATE_NOOP("core", 'Took tier “{tier}”: it holds the most running text ({letters:,} letters, {words:.1f} words per annotation).'),
    QT_TRANSLATE_NOOP("core", 'Took tier “{tier}”: its name says it holds the transcription ({count} annotation(s)).'),
    QT_TRANSLATE_NOOP("core", 'One tier per speaker, named after the speaker: {tiers}.'),
    QT_TRANSLATE_NOOP("core", 'One transcript tier per participant: {tiers}.'),
    QT_TRANSLATE_NOOP("core", 'Tiers named as transcriptions: {tiers}.'),
    QT_TRANSLATE_NOOP("core", "The transcript has letters in another script than this project's usual {usual} ({found}): another language, or letters typed with the wrong keyboard."),
    QT_TRANSLATE_NOOP("core", 'The clip holds no sound at all.'),
    QT_TRANSLATE_NOOP("core", 'The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was recorded, or the wrong channel or cut was taken.'),
    QT_TRANSLATE_NOOP("core", 'The clip is distorted: {share:.1%} of its samples are at full scale (recorded too loud).'),
    QT_TRANSLATE_NOOP("core", 'The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, so split it into sentences.'),
    QT_TRANSLATE_NOOP("core", 'The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} per second; speech has at most about 20): the text and the cut do not belong together.'),
    QT_TRANSLATE_NOOP("core", 'The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is probably incomplete.'),
    QT_TRANSLATE_NOOP("core", 'The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); check that the cut holds the speech.'),
    QT_TRANSLATE_NOOP("core", 'The clip is only {seconds:.2f} s long, too short to hold a word.'),
    QT_TRANSLATE_NOOP("core", 'The clip sounds like steady noise, not speech (its loudness stays within {spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.'),
    QT_TRANSLATE_NOOP("core", 'Read as timed labels (start end label lines); the times were left out'),
    QT_TRANSLATE_NOOP("core", "The recording's name “{id}” at the start of the line was left out"),
    QT_TRANSLATE_NOOP("core", "Read as an “id|text” line (another tool's layout); the id “{id}” was left out"),
    QT_TRANSLATE_NOOP("core", 'Imported {count} clip(s), {hms} of audio; {flagged} need review; skipped {skipped}.'),
    QT_TRANSLATE_NOOP("core", '{text} ({count} clip(s)).'),
    QT_TRANSLATE_NOOP("core", '  imported  {name}: {count} clip(s), {seconds:.1f} s'),
    QT_TRANSLATE_NOOP("core", '  skipped   {where}: {reason}'),
    QT_TRANSLATE_NOOP("core", '  note      {where}: {text}'),
    QT_TRANSLATE_NOOP("core", 'The transcript holds annotation markup ({examples}) that would be learnt as speech; edit it, or import again with the option to remove markup.'),
    QT_TRANSLATE_NOOP("core", '  review    {where}: {reason}'),
    QT_TRANSLATE_NOOP("core", 'Nothing is left of the transcript once markup and invisible characters are removed.'),
    QT_TRANSLATE_NOOP("core", 'The stored clip cannot be read back: {reason}'),
    QT_TRANSLATE_NOOP("core", "Building the tiny demo model…"),
    QT_TRANSLATE_NOOP("core", "Recording {count} demo clips…"),
    # language models (core/lm, core/workflows/lm.py)
    QT_TRANSLATE_NOOP("core", "Reading the texts…"),
    QT_TRANSLATE_NOOP("core", "Building the language model…"),
    QT_TRANSLATE_NOOP("core", "Scoring {clips} dev clips…"),
    QT_TRANSLATE_NOOP("core", "Tuning the language model weights on {clips} dev clips…"),
    # which decoder transcribes (core/lm/decoding.py; the Transcribe page's "Decoder: …")
    QT_TRANSLATE_NOOP("core", "greedy"),
    QT_TRANSLATE_NOOP("core", "beam search with hotwords"),
    QT_TRANSLATE_NOOP("core", "Decoding: beam search with hotwords, no language model."),
    QT_TRANSLATE_NOOP("core", "Decoding: greedy (no language model)."),
    QT_TRANSLATE_NOOP("core", "Decoding: greedy (the base model's own adapter)."),
    QT_TRANSLATE_NOOP("core", "Decoding: greedy (the base model's own output, zero-shot)."),
    # transcribing before any training (core/workflows/transcription.base_output_used,
    # base_output_choice)
    QT_TRANSLATE_NOOP("core", "Base model's own {lang} adapter (if it has one)"),
    QT_TRANSLATE_NOOP("core", "Base model's own output (zero-shot)"),
    QT_TRANSLATE_NOOP("core", "No adapter trained yet: transcribing with the base model's "
                      "own output (zero-shot)."),
    QT_TRANSLATE_NOOP("core", "No adapter trained yet: transcribing with the base model's "
                      "own adapter for “{language}”."),
    QT_TRANSLATE_NOOP("core", "Decoding without the language model: {reason}"),
    QT_TRANSLATE_NOOP("core", "Decoding without the language model: it did not lower this "
                      "adapter's dev error rates (use --lm to force it)."),
    QT_TRANSLATE_NOOP("core", "Decoding: {decoder}."),
    QT_TRANSLATE_NOOP("core", "order {order}, {words} words, from {sentences} sentences"),
    QT_TRANSLATE_NOOP("core", "tuned on the dev clips"),
    QT_TRANSLATE_NOOP("core", "not tuned yet: default weights"),
    QT_TRANSLATE_NOOP("core", "language model ({model}; weight {alpha:g}, word bonus {beta:g}, "
                      "{tuned}) + {count} hotwords"),
    QT_TRANSLATE_NOOP("core", "language model ({model}; weight {alpha:g}, word bonus {beta:g}, "
                      "{tuned})"),
    # the base models a project can choose (core/engine/families/catalog.py, base_choice.py)
    QT_TRANSLATE_NOOP("core", "1,162 languages with ready adapters"),
    QT_TRANSLATE_NOOP("core", "the slowest: about 12 s per training step on a 2-core laptop"),
    QT_TRANSLATE_NOOP("core", "1,600+ languages (no ready adapters)"),
    QT_TRANSLATE_NOOP("core", "317 M weights, 3× fewer than MMS 1B: faster training and "
                      "transcription"),
    QT_TRANSLATE_NOOP("core", "about as heavy as MMS 1B (similar speed); more accurate than the "
                      "300M"),
    QT_TRANSLATE_NOOP("core", "a model folder on this computer"),
    QT_TRANSLATE_NOOP("core", "a model from the Hub"),
    QT_TRANSLATE_NOOP("core", "depends on the model"),
)


def translate_status(text: str) -> str:
    """`text` in the interface language when it is a core `Message`, else unchanged."""
    if not isinstance(text, Message):
        return text
    translated = QCoreApplication.translate(CONTEXT, text.template)
    params = {key: translate_status(value) if isinstance(value, Message) else value
              for key, value in text.params.items()}  # a report line carries its reason
    try:
        return _format_in_locale(translated, params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return str(text)


def _format_in_locale(template: str, params: dict) -> str:
    """`template.format(**params)` with numbers written the interface's way ("12,5" in French).

    Templates keep Python's format specs (`{cer:.1%}`, `{seconds:.1f}`); only the decimal
    point of a formatted number changes, so a template never needs a locale of its own.
    """
    from string import Formatter

    from PySide6.QtCore import QLocale

    point = QLocale().decimalPoint()
    formatter = Formatter()
    out: list[str] = []
    for literal, field, spec, conversion in formatter.parse(template):
        out.append(literal)
        if field is None:
            continue
        value, _key = formatter.get_field(field, (), params)
        if conversion:
            value = formatter.convert_field(value, conversion)
        written = formatter.format_field(value, spec or "")
        if isinstance(value, float) and point != ".":
            written = written.replace(".", point)
        out.append(written)
    return "".join(out)


def translate_error(exc: BaseException) -> str:
    """An error's sentence in the interface language when core raised it with a `Message`."""
    first = exc.args[0] if exc.args else None
    return translate_status(first) if isinstance(first, Message) else str(exc)
