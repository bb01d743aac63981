"""The Train page's presets and hardware line: honest (steps, not times) and translated.

A preset label once promised "about 10 minutes on a laptop" for 200 steps that take ~40
minutes on a 2-core CPU; the labels now carry only the preset's own step count, and both
the labels and the sentence about this computer follow the interface language.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest

from mms_studio.core.engine.hardware import Hardware
from scripts.update_translations import find_tool, ts_path

NBSP = "\u00a0"
CPU_BF16 = Hardware("cpu", "CPU", 15.6, bf16=True, fp16=False, amx=True)
CPU_PLAIN = Hardware("cpu", "CPU", 7.7, bf16=False, fp16=False)
GPU = Hardware("cuda", "NVIDIA H100 80GB HBM3", 79.2, bf16=True, fp16=True)


def _digits(text: str) -> str:
    """The number in a label, whatever group separator the locale writes."""
    return re.sub(r"\D", "", text)


@pytest.fixture
def french(qapp, tmp_path):
    """Our French catalogue, compiled now and installed; removed afterwards."""
    from mms_studio.gui import i18n

    subprocess.run([find_tool("pyside6-lrelease"), "-silent", str(ts_path("fr")),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    assert i18n.install_translations(qapp, language="fr", folder=tmp_path) == "fr"
    yield
    i18n.remove_translations(qapp)


def test_preset_labels_carry_their_step_count_and_promise_no_time(main_window) -> None:
    from mms_studio.core.workflows.presets import PRESETS

    page = main_window.page("train")
    labels = [page.preset.itemText(i) for i in range(page.preset.count())]
    assert [page.preset.itemData(i) for i in range(page.preset.count())] == [
        p.key for p in PRESETS]
    assert [_digits(label) for label in labels] == [str(p.max_steps) for p in PRESETS]
    assert labels[0] == "Quick try (200 steps)"
    assert "graphics card" in labels[2]
    for label in labels:
        assert not re.search(r"minute|hour|laptop", label), label
    # the count comes from the preset, not from the text: a changed preset shows its own
    assert _digits(page.preset_label(replace(PRESETS[0], max_steps=250))) == "250"
    # a preset the page has no text for still shows its name and its count
    odd = replace(PRESETS[0], key="overnight", label="Overnight", max_steps=5000)
    assert page.preset_label(odd).startswith("Overnight (") and _digits(
        page.preset_label(odd)) == "5000"


def test_the_hardware_line_says_what_bf16_units_mean(main_window) -> None:
    page = main_window.page("train")
    fast, slow = page.hardware_sentence(CPU_BF16), page.hardware_sentence(CPU_PLAIN)
    assert "(16 GB memory)" in fast and "faster" in fast and "slower" not in fast
    assert "(8 GB memory)" in slow and "no bf16 units" in slow and "2 to 3 times slower" in slow
    assert page.hardware_sentence(GPU) == "Graphics card: NVIDIA H100 80GB HBM3 (79 GB)."


def test_in_french_the_presets_and_the_hardware_line_are_french(french, main_window,
                                                                qtbot) -> None:
    page = main_window.page("train")
    labels = [page.preset.itemText(i) for i in range(page.preset.count())]
    assert labels[0] == "Essai rapide (200 étapes)"
    assert labels[1].startswith("Standard (") and labels[1].endswith(" étapes)")
    assert labels[2].startswith("Approfondi (")
    assert labels[2].endswith(" étapes, pour une carte graphique)")
    assert [_digits(label) for label in labels] == ["200", "1000", "3000"]

    assert page.hardware_sentence(CPU_BF16) == (
        f"Aucune carte graphique trouvée{NBSP}: l'entraînement se fait sur le processeur "
        "(16 Go de mémoire), dont les unités bf16 le rendent plus rapide. "
        "Commencez par un essai rapide.")
    slow = page.hardware_sentence(CPU_PLAIN)
    assert "(8 Go de mémoire)" in slow and "2 à 3 fois plus lent" in slow
    assert page.hardware_sentence(GPU) == f"Carte graphique{NBSP}: NVIDIA H100 80GB HBM3 (79 Go)."

    # and what the page shows for this very computer, from the real detection
    main_window.go_to("train")
    qtbot.waitUntil(lambda: page.hardware_known, timeout=60000)   # checked in a worker
    shown = page.hardware.text()
    assert shown.startswith(("Aucune carte graphique trouvée", "Carte graphique")), shown
    assert " Go" in shown
    assert page.preset.currentData() in {"quick", "standard", "thorough"}


def test_the_hardware_check_never_overrides_a_chosen_preset(main_window, qtbot) -> None:
    """The check runs in a worker (detect() imports torch); a preset chosen before it answers
    stays chosen, and the window stays responsive meanwhile."""
    page = main_window.page("train")
    main_window.go_to("train")
    page.preset.setCurrentIndex(page.preset.findData("thorough"))
    qtbot.waitUntil(lambda: page.hardware_known, timeout=60000)
    assert page.preset.currentData() == "thorough"
    assert page.hardware.text() != "Checking this computer…"
