"""`zone mcp` options and token configuration: refused in one sentence before anything is served."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from settings import Settings
from zone_cli.main import build_parser, main
from zone_mcp.auth import MIN_TOKEN_CHARS, OwnerTokens, TokenConfigError


def test_mcp_is_a_zone_subcommand() -> None:
    args = build_parser().parse_args(["mcp", "--http", "--port", "9000", "--steps", "4"])
    assert (args.http, args.host, args.port, args.steps) == (True, "127.0.0.1", 9000, 4)


def test_http_without_a_token_exits_with_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ZONE_MCP_TOKEN", raising=False)
    monkeypatch.delenv("ZONE_MCP_TOKENS_FILE", raising=False)
    assert main(["mcp", "--http"]) == 2
    assert capsys.readouterr().err == (
        "zone: The HTTP server needs a token: set ZONE_MCP_TOKEN, or ZONE_MCP_TOKENS_FILE to a file of "
        "'owner token' lines.\n"
    )


def test_tokens_file_and_single_token(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens"
    tokens.write_text("# who  token\nalice aaaaaaaaaaaaaaaaaaaa\n\nbob bbbbbbbbbbbbbbbbbbbb  # laptop\n")
    verifier = OwnerTokens.from_settings(Settings(mcp_tokens_file=tokens, mcp_token="l" * MIN_TOKEN_CHARS))

    async def owners() -> list[str | None]:
        found = [await verifier.verify_token(token) for token in ("a" * 20, "b" * 20, "l" * MIN_TOKEN_CHARS, "c" * 20)]
        return [None if access is None else access.client_id for access in found]

    assert anyio.run(owners) == ["alice", "bob", "local", None]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("alice\n", "Line 1 of"),
        ("alice short\n", f"A token must have at least {MIN_TOKEN_CHARS} characters."),
    ],
)
def test_bad_tokens_file_is_refused(tmp_path: Path, text: str, message: str) -> None:
    tokens = tmp_path / "tokens"
    tokens.write_text(text)
    with pytest.raises(TokenConfigError, match=message):
        OwnerTokens.from_settings(Settings(mcp_tokens_file=tokens, mcp_token=None))
