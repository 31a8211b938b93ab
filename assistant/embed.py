"""`assistant.toolkit`: the assistant's tools for an agent of your own; every tool takes a `session_id`.

`toolkit(store, editor, owner=LOCAL_OWNER)` returns `start_session` (a new session, optionally with
a photo read from a path), `add_photo` and the tools of `assistant.tools.TOOL_SPECS`, each with a
`session_id` argument. Each call opens only sessions of `owner` (another owner's session is "not
found", like a missing one) and runs the same `SessionTools` method as the chat assistant does.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from langchain_core.tools import BaseTool
from pydantic import BaseModel, Field, create_model

from assistant.tools import (
    TOOL_SPECS,
    Editor,
    EditSettings,
    Outcome,
    SessionTools,
    ToolSpec,
    make_tools,
)
from storage import LOCAL_OWNER, Store
from zone_tools.imageio import load_image

_SESSION_HELP = "The id of the session, as start_session returned it."


class StartSessionArgs(BaseModel):
    """Arguments of `start_session`."""

    photo_path: str | None = Field(default=None, description="Path of a photo on this machine to start from (round 0).")
    title: str | None = Field(default=None, max_length=200, description="A title for the session.")


class AddPhotoArgs(BaseModel):
    """Arguments of `add_photo`."""

    session_id: str = Field(description=_SESSION_HELP)
    path: str = Field(
        description="Path of a photo on this machine; it becomes a new uploaded round and the current one."
    )


START_SPECS: tuple[ToolSpec, ...] = (
    ToolSpec(
        "start_session",
        StartSessionArgs,
        "Start a new editing session, optionally with a photo; returns the session id the other tools take.",
    ),
    ToolSpec("add_photo", AddPhotoArgs, "Add a photo to a session as a new uploaded round, which becomes current."),
)


def _in_session(spec: ToolSpec) -> type[BaseModel]:
    """`spec`'s argument schema with a `session_id` argument added (the start tools have theirs)."""
    if spec in START_SPECS:
        return spec.schema
    return create_model(
        f"{spec.schema.__name__.removesuffix('Args')}InSessionArgs",
        __base__=spec.schema,
        session_id=(str, Field(description=_SESSION_HELP)),
    )


def toolkit(
    store: Store,
    editor: Editor,
    *,
    owner: str = LOCAL_OWNER,
    params: dict[str, Any] | None = None,
    export_dir: Path | None = None,
) -> list[BaseTool]:
    """LangChain tools over `store` and `editor` that take a `session_id`, for `owner`'s sessions.

    `params` are edit settings for every edit (e.g. `{"steps": 10}`); `export_dir` is where exports go.
    """
    lock = threading.Lock()
    settings = EditSettings(params=params)

    def add_photo(session_id: str, path: str) -> Outcome:
        image = load_image(path)
        round_id = store.add_round(session_id, image)
        index = store.round(round_id).index
        return Outcome(f"Added the photo to session {session_id} as round {index}, now the current round.", round_id)

    def run(name: str, arguments: Mapping[str, Any]) -> Outcome:
        args = dict(arguments)
        with lock:
            if name == "start_session":
                image = None if args["photo_path"] is None else load_image(args["photo_path"])
                session_id = store.create_session(args["title"], owner=owner)
                if image is None:
                    return Outcome(f"Started session {session_id}; add a photo to it with add_photo.")
                round_id = store.add_round(session_id, image)
                return Outcome(f"Started session {session_id}; the photo is round 0.", round_id)
            session_id = args.pop("session_id")
            store.session(session_id, owner=owner)
            if name == "add_photo":
                return add_photo(session_id, **args)
            return SessionTools(store, editor, session_id, settings, export_dir).run(name, args)

    return make_tools(run, START_SPECS + TOOL_SPECS, _in_session)
