"""Smoke test of the frozen app: does the built bundle start, open a project and run the engine?

    python packaging/smoke_test.py dist/mms-studio [--keep]

Everything runs through the frozen executable only (no Python environment, no repository
on its path), in a throw-away home: HOME, XDG_* and (on Windows) APPDATA/LOCALAPPDATA all
point into one temporary folder, so the user's settings, logs and caches are never touched
and the app's default locations (platformdirs, QSettings) are what is tested.

1. `--version`; `devtools synthetic-audio` (numpy, soundfile and its bundled libsndfile);
   `devtools audio-devices` (sounddevice and the bundled PortAudio); `devtools tiny-model`
   (torch, safetensors, transformers' wav2vec2 classes) writes the tiny model the project
   then uses as its base model.
2. `new`, `import` of the recording with its .txt transcript (soxr, SQLite), `info --json`
   shows the clip.
3. `mms-studio PROJECT` starts offscreen; we wait for the "MMS Studio ready" line in the
   app's log file (the GUI logs to a file under the user log folder, not to the terminal)
   and report the time from process start to that line; the project must then be in the
   recent-projects settings (so the main window opened, not the welcome screen after a
   failed open). Then `devtools visit-pages` shows every page once (pages are built on
   first show: pyqtgraph, the recorder, the engine's GUI jobs), failing on any crash; on
   Linux with `xvfb-run` it does so again with the xcb plugin real desktops use.
4. When the engine's `transcribe` command is present, a transcription of the recording with
   the project's (tiny) base model: model loading and inference frozen, so a missing hidden
   import shows up here, not on a user's machine.
Also fails when the checkout has interface translations (resources/i18n/*.ts) whose compiled
.qm is not in the bundle. Fails on any traceback, missing module, missing Qt plugin or ERROR
line in any output or in the log file. Exit status 0 only when every step passed; the last line is SMOKE OK.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "MMS Studio ready"
LOG_NAME = "mms-studio.log"
BAD = ("Traceback (most recent call last)", "ModuleNotFoundError", "No module named",
       "ImportError", "could not load the Qt platform plugin", "Could not find the Qt platform",
       "cannot open shared object file", "Library not loaded", "DLL load failed",
       "Unexpected error", "Segmentation fault", "PackageNotFoundError")
GUI_TIMEOUT_S = 180.0
SETTLE_S = 3.0
# Sentences of the tiny model's synthetic language (mms_studio.devtools.SYNTH_WORDS).
TRANSCRIPTS = ("bala sinu kato", "meli tomo", "dunik lesa nobi", "asu kimo ulan")  # after ready: errors raised while the window finishes opening must show too


class SmokeFailure(Exception):
    pass


def check_output(text: str, what: str) -> None:
    for bad in BAD:
        if bad in text:
            raise SmokeFailure(f"{what} printed {bad!r}:\n{text[-4000:]}")


def check_log(text: str) -> None:
    check_output(text, "the log file")
    errors = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
    if errors:
        raise SmokeFailure("the log file has errors:\n" + "\n".join(errors[:20]))


def isolated_env(home: Path) -> dict[str, str]:
    """The caller's environment minus Python's, with every per-user folder inside `home`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "MMS_STUDIO_", "XDG_", "QT_"))}
    env.update(
        HOME=str(home), USERPROFILE=str(home),
        XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        APPDATA=str(home / "AppData" / "Roaming"), LOCALAPPDATA=str(home / "AppData" / "Local"),
        QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
        HF_HOME=str(home / "hf"), PYTHONNOUSERSITE="1",
    )
    (home / "runtime").mkdir(parents=True, mode=0o700)
    return env


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path, timeout: float = 600,
        wrapper: tuple[str, ...] = ()) -> str:
    what = " ".join([*wrapper, "mms-studio", *args])
    started = time.monotonic()
    try:
        proc = subprocess.run([*wrapper, str(exe), *args], capture_output=True, text=True, env=env,
                              cwd=cwd, timeout=timeout, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{what} did not finish within {timeout:.0f} s") from exc
    out = proc.stdout + proc.stderr
    check_output(out, what)
    if proc.returncode != 0:
        raise SmokeFailure(f"{what} exited {proc.returncode}:\n{out[-4000:]}")
    print(f"  ok ({time.monotonic() - started:5.1f} s)  {what}", flush=True)
    return proc.stdout


def find_log(home: Path) -> Path | None:
    found = sorted(home.rglob(LOG_NAME))
    return found[0] if found else None


def start_gui(exe: Path, project: Path, *, home: Path, env: dict[str, str]) -> float:
    """Open `project` offscreen; seconds from process start to the ready line in the log."""
    output = home / "gui-output.txt"
    started = time.monotonic()
    with output.open("w", encoding="utf-8") as sink:
        proc = subprocess.Popen([str(exe), str(project)], stdout=sink, stderr=subprocess.STDOUT,
                                env=env, cwd=home)
        ready_after: float | None = None
        log: Path | None = None
        try:
            while time.monotonic() - started < GUI_TIMEOUT_S and proc.poll() is None:
                log = log or find_log(home)
                if log is not None and READY in log.read_text(encoding="utf-8", errors="replace"):
                    ready_after = time.monotonic() - started
                    break
                time.sleep(0.05)
            if ready_after is not None:
                time.sleep(SETTLE_S)
            exited = proc.poll()
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    text = output.read_text(encoding="utf-8", errors="replace")
    log = log or find_log(home)
    log_text = log.read_text(encoding="utf-8", errors="replace") if log else ""
    check_output(text, "the app")
    check_log(log_text)
    if ready_after is None:
        where = f"log file {log}" if log else f"no {LOG_NAME} anywhere under {home}"
        raise SmokeFailure(f"no {READY!r} line within {GUI_TIMEOUT_S:.0f} s ({where}; "
                           f"app exit status {exited}):\n{text[-3000:]}\n{log_text[-3000:]}")
    if exited is not None:
        raise SmokeFailure(f"the app quit by itself (status {exited}) after it was ready:\n"
                           f"{text[-3000:]}\n{log_text[-3000:]}")
    settings = [p for p in home.rglob("*.ini")
                if project.name in p.read_text(encoding="utf-8", errors="replace")]
    if not settings:
        raise SmokeFailure("the app was ready but the project is not in its recent projects: "
                           f"it did not open the project.\n{log_text[-3000:]}")
    print(f"  ok ({ready_after:5.1f} s)  mms-studio PROJECT: ready line in {log}", flush=True)
    return ready_after


def missing_translations(dist: Path) -> list[str]:
    """The .qm catalogues the checkout's resources/i18n/*.ts promise but the bundle lacks."""
    sources = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    bundled = dist / "_internal" / "mms_studio" / "resources" / "i18n"
    if not bundled.parent.is_dir():  # another layout (macOS .app): nothing to compare
        return []
    return [ts.with_suffix(".qm").name for ts in sorted(sources.glob("*.ts"))
            if not (bundled / ts.with_suffix(".qm").name).is_file()]


def command_names(exe: Path, *, env: dict[str, str], cwd: Path) -> str:
    return run(exe, "--help", env=env, cwd=cwd)


def smoke(dist: Path, home: Path) -> None:
    exe = dist / ("mms-studio.exe" if os.name == "nt" else "mms-studio")
    if not exe.is_file():
        raise SmokeFailure(f"{exe} not found; run `make package` first")
    missing = missing_translations(dist)
    if missing:
        raise SmokeFailure("the bundle lacks compiled translations (run `make translations` "
                           f"before building): {', '.join(missing)}")
    env = isolated_env(home)
    work = home / "work"
    work.mkdir()
    kw = {"env": env, "cwd": work}

    print(f"smoke test of {exe}", flush=True)
    print("  " + run(exe, "--version", **kw).strip())
    helptext = command_names(exe, **kw)
    recordings = work / "recordings"
    recordings.mkdir()
    for seed, text in enumerate(TRANSCRIPTS):
        wav = recordings / f"Story {seed + 1}.wav"
        run(exe, "devtools", "synthetic-audio", str(wav), "--seconds", "3", "--seed", str(seed),
            **kw)
        wav.with_suffix(".txt").write_text(text + "\n", encoding="utf-8")
    recording = recordings / "Story 1.wav"
    print("  " + run(exe, "devtools", "audio-devices", **kw).splitlines()[0])

    # The tiny model first: the project uses it as its base model, so the GUI's engine pages
    # and `transcribe` find a real model on disk without the 4 GB download.
    model = work / "tiny-model"
    run(exe, "devtools", "tiny-model", str(model), "--languages", "eng,smk", **kw)
    for name in ("config.json", "model.safetensors", "adapter.smk.safetensors", "vocab.json"):
        if not (model / name).is_file():
            raise SmokeFailure(f"devtools tiny-model wrote no {name}")

    project = work / "Smoke project"
    run(exe, "new", str(project), "--language", "smk", "--name", "Smoke project",
        "--base-model", str(model), **kw)
    run(exe, "import", str(project), str(recordings), **kw)
    info = json.loads(run(exe, "info", str(project), "--json", **kw))
    clips = info.get("clips", info.get("stats", {}).get("clips"))
    if clips != len(TRANSCRIPTS):
        raise SmokeFailure(f"the project should hold the {len(TRANSCRIPTS)} imported clips: "
                           f"{info}")

    seconds = start_gui(exe, project, home=home, env=env)
    visited = run(exe, "devtools", "visit-pages", str(project), **kw)
    pages = [line for line in visited.splitlines() if line.startswith("page ")]
    if len(pages) < 5:
        raise SmokeFailure(f"devtools visit-pages showed too few pages:\n{visited}")
    print("  pages built: " + ", ".join(line.split(":")[0][5:] for line in pages))
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        # The plugin real Linux desktops use (X11 here; its bundled xcb libraries must load).
        xcb = run(exe, "devtools", "visit-pages", str(project), "--settle", "0.3",
                  env={**env, "QT_QPA_PLATFORM": "xcb"}, cwd=work,
                  wrapper=("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"))
        if xcb.count("page ") != len(pages):
            raise SmokeFailure(f"under Xvfb (xcb) not every page was shown:\n{xcb}")
    else:
        print("  (no xvfb-run: the xcb desktop plugin was not tried)")
    log = find_log(home)
    check_log(log.read_text(encoding="utf-8", errors="replace") if log else "")

    transcribed = transcribe(exe, project=project, recording=recording, helptext=helptext, **kw)

    size = sum(p.stat().st_size for p in dist.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"start to ready: {seconds:.1f} s")
    print(f"bundle size: {size / 2**20:.0f} MiB in {dist}")
    if not transcribed:
        print("NOTE: the frozen training and transcription step did not run "
              "(no `train`/`transcribe` commands)")
    print("SMOKE OK")


def transcribe(exe: Path, *, project: Path, recording: Path, helptext: str,
               env: dict[str, str], cwd: Path) -> bool:
    """Train a 2-step adapter on the tiny base and transcribe `recording` with it: model
    loading, accelerate's training loop, safetensors checkpoints and inference, all frozen.
    False if the engine's CLI has no `train`/`transcribe` commands."""
    names = helptext.split()
    if "train" not in names or "transcribe" not in names:
        return False
    run(exe, "train", str(project), "--max-steps", "2", "--eval-every", "1",
        "--checkpoint-every", "1", "--device", "cpu", env=env, cwd=cwd)
    out = cwd / "transcribed.json"
    run(exe, "transcribe", str(project), str(recording), "--format", "json", "-o", str(out),
        "--device", "cpu", env=env, cwd=cwd)
    if not out.is_file():
        raise SmokeFailure(f"transcribe wrote no {out.name}")
    result = json.loads(out.read_text(encoding="utf-8"))
    if not isinstance(result, dict) or not isinstance(result.get("segments"), list):
        raise SmokeFailure(f"transcribe wrote an unexpected result: {str(result)[:500]}")
    if not result.get("meta", {}).get("speech_detection"):
        raise SmokeFailure("transcribe did not use speech detection (the bundled silero-vad "
                           f"weights?): {result.get('meta')}")
    if (dist_internal(exe) / "openvino").is_dir():
        # The CPU runtime the app prefers: int8 goes through OpenVINO when it is bundled,
        # which exports the base once into the user cache (core/engine/openvino_runtime.py).
        int8 = cwd / "transcribed-int8.json"
        run(exe, "transcribe", str(project), str(recording), "--format", "json", "-o",
            str(int8), "--device", "cpu", "--precision", "int8", env=env, cwd=cwd)
        cache = Path(env["HOME"])  # every user folder of the throw-away home is under it
        if not int8.is_file() or not any(cache.rglob("openvino-int8-*")):
            raise SmokeFailure("the bundled OpenVINO runtime was not used for int8 "
                               f"transcription (nothing under {cache})")
        print("  int8 transcription ran on the bundled OpenVINO runtime")
    return True


def dist_internal(exe: Path) -> Path:
    """The bundle's library folder (`_internal` beside the executable, one-folder builds)."""
    return exe.parent / "_internal"


def main(argv: list[str]) -> int:
    keep = "--keep" in argv
    args = [a for a in argv if a != "--keep"]
    if len(args) != 1:
        print("usage: smoke_test.py DIST_FOLDER [--keep]", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="mms-smoke-"))
    try:
        smoke(Path(args[0]).resolve(), home)
        return 0
    except SmokeFailure as exc:
        print(f"SMOKE FAIL: {exc}", file=sys.stderr)
        return 1
    finally:
        if keep:
            print(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
