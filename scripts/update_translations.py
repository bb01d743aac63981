"""Refresh the translators' files from the GUI sources, then say how far each language is.

    .venv/bin/python scripts/update_translations.py [--no-obsolete] [LANG ...]

Runs Qt's `lupdate` over every `mms_studio/gui/**/*.py` into
`resources/i18n/mms_studio_<lang>.ts`. lupdate keeps every existing translation, adds new
strings as unfinished and marks strings that left the code as obsolete (kept, so a string
that comes back gets its old translation); `--no-obsolete` drops those instead.

lupdate reads Python itself: `self.tr("...")` takes the enclosing class name as context
(PySide6 looks the text up under every class of the object's MRO at run time, so a method
inherited from a base class still finds its text), and `QCoreApplication.translate("Ctx",
"...")` / `QT_TRANSLATE_NOOP("Ctx", "...")` take the given context. A call through a wrapper
(`_tr(text)`) or with a non-literal text is invisible to it.

Locations are written relative (`-locations relative`) so the GUI engineer's line moves do
not rewrite every entry of every language. The .ts files are parsed with defusedxml (no
entity expansion). The test suite imports `run_lupdate` and `read_ts` from here.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
GUI_DIR = ROOT / "mms_studio" / "gui"
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "es", "pt", "id", "sw")
# Qt names the language of a .ts by its file name; Portuguese here is Brazilian Portuguese.
TARGET_LANGUAGE = {"pt": "pt_BR"}


@dataclass(frozen=True)
class TsMessage:
    """One entry of a .ts file, as the test and the report need it."""

    context: str
    source: str
    translations: tuple[str, ...]   # one, or one per plural form for numerus entries
    kind: str                       # "" (finished), "unfinished", "obsolete" or "vanished"
    numerus: bool = False

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(self.translations)

    @property
    def live(self) -> bool:
        """Still used by the code (not obsolete/vanished)."""
        return self.kind not in ("obsolete", "vanished")


def ts_path(language: str) -> Path:
    return TS_DIR / f"mms_studio_{language}.ts"


def gui_sources(gui_dir: Path = GUI_DIR) -> list[Path]:
    return sorted(p for p in gui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def find_tool(name: str) -> str:
    """A Qt tool from the venv that runs this script, else from PATH."""
    for candidate in (Path(sys.executable).parent / name, ROOT / ".venv" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; run `make setup` first")
    return found


def run_lupdate(ts_file: Path, *, language: str, sources: list[Path] | None = None,
                no_obsolete: bool = False) -> None:
    """Merge the strings of the GUI sources into `ts_file` (created if missing)."""
    command = [find_tool("pyside6-lupdate"), "-silent", "-locations", "relative",
               "-source-language", "en", "-target-language",
               TARGET_LANGUAGE.get(language, language)]
    if no_obsolete:
        command.append("-no-obsolete")
    command += [str(p) for p in (sources if sources is not None else gui_sources())]
    command += ["-ts", str(ts_file)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def read_ts(ts_file: Path) -> list[TsMessage]:
    root = ElementTree.parse(str(ts_file)).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = translation.findall("numerusform") if translation is not None else []
            texts = (tuple(f.text or "" for f in forms) if forms
                     else ((translation.text or "") if translation is not None else "",))
            messages.append(TsMessage(context=name, source=message.findtext("source") or "",
                                      translations=texts, kind=kind,
                                      numerus=message.get("numerus") == "yes"))
    return messages


def summary(messages: list[TsMessage]) -> dict[str, int]:
    live = [m for m in messages if m.live]
    return {"total": len(live), "translated": sum(m.finished for m in live),
            "unfinished": sum(not m.finished for m in live),
            "obsolete": len(messages) - len(live)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop strings the code no longer uses instead of keeping them")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    print(f"{'language':<10}{'total':>7}{'translated':>12}{'unfinished':>12}{'obsolete':>10}")
    for language in args.languages:
        path = ts_path(language)
        run_lupdate(path, language=language, no_obsolete=args.no_obsolete)
        counts = summary(read_ts(path))
        print(f"{language:<10}{counts['total']:>7}{counts['translated']:>12}"
              f"{counts['unfinished']:>12}{counts['obsolete']:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
