"""`zone` subcommands of the store: sessions, history, export, import, share, revoke.

`register(subparsers)` adds them to the composing `zone` parser (zone_cli/main.py). Every command
takes `--db URL`, prints its result on stdout, and on a store error prints one sentence on stderr
and returns 2. Stored text (titles, instructions, messages) is printed through `printable`.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

from storage.errors import NotFoundError, StoreError
from storage.records import LOCAL_OWNER, Round
from storage.store import Store
from storage.terminal import printable

Handler = Callable[[Store, argparse.Namespace], int]
MIN_PREFIX = 4


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the store's subcommands; each sets `func(args) -> int`."""
    _command(subparsers, "sessions", "list the sessions, newest first", _sessions)

    history = _command(subparsers, "history", "show a session's round tree and chat", _history)
    history.add_argument("session", help="session id (or a unique prefix of at least 4 characters)")

    export = _command(subparsers, "export", "export a session as a zip bundle (and an HTML page)", _export)
    export.add_argument("session", help="session id (or a unique prefix)")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="bundle to write (.zip)")
    export.add_argument("--html", type=Path, metavar="FILE", help="also write a self-contained HTML page")

    imported = _command(subparsers, "import", "import a bundle as a new session", _import)
    imported.add_argument("file", type=Path, help="bundle (.zip) made by `zone export`")

    share = _command(subparsers, "share", "make a read-only share link for a session", _share)
    share.add_argument("session", help="session id (or a unique prefix)")

    revoke = _command(subparsers, "revoke", "revoke a share link", _revoke)
    revoke.add_argument("link", help="token printed by `zone share`, or the link's number")


def _command(subparsers: argparse._SubParsersAction, name: str, text: str, handler: Handler) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=text, description=text)
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL (default: $ZONE_DB_URL, else zone.db in your data folder)",
    )
    parser.set_defaults(func=partial(_run, handler))
    return parser


def _run(handler: Handler, args: argparse.Namespace) -> int:
    """Open the store, run the command, and turn store errors into one line and exit status 2."""
    try:
        with Store(args.db) as store:
            return handler(store, args)
    except StoreError as error:
        print(f"zone: {error}", file=sys.stderr)
        return 2


def _sessions(store: Store, args: argparse.Namespace) -> int:
    found = store.sessions()
    if not found:
        print("No sessions yet.")
    for info in found:
        title = printable(info.title or "(untitled)")
        print(f"{info.id}  {info.created:%Y-%m-%d %H:%M}  {info.round_count:>4} rounds  {title}")
    return 0


def _history(store: Store, args: argparse.Namespace) -> int:
    session_id = _session_id(store, args.session)
    info = store.session(session_id)
    rounds = store.rounds(session_id)
    print(f"Session {info.id}  {printable(info.title or '(untitled)')}")
    print("Rounds (* = current):")
    for depth, item in _walk(rounds):
        mark = "*" if item.id == info.current_round_id else " "
        print(f"{mark} {'  ' * depth}{_describe(item)}")
    if not rounds:
        print("  (none)")
    numbers = {item.id: item.index for item in rounds}
    messages = store.messages(session_id)
    if messages:
        print("Chat:")
    for message in messages:
        about = f" (round {numbers[message.round_id]})" if message.round_id in numbers else ""
        print(f"  {printable(message.role)}: {printable(message.content)}{about}")
    return 0


def _export(store: Store, args: argparse.Namespace) -> int:
    session_id = _session_id(store, args.session)
    print(store.export_bundle(session_id, args.output))
    if args.html is not None:
        print(store.export_html(session_id, args.html))
    return 0


def _import(store: Store, args: argparse.Namespace) -> int:
    print(store.import_bundle(args.file))
    return 0


def _share(store: Store, args: argparse.Namespace) -> int:
    print(store.share(_session_id(store, args.session)).token)
    return 0


def _revoke(store: Store, args: argparse.Namespace) -> int:
    link = store.revoke(int(args.link) if args.link.isdecimal() else args.link)
    print(f"Revoked {link.reference}.")
    return 0


def _session_id(store: Store, text: str) -> str:
    """A full session id of the local owner, or the one whose id starts with `text` (4+ characters)."""
    try:
        return store.session(text, owner=LOCAL_OWNER).id
    except NotFoundError:
        if len(text) < MIN_PREFIX:
            raise
    matches = [info.id for info in store.sessions() if info.id.startswith(text.lower())]
    if len(matches) > 1:
        raise StoreError(f"{text!r} matches {len(matches)} sessions; give more of the id.")
    if not matches:
        raise NotFoundError(f"There is no session {text!r}.")
    return matches[0]


def _walk(rounds: list[Round]) -> list[tuple[int, Round]]:
    """Rounds in tree order (each followed by its branches) with their depth."""
    children: dict[int | None, list[Round]] = defaultdict(list)
    for item in rounds:
        children[item.parent_id].append(item)
    ordered: list[tuple[int, Round]] = []
    stack = [(0, item) for item in reversed(children[None])]
    while stack:
        depth, item = stack.pop()
        ordered.append((depth, item))
        stack.extend((depth + 1, child) for child in reversed(children[item.id]))
    return ordered


def _describe(item: Round) -> str:
    if item.parent_id is None:
        return f"#{item.index} upload  {item.created:%Y-%m-%d %H:%M}"
    action = f"[{printable(item.action)}] " if item.action else ""
    instruction = printable(item.instruction or "(no instruction)")
    return f"#{item.index} {action}{instruction}  {item.created:%Y-%m-%d %H:%M}"
