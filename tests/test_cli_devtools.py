"""`mms-studio devtools tiny-model` and `synthetic-audio` through the real command-line entry point.

These are what the frozen-app smoke test (packaging/smoke_test.py) runs, so they must
produce a model the engine really loads and a recording in the app's own clip format.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile as sf

from mms_studio.cli import build_parser, main


def test_devtools_is_listed_in_help():
    assert "devtools" in build_parser().format_help()


def test_tiny_model_loads_in_the_engine_with_each_adapter(tmp_path, capsys):
    from mms_studio.core.engine.base import available_adapters, load_base_model

    out = tmp_path / "tiny"
    assert main(["devtools", "tiny-model", str(out), "--languages", "eng,xyz"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert available_adapters(out) == ["eng", "xyz"]
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    assert sorted(vocab) == ["eng", "xyz"] and vocab["eng"]["<pad>"] == 0
    model = load_base_model(out, target_lang="xyz")
    assert model.config.vocab_size == len(vocab["xyz"])
    assert model.config.adapter_attn_dim is not None


def test_tiny_model_into_an_existing_empty_folder(tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    assert main(["devtools", "tiny-model", str(out), "--languages", "abc"]) == 0
    assert (out / "model.safetensors").is_file() and (out / "adapter.abc.safetensors").is_file()


def test_tiny_model_never_writes_into_a_folder_with_files(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["devtools", "tiny-model", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("mms-studio: ") and "not an empty folder" in err and "\n" not in err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("codes", ["../evil", "a/b", "eng,eng", ",", "é"])
def test_tiny_model_refuses_bad_language_codes(tmp_path, capsys, codes):
    out = tmp_path / "tiny"
    with pytest.raises(SystemExit) as exit_info:
        main(["devtools", "tiny-model", str(out), "--languages", codes])
    assert exit_info.value.code == 2
    assert "--languages" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "evil").exists()


def test_synthetic_audio_is_a_16k_mono_recording_of_tones(tmp_path, capsys):
    out = tmp_path / "tones.wav"
    assert main(["devtools", "synthetic-audio", str(out), "--seconds", "6"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    info = sf.info(out)
    assert (info.samplerate, info.channels, info.subtype) == (16000, 1, "PCM_16")
    # Whole sentences are added until the length is reached: at least 6 s, less than 6 s more.
    assert 6.0 <= info.duration < 12.0
    samples, _ = sf.read(out, dtype="float32")
    assert 0.05 < float(np.sqrt(np.mean(samples**2))) < 0.6
    assert float(np.max(np.abs(samples))) <= 1.0


def test_synthetic_audio_is_reproducible_from_its_seed(tmp_path):
    paths = {name: tmp_path / f"{name}.wav" for name in ("a", "b", "c")}
    assert main(["devtools", "synthetic-audio", str(paths["a"]), "--seconds", "2"]) == 0
    assert main(["devtools", "synthetic-audio", str(paths["b"]), "--seconds", "2"]) == 0
    assert main(["devtools", "synthetic-audio", str(paths["c"]), "--seconds", "2",
                 "--seed", "1"]) == 0
    assert paths["a"].read_bytes() == paths["b"].read_bytes()
    assert paths["a"].read_bytes() != paths["c"].read_bytes()


def test_synthetic_audio_never_overwrites_a_file(tmp_path, capsys):
    out = tmp_path / "take.wav"
    out.write_bytes(b"my recording")
    assert main(["devtools", "synthetic-audio", str(out), "--seconds", "1"]) == 1
    err = capsys.readouterr().err.strip()
    assert "already exists" in err and "\n" not in err
    assert out.read_bytes() == b"my recording"


def test_synthetic_audio_where_a_file_blocks_the_folder_is_one_clear_line(tmp_path, capsys):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("keep me", encoding="utf-8")
    out = blocker / "tones.wav"
    assert main(["devtools", "synthetic-audio", str(out), "--seconds", "1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("mms-studio: The test recording could not be written") and "\n" not in err
    assert blocker.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("seconds", ["0", "-3", "nan", "4000", "ten"])
def test_synthetic_audio_refuses_bad_lengths(tmp_path, capsys, seconds):
    out = tmp_path / "tones.wav"
    with pytest.raises(SystemExit) as exit_info:
        main(["devtools", "synthetic-audio", str(out), "--seconds", seconds])
    assert exit_info.value.code == 2
    assert "--seconds" in capsys.readouterr().err
    assert not out.exists()


def test_synthetic_audio_needs_a_wav_name(tmp_path, capsys):
    out = tmp_path / "tones.mp3"
    assert main(["devtools", "synthetic-audio", str(out), "--seconds", "1"]) == 1
    assert "must end in .wav" in capsys.readouterr().err
    assert not out.exists()


def test_audio_devices_reports_the_portaudio_it_loaded(capsys):
    import sounddevice

    assert main(["devtools", "audio-devices"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == sounddevice.get_portaudio_version()[1]
    assert lines[0].startswith("PortAudio V")
    assert len(lines) == 1 + max(1, len(sounddevice.query_devices()))


def _isolated_env(tmp_path):
    """A child process with its own settings and log folders, offscreen."""
    import os

    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               MMS_STUDIO_LOG_DIR=str(tmp_path / "log"))
    return env


def test_visit_pages_builds_every_page_of_a_project(tmp_path):
    import subprocess
    import sys

    from mms_studio.core.project import Project
    from mms_studio.gui.main_window import PAGE_KEYS

    Project.create(tmp_path / "proj", language="smk", name="Visit").close()
    proc = subprocess.run(
        [sys.executable, "-m", "mms_studio", "devtools", "visit-pages", str(tmp_path / "proj"),
         "--settle", "0.3"],
        capture_output=True, text=True, env=_isolated_env(tmp_path), timeout=300)
    assert proc.returncode == 0, proc.stderr
    pages = [line.split(":")[0].removeprefix("page ") for line in proc.stdout.splitlines()
             if line.startswith("page ")]
    assert pages == list(PAGE_KEYS)
    log = (tmp_path / "log" / "mms-studio.log").read_text(encoding="utf-8")
    assert "MMS Studio ready" in log and "Unexpected error" not in log
    assert "Traceback" not in proc.stderr


def test_visit_pages_of_a_folder_that_is_no_project_is_one_clear_line(tmp_path, capsys):
    (tmp_path / "plain").mkdir()
    assert main(["devtools", "visit-pages", str(tmp_path / "plain")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("mms-studio: ") and "\n" not in err
