"""Hand the unfinished strings of one language to a translator as JSON, and take them back.

    .venv/bin/python scripts/i18n_fill.py dump fr /tmp/fr.json
    (the translator fills each entry's "translation": a string, or a list of plural forms)
    .venv/bin/python scripts/i18n_fill.py apply fr /tmp/fr.json

Why: lupdate writes new strings into the .ts files as unfinished, and Qt Linguist is a GUI that
a translator working through a batch of several hundred strings (or a script) does not need.
`dump` lists each live unfinished entry with its context, whether it is a plural (numerus)
entry and how many plural forms the language has, and any obsolete translation whose source
was close, as a hint; a source identical to an obsolete one (its class was renamed)
comes pre-filled with that translation. `apply` writes the translations back, marks them finished and runs
lupdate again so the file keeps lupdate's own layout. Entries left empty stay unfinished.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from xml.etree import ElementTree as StdElementTree

from defusedxml import ElementTree
from update_translations import read_ts, run_lupdate, ts_path

# Plural forms Qt uses for each language (pt_BR and fr: one/other; id: one form).
PLURAL_FORMS = {"fr": 2, "es": 2, "pt": 2, "id": 1, "sw": 2}


def dump(language: str, out: Path) -> int:
    path = ts_path(language)
    run_lupdate(path, language=language)
    messages = read_ts(path)
    obsolete = {m.source: m.translations for m in messages if not m.live and any(m.translations)}
    entries = []
    for m in messages:
        if not m.live or m.finished:
            continue
        hint = difflib.get_close_matches(m.source, list(obsolete), n=1, cutoff=0.75)
        # The same English under another context (a class renamed or moved) keeps its
        # translation; the translator still sees it and may change it.
        same = list(obsolete[m.source]) if m.source in obsolete else None
        if same and len(same) != (PLURAL_FORMS[language] if m.numerus else 1):
            same = None
        entries.append({
            "context": m.context, "source": m.source, "numerus": m.numerus,
            "plural_forms": PLURAL_FORMS[language] if m.numerus else 1,
            "hint": {"source": hint[0], "translation": list(obsolete[hint[0]])} if hint else None,
            "translation": (same if m.numerus else same[0]) if same else
                           ("" if not m.numerus else [""] * PLURAL_FORMS[language]),
        })
    out.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{language}: {len(entries)} unfinished strings written to {out}")
    return 0


def apply(language: str, source: Path) -> int:
    entries = json.loads(source.read_text(encoding="utf-8"))
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries}
    path = ts_path(language)
    tree = ElementTree.parse(str(path))
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            text = wanted.get(key)
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = StdElementTree.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                if not all(forms):
                    continue
                translation.text = None
                for form in forms:
                    StdElementTree.SubElement(translation, "numerusform").text = form
            else:
                if isinstance(text, list):
                    text = text[0]
                translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    run_lupdate(path, language=language)
    left = sum(1 for m in read_ts(path) if m.live and not m.finished)
    print(f"{language}: {done} strings filled, {left} still unfinished")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("dump", "apply"))
    parser.add_argument("language", choices=sorted(PLURAL_FORMS))
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    return dump(args.language, args.file) if args.action == "dump" else apply(args.language, args.file)


if __name__ == "__main__":
    sys.exit(main())
