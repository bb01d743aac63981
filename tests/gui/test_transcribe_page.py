"""Transcript view behaviour on a given result: shading, order, word playback, empty results.

The engine is exercised end to end in test_full_loop.py; here the page gets a
Transcription object (plain data, as the engine returns it) so the view's
rules can be checked exactly.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from mms_studio.core.transcript import Segment, Transcription, Word

WAV = "abui/transcribed/abui_1.wav"


def _result(audio: str) -> Transcription:
    sure = Segment(0.29, 1.0, "amakaang di", (Word("amakaang", 0.29, 0.8, 0.95),
                                              Word("di", 0.85, 1.0, 0.9)), confidence=0.92)
    unsure = Segment(1.2, 1.9, "kaai hada", (Word("kaai", 1.2, 1.5, 0.3),
                                             Word("hada", 1.55, 1.9, 0.5)), confidence=0.4)
    return Transcription(segments=(sure, unsure), duration=3.687, language="abz",
                         adapter="test", audio_path=audio)


def test_least_confident_first_shading_and_word_playback(main_window, shared_data,
                                                          replay_device) -> None:
    page = main_window.go_to("transcribe")
    assert page.open_audio(shared_data / WAV)
    page.show_result(_result(str(shared_data / WAV)))
    assert page.segments.item(0, 3).text() == "kaai hada"          # least confident first
    assert "⚠ low" in page.segments.item(0, 1).text()              # in words, not only colour
    html = page.view.toHtml()
    assert "underline" in html and "kaai" in html
    page.view.anchorClicked.emit(QUrl("word:1:0"))                 # "kaai": 1.2 .. 1.5 s
    frames, rate = replay_device.played[-1]
    assert frames == int(1.5 * 16000) - int(1.2 * 16000) and rate == 16000


def test_nothing_recognised_still_lets_the_user_type_and_add(main_window, shared_data,
                                                             tmp_path) -> None:
    page = main_window.go_to("transcribe")
    page.open_audio(shared_data / WAV)
    page.show_result(Transcription(segments=(), duration=3.687, language="abz"))
    assert page.segments.rowCount() == 1 and "Nothing was recognised" in page.status.text()
    assert "nothing recognised" in page.segments.item(0, 1).text()    # said, not a 0 % score
    assert page.add_to_dataset() == []                               # nothing typed yet
    page.segments.item(0, 3).setText("amakaang di kaai hada muila")
    assert page.segments.item(0, 0).checkState() == Qt.CheckState.Checked
    added = page.add_to_dataset()
    assert len(added) == 1 and abs(added[0].duration - 3.687) < 0.01
    out = page.export("txt", tmp_path / "t.txt")
    assert out.read_text(encoding="utf-8").strip() == "amakaang di kaai hada muila"


def test_recording_here_goes_through_the_take_controller(main_window, qtbot,
                                                          replay_device) -> None:
    from mms_studio.core.project.layout import to_transcribe_dir

    page = main_window.go_to("transcribe")
    page.toggle_record()
    assert page.busy() and page.takes.recording
    qtbot.waitUntil(lambda: page.takes.seconds >= 1.0, timeout=10000)
    page.toggle_record()                   # returns at once: the tail is still being written
    assert page.takes.stopping or page.audio_path is not None
    qtbot.waitUntil(lambda: page.audio_path is not None, timeout=10000)
    assert page.audio_path.parent == to_transcribe_dir(main_window.project.root)
    assert page.audio_path.name.startswith("take-") and page.audio_path.suffix == ".wav"
    assert not page.takes.recording and page.takes.capture is None   # microphone released
    assert page.transcribe_button.isEnabled() and not page.busy()
    assert len(page.samples) / 16000 >= 1.4            # >= 1 s + most of the 0.5 s tail


# -- the decoder's description in the interface language ----------------------------------------
FRENCH = {   # (context, English) -> French: a catalogue of our own, so the test needs no .ts pass
    ("TranscribePage", "Decoder: {decoder}."): "Décodeur : {decoder}.",
    ("core", "greedy"): "glouton",
    ("core", "order {order}, {words} words, from {sentences} sentences"):
        "ordre {order}, {words} mots, tirés de {sentences} phrases",
    ("core", "not tuned yet: default weights"): "pas encore réglé : poids par défaut",
    ("core", "language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})"):
        "modèle de langue ({model} ; poids {alpha:g}, bonus de mot {beta:g}, {tuned})",
}


@pytest.fixture
def decoder_french(qapp, tmp_path):
    """A small French catalogue for the decoder sentences, compiled with lrelease and installed."""
    import subprocess
    from xml.sax.saxutils import escape

    from mms_studio.gui import i18n
    from tests.gui.test_core_messages import _tools

    contexts: dict[str, list[str]] = {}
    for (context, source), french in FRENCH.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(french)}</translation></message>")
    body = "".join(f"<context><name>{name}</name>{''.join(msgs)}</context>"
                   for name, msgs in contexts.items())
    ts = tmp_path / "decoder_fr.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="fr">{body}</TS>', encoding="utf-8")
    subprocess.run([_tools().find_tool("pyside6-lrelease"), "-silent", str(ts),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    assert i18n.install_translations(qapp, language="fr", folder=tmp_path) == "fr"
    yield
    i18n.remove_translations(qapp)


def test_the_decoder_is_said_in_the_interface_language(decoder_french, main_window, shared_data,
                                                       tiny_model_dir, tmp_path) -> None:
    """Greedy (from a real transcription) and a language model (from the real decoder
    choice): French on the page, English in the transcription's JSON."""
    import json

    import numpy as np

    from mms_studio.core.engine.transcribe import Recogniser
    from mms_studio.core.lm.decoding import choose_decoder
    from mms_studio.core.lm.store import build_project_lm
    from mms_studio.core.lm.texts import add_texts
    from tests.core.lm.test_texts_and_store import corpus_file, make_project

    page = main_window.go_to("transcribe")
    page.open_audio(shared_data / WAV)
    rec = Recogniser.load(tiny_model_dir, language="abc", device="cpu", precision="fp32")
    greedy = rec.transcribe(np.zeros(16000, dtype=np.float32), speech=None)
    page.show_result(greedy)
    assert page.status.text().endswith("Décodeur : glouton.")
    assert json.loads(json.dumps(greedy.to_dict()))["meta"]["decoder"] == "greedy"

    project = make_project(tmp_path / "lm project")
    try:
        add_texts(project, [corpus_file(tmp_path / "c.txt")])
        info = build_project_lm(project)
        choice = choose_decoder(project, adapter_dir=tmp_path, vocab={"[PAD]": 0, "a": 1})
        described = choice.decoder.describe()
        choice.close()
    finally:
        project.close()
    assert described.startswith("language model (order ")          # English for the CLI
    page.show_result(Transcription(segments=greedy.segments, duration=1.0, language="abc",
                                   meta={"decoder": described}))
    assert page.status.text().endswith(
        f"Décodeur : modèle de langue (ordre {info.order}, {info.vocabulary} mots, tirés de "
        f"{info.sentences} phrases ; poids 0,5, bonus de mot 1, pas encore réglé : poids par "
        f"défaut).")
