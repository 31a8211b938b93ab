"""The `zone` command: each package registers its own subcommands; this module only composes them.

`zone_tools.cli` adds edit / models / train-action, `storage.cli` adds sessions / history / export /
import / share / revoke, the assistant adds chat, `serving.cli` adds serve and `zone_mcp.cli` adds mcp.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from assistant import chat_cli
from serving import cli as serving_cli
from serving.client import editor_from_env
from storage import StoreError
from storage import cli as storage_cli
from storage.terminal import printable
from zone_mcp import cli as mcp_cli
from zone_tools import cli as zone_cli
from zone_tools.errors import ZoneError

EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE
"""The status of a command whose reader went away (`zone history ID | head -3`), as if SIGPIPE ended it."""


def build_parser() -> argparse.ArgumentParser:
    """The full `zone` parser; each subcommand sets `func(args) -> int`."""
    parser = argparse.ArgumentParser(prog="zone", description="Chat with your photo: local edits by ZONE.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    zone_cli.register(sub, editor_from_env)
    storage_cli.register(sub)
    chat_cli.register(sub)
    serving_cli.register(sub)
    mcp_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `zone` command; user errors print one sentence and exit 2.

    A closed output pipe ends the command quietly with EXIT_BROKEN_PIPE, without a traceback.
    """
    args = build_parser().parse_args(argv)
    try:
        status = int(args.func(args) or 0)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    except (ZoneError, StoreError, ValueError, FileNotFoundError) as error:
        print(f"zone: {printable(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _discard_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit has nowhere to fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
