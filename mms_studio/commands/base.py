"""`mms-studio base PROJECT [--set ID_OR_FOLDER]`: the project's base model, and choosing it.

The same core functions as the app's Base model dialog (`core.workflows.base_choice`):
the base's family, licence (what it allows for the adapters trained on it), size,
languages and speed, and `choose_base`, which refuses a base the project's trained
adapters would not load on.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    base = subparsers.add_parser(
        "base", help="show the project's base model (family, licence, size) or choose another")
    base.add_argument("project", metavar="DIR", help="project folder")
    base.add_argument("--set", dest="choice", metavar="ID_OR_FOLDER",
                      help="make this the project's base: a listed Hub id or a model folder")
    base.add_argument("--json", action="store_true", help="print machine-readable JSON")
    base.set_defaults(func=run_base)


def _size(option: Any) -> str:
    if option.download_gb:
        return f"{option.download_gb:.1f} GB to download"
    if option.disk_gb:
        return f"{option.disk_gb:.2f} GB on this computer"
    return "unknown"


def _licence(option: Any) -> str:
    allowed = ("commercial use allowed" if option.commercial_use
               else "non-commercial use only, adapters trained on it too")
    return f"{option.license} ({allowed})"


def _as_dict(option: Any) -> dict[str, Any]:
    return {"model_id": option.model_id, "title": option.title, "family": option.family,
            "license": option.license, "license_notice": option.license_notice,
            "commercial_use": option.commercial_use, "download_gb": option.download_gb,
            "disk_gb": option.disk_gb, "languages": str(option.languages),
            "speed_note": str(option.speed_note), "current": option.current,
            "local": option.local}


def _describe(option: Any) -> list[str]:
    return [f"{option.title}", f"  id:        {option.model_id}",
            f"  family:    {option.family}", f"  licence:   {_licence(option)}",
            f"  size:      {_size(option)}", f"  languages: {option.languages}",
            f"  speed:     {option.speed_note}"]


def run_base(args: argparse.Namespace) -> int:
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.base_choice import base_choices, choose_base

    if args.choice is not None:
        with Project.open(args.project) as project:
            chosen = choose_base(project, args.choice)
            options = base_choices(project)
    else:
        with Project.open_read_only(args.project) as project:
            options = base_choices(project)
            chosen = None
    current = next(o for o in options if o.current)
    if args.json:
        print(json.dumps({"current": _as_dict(current),
                          "choices": [_as_dict(o) for o in options]},
                         ensure_ascii=False, indent=2))
        return 0
    if chosen is not None:
        print(f"The project now trains on {chosen.title}.")
    print("Base model of this project:")
    print("\n".join("  " + line for line in _describe(current)))
    print(f"  {current.license_notice}")
    others = [o for o in options if not o.current]
    if others:
        print("Other bases (mms-studio base DIR --set ID_OR_FOLDER):")
        for option in others:
            print(f"  {option.model_id}: {option.title}; {_licence(option)}; {_size(option)}")
    return 0
