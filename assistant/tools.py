"""The assistant's LangChain tools over one session of the store and the ZONE editor.

`build_tools(store, editor, session_id)` gives plain `StructuredTool`s with pydantic argument
schemas that any LangChain agent can call. `SessionTools` is the same with a record of the turn:
the rounds the tools touched and the errors they reported. No tool deletes anything. A user-facing
error (`ZoneError`, `StoreError`) becomes the tool's error observation, in plain words, and is
recorded; nothing is half-written because the store writes each round in one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
from langchain_core.tools import BaseTool, StructuredTool, ToolException
from PIL import Image
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import EditSettingsError, RoundReferenceError
from assistant.presentation import tree_rows
from assistant.references import RoundTree
from storage import Round, Store, StoreError
from zone_tools import Action, EditResult
from zone_tools.action import classify_proba
from zone_tools.errors import ZoneError
from zone_tools.imageio import validate_instruction

ACTION_CONFIDENCE = 0.6
"""Below this probability of the most likely action, the reply says which action was assumed."""

ProgressCallback = Callable[[int, int, str], None]
RoundReference = int | str

_REFERENCE_HELP = (
    "The round number as the user sees it (the upload is round 0), or words such as 'current', "
    "'original', 'previous' (undo), 'next' (redo), 'latest', '2 steps back', 'before the croissant' "
    "(the round before the edit that mentions a croissant) or 'the one with the blue cup'."
)


class Editor(Protocol):
    """What the tools need of `zone_tools.ZoneEditor`."""

    def edit(
        self,
        image: Image.Image,
        instruction: str,
        *,
        action: Action | str | None = None,
        mask: np.ndarray | Image.Image | None = None,
        seed: int | None = None,
        params: dict[str, Any] | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> EditResult: ...


class EditImageArgs(BaseModel):
    """Arguments of `edit_image`."""

    instruction: str = Field(
        description="What to change, as an imperative instruction, e.g. 'make the cup blue' or 'remove the spoon'.",
        min_length=1,
        max_length=1000,
    )
    base_round: RoundReference | None = Field(
        default=None, description="Round to edit; default the current round. " + _REFERENCE_HELP
    )
    action: Literal["add", "remove", "change"] | None = Field(
        default=None, description="Kind of edit; leave empty to let the editor classify the instruction."
    )
    mask: RoundReference | None = Field(
        default=None,
        description="Reuse the edited region of this earlier round as the region to edit. " + _REFERENCE_HELP,
    )


class RoundArgs(BaseModel):
    """Arguments of the tools that take one round."""

    round: RoundReference = Field(description=_REFERENCE_HELP)


class NoArgs(BaseModel):
    """Tools without arguments."""


@dataclass
class EditSettings:
    """Settings from the app's panel for the edits of one turn; they win over the model's choices."""

    params: dict[str, Any] | None = None
    action: Action | str | None = None
    mask: np.ndarray | Image.Image | None = None
    on_progress: ProgressCallback | None = None

    def split_params(self) -> tuple[dict[str, Any] | None, int | None]:
        """The editor params without `seed`, and the seed given among them (a setting of its own)."""
        if not self.params:
            return None, None
        params = dict(self.params)
        seed = params.pop("seed", None)
        return params or None, None if seed is None else int(seed)


def _percent(mask: np.ndarray) -> str:
    share = 100.0 * float(np.asarray(mask, dtype=bool).mean()) if mask.size else 0.0
    return f"{share:.1f}%" if share >= 0.1 or share == 0 else "under 0.1%"


def _describe(node: Round) -> str:
    if node.parent_id is None:
        return "the uploaded photo"
    action = f" ({node.action})" if node.action else ""
    return f"\"{node.instruction}\"{action}"


@dataclass
class SessionTools:
    """The tools of one session, with what they did in the current turn (`touched`, `errors`)."""

    store: Store
    editor: Editor
    session_id: str
    settings: EditSettings = field(default_factory=EditSettings)
    touched: list[int] = field(default_factory=list, init=False)
    errors: list[str] = field(default_factory=list, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def tools(self) -> list[BaseTool]:
        """`edit_image`, `revert`, `list_rounds`, `show_round`, `share_session` as LangChain tools."""
        specs: list[tuple[Callable[..., str], str, type[BaseModel], str]] = [
            (self.edit_image, "edit_image", EditImageArgs,
             "Edit the photo as the instruction says, only where the change is, and store the result as a "
             "new round (a child of base_round, by default the current round), which becomes current."),
            (self.revert, "revert", RoundArgs,
             "Make an earlier (or later) round the current one: undo is round='previous', redo is "
             "round='next', 'original' goes back to the upload. Nothing is deleted."),
            (self.list_rounds, "list_rounds", NoArgs, "List the session's rounds as a tree, marking the current one."),
            (self.show_round, "show_round", RoundArgs, "Show one round (its instruction and where it sits) without moving."),
            (self.share_session, "share_session", NoArgs, "Create a read-only share token for this session."),
        ]
        return [
            StructuredTool.from_function(
                func=self._guarded(method),
                name=name,
                description=description,
                args_schema=schema,
                handle_tool_error=True,
                handle_validation_error=self._validation_error,
            )
            for method, name, schema, description in specs
        ]

    def _guarded(self, method: Callable[..., str]) -> Callable[..., str]:
        """`method` run one at a time, its user-facing errors recorded and raised as `ToolException`."""

        def run(**kwargs: Any) -> str:
            with self._lock:
                try:
                    return method(**kwargs)
                except (ZoneError, StoreError) as error:
                    self.errors.append(str(error))
                    raise ToolException(str(error)) from error

        run.__name__ = method.__name__
        run.__doc__ = method.__doc__
        return run

    def _validation_error(self, error: ValidationError) -> str:
        first = error.errors()[0] if error.errors() else {"loc": (), "msg": str(error)}
        where = ".".join(str(part) for part in first["loc"]) or "arguments"
        message = f"The request could not be used: {where}: {first['msg']}."
        self.errors.append(message)
        return message

    def tree(self) -> RoundTree:
        """The session's rounds and current round, read now."""
        current = self.store.current_round(self.session_id)
        return RoundTree(self.store.rounds(self.session_id), None if current is None else current.id)

    def edit_image(
        self,
        instruction: str,
        base_round: RoundReference | None = None,
        action: str | None = None,
        mask: RoundReference | None = None,
    ) -> str:
        """Edit a round (default: the current one) and store the result as its child."""
        text = validate_instruction(instruction)
        tree = self.tree()
        base = tree.resolve(base_round)
        chosen, assumed = self._action(text, action)
        region = self.settings.mask
        if region is None and mask is not None:
            region = self._region_of(tree.resolve(mask))
        params, seed = self.settings.split_params()
        try:
            result = self.editor.edit(
                base.image, text, action=chosen, mask=region, seed=seed, params=params,
                on_progress=self.settings.on_progress,
            )
        except ValueError as error:
            if isinstance(error, ZoneError):
                raise
            raise EditSettingsError(f"The edit could not be made with these settings: {error}.") from error
        round_id = self.store.add_round(
            self.session_id, result.image, parent_id=base.id, instruction=text, layer=result.layer,
            masks={**result.mask_images(), "attention": result.attention_image()}, canvas=result.canvas,
            meta={"action": result.action.value, "seed": result.seed, "params": result.params,
                  "timings": result.timings, "notes": list(result.notes)},
        )
        self.touched.append(round_id)
        new = self.store.round(round_id)
        parts = [
            f"Round {new.index} (edited from round {base.index}): \"{text}\" ({result.action.value}), "
            f"changed {_percent(result.mask)} of the photo."
        ]
        if assumed:
            parts.append(assumed)
        if result.notes:
            parts.append("Notes: " + "; ".join(note.rstrip(". ") for note in result.notes) + ".")
        return " ".join(parts)

    @staticmethod
    def _region_of(node: Round) -> Image.Image:
        """The final mask of an edited round, to edit the same region again."""
        if "final" not in node.masks:
            raise RoundReferenceError(f"Round {node.index} has no edited region to reuse; it is an uploaded photo.")
        return node.masks["final"]

    def _action(self, text: str, requested: str | None) -> tuple[Action, str | None]:
        """The action to edit with, and a sentence saying which one was assumed when unsure."""
        if self.settings.action is not None:
            return Action(self.settings.action), None
        if requested is not None:
            return Action(requested), None
        probabilities = classify_proba(text)
        chosen = max(probabilities, key=probabilities.__getitem__)
        confidence = probabilities[chosen]
        if confidence >= ACTION_CONFIDENCE:
            return chosen, None
        return chosen, (
            f"I wasn't sure what kind of edit this is, so I treated it as '{chosen.value}' "
            f"({confidence:.0%} sure); pick the action in the settings if that is wrong."
        )

    def revert(self, round: RoundReference) -> str:
        """Make the named round current; later edits branch from it."""
        tree = self.tree()
        target = tree.resolve(round)
        self.store.checkout(self.session_id, target.id)
        self.touched.append(target.id)
        node = target
        if target.id == tree.current.id:
            return f"Round {node.index} ({_describe(node)}) is already the current round."
        return f"Now at round {node.index}: {_describe(node)}. New edits continue from here."

    def list_rounds(self) -> str:
        """The round tree, one line per round, the current one marked."""
        tree = self.tree()
        if not tree.rounds:
            return "This session has no rounds yet: upload a photo to start."
        lines = [f"{len(tree.rounds)} round(s); the current one is round {tree.current.index}:"]
        for row in tree_rows(tree.rounds):
            node = row.round
            marker = "  <- current" if node.id == tree.current.id else ""
            lines.append(f"{'  ' * row.depth}- round {node.index}: {_describe(node)}{marker}")
        return "\n".join(lines)

    def show_round(self, round: RoundReference) -> str:
        """Describe one round without moving the current round."""
        tree = self.tree()
        target = tree.resolve(round)
        self.touched.append(target.id)
        parent = tree.parent(target)
        origin = "" if parent is None else f", edited from round {parent.index}"
        where = "it is the current round" if target.id == tree.current.id else f"the current round is {tree.current.index}"
        return f"Round {target.index}: {_describe(target)}{origin}; {where}."

    def share_session(self) -> str:
        """A new read-only share token for the session."""
        token = self.store.share(self.session_id)
        return f"Anyone with this share token can view this session (read-only): {token}"


def build_tools(
    store: Store,
    editor: Editor,
    session_id: str,
    *,
    params: dict[str, Any] | None = None,
    action: Action | str | None = None,
    mask: np.ndarray | Image.Image | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[BaseTool]:
    """The assistant's tools for one session, for any LangChain agent."""
    settings = EditSettings(params=params, action=action, mask=mask, on_progress=on_progress)
    return SessionTools(store, editor, session_id, settings).tools()
