"""Kill campaign: real `mms-studio` processes SIGKILLed at random moments, then checked.

Why: a project is often the only copy of a community's recordings, and people close
laptops, pull plugs and kill frozen programs. Every long command (import, segment,
align, train, transcribe, both exports) and a recording through the replay sound card runs as
its own process and is killed with SIGKILL (no clean-up code runs) at a random moment
of its uninterrupted duration. The project is then reopened as the app would and
checked:

- SQLite's `PRAGMA integrity_check` says ok;
- every clip row's WAV reads and holds the stored duration; no recording is lost;
- every file a crash left in `clips/` is either a clip's or reported in `project.swept`,
  and no temporary file is left anywhere in the project;
- an interrupted training run resumes from its last checkpoint and ends with the same
  adapter and metrics as an uninterrupted run (within float tolerance);
- exported files (transcripts, alignments, bundles, HF folders, datasets) are whole or
  absent;
- an interrupted import or alignment, run again, ends with the uninterrupted run's clips;
- takes cut short are recovered as readable WAVs.

Usage: `make faults` or `python scripts/fault_campaign.py --kills 120 [--kinds train,...]`.
It prints the counts (kinds, kill points, corrupt projects) and exits 1 on any problem.
`tests/faults/` runs a few kill points of each kind through the same functions.
The module is longer than most because each kind's run and check sit side by side,
so one file reads as the whole campaign.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPLAY_CLIP = REPO.parent / "shared" / "data" / "abui" / "elpis_lib" / "processing" / "abui_4_660.wav"
KINDS = ("import", "segment", "align", "record", "train", "transcribe", "export-model",
         "export-dataset")
# Share of the kill points each kind gets (train and record are the slow or subtle ones).
WEIGHTS = {"import": 4, "segment": 2, "align": 3, "record": 3, "train": 2, "transcribe": 2,
           "export-model": 2, "export-dataset": 3}
TRAIN_ARGS = ["--name", "run", "--max-steps", "12", "--eval-every", "4", "--checkpoint-every",
              "2", "--device", "cpu", "--precision", "fp32", "--seconds-per-batch", "8",
              "--learning-rate", "3e-3", "--mask-time-prob", "0", "--warmup-steps", "2",
              "--seed", "0"]
RESUME_ARGS = ["--name", "run", "--device", "cpu", "--precision", "fp32"]
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1",
       "TRANSFORMERS_OFFLINE": "1", "PYTHONHASHSEED": "0"}


# ---- processes -------------------------------------------------------------------------------
def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "mms_studio", *args]


def run(cmd: list[str], *, check: bool = True, cwd: Path | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, env=ENV, cwd=cwd, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done


def timed(cmd: list[str]) -> float:
    start = time.monotonic()
    run(cmd)
    return time.monotonic() - start


def timed_after(cmd: list[str], *, start: Path | Callable[[], bool],
                end: Path | None = None) -> float:
    """Run `cmd` to its end; the seconds from the file `start` appearing (or the test `start`
    turning true) to `end` appearing, or to the end of the process without `end`."""
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    began = ended = None
    while proc.poll() is None:
        now = time.monotonic()
        if began is None and _happened(start):
            began = now
        if ended is None and end is not None and end.exists():
            ended = now
        time.sleep(0.01)
    if proc.returncode != 0 or began is None:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.read()}")
    return (ended or time.monotonic()) - began


def _happened(after: Path | Callable[[], bool]) -> bool:
    return after() if callable(after) else after.exists()


def kill_after(cmd: list[str], delay: float, *,
               after: Path | Callable[[], bool] | None = None) -> bool:
    """Start `cmd`, SIGKILL it `delay` seconds after it starts (or after the file `after`
    appears, or the test `after` turns true: the kill window then covers the work, not the
    interpreter's start-up); True when it was still running."""
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while after is not None and not _happened(after) and proc.poll() is None:
        time.sleep(0.01)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


# ---- checks ----------------------------------------------------------------------------------
def hidden_leftovers(root: Path) -> list[str]:
    """Temporary files of interrupted atomic writes (`.<name>.<random>.<suffix>`) anywhere."""
    return sorted(str(p.relative_to(root)) for p in root.rglob(".*")
                  if p.is_file() and p.name != ".lock" and ".orphans" not in p.parts)


def check_project(root: Path) -> list[str]:
    """Reopen `root` as the app does; the problems found (empty: a sound project)."""
    import soundfile as sf

    from mms_studio.core.errors import MMSStudioError
    from mms_studio.core.project import Project

    problems: list[str] = []
    clips_dir = root / "clips"
    before = {p.name for p in clips_dir.iterdir() if p.is_file()} if clips_dir.is_dir() else set()
    try:
        project = Project.open(root)
    except MMSStudioError as exc:
        return [f"the project no longer opens: {exc}"]
    try:
        swept = list(project.swept)
        clips = project.clips(include_deleted=True)
    finally:
        project.close()
    with sqlite3.connect(root / "project.db") as db:
        verdict = db.execute("PRAGMA integrity_check").fetchall()
    if verdict != [("ok",)]:
        problems.append(f"integrity_check: {verdict}")
    names = {Path(c.audio).name for c in clips}
    for clip in clips:
        wav = root / clip.audio
        try:
            info = sf.info(str(wav))
        except Exception as exc:  # noqa: BLE001 — any failure to read is the finding
            problems.append(f"clip {clip.id}: its WAV does not read ({exc})")
            continue
        if abs(info.frames / info.samplerate - clip.duration) > 2 / info.samplerate:
            problems.append(f"clip {clip.id}: {info.frames / info.samplerate:.4f} s on disk, "
                            f"{clip.duration:.4f} s stored")
    for line in swept:
        if "lost its recording" in line:
            problems.append(f"a recording was lost: {line}")
    for name in before - names:
        if not any(name in line for line in swept):
            problems.append(f"clips/{name} belongs to no clip and was not reported")
    left = {p.name for p in clips_dir.iterdir() if p.is_file()} - names
    if left:
        problems.append(f"files left in clips/ after the sweep: {sorted(left)}")
    problems += [f"temporary file left in the project: {p}" for p in hidden_leftovers(root)]
    return problems


def file_is_whole(path: Path, reference: Path | None) -> str | None:
    """None when `path` is a whole file (equal to the reference, or readable in its format)."""
    if reference is not None and reference.is_file() and path.read_bytes() == reference.read_bytes():
        return None
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif suffix == ".safetensors":
            from safetensors.numpy import load_file

            load_file(str(path))
        elif suffix == ".wav":
            import soundfile as sf

            sf.read(str(path))
        elif suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
            if bad:
                return f"{path.name}: member {bad} is damaged"
        elif suffix in (".eaf", ".textgrid") and reference is not None:
            if _annotation_content(path) != _annotation_content(reference):
                return f"{path.name} differs from an uninterrupted run's"
        elif reference is not None:
            return f"{path.name} differs from an uninterrupted export"
    except Exception as exc:  # noqa: BLE001
        return f"{path.name} is not whole ({exc})"
    return None


def _annotation_content(path: Path) -> object:
    """What an EAF or TextGrid says, less the moment it was written (an EAF's DATE) and
    where it was written (its media's relative path, resolved from the file's folder)."""
    if path.suffix.lower() == ".eaf":
        import os.path
        from xml.etree.ElementTree import tostring

        from defusedxml.ElementTree import parse

        root = parse(str(path)).getroot()
        root.attrib.pop("DATE", None)
        for media in root.iter("MEDIA_DESCRIPTOR"):
            relative = media.get("RELATIVE_MEDIA_URL")
            if relative:
                media.set("RELATIVE_MEDIA_URL", os.path.normpath(path.parent / relative))
        return tostring(root)
    from mms_studio.core.formats.textgrid import read_textgrid

    return read_textgrid(path)


def check_output(out: Path, reference: Path) -> list[str]:
    """An export target after a kill: absent, or every file in it whole."""
    if not out.exists():
        return []
    if out.is_file():
        problem = file_is_whole(out, reference)
        return [problem] if problem else []
    problems = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        if path.name.startswith("."):
            continue   # an atomic write's temporary file, never the exported file itself
        ref = reference / path.relative_to(out)
        problem = file_is_whole(path, ref if ref.exists() else None)
        if problem:
            problems.append(problem)
    return problems


# ---- the fixtures every kind starts from -------------------------------------------------------
@dataclass
class Fixtures:
    work: Path
    tiny: Path
    sources: Path          # a folder of WAV + .txt pairs to import
    long_wav: Path         # a long recording (segment, transcribe)
    empty: Path            # a project without clips
    clips: Path            # a project with 40 clips (train)
    trained: Path          # `clips` after an uninterrupted training run "run"
    durations: dict[str, float] = field(default_factory=dict)

    def copy(self, template: Path, name: str) -> Path:
        target = self.work / "runs" / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(template, target)
        return target


def _make_projects(fx: Fixtures) -> None:
    import soundfile as sf

    from mms_studio.core.project import Project
    from mms_studio.devtools import synthetic_clips, synthetic_long_audio

    fx.sources.mkdir(parents=True)
    for i, clip in enumerate(synthetic_clips(30, seed=5, words_per_clip=(1, 4))):
        sf.write(str(fx.sources / f"utt{i:02d}.wav"), clip.samples, 16000)
        (fx.sources / f"utt{i:02d}.txt").write_text(clip.text + "\n", encoding="utf-8")
    sf.write(str(fx.long_wav), synthetic_long_audio(20.0, seed=3).samples, 16000)
    Project.create(fx.empty, language="xsy", name="Faults", base_model=str(fx.tiny)).close()
    with Project.create(fx.clips, language="xsy", name="Faults", base_model=str(fx.tiny)) as p:
        for i, clip in enumerate(synthetic_clips(40, seed=21, words_per_clip=(1, 4))):
            p.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % 4}")


def prepare(work: Path) -> Fixtures:
    """The tiny model, the sources, three project templates and one uninterrupted run of
    every kind (its duration sets the kill window; its output is the reference)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    fx = Fixtures(work=work, tiny=work / "tiny", sources=work / "sources",
                  long_wav=work / "long.wav", empty=work / "empty", clips=work / "clips",
                  trained=work / "trained")
    run(cli("devtools", "tiny-model", str(fx.tiny)))
    _make_projects(fx)
    shutil.copytree(fx.clips, fx.trained)
    # The kill window is the training itself: from its config.json to the saved adapter.
    fx.durations["train"] = timed_after(cli("train", str(fx.trained), *TRAIN_ARGS),
                                        start=fx.trained / "runs" / "run" / "config.json",
                                        end=fx.trained / "adapters" / "run" / "metrics.json")
    fx.durations["record"] = RECORD_TAKES * (RECORD_SECONDS + 0.5)   # from the first take on
    return fx


# ---- the kinds ---------------------------------------------------------------------------------
@dataclass
class Outcome:
    kind: str
    delay: float
    killed: bool
    problems: list[str]
    note: str = ""


def _reference(fx: Fixtures, kind: str, make: Callable[[Path], list[str]]) -> Path:
    """Run `kind` uninterrupted once (its output under work/reference-<kind>); remember its time."""
    ref = fx.work / f"reference-{kind}"
    if not ref.exists():
        ref.mkdir()
        fx.durations[kind] = timed(make(ref))
    return ref


def _import_cmd(fx: Fixtures, root: Path) -> list[str]:
    return cli("import", str(root), str(fx.sources), "--speaker", "spk")


def kill_import(fx: Fixtures, delay: float, tag: str) -> Outcome:
    """Import a folder; after the kill the project is sound and a re-run finishes the import."""
    def make(ref: Path) -> list[str]:
        shutil.copytree(fx.empty, ref / "project")
        return _import_cmd(fx, ref / "project")
    ref = _reference(fx, "import", make)
    root = fx.copy(fx.empty, tag)
    killed = kill_after(_import_cmd(fx, root), delay)
    problems = check_project(root)
    again = run(_import_cmd(fx, root), check=False)    # exits 1 when nothing was left to do
    if "Traceback" in again.stderr:
        problems.append(f"re-running the import crashed: {again.stderr[-600:]}")
    from mms_studio.core.project import Project

    with Project.open(ref / "project") as whole, Project.open(root) as resumed:
        want = sorted(c.transcript for c in whole.clips())
        got = sorted(c.transcript for c in resumed.clips())
    if got != want:
        problems.append(f"after re-running the import: {len(got)} clips, {len(want)} expected")
    return Outcome("import", delay, killed, problems)


def kill_segment(fx: Fixtures, delay: float, tag: str) -> Outcome:
    def cmd(root: Path) -> list[str]:
        return cli("segment", str(root), str(fx.long_wav), "--speaker", "spk")

    def make(ref: Path) -> list[str]:
        shutil.copytree(fx.empty, ref / "project")
        return cmd(ref / "project")
    _reference(fx, "segment", make)
    root = fx.copy(fx.empty, tag)
    killed = kill_after(cmd(root), delay)
    return Outcome("segment", delay, killed, check_project(root))


ALIGN_LINES = 20


def align_fixtures(fx: Fixtures) -> tuple[Path, Path, Path]:
    """(project, recording, transcript), made once: the demo project (its adapter is trained
    on the made-up language, so alignment works with the tiny model) and a ~50 s recording
    of ALIGN_LINES sentences joined by pauses, with its untimed transcript in paragraphs."""
    folder = fx.work / "align"
    project, wav, text = folder / "demo", folder / "story.wav", folder / "story.txt"
    if not text.exists():
        import numpy as np
        import soundfile as sf

        from mms_studio.devtools import SAMPLE_RATE, synthetic_clips

        folder.mkdir(parents=True, exist_ok=True)
        run(cli("demo", str(project)))
        rng = np.random.default_rng(4)
        parts, lines = [], []
        for clip in synthetic_clips(ALIGN_LINES, seed=21, words_per_clip=(2, 6)):
            gap = int(rng.uniform(0.5, 2.0) * SAMPLE_RATE)
            parts += [(0.01 * rng.standard_normal(gap)).astype(np.float32), clip.samples]
            lines.append(clip.text)
        sf.write(str(wav), np.concatenate(parts), SAMPLE_RATE, subtype="PCM_16")
        text.write_text("\n\n".join("\n".join(lines[i:i + 5]) for i in range(0, len(lines), 5))
                        + "\n", encoding="utf-8")
    return project, wav, text


def aligned_clips(root: Path) -> list[tuple]:
    from mms_studio.core.project import Project

    with Project.open_read_only(root) as project:
        return sorted((c.transcript, c.media_start, c.media_end, c.status)
                      for c in project.clips(include_deleted=True))


def writing_clips(root: Path) -> Callable[[], bool]:
    """True once a new file appears in `root`'s clips/ folder: the aligned lines are being
    added (loading the model and computing the alignment before that write nothing)."""
    clips = root / "clips"
    before = len(os.listdir(clips))
    return lambda: len(os.listdir(clips)) > before


def align_cmd(fx: Fixtures) -> Callable[[Path, Path], list[str]]:
    _template, wav, text = align_fixtures(fx)
    return lambda root, out: cli("align", str(root), str(wav), str(text), "-o", str(out),
                                 "--speaker", "spk", "--device", "cpu", "--precision", "fp32")


def align_reference(fx: Fixtures, out_name: str = "story.json") -> Path:
    """The uninterrupted alignment writing `out_name` (made once); it measures the kill
    window, from the first new file in clips/ to `out_name` appearing."""
    template, _wav, _text = align_fixtures(fx)
    ref = fx.work / f"reference-align-{out_name}"
    if not ref.exists():
        ref.mkdir()
        shutil.copytree(template, ref / "project")
        fx.durations[f"align-{out_name}"] = timed_after(
            align_cmd(fx)(ref / "project", ref / out_name),
            start=writing_clips(ref / "project"), end=ref / out_name)
    fx.durations["align"] = fx.durations[f"align-{out_name}"]
    return ref


def _align_kind(fx: Fixtures, delay: float, tag: str, out_name: str) -> Outcome:
    """Align a long recording to its transcript, adding clips and writing `out_name` (JSON,
    EAF or TextGrid); after the kill the project is sound, the file whole or absent, and
    aligning again ends with the uninterrupted run's clips, none twice. The kill window is
    the writing: from the first new file in clips/ to the output file's appearing."""
    template, _wav, _text = align_fixtures(fx)
    ref = align_reference(fx, out_name)
    cmd = align_cmd(fx)
    root = fx.copy(template, tag)
    out_dir = fx.work / "runs" / f"{tag}-out"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir()
    killed = kill_after(cmd(root, out_dir / out_name), delay, after=writing_clips(root))
    problems = check_output(out_dir / out_name, ref / out_name) + check_project(root)
    before, want = len(aligned_clips(template)), aligned_clips(ref / "project")
    note = (f"{len(aligned_clips(root)) - before} of {len(want) - before} clips added, "
            f"{out_name} {'written' if (out_dir / out_name).exists() else 'absent'}"
            if not problems else "")
    again = run(cmd(root, out_dir / ("again-" + out_name)), check=False)
    if again.returncode != 0:
        problems.append(f"aligning again failed: {again.stderr.strip()[-600:]}")
    elif aligned_clips(root) != want:
        problems.append(f"after aligning again: {len(aligned_clips(root))} clips, "
                        f"{len(want)} as uninterrupted (or other times)")
    return Outcome("align", delay, killed, problems, note)


def kill_align(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _align_kind(fx, delay, tag, "story.json")


def kill_align_eaf(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _align_kind(fx, delay, tag + "-eaf", "story.eaf")


def kill_align_textgrid(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _align_kind(fx, delay, tag + "-tg", "story.TextGrid")


RECORD_TAKES, RECORD_SECONDS = 3, 1.0


def record_cmd(root: Path, takes: int = RECORD_TAKES) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "record-driver", str(root),
            "--takes", str(takes)]


def record_driver(root: Path, *, takes: int, seconds: float = RECORD_SECONDS) -> None:
    """What the Record page does, in a process of its own: takes through the replay device,
    each kept as a clip."""
    from mms_studio.core.audio import devices
    from mms_studio.core.audio.replay_device import ReplayBackend
    from mms_studio.core.project import Project
    from mms_studio.core.recording.controller import TakeController, keep_take
    from mms_studio.core.recording.takes import session_dir

    devices.set_backend(ReplayBackend(REPLAY_CLIP, speed=1.0))
    with Project.open(root) as project:
        controller = TakeController(tail=0.2)
        for i in range(takes):
            controller.start(session_dir(project.root, "spk"))
            time.sleep(seconds)
            controller.stop()
            take = controller.wait(10.0)
            if take is None:
                raise SystemExit("the take did not finish")
            keep_take(project, take, transcript=f"ba da {i}", speaker="spk")
        controller.shutdown()


def check_takes(root: Path) -> list[str]:
    """Recover cut-short takes as the Record page does; every take must then read."""
    import soundfile as sf

    from mms_studio.core.project import Project
    from mms_studio.core.recording.takes import IN_PROGRESS, recovered_to_review

    problems: list[str] = []
    with Project.open(root) as project:
        recovered_to_review(project)
        sources = {c.source for c in project.clips(include_deleted=True)}
    recordings = root / "recordings"
    takes = sorted(recordings.rglob("*.wav")) if recordings.is_dir() else []
    for take in takes:
        if take.name.endswith(IN_PROGRESS):
            problems.append(f"{take.name} was not recovered")
            continue
        try:
            sf.info(str(take))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"take {take.name} does not read ({exc})")
    for source in sources:
        name = source.rsplit("/", 1)[-1]
        if source.startswith("recorded ") and not any(t.name == name for t in takes):
            problems.append(f"the take behind clip source {source!r} is gone")
    return problems


def kill_record(fx: Fixtures, delay: float, tag: str) -> Outcome:
    """Record three takes of a second each, keeping each as a clip; the kill window starts
    with the first take (recordings/ appears) and covers all three."""
    root = fx.copy(fx.empty, tag)
    killed = kill_after(record_cmd(root), delay, after=root / "recordings")
    problems = check_takes(root)            # recovery first, as the Record page opens
    return Outcome("record", delay, killed, problems + check_project(root))


def compare_adapters(got: Path, want: Path, *, tolerance: float = 1e-5) -> list[str]:
    from safetensors.numpy import load_file

    problems = []
    for ref_file in sorted(want.glob("*.safetensors")):
        mine = got / ref_file.name
        if not mine.is_file():
            problems.append(f"the resumed run has no {ref_file.name}")
            continue
        a, b = load_file(str(mine)), load_file(str(ref_file))
        worst = max(float(abs(a[k].astype("float64") - b[k]).max()) for k in b)
        if set(a) != set(b) or worst > tolerance:
            problems.append(f"{ref_file.name} differs from the uninterrupted run by {worst:.2e}")
    if not (want / "metrics.json").is_file():
        return problems
    ref_metrics = json.loads((want / "metrics.json").read_text(encoding="utf-8"))
    got_metrics = json.loads((got / "metrics.json").read_text(encoding="utf-8"))
    for key, value in ref_metrics.items():
        if key.startswith("elapsed"):
            continue
        other = got_metrics.get(key)
        if isinstance(value, float) and isinstance(other, float):
            if abs(value - other) > 1e-4:
                problems.append(f"metric {key}: {other} resumed, {value} uninterrupted")
        elif value != other:
            problems.append(f"metric {key}: {other!r} resumed, {value!r} uninterrupted")
    return problems


def eval_rows(run_dir: Path) -> list[tuple[int, float, float]]:
    rows = [json.loads(line) for line in
            (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["step"], r["loss"], r["cer"]) for r in rows if r.get("kind") == "eval"]


def compare_evals(got: Path, want: Path) -> list[str]:
    """The dev evaluations of the resumed run's log, step by step, against the uninterrupted."""
    mine, ref = eval_rows(got), eval_rows(want)
    if [r[0] for r in mine] != [r[0] for r in ref]:
        return [f"evaluated at steps {[r[0] for r in mine]}, not {[r[0] for r in ref]}"]
    return [f"dev loss at step {a[0]}: {a[1]:.6f} resumed, {b[1]:.6f} uninterrupted"
            for a, b in zip(mine, ref, strict=True)
            if abs(a[1] - b[1]) > 1e-4 or abs(a[2] - b[2]) > 1e-6]


def kill_train(fx: Fixtures, delay: float, tag: str) -> Outcome:
    """Train; after the kill the project is sound, and `--resume` (or a new start when no
    checkpoint was written yet) ends with the uninterrupted run's adapter and metrics."""
    root = fx.copy(fx.clips, tag)
    run_dir = root / "runs" / "run"
    killed = kill_after(cli("train", str(root), *TRAIN_ARGS), delay,
                        after=run_dir / "config.json")
    problems = check_project(root)
    state = run_dir / "checkpoint" / "state.json"
    note = (f"resumed from step {json.loads(state.read_text(encoding='utf-8'))['step']}"
            if state.is_file() else "no checkpoint yet")
    if not (root / "adapters" / "run" / "metrics.json").is_file():
        resumed = run(cli("train", str(root), "--resume", *RESUME_ARGS), check=False)
        if resumed.returncode != 0:
            if "Traceback" in resumed.stderr:
                problems.append(f"--resume crashed: {resumed.stderr[-600:]}")
            if state.is_file():
                problems.append(f"--resume refused a run with a checkpoint: "
                                f"{resumed.stderr.strip()[-300:]}")
            shutil.rmtree(run_dir, ignore_errors=True)
            run(cli("train", str(root), *TRAIN_ARGS))
    else:
        note = "finished before the kill"
    want = fx.trained / "runs" / "run"
    problems += compare_adapters(root / "adapters" / "run", fx.trained / "adapters" / "run")
    problems += compare_adapters(run_dir / "checkpoint", want / "checkpoint")   # last step's
    problems += compare_evals(run_dir, want)
    return Outcome("train", delay, killed, problems, note)


def _output_kind(kind: str, make_cmd: Callable[[Path, Path], list[str]], out_name: str,
                 fx: Fixtures, delay: float, tag: str) -> Outcome:
    """A command writing `out_name` outside the project from the trained project."""
    def make(ref: Path) -> list[str]:
        return make_cmd(fx.trained, ref / out_name)
    ref = _reference(fx, f"{kind}-{out_name}", make)
    fx.durations[kind] = fx.durations[f"{kind}-{out_name}"]
    root = fx.copy(fx.trained, tag)
    out_dir = fx.work / "runs" / f"{tag}-out"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir()
    killed = kill_after(make_cmd(root, out_dir / out_name), delay)
    problems = check_output(out_dir / out_name, ref / out_name) + check_project(root)
    return Outcome(kind, delay, killed, problems)


def kill_transcribe(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _output_kind("transcribe", lambda root, out: cli(
        "transcribe", str(root), str(fx.long_wav), "--device", "cpu", "--precision", "fp32",
        "--format", "json", "-o", str(out)), "long.json", fx, delay, tag)


def kill_export_model(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _output_kind("export-model", lambda root, out: cli(
        "export-model", str(root), str(out), "--adapter", "run"), "bundle.zip", fx, delay, tag)


def kill_export_hf(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _output_kind("export-model", lambda root, out: cli(
        "export-model", str(root), str(out), "--adapter", "run", "--hf-folder"), "hf",
        fx, delay, tag + "-hf")


def kill_export_dataset(fx: Fixtures, delay: float, tag: str) -> Outcome:
    return _output_kind("export-dataset", lambda root, out: cli(
        "export-dataset", str(root), str(out)), "dataset", fx, delay, tag)


KILLERS: dict[str, Callable[[Fixtures, float, str], Outcome]] = {
    "import": kill_import, "segment": kill_segment, "align": kill_align, "record": kill_record,
    "train": kill_train, "transcribe": kill_transcribe, "export-model": kill_export_model,
    "export-dataset": kill_export_dataset,
}
#: Kinds that measure their kill window without a warm-up kill.
MEASURE: dict[str, Callable[[Fixtures], object]] = {"align": align_reference}
#: Kinds with several outputs take them in turn, one kill point after another.
VARIANTS: dict[str, tuple[Callable[[Fixtures, float, str], Outcome], ...]] = {
    "export-model": (kill_export_model, kill_export_hf),
    "align": (kill_align, kill_align_eaf, kill_align_textgrid),
}


def campaign(fx: Fixtures, *, kills: int, kinds: tuple[str, ...], seed: int,
             log: Callable[[str], None] = print) -> list[Outcome]:
    """`kills` SIGKILLs spread over `kinds` by weight, each at a random moment of the kind's
    uninterrupted duration (measured first)."""
    rng = random.Random(seed)
    total = sum(WEIGHTS[k] for k in kinds)
    plan = {k: max(1, round(kills * WEIGHTS[k] / total)) for k in kinds}
    outcomes: list[Outcome] = []
    for kind in kinds:
        killed = attempts = 0
        while killed < plan[kind] and attempts < 2 * plan[kind]:   # a run may finish first
            variants = VARIANTS.get(kind, (KILLERS[kind],))
            killer = variants[attempts % len(variants)]
            if kind in MEASURE and kind not in fx.durations:
                MEASURE[kind](fx)
            if kind not in fx.durations:           # the reference run measures the window
                killer(fx, 0.0, f"{kind}-warmup")
            window = fx.durations.get(kind, 10.0)
            delay = rng.uniform(0.05, 0.9) * window
            outcome = killer(fx, delay, f"{kind}-{attempts:03d}")
            outcomes.append(outcome)
            killed += outcome.killed
            if not outcome.killed or outcome.note == "finished before the kill":
                # The machine got faster than when the window was measured (shared CPUs):
                # narrow the window so the next kills fall inside the work again.
                fx.durations[kind] = window * 0.8
            mark = ("killed" if outcome.killed else "finished first") + (
                f" ({outcome.note})" if outcome.note else "")
            log(f"{kind:15s} #{attempts:03d} at {delay:5.2f} s of {window:5.2f} s: {mark}; "
                + ("; ".join(outcome.problems) if outcome.problems else "sound"))
            attempts += 1
            shutil.rmtree(fx.work / "runs", ignore_errors=True)
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    kinds = sorted({o.kind for o in outcomes})
    lines = [f"{'kind':15s} {'runs':>5s} {'killed':>7s} {'problems':>9s}"]
    for kind in kinds:
        mine = [o for o in outcomes if o.kind == kind]
        lines.append(f"{kind:15s} {len(mine):5d} {sum(o.killed for o in mine):7d} "
                     f"{sum(bool(o.problems) for o in mine):9d}")
    killed = sum(o.killed for o in outcomes)
    corrupt = sum(bool(o.problems) for o in outcomes)
    lines.append(f"kinds: {len(kinds)}, kill points: {killed} (of {len(outcomes)} runs), "
                 f"corrupt projects or exports: {corrupt}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="mode")
    driver = sub.add_parser("record-driver", help="(internal) record takes into a project")
    driver.add_argument("project", type=Path)
    driver.add_argument("--takes", type=int, default=3)
    parser.add_argument("--kills", type=int, default=120, help="SIGKILLs in all (default 120)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
    parser.add_argument("--seed", type=int, default=None, help="default: random (printed)")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.mode == "record-driver":
        record_driver(args.project, takes=args.takes)
        return 0
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    print(f"seed {seed}", flush=True)
    with tempfile.TemporaryDirectory(prefix="mms-faults-") as tmp:
        work = args.work or Path(tmp)
        fx = prepare(work / "fixtures" if args.work else Path(tmp))
        outcomes = campaign(fx, kills=args.kills, kinds=kinds, seed=seed,
                            log=lambda line: print(line, flush=True))
    print(summary(outcomes))
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
