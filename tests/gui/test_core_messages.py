"""Status sentences from core jobs reach the window in the interface language."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mms_studio.core.tasks import Message
from mms_studio.gui.core_messages import TEMPLATES, translate_status

ROOT = Path(__file__).resolve().parents[2]


def _sent_templates() -> dict[str, str]:
    """Template -> first place it is sent, for every `Message("...")` in the package."""
    found: dict[str, str] = {}
    uses = re.compile(r"^from mms_studio\.core\.tasks import (\([^)]*|[^\n]*)\bMessage\b", re.M)
    for path in sorted((ROOT / "mms_studio").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not uses.search(source):  # gui/shell/messages.py has a Message of its own
            continue
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message":
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path}:{node.lineno}: a Message needs a literal template")
                found.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_template_sent_is_listed_for_translation():
    sent = _sent_templates()
    assert len(sent) >= 15  # the jobs' statuses: import, train, evaluate, transcribe, export
    missing = sorted(f"{where}: {text!r}" for text, where in sent.items() if text not in TEMPLATES)
    stale = sorted(text for text in TEMPLATES if text not in sent)
    assert not missing, "sent but not listed in gui/core_messages.py:\n" + "\n".join(missing)
    assert not stale, f"listed but never sent: {stale}"


def test_a_message_is_its_english_sentence():
    text = Message("Step {step}: dev CER {cer:.1%}, WER {wer:.1%}", step=20, cer=0.05, wer=0.1)
    assert text == "Step 20: dev CER 5.0%, WER 10.0%"
    assert text.template.startswith("Step {step}") and text.params["step"] == 20
    assert translate_status("plain words") == "plain words"
    assert translate_status(text) == str(text)  # no translator installed: English


def _tools():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def french(qapp, tmp_path):
    from mms_studio.gui import i18n

    tools = _tools()
    subprocess.run([tools.find_tool("pyside6-lrelease"), "-silent", str(tools.ts_path("fr")),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    assert i18n.install_translations(qapp, language="fr", folder=tmp_path) == "fr"
    yield
    i18n.remove_translations(qapp)


def test_statuses_are_translated_with_their_values(french):
    step = Message("Step {step}: dev CER {cer:.1%}, WER {wer:.1%}", step=20, cer=0.05, wer=0.1)
    assert translate_status(step) == "Étape 20 : CER de contrôle 5,0%, WER 10,0%"  # French decimals
    assert translate_status(Message("Loading the base model…")) == "Chargement du modèle de base…"
    imported = Message("Imported {imported} clip(s); skipped {skipped}.", imported=5, skipped=1)
    assert translate_status(imported) == "5 extrait(s) importé(s) ; 1 ignoré(s)."


def test_a_template_without_translation_stays_english(french):
    assert translate_status(Message("Something new {n}…", n=3)) == "Something new 3…"


def test_a_worker_delivers_the_status_in_french(french, qtbot):
    """The whole path: a core job's status through the worker's signal to the GUI thread."""
    from mms_studio.gui.workers import start_worker

    def job(*, state):
        state.set_status(Message("Training the adapter…"))
        return 1

    seen: list[str] = []
    worker = start_worker(job, connect={"status": seen.append})
    qtbot.waitUntil(lambda: worker.delivered, timeout=10000)
    assert seen == ["Entraînement de l'adaptateur…"]
