"""`zone chat`: talk to the assistant from a terminal, one turn or interactively.

    zone chat [--session ID] [--image PATH] [--json] [--db URL] [--models tiny|default|DIR] "text"

With text, one turn is sent and the reply printed (with --json as one JSON object); the session id
goes to stderr so the conversation can go on with --session. Without text, lines are read from
stdin until end of input or "exit", each one a turn.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from assistant.agent import Assistant
from assistant.reply import Reply
from storage import Store
from zone_tools import ZoneEditor

EXIT_WORDS = frozenset({"exit", "quit", "bye", ":q"})


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `chat` subcommand to the `zone` parser."""
    parser = sub.add_parser(
        "chat",
        help="chat with the assistant (one turn, or interactive without text)",
        description="Send one turn to the assistant, or chat interactively when no text is given.",
    )
    parser.add_argument("text", nargs="*", help="what to say; leave out for an interactive chat")
    parser.add_argument("--session", help="continue this session (default: start a new one)")
    parser.add_argument("--image", help="upload this photo with the (first) turn")
    parser.add_argument("--json", action="store_true", help="print each reply as a JSON object")
    parser.add_argument("--db", help="database URL (default: ZONE_DB_URL or the user data directory)")
    parser.add_argument("--models", help="tiny, default (hub ids) or a directory (default: ZONE_MODELS)")
    parser.add_argument("--llm", help="chat model as provider:model (default: ZONE_LLM, else the offline router)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run `zone chat`; 0 when every turn was answered without error, else 1."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    store = Store(args.db)
    try:
        assistant = Assistant(store, ZoneEditor.from_env(args.models), llm=args.llm)
        session_id = args.session or assistant.new_session()
        if args.session:
            store.session(session_id)
        else:
            print(f"New session {session_id}", file=sys.stderr)
        text = " ".join(args.text).strip()
        if text or args.image:
            reply = assistant.send(session_id, text, image=args.image)
            _print(reply, session_id, store, args.json, stdout)
            print(f"Continue with: zone chat --session {session_id} \"...\"", file=sys.stderr)
            return 1 if reply.error else 0
        return _interactive(assistant, session_id, store, args.json, stdin, stdout)
    finally:
        store.close()


def _interactive(
    assistant: Assistant, session_id: str, store: Store, as_json: bool, stdin: TextIO, stdout: TextIO
) -> int:
    """Read turns line by line until end of input or an exit word."""
    prompting = stdin.isatty()
    if prompting:
        print(f"Session {session_id}. Type \"exit\" to leave.", file=stdout)
    failed = False
    while True:
        if prompting:
            print("you> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip().lower() in EXIT_WORDS:
            return 1 if failed else 0
        if not line.strip():
            continue
        reply = assistant.send(session_id, line.strip())
        failed = failed or reply.error is not None
        _print(reply, session_id, store, as_json, stdout)


def _print(reply: Reply, session_id: str, store: Store, as_json: bool, stdout: TextIO) -> None:
    """One reply: its text (and the round it is about), or a JSON object."""
    index = None if reply.round_id is None else store.round(reply.round_id).index
    if as_json:
        data: dict[str, Any] = {"session": session_id, **reply.as_dict(), "round": index}
        print(json.dumps(data), file=stdout, flush=True)
        return
    suffix = "" if index is None else f"  [round {index}]"
    print(f"{reply.text}{suffix}", file=stdout, flush=True)
