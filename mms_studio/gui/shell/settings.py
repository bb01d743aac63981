"""Application settings in QSettings, with an explicit, versioned migration.

Settings outlive app versions: each change to a key's meaning bumps
`SETTINGS_VERSION` and adds a step to `migrate()`, so an old settings file is
upgraded once instead of being misread. Tests isolate settings by giving the
application another organisation name and an INI file in a temporary folder
(`use_settings_path`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "MMS Studio"
APPLICATION = "MMS Studio"
SETTINGS_VERSION = 2
MAX_RECENT = 8

# MMS_STUDIO_SETTINGS=path.ini keeps settings in that file (portable installs, smoke tests).
_settings_path: Path | None = (Path(os.environ["MMS_STUDIO_SETTINGS"])
                               if os.environ.get("MMS_STUDIO_SETTINGS") else None)


def use_settings_path(path: str | Path | None) -> None:
    """Keep settings in an INI file at `path` (tests, portable installs); None = platform default."""
    global _settings_path
    _settings_path = Path(path) if path is not None else None


def app_settings() -> QSettings:
    """The settings store, migrated to the current version."""
    if _settings_path is not None:
        settings = QSettings(str(_settings_path), QSettings.Format.IniFormat)
    else:
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             ORGANIZATION, APPLICATION)
    migrate(settings)
    return settings


def migrate(settings: QSettings) -> None:
    """Upgrade settings written by an older MMS Studio, one version step at a time."""
    version = int(settings.value("settings_version", 0) or 0)
    if version < 1:
        # Version 0 (pre-release builds) kept one comma-joined string of recent projects.
        old = settings.value("recent")
        if isinstance(old, str) and old:
            settings.setValue("recent_projects", [p for p in old.split(",") if p])
        settings.remove("recent")
    if version < 2:
        # Version 1 stored the theme as a bool "dark"; now "system" | "light" | "dark".
        dark = settings.value("dark")
        if dark is not None:
            settings.setValue("theme", "dark" if str(dark).lower() in ("true", "1") else "light")
            settings.remove("dark")
    if version != SETTINGS_VERSION:
        settings.setValue("settings_version", SETTINGS_VERSION)
        settings.sync()


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def recent_projects() -> list[str]:
    """Recently opened project folders, newest first, only those that still exist."""
    return [p for p in _as_list(app_settings().value("recent_projects")) if Path(p).is_dir()]


def add_recent_project(path: str | Path) -> None:
    settings = app_settings()
    path = str(Path(path).resolve())
    items = [p for p in _as_list(settings.value("recent_projects")) if p != path]
    settings.setValue("recent_projects", [path, *items][:MAX_RECENT])
    settings.sync()


def theme_choice() -> str:
    value = str(app_settings().value("theme", "system"))
    return value if value in ("system", "light", "dark") else "system"


def set_theme_choice(choice: str) -> None:
    settings = app_settings()
    settings.setValue("theme", choice)
    settings.sync()


def last_system_dark() -> bool | None:
    """Whether the system's colour scheme was dark when last seen; None if never seen.

    Start-up paints its first frame with it (asking Qt costs ~15 ms before the frame)
    and checks the real scheme right after (`gui/app.py`).
    """
    value = app_settings().value("system_was_dark")
    if value is None:
        return None
    return str(value).lower() in ("true", "1")


def remember_system_dark(dark: bool) -> None:
    settings = app_settings()
    if settings.value("system_was_dark") is None or last_system_dark() != dark:
        settings.setValue("system_was_dark", dark)
        settings.sync()
