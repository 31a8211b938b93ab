"""The storage package's import graph: no loops, no module importing the package itself (issue 12)."""

from __future__ import annotations

import ast
from pathlib import Path

import storage

PACKAGE = Path(storage.__file__).parent


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(relative.parts[:-1] if relative.name == "__init__" else relative.parts)
        found[name] = path
    return found


def imports(path: Path, known: set[str]) -> set[str]:
    """The storage modules `path` imports, TYPE_CHECKING blocks included; `from storage import x`
    counts as importing the package `storage` (its __init__), as it does at run time."""
    edges = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            edges |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom) and node.module in known and node.level == 0:
            edges.add(node.module)
    return edges


def test_no_import_loops_in_storage() -> None:
    found = modules()
    graph = {name: imports(path, set(found)) - {name} for name, path in found.items()}
    assert all("storage" not in edges for name, edges in graph.items() if name != "storage"), graph
    state: dict[str, int] = {}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        assert state.get(name) != 1, " -> ".join((*trail, name))
        state[name] = 1
        for target in sorted(graph[name]):
            visit(target, (*trail, name))
        state[name] = 2

    for name in sorted(graph):
        visit(name, ())
