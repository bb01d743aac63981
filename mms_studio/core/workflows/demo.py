"""A demo project: a first look at the whole loop without the 4 GB base model.

A newcomer should see, within a minute on a laptop, what the app is for:
recordings with transcripts, training curves that fall and a transcript that
is mostly right. The real base model cannot be downloaded in that time, so the
demo uses the tiny development model (`mms_studio.devtools`) and a made-up
language it can learn with adapters alone: every letter is a tone of its own,
so the "speech" is synthetic but the project, the training and the
transcription go through exactly the code a real project uses (the project
store, `core.engine.jobs.train_project`, the trained adapter in the library).

The demo folder holds everything it needs: the tiny base model sits inside it
(`base-model/`), so deleting the folder removes the demo entirely. Nothing is
downloaded. project.json and the adapter name that base relative to the project
("./base-model", `core.base_location`), so the folder still works when moved or
copied (tests/test_cli_moved_demo.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mms_studio.core.atomic import write_text
from mms_studio.core.errors import ProjectExistsError
from mms_studio.core.project import layout
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled

#: A private-use ISO 639-3 code (qaa–qtz): the demo language is made up.
DEMO_LANGUAGE = "qdm"
DEMO_NAME = "Demo: a made-up language"
BASE_FOLDER = "base-model"
#: A longer recording, not in the dataset, for the Transcribe page.
SAMPLE_RECORDING = Path(layout.RECORDINGS) / layout.TO_TRANSCRIBE / "demo-story.wav"
ABOUT_FILE = "ABOUT-THIS-DEMO.txt"

# Measured on the tiny model: 160 clips from 8 speakers and 300 steps take the dev
# character error rate from 100 % to about 8 %, in about 15 s on a shared 2-core CPU.
DEMO_CLIPS = 160
DEMO_SPEAKERS = 8
DEMO_STEPS = 300
SAMPLE_SECONDS = 12.0

_ABOUT = """\
This folder is a demo project made by MMS Studio (mms-studio demo).

The language is made up: every letter is a tone of its own, so a very small
model can learn it in a minute. The base model in base-model/ is a tiny random
model shaped like Meta's MMS model (facebook/mms-1b-all), not the real one: it
knows no real language. Everything else is what a real project does: the clips
and their transcripts, the training run in runs/ with its falling curves, the
adapter in adapters/, and a recording to try on the Transcribe page:
recordings/to-transcribe/demo-story.wav. What it says:

{story}

For your own language, create a new project: the app then offers to download
the real base model (about 4 GB, licensed by Meta under CC-BY-NC 4.0).
Delete this folder to remove the demo.
"""


@dataclass(frozen=True)
class DemoProject:
    """What `create_demo_project` made."""

    root: Path
    clips: int
    adapter: str                 # name of the trained adapter in the project's library
    dev_cer: float | None        # character error rate on the dev clips after training
    sample_recording: Path       # a recording outside the dataset, to transcribe
    sample_text: str             # what it says
    language_model: bool = False  # the project has a language model built from its texts


def demo_train_config(*, steps: int = DEMO_STEPS, seed: int = 0):
    """The training settings of the demo: the tiny model's measured fast recipe, on the CPU.

    The tiny model is faster on the processor than on a graphics card (its steps are
    too small to fill one) and float32 keeps the demo the same on every machine.
    """
    from mms_studio.core.engine.trainer import TrainConfig

    return TrainConfig(max_steps=steps, learning_rate=3e-3, warmup_steps=20,
                       eval_every=max(1, steps // 12), log_every=5,
                       checkpoint_every=max(steps, 1), seconds_per_batch=16.0,
                       mask_time_prob=0.0, precision="fp32", device="cpu", patience=0,
                       seed=seed)


def create_demo_project(root: str | Path, *, clips: int = DEMO_CLIPS, steps: int = DEMO_STEPS,
                        seed: int = 0, language_model: bool = True,
                        state: TaskState | None = None) -> DemoProject:
    """Create a demo project in `root` (a new or empty folder) and train its adapter.

    `clips`: how many synthetic recordings the dataset gets (spread over eight
    speakers, so the dev clips are spoken by voices the training never heard).
    `steps`: training steps; the default is enough for a mostly right transcript.
    `seed`: the recordings, the model and the training are reproducible from it.
    `language_model`: also build the project's language model from its transcripts (as
    the Texts panel does) so transcription shows what the community's texts add.
    `state`: progress and cancel; a cancelled demo leaves the folder as far as it got.
    """
    import soundfile as sf

    from mms_studio.core.atomic import atomic_path
    from mms_studio.core.engine.jobs import train_project
    from mms_studio.core.project import Project
    from mms_studio.devtools import (
        SAMPLE_RATE,
        build_tiny_model,
        synthetic_clips,
        synthetic_long_audio,
    )

    state = state or NullTaskState()
    root = Path(root).expanduser().absolute()
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ProjectExistsError(f"{root} already exists and is not an empty folder; choose a "
                                 "new folder name for the demo.")
    with Project.create(root, language=DEMO_LANGUAGE, name=DEMO_NAME) as project:
        state.set_status(Message("Building the tiny demo model…"))
        base = build_tiny_model(root / BASE_FOLDER, languages=("eng",), seed=seed)
        project.update_settings(base_model=str(base))
        check_cancelled(state)
        state.set_status(Message("Recording {count} demo clips…", count=clips))
        for i, clip in enumerate(synthetic_clips(clips, seed=seed + 1, words_per_clip=(1, 4))):
            project.add_clip(clip.samples, transcript=clip.text,
                             speaker=f"Speaker {i % DEMO_SPEAKERS + 1}", source="demo")
            check_cancelled(state)
        story = synthetic_long_audio(SAMPLE_SECONDS, seed=seed + 2)
        sample = root / SAMPLE_RECORDING
        sample.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(sample, suffix=".wav") as tmp:
            sf.write(tmp, story.samples, SAMPLE_RATE, subtype="PCM_16", format="WAV")
        write_text(root / ABOUT_FILE, _ABOUT.format(story=story.text))
        outcome = train_project(project, config=demo_train_config(steps=steps, seed=seed),
                                state=state)
        if language_model:
            # The community's texts at work: a word model of the demo's own transcripts
            # (the Language page's Texts), tuned on the dev clips, decodes with the adapter.
            from mms_studio.core.workflows.lm import build_language_model

            build_language_model(project, device="cpu", state=state)
    return DemoProject(root=root, clips=clips, adapter=outcome.adapter.name,
                       dev_cer=outcome.result.best_cer, sample_recording=sample,
                       sample_text=story.text, language_model=language_model)
