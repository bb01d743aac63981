"""project.json: the settings a person can read and fix by hand without the app.

The file is small and human-readable on purpose: a project folder must stay
usable when MMS Studio is gone. It is rewritten whole and atomically on every
change, so a crash leaves the old settings or the new ones, never a mix.

A base-model folder inside the project is written relative to it ("./base-model",
`core.base_location`) so the folder can be moved or copied whole; in memory
`settings.base_model` stays a Hub id or an absolute path. Reading never writes:
an old absolute path is rewritten relative only when the settings are saved anyway.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from mms_studio import DEFAULT_BASE_MODEL, __version__
from mms_studio.core.atomic import write_json
from mms_studio.core.base_location import resolved_base, stored_base
from mms_studio.core.diskerrors import require_folder
from mms_studio.core.errors import ProjectError, ProjectNotFoundError, SchemaTooNewError
from mms_studio.core.project import layout
from mms_studio.core.text import TextSettings

SETTINGS_FILE = layout.SETTINGS_FILE
LANGUAGE_CODE = re.compile(r"[a-z]{3}")


def utc_now() -> str:
    """Timestamps are UTC ISO 8601 to the second: sortable, readable, zone-free."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def validate_language(code: str) -> str:
    """MMS adapters are keyed by ISO 639-3 codes; anything else cannot be trained or exported."""
    code = (code or "").strip()
    if not LANGUAGE_CODE.fullmatch(code):
        raise ProjectError(
            f"The language code '{code}' is not valid: use the three lowercase letters of its "
            "ISO 639-3 code (for example 'abz' for Abui or 'yor' for Yoruba).")
    return code


def validate_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ProjectError("The project needs a name.")
    return name


@dataclass(frozen=True)
class ProjectSettings:
    """What project.json holds. `schema_version` tracks the whole folder layout, db included."""

    language: str
    name: str
    base_model: str = DEFAULT_BASE_MODEL
    text: TextSettings = field(default_factory=TextSettings)
    created: str = field(default_factory=utc_now)
    schema_version: int = 0
    app_version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "language": self.language,
            "name": self.name,
            "base_model": self.base_model,
            "text": self.text.to_dict(),
            "created": self.created,
            "app_version": self.app_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProjectSettings:
        try:
            return cls(
                language=validate_language(str(data["language"])),
                name=validate_name(str(data["name"])),
                base_model=str(data.get("base_model") or DEFAULT_BASE_MODEL),
                text=TextSettings.from_dict(data.get("text") or {}),
                created=str(data.get("created") or ""),
                schema_version=int(data.get("schema_version", 0)),
                app_version=str(data.get("app_version", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(
                f"The project settings file {SETTINGS_FILE} is damaged ({exc}); "
                "fix it in a text editor or restore it from a backup.") from exc

    def changed(self, **changes: Any) -> ProjectSettings:
        """A copy with user-editable fields changed and validated."""
        allowed = {"language", "name", "base_model", "text"}
        unknown = set(changes) - allowed
        if unknown:
            raise ProjectError(f"These project settings cannot be changed: {', '.join(sorted(unknown))}.")
        if "language" in changes:
            changes["language"] = validate_language(changes["language"])
        if "name" in changes:
            changes["name"] = validate_name(changes["name"])
        if "base_model" in changes and not str(changes["base_model"]).strip():
            raise ProjectError("The base model cannot be empty.")
        if "text" in changes and not isinstance(changes["text"], TextSettings):
            changes["text"] = TextSettings.from_dict(changes["text"])
        return replace(self, **changes)


def load_settings(root: Path, *, max_schema: int) -> ProjectSettings:
    path = root / SETTINGS_FILE
    if not path.is_file():
        raise ProjectNotFoundError(
            f"{root} is not an MMS Studio project (it has no {SETTINGS_FILE}).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError, or a 5,000-digit number
        raise ProjectError(
            f"The project settings file {path} is damaged ({exc}); "
            "fix it in a text editor or restore it from a backup.") from exc
    if not isinstance(data, dict):
        raise ProjectError(f"The project settings file {path} is damaged (not a JSON object).")
    version = data.get("schema_version", 0)
    if isinstance(version, int) and version > max_schema:
        raise SchemaTooNewError(
            f"This project was saved by a newer MMS Studio (format {version}, this one reads up "
            f"to {max_schema}); update MMS Studio to open it.")
    settings = ProjectSettings.from_dict(data)
    return replace(settings, base_model=resolved_base(settings.base_model, root))


def save_settings(root: Path, settings: ProjectSettings) -> None:
    require_folder(root)    # a vanished project is never recreated with only its settings
    data = settings.to_dict()
    data["base_model"] = stored_base(settings.base_model, root)
    write_json(root / SETTINGS_FILE, data)
