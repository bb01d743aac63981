"""The layout rules the linters cannot say, checked by reading the source with `ast`.

import-linter (pyproject.toml) keeps Qt out of core and core below gui; it cannot
say "must import", nor see the imports written inside functions that close an
import cycle. These tests read every module under `mms_studio/`:

* every module under `gui/` imports Qt (PySide6 or pyqtgraph), so product rules
  cannot hide in the GUI package; package faces (`__init__.py`) are exempt;
* no import cycle inside core, counting imports inside functions too (a lazy
  import only hides a cycle from start-up, not from a reader);
* no module over 450 lines unless its docstring says why: a sentence that says
  it is long and gives the reason ("The module is longer than most because ...").
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mms_studio"
MAX_LINES = 450
QT_PACKAGES = ("PySide6", "pyqtgraph")


def _modules(under: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(under.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.Module, module: str, *, is_package: bool) -> Iterator[str]:
    """Absolute names of everything `module` imports at run time (TYPE_CHECKING blocks skipped)."""
    def walk(node: ast.AST) -> Iterator[ast.AST]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                yield from (n for c in child.orelse for n in [c, *walk(c)])
                continue
            yield child
            yield from walk(child)

    package = module if is_package else module.rpartition(".")[0]
    for node in walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # "from pkg import name": the module pkg.name when there is one, else pkg
            # (resolved by the caller, which knows the modules)
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_every_gui_module_imports_qt_or_is_a_package_face() -> None:
    without_qt = []
    for module, path in _modules(PACKAGE / "gui"):
        if path.name == "__init__.py":
            continue
        names = _imports(_parse(path), module, is_package=False)
        if not any(name.split(".")[0] in QT_PACKAGES for name in names):
            without_qt.append(str(path.relative_to(PACKAGE.parent)))
    assert not without_qt, (
        "These modules under gui/ import no Qt, so what they hold belongs in core "
        f"(or they are dead): {without_qt}")


def _core_graph() -> dict[str, set[str]]:
    modules = {name: path for name, path in _modules(PACKAGE / "core")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(_parse(path), name, is_package=path.name == "__init__.py"):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_inside_core() -> None:
    cycles = _cycles(_core_graph())
    assert not cycles, "Import cycles inside core (lazy imports included): " + "; ".join(
        " <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above would pass vacuously if `_cycles` never reported anything."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


_LONG = re.compile(r"\b(long|longer|length|lines)\b", re.IGNORECASE)
_WHY = re.compile(r"\b(because|since|why|so that)\b", re.IGNORECASE)


def _says_why_it_is_long(path: Path) -> bool:
    doc = ast.get_docstring(_parse(path)) or ""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(doc.split()))
    return any(_LONG.search(s) and _WHY.search(s) for s in sentences)


def test_the_long_module_rule_reads_sentences(tmp_path: Path) -> None:
    said = tmp_path / "said.py"
    said.write_text('"""Pages.\n\nThe module is longer than most because the page is one\n'
                    'state machine."""\n')
    silent = tmp_path / "silent.py"
    silent.write_text('"""Too long takes are refused. Because of noise, too."""\n')
    assert _says_why_it_is_long(said)
    assert not _says_why_it_is_long(silent)


def test_long_modules_say_why_in_their_docstring() -> None:
    long_and_silent = []
    for _module, path in _modules(PACKAGE):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and not _says_why_it_is_long(path):
            long_and_silent.append(f"{path.relative_to(PACKAGE.parent)} ({lines} lines)")
    assert not long_and_silent, (
        f"Modules over {MAX_LINES} lines must split or say why in their docstring, in one "
        f"sentence (\"The module is longer than most because ...\"): {long_and_silent}")
