"""The import graph of our packages: no cycles, and dependencies point the way docs/architecture.md says.

Every module of our packages is parsed with `ast` (nothing is imported). An edge A -> B means A
names B in an import: `import B`, `from B import name`, or `from A's package import B` when B is a
submodule; relative imports are resolved. Cycles are looked for among the imports that run when a
module is imported (top level, including `if`/`try` blocks and `if TYPE_CHECKING:` ones: a loop
that only type checkers follow still means two modules cannot be understood one without the
other). Imports inside functions run later and cannot deadlock an import, so they count for the
direction rules but not for cycles.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("zone_tools", "storage", "assistant", "language", "settings", "serving", "app", "zone_mcp", "zone_cli")
SCRIPTS = ("streamlit_app",)
"""Top-level modules of ours that belong to the app layer."""

FORBIDDEN = {
    "settings": set(PACKAGES) | set(SCRIPTS),
    "storage": set(PACKAGES) | set(SCRIPTS),
    "language": set(PACKAGES) | set(SCRIPTS),
    "zone_tools": {"storage", "assistant", "serving", "app", "zone_mcp", "zone_cli", *SCRIPTS},
    "serving": {"storage", "assistant", "app", "zone_mcp", "zone_cli", *SCRIPTS},
    "assistant": {"app", "zone_mcp", "zone_cli", *SCRIPTS},
    "zone_mcp": {"app", "zone_cli", *SCRIPTS},
    "app": {"zone_mcp", "zone_cli"},
}
"""Packages each package must not import (its own name and `settings` are always allowed)."""


@dataclass(frozen=True)
class Import:
    """One import statement's target module, and whether it runs at import time."""

    source: str
    target: str
    at_import_time: bool
    line: int


def module_files() -> dict[str, Path]:
    """Dotted module name -> file, for every module of our packages and scripts present."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    for script in SCRIPTS:
        if (ROOT / f"{script}.py").is_file():
            found[script] = ROOT / f"{script}.py"
    return found


def _resolve(module: str, path: Path, level: int, name: str | None) -> str:
    """The absolute module a (possibly relative) `from ... import` names."""
    if level == 0:
        return name or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _walk(node: ast.AST, at_import_time: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import node under `node`, and whether it runs when the module is imported."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, at_import_time
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _walk(child, False)
        else:
            yield from _walk(child, at_import_time)


def imports(modules: dict[str, Path]) -> list[Import]:
    """The imports of `modules` that name one of them."""
    found = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node, at_import_time in _walk(tree, True):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _resolve(module, path, node.level, node.module)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != module:
                    found.append(Import(module, target, at_import_time, node.lineno))
    return found


def cycles(edges: list[Import]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        graph.setdefault(edge.source, set()).add(edge.target)
        graph.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.fixture(scope="module")
def edges() -> list[Import]:
    return imports(module_files())


def test_the_graph_is_read(edges: list[Import]) -> None:
    """The walker finds known edges, relative and lazy ones included (so the tests below can fail)."""
    found = {(e.source, e.target, e.at_import_time) for e in edges}
    assert ("zone_tools.editor", "zone_tools.config", True) in found
    assert ("zone_tools.editor", "zone_tools.loading", False) in found
    assert ("zone_tools.config", "settings", True) in found


def test_cycle_finder_finds_a_cycle() -> None:
    loop = [Import("a", "b", True, 1), Import("b", "c", True, 1), Import("c", "a", True, 1), Import("c", "d", True, 1)]
    assert cycles(loop) == [frozenset({"a", "b", "c"})]


def test_no_import_cycles(edges: list[Import]) -> None:
    found = [c for c in cycles([e for e in edges if e.at_import_time])]
    assert found == [], f"import cycles: {[sorted(c) for c in found]}"


def violations(edges: list[Import]) -> list[str]:
    """The edges that break `FORBIDDEN`, as "module:line imports module"."""
    wrong = []
    for edge in edges:
        source, target = edge.source.split(".")[0], edge.target.split(".")[0]
        if source != target and target != "settings" and target in FORBIDDEN.get(source, ()):
            wrong.append(f"{edge.source}:{edge.line} imports {edge.target}")
    return wrong


def test_a_wrong_way_import_is_found() -> None:
    edges = [
        Import("zone_tools.editor", "storage.store", False, 7),
        Import("assistant.tools", "zone_tools", True, 3),
        Import("storage.engine", "settings", True, 2),
    ]
    assert violations(edges) == ["zone_tools.editor:7 imports storage.store"]


def test_dependencies_point_one_way(edges: list[Import]) -> None:
    """docs/architecture.md: storage, language and settings import nothing of ours but settings;
    zone_tools no storage, assistant, serving or app; serving no storage or assistant; assistant no
    app; zone_mcp no app; only the `zone` command (zone_cli) composes them all."""
    assert violations(edges) == []
