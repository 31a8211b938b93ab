"""Writing export files atomically: a partial file beside the target, renamed into place."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage.errors import StoreError


@contextmanager
def replacing(path: Path, what: str, error: type[StoreError] = StoreError) -> Iterator[Path]:
    """Yield a temporary path beside `path` to write; it replaces `path` only if the block succeeds.

    Parent folders are created; an OS failure becomes `error` naming `what` was being written.
    """
    path = path.expanduser()
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield partial
        os.replace(partial, path)
    except OSError as failure:
        raise error(f"Could not write the {what} to {path}: {failure.strerror or failure}.") from failure
    finally:
        partial.unlink(missing_ok=True)
