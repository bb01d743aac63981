"""`mms-studio tiers`, `convert` and `export-dataset` through the real command-line entry point."""

from __future__ import annotations

import csv
import json

import numpy as np
import pympi

from mms_studio.cli import main
from mms_studio.core.transcript import Segment, Transcription, Word


def test_tiers_lists_an_eaf(shared_data, capsys):
    assert main(["tiers", str(shared_data / "annotations" / "saymore" / "test.eaf")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["0", "Transcription", "[Transcription]", "3", "of", "3", "with",
                              "text"]
    assert "under Transcription (Symbolic_Association)" in out[1]


def test_tiers_json_for_a_textgrid(shared_data, capsys):
    grid = shared_data / "annotations" / "crowsetta" / "praatIO" / "mary.TextGrid"
    assert main(["tiers", "--json", str(grid)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["linguistic_type"]) for r in rows] == [("phone", "IntervalTier"),
                                                                 ("word", "IntervalTier"),
                                                                 ("pitch", "TextTier")]
    assert rows[1]["non_empty"] == 4


def test_tiers_on_a_broken_file_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "bad.eaf"
    bad.write_text("<ANNOTATION_DOCUMENT>", encoding="utf-8")
    assert main(["tiers", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("mms-studio: The ELAN file bad.eaf is damaged") and "\n" not in err


def test_convert_json_to_eaf_added_to_an_existing_file(tmp_path, shared_data, capsys):
    result = Transcription(segments=(Segment(0.66, 2.57, "hekaai deina", words=(
        Word("hekaai", 0.66, 1.2, 0.8), Word("deina", 1.3, 2.5, 0.6))),), duration=10.577,
        language="abz")
    saved = tmp_path / "r.json"
    saved.write_text(json.dumps(result.to_dict()), encoding="utf-8")
    base = shared_data / "abui" / "transcribed" / "abui_4.eaf"
    assert main(["convert", str(saved), str(tmp_path / "out.eaf"), "--add-to", str(base)]) == 0
    eaf = pympi.Elan.Eaf(str(tmp_path / "out.eaf"))
    assert eaf.get_annotation_data_for_tier("MMS") == [(660, 2570, "hekaai deina")]
    assert len(eaf.get_annotation_data_for_tier("Phrase")) == 2
    assert main(["convert", str(saved), str(tmp_path / "out.txt"), "--add-to", str(base)]) == 1
    assert "--add-to works only" in capsys.readouterr().err
    assert main(["convert", str(saved), str(tmp_path / "x.docx")]) == 1
    assert "Unknown export format" in capsys.readouterr().err


def test_export_dataset(tmp_path, capsys):
    from mms_studio.core.project import Project

    with Project.create(tmp_path / "p", language="abz", name="CLI") as project:
        project.add_clip(np.full(8000, 0.05, np.float32), transcript="amakaang", speaker="SL",
                         split="train")
    assert main(["export-dataset", str(tmp_path / "p"), str(tmp_path / "ds")]) == 0
    assert "Exported 1 clip(s)" in capsys.readouterr().out
    with open(tmp_path / "ds" / "metadata.csv", encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["transcription"], row["speaker"], row["split"]) == ("amakaang", "SL", "train")
    assert (tmp_path / "ds" / row["file_name"]).is_file()
