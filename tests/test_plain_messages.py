"""No exception class names in anything a person reads.

Walks the source: every message given to an `MMSStudioError` (or a subclass,
found by following class bases), every text the GUI translates (`tr`,
`translate`, `QT_TRANSLATE_NOOP`) and every message box text, and fails on a
word that looks like a class name ("LocalEntryNotFoundError", "ValueError")
or on a message built from `type(exc).__name__` / `{exc!r}`. The cause of a
failure belongs in the log (`raise ... from exc`), not in the sentence.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mms_studio"
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:Error|Exception|Warning|Interrupt)\b")
EXCEPTION_VARS = {"exc", "e", "err", "error", "exception", "cause"}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
MESSAGE_BOXES = {"tell", "ask", "critical", "warning", "information", "question"}


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(PACKAGE.rglob("*.py"))}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of MMSStudioError and every class deriving from it, anywhere in the package."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else b.attr
                    for b in node.bases if isinstance(b, ast.Name | ast.Attribute))
    found = {"MMSStudioError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""


def _problems(node: ast.AST) -> list[str]:
    """What in one message expression a person should not read."""
    found = []
    for part in ast.walk(node):
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            found += CLASS_NAME.findall(part.value)
        elif isinstance(part, ast.Attribute) and part.attr in ("__name__", "__qualname__",
                                                               "__class__"):
            found.append(f"…{part.attr}")
        elif isinstance(part, ast.FormattedValue) and part.conversion == ord("r") \
                and isinstance(part.value, ast.Name) and part.value.id in EXCEPTION_VARS:
            found.append(f"{{{part.value.id}!r}}")
    return found


def _messages(trees: dict[Path, ast.Module]) -> list[tuple[str, ast.AST]]:
    errors = _error_classes(trees)
    out = []
    for path, tree in trees.items():
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name in errors or name in TRANSLATORS:
                out += [(f"{where}:{node.lineno} {name}", arg) for arg in node.args]
            elif name in MESSAGE_BOXES:
                out += [(f"{where}:{node.lineno} {name}", arg) for arg in node.args[1:]]
    return out


def test_the_walk_finds_the_messages() -> None:
    trees = _trees()
    errors = _error_classes(trees)
    assert {"MMSStudioError", "ProjectError", "ProjectLockedError", "OfflineError",
            "Cancelled"} <= errors
    assert len(_messages(trees)) > 300


def test_no_message_names_an_exception_class() -> None:
    bad = [f"{where}: {', '.join(found)}" for where, node in _messages(_trees())
           if (found := _problems(node))]
    assert not bad, "messages people read name exception classes:\n" + "\n".join(bad)


def test_the_check_catches_what_it_is_for() -> None:
    caught = ast.parse('OfflineError(f"could not be downloaded ({type(exc).__name__})")')
    assert _problems(caught) == ["…__name__"]
    assert _problems(ast.parse('tr("failed: LocalEntryNotFoundError")')) == [
        "LocalEntryNotFoundError"]
    assert _problems(ast.parse('tr("Export as TextGrid or WebVTT")')) == []
