"""Checks on caller input, each failing with a one-sentence `StoreError` before anything is written."""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import PurePath
from typing import Any

from storage.errors import NotFoundError, StoreError
from storage.models import MAX_OWNER

MAX_TITLE = 200
MAX_SESSION_ID = 32  # the column's width: ids are 32 hex characters
MAX_ROLE = 32
MAX_ACTION = 32
MAX_MASK_NAME = 64
SEED_RANGE = range(-(2**63), 2**63)
META_KEYS = ("action", "seed", "params", "timings")


@dataclass(frozen=True)
class RoundFields:
    """The scalar and JSON columns of a new round."""

    instruction: str | None
    action: str | None
    seed: int | None
    params: dict[str, Any]
    timings: dict[str, Any]


def title(value: object) -> str | None:
    """A session title: stripped text up to 200 characters, or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise StoreError(f"A session title must be text, not {type(value).__name__}.")
    value = encodable(value, "session title").strip()
    if len(value) > MAX_TITLE:
        raise StoreError(f"A session title may have at most {MAX_TITLE} characters.")
    return value or None


def owner(value: object) -> str:
    """An owner: the sign-in identity (e.g. an OpenID subject) or LOCAL_OWNER, as given."""
    if not isinstance(value, str) or not value or len(value) > MAX_OWNER:
        raise StoreError(f"A session owner must be text of 1 to {MAX_OWNER} characters.")
    return encodable(value, "session owner")


def encodable(value: str, what: str) -> str:
    """`value` when every backend can store it: a lone surrogate (from a broken decoder) is not
    UTF-8, and PostgreSQL text cannot hold a NUL character."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise StoreError(f"The {what} contains a character that is not valid Unicode (a lone surrogate).") from None
    if "\x00" in value:
        raise StoreError(f"The {what} contains a NUL character, which cannot be stored.")
    return value


def round_id(value: object) -> int:
    """A round id as int; anything else is an unknown round."""
    if isinstance(value, bool):
        raise NotFoundError(f"There is no round {value!r}.")
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise NotFoundError(f"There is no round {value!r}.") from None


def session_id(value: object) -> str:
    """A session id as str; anything else is an unknown session."""
    if (
        not isinstance(value, str)
        or not value
        or not value.isascii()
        or not value.isprintable()
        or len(value) > MAX_SESSION_ID
    ):
        raise NotFoundError(f"There is no session {value!r}.")
    return value


def role(value: object) -> str:
    """A message role such as user or assistant."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ROLE:
        raise StoreError(f"A message role must be a word of 1 to {MAX_ROLE} characters, not {value!r}.")
    return encodable(value, "message role").strip()


def text(value: object, what: str) -> str:
    """Free text (message content, instruction)."""
    if not isinstance(value, str):
        raise StoreError(f"The {what} must be text, not {type(value).__name__}.")
    return encodable(value, what)


def mask_name(value: object) -> str:
    """A mask name such as rough, refined or final."""
    if not isinstance(value, str) or not value or len(value) > MAX_MASK_NAME:
        raise StoreError(f"A mask name must be text of 1 to {MAX_MASK_NAME} characters, not {value!r}.")
    return encodable(value, "mask name")


def round_fields(instruction: object, meta: Mapping[str, Any] | None) -> RoundFields:
    """Split `meta` into action, seed, params and timings; unknown keys go into params."""
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise StoreError(f"A round's meta must be a dict, not {type(meta).__name__}.")
    action = meta.get("action")
    if isinstance(action, Enum):
        action = action.value
    if action is not None and (not isinstance(action, str) or len(action) > MAX_ACTION):
        raise StoreError(f"A round's action must be a short text such as 'change', not {action!r}.")
    if action is not None:
        action = encodable(action, "round's action")
    seed = meta.get("seed")
    if seed is not None:
        try:
            seed = operator.index(seed)
        except TypeError:
            raise StoreError(f"A round's seed must be an integer, not {seed!r}.") from None
        if seed not in SEED_RANGE:
            raise StoreError("A round's seed must fit in 64 bits.")
    extra = {key: value for key, value in meta.items() if key not in META_KEYS}
    params = {**json_dict(extra, "meta"), **json_dict(meta.get("params") or {}, "params")}
    return RoundFields(
        instruction=None if instruction is None else text(instruction, "instruction"),
        action=action,
        seed=seed,
        params=params,
        timings=json_dict(meta.get("timings") or {}, "timings"),
    )


def json_dict(value: object, what: str) -> dict[str, Any]:
    """`value` as a plain JSON object; numpy scalars and arrays, enums and paths are converted."""
    if not isinstance(value, Mapping):
        raise StoreError(f"A round's {what} must be a dict, not {type(value).__name__}.")
    try:
        text = json.dumps(dict(value), default=_json_default, allow_nan=False, ensure_ascii=False)
        encodable(text, f"round's {what}")
        return json.loads(text)
    except RecursionError:
        raise StoreError(f"A round's {what} is nested too deeply.") from None
    except (TypeError, ValueError) as error:
        raise StoreError(f"A round's {what} must be JSON data: {error}.") from error


def _json_default(value: Any) -> Any:
    """JSON form of common non-JSON values found in settings and timings."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PurePath):
        return str(value)
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
