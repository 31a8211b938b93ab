"""`zone chat`: talk to the assistant from a terminal, one turn or interactively.

    zone chat [--session ID] [--image PATH] [--json] [--db URL] [--models tiny|default|DIR] "text"

With text, one turn is sent and the reply printed (with --json as one JSON object); the session id
goes to stderr so the conversation can go on with --session. Without text, lines are read from
stdin until end of input or "exit", each one a turn.

The text and the image of the first turn are checked before anything is stored: text that cannot
be read or shows nothing, or an image that cannot be used, is one sentence and exit status 2, with
no session made and no round or message stored. Replies are printed through `printable`; while a
turn edits, a progress bar on stderr shows the stage and the time left (`zone_tools.progress_bar`).
The CLI acts as the local owner (`storage.LOCAL_OWNER`): it opens and makes only that owner's sessions.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any, TextIO

from assistant.agent import Assistant
from assistant.reply import Reply
from assistant.text import BadTurnError, clean_turn
from serving.client import editor_from_env
from storage import LOCAL_OWNER, Store
from storage.terminal import printable
from zone_tools.imageio import load_image
from zone_tools.progress_bar import ProgressBar

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
    text = clean_turn(" ".join(args.text))
    if args.text and not text and not args.image:
        raise BadTurnError("The message is empty: say what to change, e.g. 'make the cup blue'.")
    image = None if args.image is None else load_image(args.image)
    store = Store(args.db)
    try:
        assistant = Assistant(store, editor_from_env(args.models), llm=args.llm)
        if args.session:
            session_id = store.session(args.session, owner=LOCAL_OWNER).id
        else:
            session_id = store.create_session(owner=LOCAL_OWNER)
            print(f"New session {session_id}", file=sys.stderr)
        if text or image is not None:
            with ProgressBar(leave=False) as progress:
                reply = assistant.send(session_id, text, image=image, on_progress=progress)
            _print(reply, session_id, store, args.json, stdout)
            print(f'Continue with: zone chat --session {session_id} "..."', file=sys.stderr)
            return 1 if reply.error else 0
        return _interactive(assistant, session_id, store, args.json, stdin, stdout)
    finally:
        store.close()


def _interactive(
    assistant: Assistant, session_id: str, store: Store, as_json: bool, stdin: TextIO, stdout: TextIO
) -> int:
    """Read turns line by line until end of input or an exit word; a line that cannot be read is answered."""
    if isinstance(stdin, io.TextIOWrapper):
        stdin.reconfigure(errors="surrogateescape")
    prompting = stdin.isatty()
    if prompting:
        print(f'Session {session_id}. Type "exit" to leave.', file=stdout)
    failed = False
    while True:
        if prompting:
            print("you> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip().lower() in EXIT_WORDS:
            return 1 if failed else 0
        reply = _answer(assistant, session_id, line)
        if reply is None:
            continue
        failed = failed or reply.error is not None
        _print(reply, session_id, store, as_json, stdout)


def _answer(assistant: Assistant, session_id: str, line: str) -> Reply | None:
    """The reply to one typed line (its own sentence when it cannot be read); None when it shows nothing."""
    try:
        text = clean_turn(line)
    except BadTurnError as error:
        return Reply(text=str(error), error=str(error))
    if not text:
        return None
    with ProgressBar(leave=False) as progress:
        return assistant.send(session_id, text, on_progress=progress)


def _print(reply: Reply, session_id: str, store: Store, as_json: bool, stdout: TextIO) -> None:
    """One reply: its text (and the round it is about), or a JSON object."""
    index = None if reply.round_id is None else store.round(reply.round_id).index
    if as_json:
        data: dict[str, Any] = {"session": session_id, **reply.as_dict(), "round": index}
        print(json.dumps(data), file=stdout, flush=True)
        return
    suffix = "" if index is None else f"  [round {index}]"
    print(f"{printable(reply.text, lines=True)}{suffix}", file=stdout, flush=True)
    if reply.share_link is not None:
        link = reply.share_link
        ends = f"`zone revoke {link.id}` ends it"
        print(f"{link.reference}: {link.token}  (open it with ?share=TOKEN; {ends})", file=stdout)
