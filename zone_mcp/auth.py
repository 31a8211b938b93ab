"""Bearer tokens of the HTTP transport: who is calling, as the owner of the sessions they see.

Tokens come from `ZONE_MCP_TOKENS_FILE` (one `owner token` pair a line, `#` comments) or
`ZONE_MCP_TOKEN` (one token for the local person, `storage.LOCAL_OWNER`). The SDK's bearer middleware
asks `OwnerTokens.verify_token`; the owner is the access token's `client_id`.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from pathlib import Path

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken

from settings import Settings, current
from storage import LOCAL_OWNER

TOKENS_FILE_ENV = "ZONE_MCP_TOKENS_FILE"
TOKEN_ENV = "ZONE_MCP_TOKEN"
MIN_TOKEN_CHARS = 16
"""Shortest token accepted: anything shorter could be guessed."""


class TokenConfigError(ValueError):
    """The tokens for the HTTP transport are missing or unusable; the message says which."""


class OwnerTokens:
    """A `TokenVerifier` over a fixed table of token -> owner (compared in constant time)."""

    def __init__(self, owners: Mapping[str, str]) -> None:
        if not owners:
            raise TokenConfigError(
                f"The HTTP server needs a token: set {TOKEN_ENV}, or {TOKENS_FILE_ENV} to a file of "
                "'owner token' lines."
            )
        for token in owners:
            if len(token) < MIN_TOKEN_CHARS:
                raise TokenConfigError(f"A token must have at least {MIN_TOKEN_CHARS} characters.")
        self._owners = dict(owners)

    @classmethod
    def from_settings(cls, config: Settings | None = None) -> OwnerTokens:
        """The tokens `ZONE_MCP_TOKENS_FILE` and `ZONE_MCP_TOKEN` name (both may be set)."""
        config = config or current()
        owners: dict[str, str] = {}
        if config.mcp_tokens_file:
            owners.update(read_tokens_file(config.mcp_tokens_file))
        if config.mcp_token and (token := config.mcp_token.get_secret_value().strip()):
            owners[token] = LOCAL_OWNER
        return cls(owners)

    async def verify_token(self, token: str) -> AccessToken | None:
        """The access of `token`, its owner as `client_id`; None for an unknown token."""
        for known, owner in self._owners.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                return AccessToken(token=token, client_id=owner, scopes=[])
        return None


def read_tokens_file(path: Path) -> dict[str, str]:
    """token -> owner from a file of `owner token` lines."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise TokenConfigError(f"The tokens file {str(path)!r} cannot be read ({error.strerror or error}).") from error
    owners: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        parts = text.split()
        if len(parts) != 2:
            raise TokenConfigError(f"Line {number} of {str(path)!r} must be 'owner token'.")
        owner, token = parts
        owners[token] = owner
    return owners


def current_owner() -> str:
    """The owner of the request being served: the token's owner over HTTP, the local person on stdio."""
    token = get_access_token()
    return LOCAL_OWNER if token is None else token.client_id


def is_local() -> bool:
    """True when the client runs this server itself (stdio, no token): it may name files on this machine."""
    return get_access_token() is None
