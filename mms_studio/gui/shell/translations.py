"""Interface translations: the compiled `.qm` files beside the package, for the user's language.

Translators edit `resources/i18n/*.ts`; `make translations` compiles them into
`mms_studio/resources/i18n/*.qm`. A file whose name ends in `_<language>`
(`mms_studio_fr.qm`, `mms_studio_pt_BR.qm`) or is just `<language>.qm`
serves that language. The language is the `ui_language` setting, else
`MMS_STUDIO_LANGUAGE`, else the system's; Qt's own strings (standard buttons)
are translated too when Qt ships them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mms_studio.gui.shell.settings import app_settings

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def wanted_languages() -> list[str]:
    """Language names to try, most specific first (e.g. ["pt_BR", "pt"])."""
    chosen = str(app_settings().value("ui_language", "") or os.environ.get(
        "MMS_STUDIO_LANGUAGE", ""))
    names = [chosen] if chosen else [n.replace("-", "_") for n in QLocale.system().uiLanguages()]
    result: list[str] = []
    for name in names:
        for candidate in (name, name.split("_")[0]):
            if candidate and candidate not in result:
                result.append(candidate)
    return result


def find_catalogue(language: str, folder: Path | None = None) -> Path | None:
    folder = I18N_DIR if folder is None else folder
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.qm")):
        if path.stem == language or path.stem.endswith(f"_{language}"):
            return path
    return None


def install_translations(app: QApplication) -> str | None:
    """Load the best catalogue for the user's language; return the language used (or None)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for language in wanted_languages():
        if language.startswith("en"):
            return None                          # the source strings are English
        path = find_catalogue(language)
        if path is None:
            continue
        ours = QTranslator(app)
        if not ours.load(str(path)):
            log.warning("could not load the translation %s", path)
            continue
        app.installTranslator(ours)
        _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        log.info("interface language %s (%s)", language, path.name)
        return language
    return None
