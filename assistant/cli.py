"""The `zone` command: each package registers its own subcommands; this module only composes them.

`zone_tools.cli` adds edit / models / train-action, `storage.cli` adds sessions / history / export /
import / share / revoke, the assistant adds chat, and `zone_mcp.cli` adds mcp.
"""

from __future__ import annotations

import argparse
import sys

from assistant import chat_cli
from storage import StoreError
from storage import cli as storage_cli
from zone_mcp import cli as mcp_cli
from zone_tools import cli as zone_cli
from zone_tools.errors import ZoneError


def build_parser() -> argparse.ArgumentParser:
    """The full `zone` parser; each subcommand sets `func(args) -> int`."""
    parser = argparse.ArgumentParser(prog="zone", description="Chat with your photo: local edits by ZONE.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    zone_cli.register(sub)
    storage_cli.register(sub)
    chat_cli.register(sub)
    mcp_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `zone` command; user errors print one sentence and exit 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (ZoneError, StoreError, ValueError, FileNotFoundError) as error:
        print(f"zone: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
