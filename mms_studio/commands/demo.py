"""`mms-studio demo DIR`: a small trained project in a made-up language, to look around.

A thin face over `core.workflows.demo.create_demo_project`, the same function
the welcome screen's "Try a demo project" calls.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help="create a small demo project in a made-up language, already trained "
                     "(no download; about a minute)")
    demo.add_argument("project", metavar="DIR", help="folder to create (new or empty)")
    demo.add_argument("--seed", type=int, default=0, help="another seed, another demo")
    demo.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.workflows.demo import create_demo_project

    state = CliTaskState()
    with interrupt_on_sigint(state):
        try:
            demo = create_demo_project(args.project, seed=args.seed, state=state)
        finally:
            state.finish()
    cer = "—" if demo.dev_cer is None else f"{demo.dev_cer:.0%}"
    print(f"Created the demo project in {demo.root}: {demo.clips} clips, adapter "
          f"“{demo.adapter}” trained (character error rate on its dev clips: {cer}).")
    print(f"Open it with: mms-studio {demo.root}")
    print(f"Try the Transcribe page on {demo.sample_recording}")
    return 0
