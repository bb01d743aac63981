"""The `mms-studio` command: the GUI by default, headless subcommands over the same core.

Subcommands live in `mms_studio/commands/<area>.py`, each exposing
`register(subparsers)`; this module only assembles them and turns expected
errors (`MMSStudioError`) into a one-line reason and exit status 1. The command
modules are imported explicitly (a broken one fails loudly); each keeps its heavy
imports (torch, transformers, Qt) inside its commands so `mms-studio --help` and
the GUI start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from mms_studio import __version__
from mms_studio.commands import base as base_commands
from mms_studio.commands import cache, demo, devtools, engine, formats, longaudio, project
from mms_studio.commands import lm as lm_commands
from mms_studio.core.errors import MMSStudioError

# What adds subcommands, in the order the commands appear in --help. A new
# command module is one import above and one line here; a missing or broken
# module fails at start-up, never silently drops its commands.
COMMANDS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (
    project.register,
    base_commands.register,
    engine.register,
    longaudio.register,
    formats.register,
    devtools.register,
    demo.register,
    cache.register,
    lm_commands.register,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mms-studio",
        description="Train a speech recogniser for your language from your own recordings. "
                    "Without a subcommand, opens the app (optionally on PROJECT_DIR).")
    parser.add_argument("--version", action="version", version=f"mms-studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("project", nargs="?", help="project folder to open")
    gui.set_defaults(func=_run_gui)
    for register in COMMANDS:
        register(sub)
    return parser


def _subcommand_names(parser: argparse.ArgumentParser) -> set[str]:
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names.update(action.choices)
    return names


def _run_gui(args: argparse.Namespace) -> int:
    from mms_studio.gui.app import run_app

    return run_app(project=args.project)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # `mms-studio` and `mms-studio PROJECT_DIR` open the GUI.
    commands = _subcommand_names(parser)
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except MMSStudioError as exc:
        print(f"mms-studio: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mms-studio: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
