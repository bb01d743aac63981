"""Screenshots of the real app on the demo project (`make screenshots`).

Runs the app under Xvfb (see the Makefile) on the project `mms-studio demo`
makes (`core.workflows.demo`: a made-up language, the tiny model trained on
it), so every picture shows what a user sees on their first look: clips with
transcripts, a training run whose curves fall (trained again on the Train
page, live, through the real training code), a transcript that is mostly
right, the language chosen by name. The sound card is the only stand-in: the
Record page hears a demo clip through the replay device.

PNGs go to docs/screenshots/ (docs/screenshots/<code>/ with `--language CODE`,
the interface in that translation); the English run also refreshes the
pictures of the built-in getting-started guide (mms_studio/resources/guide/).
Settings and logs go to a temporary folder, so the developer's own are untouched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
GUIDE = REPO / "mms_studio" / "resources" / "guide"
GUIDE_PICTURES = ("welcome", "new-project-search", "dataset", "train", "transcribe")
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of every page of the app.")
    parser.add_argument("--language", help="interface language code (fr, es, pt, id, sw)")
    parser.add_argument("--demo", type=Path,
                        help="start from a copy of this demo project (made by `mms-studio "
                             "demo` or an earlier run; made there first when missing)")
    args = parser.parse_args()
    out = OUT / args.language if args.language else OUT
    tmp = Path(tempfile.mkdtemp(prefix="mms-shots-"))
    os.environ["MMS_STUDIO_LOG_DIR"] = str(tmp / "logs")
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication, QWidget

    from mms_studio.core.audio import devices as sound_devices
    from mms_studio.core.audio.replay_device import ReplayBackend
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.demo import create_demo_project, demo_train_config
    from mms_studio.gui.app import AppController, create_app
    from mms_studio.gui.shell import messages, settings

    settings.use_settings_path(tmp / "settings.ini")
    messages.interactive = False
    app = create_app([sys.argv[0]])
    from mms_studio.gui.shell.crash import install_crash_hook

    crashes = install_crash_hook()
    crashes.interactive = False        # a bug fails the run below instead of waiting on a dialog
    if args.language:
        from mms_studio.gui.i18n import install_translations

        shown = install_translations(app, language=args.language)
        if shown != args.language:
            raise SystemExit(f"screenshots: no compiled translation for {args.language} "
                             "(run `make translations`)")
    out.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def wait(cond: Callable[[], bool], timeout: float = 3600.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise SystemExit("screenshots: timed out waiting for the app")
            pump(0.05)

    def shot(widget: QWidget, name: str) -> None:
        pump(0.6)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"saved {path.relative_to(REPO)}")

    root = tmp / "Demo project"
    if args.demo is not None and (args.demo / "project.json").is_file():
        # A copy: each run starts from the same demo (its base model stays where it is).
        shutil.copytree(args.demo, root, ignore=shutil.ignore_patterns(".lock"))
    else:
        print(f"making the demo project in {root} (trains the tiny model once)…")
        create_demo_project(root)
        if args.demo is not None:
            shutil.copytree(root, args.demo, ignore=shutil.ignore_patterns(".lock"))
    with Project.open(root) as project:        # (brings an older demo's database up to date)
        first_clip = project.audio_path(project.clips()[0])
        prompts_text = [c.transcript for c in project.clips()[:12]]
    sound_devices.set_backend(ReplayBackend(first_clip))
    settings.add_recent_project(root)

    controller = AppController()
    welcome = controller.show_welcome()
    welcome.resize(900, 560)
    shot(welcome, "welcome")

    from mms_studio.gui.welcome import NewProjectDialog

    dialog = NewProjectDialog(welcome)
    dialog.folder.setText(str(tmp / "projects"))
    dialog.name.setText("Abui stories")
    dialog.language.setText("Abu")
    dialog.language.textEdited.emit("Abu")       # as if typed: the matching languages show
    dialog.resize(640, 420)
    dialog.show()
    shot(dialog, "new-project-search")
    for row in range(dialog.matches.count()):
        if dialog.matches.item(row).text().startswith("abz"):
            dialog._pick(dialog.matches.item(row))
    shot(dialog, "new-project")
    dialog.close()
    dialog.deleteLater()

    window = controller.open_project(root)
    assert window is not None
    window.resize(1360, 860)

    dataset = window.go_to("dataset")
    dataset.select_clip(dataset.model.clip_at(2).id)
    shot(window, "dataset")

    prompts = tmp / "prompts.txt"
    prompts.write_text("\n".join(prompts_text) + "\n", encoding="utf-8")
    record = window.go_to("record")
    record.speaker.setText("Speaker 1")
    record.load_prompts(prompts)
    record.next_prompt()
    record.start_take()
    wait(lambda: record.take is not None and record.take.seconds > 1.5)
    record.stop_take()
    record.wait_for_take(10)
    pump(0.5)
    shot(window, "record")

    train = window.go_to("train")
    # Part of the demo's own run: the curves fall just as clearly, in less time.
    worker = train.start(config=demo_train_config(steps=120))
    assert worker is not None, "the Train page did not start (is the base model there?)"
    wait(lambda: not worker.is_running)
    pump(1.0)
    if worker.error is not None:
        raise SystemExit(f"screenshots: training failed: {worker.error}")
    shot(window, "train")

    transcribe = window.go_to("transcribe")
    transcribe.open_audio(root / "recordings" / "to-transcribe" / "demo-story.wav")
    # The demo's own adapter (its full run) rather than the shorter live one just made.
    transcribe.adapter.setCurrentIndex(max(transcribe.adapter.findData("qdm"), 0))
    worker = transcribe.start()
    assert worker is not None
    wait(lambda: not worker.is_running)
    pump(0.5)
    shot(window, "transcribe")

    window.go_to("settings")
    shot(window, "language-settings")
    window.set_theme("dark")
    dataset = window.go_to("dataset")
    dataset.select_clip(dataset.model.clip_at(3).id)
    shot(window, "dataset-dark")
    window.set_theme("light")
    shortcuts = window.show_shortcuts()
    shot(shortcuts, "shortcuts")
    shortcuts.close()

    controller.close_project()
    sound_devices.set_backend(None)
    app.processEvents()
    QApplication.closeAllWindows()
    if crashes.shown:
        raise SystemExit("screenshots: the app hit an unexpected error (see the log in "
                         f"{tmp / 'logs'}); the pictures may show it")
    if not args.language:      # the built-in guide shows the English pictures
        GUIDE.mkdir(parents=True, exist_ok=True)
        for name in GUIDE_PICTURES:
            shutil.copyfile(out / f"{name}.png", GUIDE / f"{name}.png")
        print(f"copied {len(GUIDE_PICTURES)} pictures to {GUIDE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:       # the app's crash hook only logs: say it here too
        import traceback

        traceback.print_exc()
        sys.exit(1)
