"""`-o` of `mms-studio transcribe`: a folder stays a folder, no result replaces another."""

from __future__ import annotations

from pathlib import Path

import pytest

from mms_studio.cli import main
from mms_studio.commands.output_paths import plan_outputs
from mms_studio.core.errors import MMSStudioError


def test_a_trailing_slash_or_an_existing_folder_means_a_folder(tmp_path) -> None:
    audio = [Path("rec/story.wav")]
    assert plan_outputs(f"{tmp_path}/out/", audio, extension=".txt") == [
        tmp_path / "out" / "story.txt"]
    (tmp_path / "there").mkdir()
    assert plan_outputs(str(tmp_path / "there"), audio, extension=".eaf") == [
        tmp_path / "there" / "story.eaf"]
    assert plan_outputs(str(tmp_path / "result.txt"), audio, extension=".txt") == [
        tmp_path / "result.txt"]                    # one input, a file name: that file
    assert plan_outputs(None, audio, extension=".txt") == [None]


def test_several_inputs_never_share_a_result_file(tmp_path) -> None:
    inputs = [Path("day1/story.wav"), Path("day2/story.wav"), Path("day2/Story.flac"),
              Path("day3/song.wav")]
    planned = plan_outputs(str(tmp_path / "out"), inputs, extension=".txt")
    assert [p.name for p in planned] == ["story.txt", "story-2.txt", "Story-3.txt", "song.txt"]
    assert len({p.name.casefold() for p in planned}) == len(inputs)


def test_a_file_cannot_hold_several_results(tmp_path) -> None:
    existing = tmp_path / "out.txt"
    existing.write_text("mine")
    with pytest.raises(MMSStudioError, match="several recordings need a folder"):
        plan_outputs(str(existing), [Path("a.wav"), Path("b.wav")], extension=".txt")


def test_the_recording_itself_is_never_the_output(tmp_path) -> None:
    audio = tmp_path / "talk.txt"
    with pytest.raises(MMSStudioError, match="replace the recording"):
        plan_outputs(str(audio), [audio], extension=".txt")


def test_the_cli_refuses_a_wrong_output_before_any_work(tmp_path, capsys) -> None:
    existing = tmp_path / "out.txt"
    existing.write_text("mine")
    code = main(["transcribe", str(tmp_path / "no-project"), "a.wav", "b.wav",
                 "-o", str(existing)])
    assert code == 1
    assert "several recordings need a folder" in capsys.readouterr().err
    assert existing.read_text() == "mine"
