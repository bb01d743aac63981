"""The `mms-studio` command: the GUI by default, headless subcommands over the same core.

Subcommands live in `mms_studio/commands/<area>.py`, each exposing
`register(subparsers)`; this module only assembles them and turns expected
errors (`MMSStudioError`) into a one-line reason and exit status 1. Imports are
lazy so `mms-studio --help` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mms_studio import __version__
from mms_studio.core.errors import MMSStudioError

# Modules that add subcommands, in the order their commands appear in --help.
COMMAND_MODULES = (
    "mms_studio.commands.project",
    "mms_studio.commands.engine",
    "mms_studio.commands.formats",
    "mms_studio.commands.devtools",
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
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # area not built yet
                continue
            raise
        module.register(sub)
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
