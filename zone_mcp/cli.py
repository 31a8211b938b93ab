"""`zone mcp`: serve ZONE editing to a chat assistant over MCP.

    zone mcp                                   stdio (the chat client starts this command)
    zone mcp --http [--host H] [--port N]      streamable HTTP at http://H:N/mcp, bearer tokens required

Tokens for HTTP come from ZONE_MCP_TOKENS_FILE (`owner token` lines) or ZONE_MCP_TOKEN (the local person).
"""

from __future__ import annotations

import argparse

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `mcp` subcommand to the `zone` parser."""
    parser = sub.add_parser(
        "mcp",
        help="serve the editing tools to a chat assistant (MCP, stdio or --http)",
        description=(
            "Serve ZONE editing over the Model Context Protocol: stdio by default, streamable HTTP with --http."
        ),
    )
    parser.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio (needs a token)")
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to listen on with --http (default {DEFAULT_HOST})"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port with --http (default {DEFAULT_PORT})")
    parser.add_argument("--db", help="database URL (default: ZONE_DB_URL or the user data directory)")
    parser.add_argument("--models", help="tiny, default (hub ids) or a directory (default: ZONE_MODELS)")
    parser.add_argument("--steps", type=int, help="denoising steps of every edit (default 20)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve until the client disconnects (stdio) or the process is stopped (HTTP)."""
    from serving.client import editor_from_env
    from storage import Store  # imported here: `zone --help` and the other commands stay light
    from zone_mcp.auth import OwnerTokens
    from zone_mcp.server import build_server

    tokens = OwnerTokens.from_settings() if args.http else None
    params = {"steps": args.steps} if args.steps else None
    with Store(args.db) as store:
        editor = editor_from_env(args.models)
        if tokens is None:
            build_server(store, editor, params=params).run("stdio")
        else:
            url = f"http://{args.host}:{args.port}"
            server = build_server(store, editor, params=params, tokens=tokens, url=url)
            server.run("streamable-http", host=args.host, port=args.port)
    return 0
