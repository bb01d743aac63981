"""The orthography report as the Dataset page shows it: in the interface language, clips by name.

Core's `OrthographyReport` holds the findings (units, counts, example clip
ids); its `to_text()` is the English report of the CLI. The app says the same
findings with translated headings, numbers in the locale's format, and each
example clip named as people know it ("clip 12 “Hekaai…”", `gui.clip_names`)
instead of by its 32-digit id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from mms_studio.core.text.graphemes import describe
from mms_studio.core.text.orthography import RARE_COUNT

LIMIT = 20   # clips listed per section before "… and N more"


def report_text(report: Any, *, name: Callable[[str], str]) -> str:
    """The report as text; `name(clip_id)` says how a clip is shown."""
    number = QLocale().toString
    lines = [QCoreApplication.translate("OrthographyReport", "Orthography report: {clips} transcripts, {units} different units, "
                 "{problems} things to check.").format(
        clips=number(report.clips), units=number(len(report.inventory)),
        problems=number(report.problem_count)), ""]

    def examples(ids: Iterable[str]) -> str:
        return ", ".join(name(i) for i in ids)

    def row(entry: Any) -> str:
        return "  " + QCoreApplication.translate("OrthographyReport", "{unit}\t×{count}\t{description}\te.g. {examples}").format(
            unit=entry.unit, count=number(entry.count), description=describe(entry.unit),
            examples=examples(entry.examples))

    def clips(ids: tuple[str, ...]) -> list[str]:
        shown = [f"  {name(i)}" for i in ids[:LIMIT]]
        if len(ids) > LIMIT:
            shown.append("  " + QCoreApplication.translate("OrthographyReport", "… and {n} more").format(n=number(len(ids) - LIMIT)))
        return shown

    def section(title: str, why: str, rows: list[str]) -> None:
        if rows:
            lines.extend([title, f"  {why}", *rows, ""])

    section(QCoreApplication.translate("OrthographyReport", "Units (most frequent first)"), QCoreApplication.translate("OrthographyReport", "These become the recogniser's vocabulary."),
            [row(e) for e in report.inventory])
    section(QCoreApplication.translate("OrthographyReport", "Rare units"),
            QCoreApplication.translate("OrthographyReport", "Used {n} times or fewer: often a typing mistake.").format(n=RARE_COUNT),
            [row(e) for e in report.rare])
    section(QCoreApplication.translate("OrthographyReport", "Loose combining marks"),
            QCoreApplication.translate("OrthographyReport", "A mark with no letter before it: check the spacing."),
            [row(e) for e in report.loose_marks])
    if report.unknown is not None:
        section(QCoreApplication.translate("OrthographyReport", "Not in the vocabulary"),
                QCoreApplication.translate("OrthographyReport", "The recogniser cannot write these (they become [UNK])."),
                [row(e) for e in report.unknown])
    section(QCoreApplication.translate("OrthographyReport", "Removed by text cleaning"),
            QCoreApplication.translate("OrthographyReport", "Punctuation and symbols the recogniser will not learn."),
            [row(e) for e in report.removed])
    section(QCoreApplication.translate("OrthographyReport", "Look-alike characters"),
            QCoreApplication.translate("OrthographyReport", "Different characters that look the same: pick one."),
            [f"  {group.label}: " + ", ".join(
                QCoreApplication.translate("OrthographyReport", "“{unit}” {description} ×{count} (e.g. {examples})").format(
                    unit=c.unit, description=describe(c.unit), count=number(c.count),
                    examples=examples(c.examples)) for c in group.chars)
             for group in report.lookalikes])
    section(QCoreApplication.translate("OrthographyReport", "Digits"),
            QCoreApplication.translate("OrthographyReport", "Speech has no digits: write numbers as words, the way they are said."),
            [row(e) for e in report.digits])
    section(QCoreApplication.translate("OrthographyReport", "Words mixing scripts"), QCoreApplication.translate("OrthographyReport", "Usually a letter typed with the wrong keyboard."),
            ["  " + QCoreApplication.translate("OrthographyReport", "“{word}” in {clip}: {scripts}").format(
                word=w.word, clip=name(w.clip_id), scripts=" + ".join(w.scripts))
             for w in report.mixed_script_words])
    section(QCoreApplication.translate("OrthographyReport", "Not in composed (NFC) form"),
            QCoreApplication.translate("OrthographyReport", "Cleaned automatically; the original text uses decomposed letters."),
            clips(report.not_nfc))
    section(QCoreApplication.translate("OrthographyReport", "Empty after cleaning"),
            QCoreApplication.translate("OrthographyReport", "These transcripts have no letters left: fix or exclude them."),
            clips(report.empty))
    return "\n".join(lines).rstrip() + "\n"
