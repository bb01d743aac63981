"""The `mms-studio` command: the GUI by default, headless subcommands over the same core.

Subcommands live in `mms_studio/commands/<area>.py`, each exposing
`register(subparsers)`; this module only assembles them and turns expected
errors (`MMSStudioError`) into a one-line reason and exit status 1. The command
modules are imported explicitly (a broken one fails loudly); each keeps its heavy
imports (torch, transformers, Qt) inside its commands so `mms-studio --help` and
the GUI start fast. Opening the app (`mms-studio`, `mms-studio gui [DIR]`,
`mms-studio path/to/DIR`) does not even build the parser: the command modules
cost ~40 ms before the window could start (`bench/startup.py`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from mms_studio import __version__
from mms_studio.core.errors import MMSStudioError


def _commands() -> tuple[Callable[[argparse._SubParsersAction], None], ...]:
    """What adds subcommands, in the order the commands appear in --help.

    A new command module is one import here and one line below; a missing or
    broken module fails whenever the parser is built, never silently drops its
    commands.
    """
    from mms_studio.commands import base as base_commands
    from mms_studio.commands import cache, demo, devtools, engine, formats, longaudio, project
    from mms_studio.commands import lm as lm_commands

    return (
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
    for register in _commands():
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


def _opens_the_app(argv: list[str]) -> bool:
    """`mms-studio`, `mms-studio gui [DIR]`, or a folder with a separator in its name (no
    command has one): the app, without building the parser."""
    rest = argv[1:] if argv[:1] == ["gui"] else argv
    if not rest:
        return True
    path = rest[0]
    if len(rest) > 1 or path.startswith("-"):
        return False
    return rest is not argv or os.sep in path or "/" in path or path in (".", "..")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _opens_the_app(argv):
        rest = argv[1:] if argv[:1] == ["gui"] else argv
        args = argparse.Namespace(project=rest[0] if rest else None, func=_run_gui)
    else:
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
