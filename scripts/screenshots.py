"""Screenshots of every page of the real app, with a real project loaded (`make screenshots`).

Runs the app under Xvfb (see the Makefile), builds a project from the
recordings in /work/shared/data, and drives each page the way a user would:
import, record a take (through the replay device: the sound card is the only
thing stood in for), train a few steps with the tiny development model (so the
curves and the library are real but the figures mean nothing), transcribe and
open the shortcut list. PNGs go to docs/screenshots/ (docs/screenshots/<code>/
with `--language CODE`, the interface in that translation). Settings and logs go
to a temporary folder, so the developer's own are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "docs" / "screenshots"
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of every page of the app.")
    parser.add_argument("--language", help="interface language code (fr, es, pt, id, sw)")
    args = parser.parse_args()
    out = OUT / args.language if args.language else OUT
    tmp = Path(tempfile.mkdtemp(prefix="mms-shots-"))
    os.environ["MMS_STUDIO_LOG_DIR"] = str(tmp / "logs")
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication, QWidget

    from mms_studio.core.audio import devices as sound_devices
    from mms_studio.core.audio.replay_device import ReplayBackend
    from mms_studio.core.engine.trainer import TrainConfig
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources
    from mms_studio.devtools import build_tiny_model
    from mms_studio.gui.app import AppController, create_app
    from mms_studio.gui.shell import messages, settings

    settings.use_settings_path(tmp / "settings.ini")
    messages.interactive = False
    sound_devices.set_backend(ReplayBackend(SHARED / "abui" / "transcribed" / "abui_2.wav"))
    app = create_app([sys.argv[0]])
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

    def wait(cond: Callable[[], bool], timeout: float = 300.0) -> None:
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

    print("building the tiny development model and the project…")
    tiny = build_tiny_model(tmp / "tiny-model", languages=("eng",))
    root = tmp / "Abui stories"
    with Project.create(root, language="abz", name="Abui stories", base_model=str(tiny)) as p:
        import_sources(p, [SHARED / "abui" / "transcribed"])
        import_sources(p, [SHARED / "clips" / "yoruba_speech_project"])
    settings.add_recent_project(root)

    controller = AppController()
    welcome = controller.show_welcome()
    welcome.resize(860, 520)
    shot(welcome, "welcome")

    window = controller.open_project(root)
    assert window is not None
    window.resize(1360, 860)

    dataset = window.go_to("dataset")
    dataset.select_clip(dataset.model.clip_at(1).id)
    shot(window, "dataset")

    prompts = tmp / "prompts.txt"
    phrases = [c.transcript for c in window.project.clips() if c.speaker == "SL"]
    prompts.write_text("\n".join(phrases) + "\n", encoding="utf-8")
    record = window.go_to("record")
    record.speaker.setText("SL")
    record.load_prompts(prompts)
    record.next_prompt()
    record.start_take()
    wait(lambda: record.take is not None and record.take.seconds > 2.0)
    record.stop_take()
    record.wait_for_take(10)
    pump(0.5)
    shot(window, "record")

    train = window.go_to("train")
    worker = train.start(config=TrainConfig(
        max_steps=40, eval_every=10, log_every=2, checkpoint_every=1000, warmup_steps=4,
        learning_rate=3e-3, seconds_per_batch=12.0, device="cpu", precision="fp32",
        patience=0, mask_time_prob=0.0))
    wait(lambda: not worker.is_running)
    pump(0.5)
    shot(window, "train")

    transcribe = window.go_to("transcribe")
    transcribe.open_audio(SHARED / "abui" / "transcribed" / "abui_4.wav")
    worker = transcribe.start()
    wait(lambda: not worker.is_running)
    pump(0.5)
    shot(window, "transcribe")

    window.go_to("settings")
    shot(window, "language-settings")
    window.set_theme("dark")
    window.go_to("dataset")
    shot(window, "dataset-dark")
    window.set_theme("light")
    dialog = window.show_shortcuts()
    shot(dialog, "shortcuts")
    dialog.close()

    controller.close_project()
    sound_devices.set_backend(None)
    app.processEvents()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
