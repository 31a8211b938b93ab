"""Share-link tokens: derived with HMAC-SHA256 from a store secret that never enters the database.

A token is `zs<link id>.<43 characters>`: the characters are the HMAC of the link's id, session and
random salt under the store secret. The database keeps only the id, session, salt and dates, so a
copied database (or a bundle, or an HTML export) opens nothing, while the owner can be shown a live
link's token again. The secret is `ZONE_SECRET` when set (several app machines sharing one
database server must share it), else a 0600 file made on first use: beside an SQLite database
file, or in the user's data folder for other databases.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import secrets
import uuid
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url

import settings
from storage.engine import APP_NAME
from storage.errors import StoreError

SECRET_ENV = "ZONE_SECRET"
SECRET_SUFFIX = ".secret"
SECRET_FILE = "share-secret"
SECRET_BYTES = 32
MIN_SECRET_CHARS = 16
SALT_BYTES = 16
TOKEN = re.compile(r"zs(\d{1,19})\.([A-Za-z0-9_-]{43})")


def token(secret: bytes, link_id: int, session_id: str, salt: str) -> str:
    """The token of one link."""
    digest = hmac.new(secret, f"zone-share:{link_id}:{session_id}:{salt}".encode(), hashlib.sha256).digest()
    return f"zs{link_id}.{base64.urlsafe_b64encode(digest).decode('ascii').rstrip('=')}"


def link_id(candidate: object) -> int | None:
    """The link id a token names, or None for anything that is not token-shaped."""
    if not isinstance(candidate, str):
        return None
    match = TOKEN.fullmatch(candidate)
    return int(match.group(1)) if match else None


def matches(secret: bytes, candidate: str, link: int, session_id: str, salt: str) -> bool:
    """True when `candidate` is the token of that link (compared in constant time)."""
    return hmac.compare_digest(candidate.encode(), token(secret, link, session_id, salt).encode())


def new_salt() -> str:
    return secrets.token_hex(SALT_BYTES)


def redact(text: str) -> str:
    """`text` with every share token replaced by its reference ("share link #3")."""
    return TOKEN.sub(lambda match: f"share link #{match.group(1)}", text)


def secret_path(url: str) -> Path | None:
    """Where the secret file of the database at `url` lives (None: an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            return None
        path = Path(database).expanduser()
        return path.with_name(path.name + SECRET_SUFFIX)
    return Path(user_data_dir(APP_NAME)) / SECRET_FILE


def load_secret(url: str) -> bytes:
    """The store secret: `ZONE_SECRET`, else the secret file (created, mode 0600, on first use)."""
    secret = settings.current().secret
    configured = secret.get_secret_value() if secret else ""
    if configured:
        if len(configured) < MIN_SECRET_CHARS:
            raise StoreError(f"{SECRET_ENV} must be at least {MIN_SECRET_CHARS} characters long.")
        return configured.encode("utf-8", "surrogatepass")
    path = secret_path(url)
    if path is None:
        return secrets.token_bytes(SECRET_BYTES)
    try:
        return _read_or_create(path)
    except OSError as error:
        raise StoreError(
            f"Cannot read or create the share-link secret {path}: {error.strerror or error}; set {SECRET_ENV} instead."
        ) from error


def _read_or_create(path: Path) -> bytes:
    """Read the secret file, or create it atomically (two processes agree on one secret)."""
    if not path.exists():
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w") as file:
                file.write(secrets.token_hex(SECRET_BYTES))
            with contextlib.suppress(FileExistsError):
                os.link(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    text = path.read_text("ascii").strip()
    if len(text) < MIN_SECRET_CHARS:
        raise StoreError(
            f"The share-link secret {path} is damaged; delete it to make a new one (old links stop working)."
        )
    return text.encode("ascii")
