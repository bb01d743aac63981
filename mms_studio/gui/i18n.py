"""The interface language: which one to show, and the Qt translators that show it.

Many of our users read French, Spanish, Portuguese, Indonesian or Swahili better than
English, so the interface follows their system language unless they pick one in the settings.
Translators edit `resources/i18n/mms_studio_<code>.ts` (see GLOSSARY.md there); `make
translations` compiles them to `mms_studio/resources/i18n/mms_studio_<code>.qm`, where this
module loads them from.

Two catalogues are installed for a language: ours, and Qt's own `qtbase_<code>.qm` from
`QLibraryInfo.path(TranslationsPath)`, which translates the standard buttons of message boxes
and dialogs (Yes/No/Cancel/Save...). Qt ships qtbase for French, Spanish and Brazilian
Portuguese (`qtbase_pt_BR`, found for "pt" through `QLocale("pt")`), but not for Indonesian or
Swahili: there our strings are translated and Qt's standard buttons stay in English.

The choice is kept in the app settings under `ui_language` (the key the shell already reads):
"system" (or empty) follows the system language, then the `MMS_STUDIO_LANGUAGE` environment
variable can force one (screenshots, tests); "en" is English; any other value is a code of
`available_languages()`. Widgets translate their texts when they are built, so a new choice
shows in full at the next start of MMS Studio.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mms_studio.gui.shell.settings import app_settings

I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"
SETTING_KEY = "ui_language"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
# Names as their speakers write them, for the settings combo (not translated on purpose).
NATIVE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português (Brasil)",
    "id": "Bahasa Indonesia",
    "sw": "Kiswahili",
}

log = logging.getLogger(__name__)

# Qt does not own installed translators: keep them referenced here so they are not
# garbage-collected while installed, and so they can be removed again.
_installed: list[QTranslator] = []
_shown = [SOURCE_LANGUAGE]    # what install_translations last installed
_locale_before: list[QLocale] = []   # the default locale before a chosen language replaced it


def catalogue_path(code: str, *, folder: Path = I18N_DIR) -> Path:
    return folder / f"mms_studio_{code}.qm"


def available_languages(*, folder: Path = I18N_DIR) -> list[tuple[str, str]]:
    """(code, native name) of English and of every language with a compiled catalogue.

    For a settings combo: prepend your own ("system", tr("Follow the system")) entry.
    """
    found = [(code, name) for code, name in NATIVE_NAMES.items()
             if code != SOURCE_LANGUAGE and catalogue_path(code, folder=folder).exists()]
    return [(SOURCE_LANGUAGE, NATIVE_NAMES[SOURCE_LANGUAGE]), *found]


def saved_language() -> str:
    """The user's choice from the settings: "system", "en", "fr"..."""
    return str(app_settings().value(SETTING_KEY, SYSTEM) or SYSTEM)


def save_language(code: str) -> None:
    app_settings().setValue(SETTING_KEY, code)


def _system_candidates() -> list[str]:
    forced = os.environ.get("MMS_STUDIO_LANGUAGE", "")
    tags = [forced] if forced else QLocale.system().uiLanguages()
    candidates: list[str] = []
    for tag in tags:
        name = QLocale(tag.replace("-", "_")).name()          # "fr-Latn-FR" -> "fr_FR"
        for code in (name, name.split("_")[0]):
            if code and code not in candidates:
                candidates.append(code)
    return candidates


def shown_language() -> str:
    """The code of the interface language now installed ("en" for the source texts)."""
    return _shown[0]


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators this module installed (back to the English source texts)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _shown[0] = SOURCE_LANGUAGE
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())


def install_translations(app: QCoreApplication, *, language: str | None = None,
                         folder: Path = I18N_DIR) -> str:
    """Install our catalogue and Qt's for the wanted language; return the code now shown.

    language: a code ("fr"), "system", or None to use the saved setting. With "system" the
        first of the system's UI languages that we have a catalogue for wins; English when
        none matches, when English comes first, or when a catalogue cannot be loaded.
    folder: where the compiled `.qm` files are (tests compile into a temporary folder).
    Translators installed by an earlier call are removed first, so calling it again switches.
    """
    remove_translations(app)
    _shown[0] = SOURCE_LANGUAGE
    choice = saved_language() if language is None else (language or SYSTEM)
    candidates = _system_candidates() if choice == SYSTEM else [choice]
    for code in candidates:
        if code == SOURCE_LANGUAGE or code.startswith(SOURCE_LANGUAGE + "_"):
            return SOURCE_LANGUAGE
        path = catalogue_path(code, folder=folder)
        if not path.exists():
            continue
        ours = QTranslator(app)
        if not ours.load(str(path)):
            log.warning("could not load the interface translation %s", path)
            continue
        app.installTranslator(ours)
        _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(QLocale(code), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.info("Qt has no translation of its own buttons for %s", code)
        log.info("interface language %s (%s)", code, path.name)
        _shown[0] = code
        if choice != SYSTEM:    # a chosen language: numbers written its way too ("2,3 min")
            _locale_before.append(QLocale())
            QLocale.setDefault(QLocale(code))
        return code
    return SOURCE_LANGUAGE
