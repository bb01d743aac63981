"""`mms-studio devtools ...`: a tiny test model, a test recording and checks, from the app itself.

The installed (frozen) app has no `python -m mms_studio.devtools`, yet packaging checks
and bug reports need a model and a recording that exercise torch and transformers
without the 4 GB base model, a way to see whether the bundled PortAudio loads, and a
way to build every page of the window (pages are built on first show, so a module
missing from a bundle would otherwise only show when a user clicks). `tiny-model` and
`synthetic-audio` are thin wrappers over `mms_studio.devtools`; they refuse to write over
anything that already exists.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

# Codes become file names (adapter.<code>.safetensors): letters, digits, "_" and "-" only.
_LANGUAGE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
MAX_SECONDS = 3600.0


def register(subparsers: argparse._SubParsersAction) -> None:
    devtools = subparsers.add_parser(
        "devtools", help="developer tools: a tiny test model, a test recording, the sound "
                         "devices, a check of every page (for checking an installation, not "
                         "for real work)")
    sub = devtools.add_subparsers(dest="devtool", metavar="TOOL", required=True)

    tiny = sub.add_parser(
        "tiny-model", help="write a tiny random model laid out like facebook/mms-1b-all")
    tiny.add_argument("out", metavar="OUT", help="new or empty folder to write")
    tiny.add_argument("--languages", type=_language_list, default=("eng", "abc"),
                      help="comma-separated language codes, one adapter each "
                           "(default: eng,abc; the first is built into the model)")
    tiny.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    tiny.add_argument("--family", choices=("mms", "omniasr"), default="mms",
                      help="mms (default) or omniasr: laid out like hf-audio/omniasr-ctc-300m-v2")
    tiny.set_defaults(func=run_tiny_model)

    audio = sub.add_parser(
        "synthetic-audio", help="write a synthetic recording the tiny model's task uses (WAV)")
    audio.add_argument("out", metavar="OUT.wav", help="new .wav file to write")
    audio.add_argument("--seconds", type=_seconds, default=20.0,
                       help=f"length in seconds, at most {MAX_SECONDS:.0f} (default 20)")
    audio.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    audio.set_defaults(func=run_synthetic_audio)

    devices = sub.add_parser(
        "audio-devices", help="show the PortAudio version and the sound devices the app sees")
    devices.set_defaults(func=run_audio_devices)

    visit = sub.add_parser(
        "visit-pages", help="open a project in the app, show every page once, then quit "
                            "(a crash on any page makes the exit status 1)")
    visit.add_argument("project", metavar="DIR", help="project folder")
    visit.add_argument("--settle", type=float, default=1.0, metavar="SEC",
                       help="seconds to let each page's timers and workers run (default 1)")
    visit.set_defaults(func=run_visit_pages)


def _language_list(text: str) -> tuple[str, ...]:
    codes = tuple(code.strip() for code in text.split(",") if code.strip())
    if not codes:
        raise argparse.ArgumentTypeError("give at least one language code, e.g. eng,abc")
    for code in codes:
        if not _LANGUAGE_CODE.match(code):
            raise argparse.ArgumentTypeError(
                f"{code!r} is not a language code (letters, digits, '_' and '-' only)")
    if len(set(codes)) != len(codes):
        raise argparse.ArgumentTypeError("each language code may appear only once")
    return codes


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= MAX_SECONDS:  # also refuses NaN
        raise argparse.ArgumentTypeError(
            f"the length must be more than 0 and at most {MAX_SECONDS:.0f} seconds")
    return value


def run_tiny_model(args: argparse.Namespace) -> int:
    from mms_studio.core.errors import ModelError
    from mms_studio.devtools import build_tiny_model

    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ModelError(f"{out} already exists and is not an empty folder; choose a new one.")
    try:
        folder = build_tiny_model(out, languages=args.languages, seed=args.seed,
                                  family=args.family)
    except OSError as exc:
        raise ModelError(f"The test model could not be written to {out} "
                         f"({exc.strerror or exc}).") from exc
    print(folder)
    return 0


def run_synthetic_audio(args: argparse.Namespace) -> int:
    from mms_studio.core.audio import write_wav
    from mms_studio.core.errors import AudioError
    from mms_studio.devtools import SAMPLE_RATE, synthetic_long_audio

    out = Path(args.out)
    if out.suffix.casefold() != ".wav":
        raise AudioError(f"{out.name} must end in .wav.")
    if out.exists():
        raise AudioError(f"{out} already exists; choose a new file name.")
    clip = synthetic_long_audio(args.seconds, seed=args.seed)
    try:
        write_wav(out, clip.samples, SAMPLE_RATE)
    except OSError as exc:
        raise AudioError(f"The test recording could not be written to {out} "
                         f"({exc.strerror or exc}).") from exc
    print(out)
    return 0


def run_audio_devices(args: argparse.Namespace) -> int:
    from mms_studio.core.errors import AudioError

    try:
        import sounddevice
    except OSError as exc:  # the PortAudio library itself is missing or broken
        raise AudioError(f"The sound library PortAudio could not be loaded ({exc}).") from exc
    print(sounddevice.get_portaudio_version()[1])
    try:
        devices = sounddevice.query_devices()
    except sounddevice.PortAudioError as exc:
        raise AudioError(f"PortAudio could not list the sound devices ({exc}).") from exc
    default_in, default_out = sounddevice.default.device
    for index, device in enumerate(devices):
        roles = [role for role, n in (("in", device["max_input_channels"]),
                                      ("out", device["max_output_channels"])) if n]
        mark = "*" if index in (default_in, default_out) else " "
        print(f"{mark}{index:3d}  {device['name']}  [{'/'.join(roles)}]  "
              f"{device['default_samplerate']:.0f} Hz")
    if not len(devices):
        print("no sound devices found")
    return 0


def run_visit_pages(args: argparse.Namespace) -> int:
    import sys
    import time

    from mms_studio.core.project import Project
    from mms_studio.gui.app import AppController, create_app
    from mms_studio.gui.main_window import PAGE_KEYS
    from mms_studio.gui.shell import messages
    from mms_studio.gui.shell.crash import install_crash_hook

    project = Project.open(args.project)  # a bad folder is one clear line, not a dialog
    app = create_app()
    messages.interactive = False  # nobody is there to click OK: messages go to the log
    reporter = install_crash_hook()
    reporter.interactive = False  # crashes are counted and logged, no modal dialog

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    controller = AppController()
    window = controller.show_project(project)
    if window is None:
        raise RuntimeError("the main window did not open")
    settle(args.settle)
    for key in PAGE_KEYS:
        page = window.go_to(key)
        settle(args.settle)
        print(f"page {key}: {type(page).__name__}", flush=True)
    for message in messages.history:
        print(f"message: {message.title}: {message.text}", flush=True)
    controller.close_project()
    settle(0.2)
    if reporter.shown:
        print(f"mms-studio: {reporter.shown} unexpected error(s) while showing the pages; "
              "the details are in the log file.", file=sys.stderr)
        return 1
    return 0
