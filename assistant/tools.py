"""The assistant's LangChain tools over one session of the store and the ZONE editor.

`build_tools(store, editor, session_id)` gives plain `StructuredTool`s with pydantic argument
schemas that any LangChain agent can call; `assistant.toolkit` gives the same tools taking a
`session_id`. Both are made by `make_tools` from `TOOL_SPECS` and the methods of `SessionTools`,
so each tool's body exists once. A tool answers with words (for the model and the transcript) and
an `Outcome` as its artifact (for the app: the round, the base of an edit, two rounds to compare,
a new share link, exported files), so a share link's token never reaches the model or the
transcript. No tool deletes anything. A user-facing error (`ZoneError`, `StoreError`) becomes the
tool's error observation in plain words; the store writes each round in one transaction.
"""

from __future__ import annotations

import random
import re
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
from langchain_core.tools import BaseTool, StructuredTool, ToolException
from PIL import Image
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import EditSettingsError, RoundReferenceError, ShareLinkError
from assistant.measures import changed_share, differing_share
from assistant.presentation import tree_rows
from assistant.references import SHOWN_ELSEWHERE, RoundTree
from storage import Round, ShareLink, Store, StoreError
from zone_tools import Action, EditResult
from zone_tools.action import classify_proba
from zone_tools.config import EditParams
from zone_tools.errors import ZoneError
from zone_tools.imageio import validate_instruction

ACTION_CONFIDENCE = 0.6
"""Below this probability of the most likely action, the reply says which action was assumed."""

GUIDANCE_STEP = 2.5
"""How much "stronger" raises the text guidance of a retried edit (and "weaker" lowers it)."""

GUIDANCE_RANGE = (1.0, 20.0)
"""Lowest and highest text guidance a retry goes to."""

ProgressCallback = Callable[[int, int, str], None]
RoundReference = int | str

_REFERENCE_HELP = (
    "The round number as the user sees it (the upload is round 0), or words such as 'current', "
    "'original', 'previous' (undo), 'next' (redo), 'latest', '2 steps back', 'before the croissant' "
    "(the round before the edit that mentions a croissant) or 'the one with the blue cup'."
)
_NUMBER_LIKE = re.compile(
    r"^(?:round\s*)?[-+]?(?:\d[\d.,_]*(?:e[-+]?\d+)?|\d+\s*\*\*\s*\d+|inf(?:inity)?|nan)$", re.IGNORECASE
)
_ROUND_FIELDS = frozenset({"round", "base_round", "mask", "first", "second"})


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
        default=None,
        description=(
            "Kind of edit, only when the user named it; leave empty to let the editor classify the instruction."
        ),
    )
    mask: RoundReference | None = Field(
        default=None,
        description="Only when the user asks for the same region as an earlier edit: reuse that round's edited "
        "region. " + _REFERENCE_HELP,
    )
    seed: int | None = Field(default=None, ge=0, le=2**32 - 1, description="Random seed, only when the user gives one.")
    text_guidance: float | None = Field(
        default=None,
        ge=GUIDANCE_RANGE[0],
        le=GUIDANCE_RANGE[1],
        description="How strongly the edit follows the instruction (default 7.5), only when the user asks.",
    )


class RetryArgs(BaseModel):
    """Arguments of `retry_edit`."""

    instruction: str | None = Field(
        default=None,
        min_length=1,
        max_length=1000,
        description="A corrected instruction (\"no, I meant the saucer\" -> 'make the saucer blue'); "
        "leave empty to repeat the same instruction.",
    )
    strength: Literal["stronger", "weaker"] | None = Field(
        default=None,
        description="'stronger' or 'weaker' raises or lowers how strongly the edit follows the instruction.",
    )
    round: RoundReference | None = Field(
        default=None, description="The edit to make again; default the latest edit. " + _REFERENCE_HELP
    )


class RoundArgs(BaseModel):
    """Arguments of the tools that take one round."""

    round: RoundReference = Field(description=_REFERENCE_HELP)


class CompareArgs(BaseModel):
    """Arguments of `compare_rounds`."""

    first: RoundReference = Field(description="The first round. " + _REFERENCE_HELP)
    second: RoundReference = Field(description="The second round. " + _REFERENCE_HELP)


class RevokeArgs(BaseModel):
    """Arguments of `revoke_share`."""

    link: int | None = Field(
        default=None, ge=1, description="The share link's number (#N); default the newest live link."
    )


class ExportArgs(BaseModel):
    """Arguments of `export_session`."""

    format: Literal["bundle", "html"] = Field(
        default="bundle", description="'bundle' (a zip the app can import again) or 'html' (a page to look at)."
    )


class NoArgs(BaseModel):
    """Tools without arguments."""


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its name (also the `SessionTools` method), argument schema and description."""

    name: str
    schema: type[BaseModel]
    description: str


TOOL_SPECS: tuple[ToolSpec, ...] = (
    ToolSpec(
        "edit_image",
        EditImageArgs,
        "Edit the photo as the instruction says, only where the change is, and store the result as a new "
        "round (a child of base_round, by default the current round), which becomes current.",
    ),
    ToolSpec(
        "retry_edit",
        RetryArgs,
        "Make an edit again as a new version beside it (same starting round, new random seed): 'try again', "
        "'another one'; with instruction for a correction ('no, I meant the saucer'); with strength "
        "'stronger' or 'weaker' to follow the instruction more or less.",
    ),
    ToolSpec(
        "revert",
        RoundArgs,
        "Make an earlier (or later) round the current one: undo is round='previous', redo is "
        "round='next', 'original' goes back to the upload. Nothing is deleted.",
    ),
    ToolSpec("list_rounds", NoArgs, "List the session's rounds as a tree, marking the current one."),
    ToolSpec("show_round", RoundArgs, "Show one round (its instruction and where it sits) without moving."),
    ToolSpec("compare_rounds", CompareArgs, "Compare two rounds side by side: what each is and how much differs."),
    ToolSpec(
        "session_status",
        NoArgs,
        "Say which round is current, what the last edit changed and how many rounds there are.",
    ),
    ToolSpec(
        "share_session",
        NoArgs,
        "Make a read-only share link for this session; the link is shown to the user, not to you.",
    ),
    ToolSpec("revoke_share", RevokeArgs, "Stop a share link from working (default: the newest live one)."),
    ToolSpec(
        "export_session", ExportArgs, "Write the session to a file the user can download: a bundle or an HTML page."
    ),
)


@dataclass(frozen=True)
class Outcome:
    """What a tool did: `text` for the model and the transcript; the rest for the app.

    `round_id` is the round the call is about, `base_round` the round number an edit started from,
    `compare` two round ids to show side by side, `share_link` a new link (its token appears nowhere
    else), `exports` files written.
    """

    text: str
    round_id: int | None = None
    base_round: int | None = None
    compare: tuple[int, int] | None = None
    share_link: ShareLink | None = field(default=None, repr=False)
    exports: tuple[Path, ...] = ()


Runner = Callable[[str, dict[str, Any]], Outcome]


def validation_message(error: ValidationError) -> str:
    """One sentence for arguments a model got wrong."""
    first = error.errors()[0] if error.errors() else {"loc": (), "msg": str(error)}
    where = ".".join(str(part) for part in first["loc"]) or "arguments"
    if first["loc"] and first["loc"][0] in _ROUND_FIELDS and "input" in first:
        shown = repr(first["input"])
        shown = shown if len(shown) <= 24 else shown[:20] + "..."
        return f"{shown} is not a round: name a round by its number (0 is the uploaded photo) or in words."
    return f"The request could not be used: {where}: {first['msg']}."


def make_tools(
    run: Runner,
    specs: tuple[ToolSpec, ...] = TOOL_SPECS,
    schema_of: Callable[[ToolSpec], type[BaseModel]] = lambda spec: spec.schema,
) -> list[BaseTool]:
    """LangChain tools that call `run(name, arguments)`; errors and bad arguments become error observations."""

    def tool(spec: ToolSpec) -> BaseTool:
        def call(**kwargs: Any) -> tuple[str, Outcome]:
            try:
                outcome = run(spec.name, kwargs)
            except (ZoneError, StoreError) as error:
                raise ToolException(str(error)) from error
            return outcome.text, outcome

        return StructuredTool.from_function(
            func=call,
            name=spec.name,
            description=spec.description,
            args_schema=schema_of(spec),
            response_format="content_and_artifact",
            handle_tool_error=True,
            handle_validation_error=validation_message,
        )

    return [tool(spec) for spec in specs]


@dataclass
class EditSettings:
    """Settings from the app's panel for the edits of one turn; they win over the model's choices."""

    params: dict[str, Any] | None = None
    action: Action | str | None = None
    mask: np.ndarray | Image.Image | None = None
    on_progress: ProgressCallback | None = None

    def split_params(self) -> tuple[dict[str, Any], int | None]:
        """The editor params without `seed`, and the seed given among them (a setting of its own)."""
        params = dict(self.params or {})
        seed = params.pop("seed", None)
        return params, None if seed is None else int(seed)


def _percent(share: float) -> str:
    percent = 100.0 * share
    return f"{percent:.1f}%" if percent >= 0.1 or percent == 0 else "under 0.1%"


def _describe(node: Round) -> str:
    if node.parent_id is None:
        return "the uploaded photo"
    action = f" ({node.action})" if node.action else ""
    return f'"{node.instruction}"{action}'


def _guidance(value: float) -> str:
    return f"{value:g}"


def _new_seed(old: int | None) -> int:
    while (seed := random.randrange(2**31)) == old:
        continue
    return seed


@dataclass
class SessionTools:
    """The tools of one session, with the rounds they touched in the current turn (`touched`).

    `export_dir` is where `export_session` writes (a new temporary folder per export when None).
    """

    store: Store
    editor: Editor
    session_id: str
    settings: EditSettings = field(default_factory=EditSettings)
    export_dir: Path | None = None
    touched: list[int] = field(default_factory=list, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def tools(self) -> list[BaseTool]:
        """The tools of `TOOL_SPECS` for this session, as LangChain tools."""
        return make_tools(self.run)

    def run(self, name: str, arguments: Mapping[str, Any]) -> Outcome:
        """Run the tool `name` (one call at a time) and remember the round it was about."""
        with self._lock:
            outcome: Outcome = getattr(self, name)(**arguments)
        if outcome.round_id is not None:
            self.touched.append(outcome.round_id)
        return outcome

    def tree(self) -> RoundTree[Round]:
        """The session's rounds and current round, read now."""
        current = self.store.current_round(self.session_id)
        return RoundTree(self.store.rounds(self.session_id), None if current is None else current.id)

    @staticmethod
    def resolve(tree: RoundTree, reference: RoundReference | None) -> Round:
        """The round `reference` names; numbers no round can have get a sentence of their own."""
        last = max((node.index for node in tree.rounds), default=0)
        shown: str | None = None
        if isinstance(reference, int) and not isinstance(reference, bool) and (reference < 0 or reference > 10**12):
            shown = str(reference) if len(str(reference)) <= 12 else "that high" if reference > 0 else "below 0"
        elif isinstance(reference, str) and _NUMBER_LIKE.match(reference.strip()):
            text = reference.strip()
            digits = re.sub(r"^round\s*", "", text, flags=re.IGNORECASE)
            if not digits.isdigit():
                shown = text if len(text) <= 24 else text[:20] + "..."
        if shown is not None and tree.rounds:
            raise RoundReferenceError(
                f"There is no round {shown}: rounds are numbered 0 to {last} (0 is the uploaded photo)."
            )
        return tree.resolve(reference)

    # edits

    def edit_image(
        self,
        instruction: str,
        base_round: RoundReference | None = None,
        action: str | None = None,
        mask: RoundReference | None = None,
        seed: int | None = None,
        text_guidance: float | None = None,
    ) -> Outcome:
        """Edit a round (default: the current one) and store the result as its child."""
        text = validate_instruction(instruction)
        tree = self.tree()
        base = self.resolve(tree, base_round)
        region = self.settings.mask
        if region is None and mask is not None:
            region = self._region_of(self.resolve(tree, mask))
        params, settings_seed = self.settings.split_params()
        if text_guidance is not None and "text_guidance" not in params:
            params["text_guidance"] = text_guidance
        chosen = settings_seed if settings_seed is not None else seed
        return self._edit(base, text, action, region, chosen, params)

    def retry_edit(
        self,
        instruction: str | None = None,
        strength: Literal["stronger", "weaker"] | None = None,
        round: RoundReference | None = None,
    ) -> Outcome:
        """Make an edit again beside it (same parent, new seed), maybe corrected or stronger/weaker."""
        tree = self.tree()
        target = self._latest_edit(tree) if round is None else self.resolve(tree, round)
        parent = tree.parent(target)
        if parent is None:
            raise RoundReferenceError(
                f"Round {target.index} is the uploaded photo, not an edit: there is nothing to try again."
            )
        old_text = target.instruction or ""
        text = old_text if instruction is None else validate_instruction(instruction)
        params, _ = self.settings.split_params()
        before = float(params.get("text_guidance", target.params.get("text_guidance", self._default_guidance())))
        after = before if strength is None else self._stronger(before, strength)
        params["text_guidance"] = after
        seed = _new_seed(target.seed)
        action = target.action if text == old_text else None
        changes = [f"new seed {seed}"]
        if text != old_text:
            changes.insert(0, f'instruction "{old_text}" -> "{text}"')
        if after != before:
            changes.append(f"text guidance {_guidance(before)} -> {_guidance(after)}")
        outcome = self._edit(parent, text, action, self.settings.mask, seed, params)
        note = f"Made round {target.index} again beside it, from round {parent.index}: {', '.join(changes)}."
        return Outcome(text=f"{note} {outcome.text}", round_id=outcome.round_id, base_round=outcome.base_round)

    def _latest_edit(self, tree: RoundTree) -> Round:
        """The edit to retry by default: the current round if it is an edit, else the newest edit made from it."""
        current = tree.current
        if current.parent_id is not None:
            return current
        made = tree.children(current)
        if not made:
            raise RoundReferenceError(
                f"There is no edit to try again yet: round {current.index} is the uploaded photo. "
                "Tell me what to change."
            )
        return made[-1]

    def _default_guidance(self) -> float:
        params = getattr(self.editor, "params", None)
        return float(getattr(params, "text_guidance", EditParams.text_guidance))

    @staticmethod
    def _stronger(value: float, strength: str) -> float:
        low, high = GUIDANCE_RANGE
        if strength == "stronger":
            if value >= high:
                raise EditSettingsError(
                    "The edit already follows the instruction as strongly as it can "
                    f"(text guidance {_guidance(value)})."
                )
            return min(high, value + GUIDANCE_STEP)
        if value <= low:
            raise EditSettingsError(
                f"The edit already follows the instruction as weakly as it can (text guidance {_guidance(value)})."
            )
        return max(low, value - GUIDANCE_STEP)

    def _edit(
        self,
        base: Round,
        text: str,
        action: str | None,
        region: np.ndarray | Image.Image | None,
        seed: int | None,
        params: dict[str, Any],
    ) -> Outcome:
        """Run the editor on `base` and store the result as its child (the new current round)."""
        chosen, assumed = self._action(text, action)
        try:
            result = self.editor.edit(
                base.image,
                text,
                action=chosen,
                mask=region,
                seed=seed,
                params=params or None,
                on_progress=self.settings.on_progress,
            )
        except ValueError as error:
            if isinstance(error, ZoneError):
                raise
            raise EditSettingsError(f"The edit could not be made with these settings: {error}.") from error
        round_id = self.store.add_round(
            self.session_id,
            result.image,
            parent_id=base.id,
            instruction=text,
            layer=result.layer,
            masks={**result.mask_images(), "attention": result.attention_image()},
            canvas=result.working_canvas,
            meta={
                "action": result.action.value,
                "seed": result.seed,
                "params": result.params,
                "timings": result.timings,
                "notes": list(result.notes),
            },
        )
        new = self.store.round(round_id)
        share = float(np.asarray(result.working_mask, dtype=bool).mean()) if result.working_mask.size else 0.0
        parts = [
            (
                f'Round {new.index} (edited from round {base.index}): "{text}" ({result.action.value}), '
                f"changed {_percent(share)} of the photo."
            )
        ]
        if assumed:
            parts.append(assumed)
        if result.notes:
            parts.append("Notes: " + "; ".join(note.rstrip(". ") for note in result.notes) + ".")
        return Outcome(text=" ".join(parts), round_id=round_id, base_round=base.index)

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

    # moving and looking

    def revert(self, round: RoundReference) -> Outcome:
        """Make the named round current; later edits branch from it."""
        tree = self.tree()
        target = self.resolve(tree, round)
        self.store.checkout(self.session_id, target.id)
        if target.id == tree.current.id:
            return Outcome(f"Round {target.index} ({_describe(target)}) is already the current round.", target.id)
        return Outcome(f"Now at round {target.index}: {_describe(target)}. New edits continue from here.", target.id)

    def list_rounds(self) -> Outcome:
        """The round tree, one line per round, the current one marked."""
        tree = self.tree()
        if not tree.rounds:
            return Outcome("This session has no rounds yet: upload a photo to start.")
        lines = [f"{len(tree.rounds)} round(s); the current one is round {tree.current.index}:"]
        for row in tree_rows(tree.rounds):
            node = row.round
            marker = "  <- current" if node.id == tree.current.id else ""
            lines.append(f"{'  ' * row.depth}- round {node.index}: {_describe(node)}{marker}")
        return Outcome("\n".join(lines))

    def show_round(self, round: RoundReference) -> Outcome:
        """Describe one round without moving the current round."""
        tree = self.tree()
        target = self.resolve(tree, round)
        parent = tree.parent(target)
        description = _describe(target) + ("" if parent is None else f", edited from round {parent.index}")
        if target.id == tree.current.id:
            return Outcome(f"Round {target.index}: {description}; it is the current round.", target.id)
        shown = SHOWN_ELSEWHERE.format(index=target.index, description=description, current=tree.current.index)
        return Outcome(shown, target.id)

    def compare_rounds(self, first: RoundReference, second: RoundReference) -> Outcome:
        """Name two rounds, how they are related and how much of the photo differs between them."""
        tree = self.tree()
        one, two = self.resolve(tree, first), self.resolve(tree, second)
        if one.id == two.id:
            raise RoundReferenceError(f"That is round {one.index} twice; name two different rounds to compare.")
        parts = [f"Round {one.index} ({_describe(one)}) and round {two.index} ({_describe(two)}):"]
        parts.append(self._relation(tree, one, two))
        differs = differing_share(one, two)
        if differs is not None:
            parts.append(f"{_percent(differs)} of the photo differs between them.")
        else:
            parts.append(
                f"they are different photos ({one.image.width}x{one.image.height} and "
                f"{two.image.width}x{two.image.height})."
            )
        return Outcome(" ".join(parts), compare=(one.id, two.id))

    @staticmethod
    def _relation(tree: RoundTree[Round], one: Round, two: Round) -> str:
        """How two rounds are related, in words."""
        first_line, second_line = tree.lineage(one), tree.lineage(two)
        for older, newer, line in ((one, two, second_line), (two, one, first_line)):
            if older in line:
                steps = list(reversed(line[: line.index(older)]))
                edits = ", then ".join(f'"{node.instruction}"' for node in steps)
                return f"round {newer.index} was made from round {older.index} by {edits};"
        shared = next((node for node in first_line if node in second_line), None)
        if shared is None:
            return "they come from different uploaded photos;"
        return f"both were made from round {shared.index} on different branches;"

    def session_status(self) -> Outcome:
        """The current round, what the latest edit on its line changed, and how many rounds there are."""
        tree = self.tree()
        current = tree.current
        parts = [
            f"You are on round {current.index} ({_describe(current)}); the session has {len(tree.rounds)} round(s)."
        ]
        edit = next((node for node in tree.lineage(current) if node.parent_id is not None), None)
        made_from = tree.children(current)
        if edit is None and made_from:
            rounds = ", ".join(str(node.index) for node in made_from)
            parts.append(
                f'This round has no edit on it; round(s) {rounds} were made from it (say "go back to round N").'
            )
        elif edit is None:
            parts.append("No edit has been made on this photo yet.")
        else:
            parent = tree.parent(edit)
            share = changed_share(edit)
            changed = "" if share is None else f" and changed {_percent(share)} of the photo"
            which = "The last edit" if edit.id == current.id else f"The last edit before it, round {edit.index},"
            origin = "" if parent is None else f" from round {parent.index}"
            parts.append(f"{which} was {_describe(edit)}{origin}{changed}.")
        return Outcome(" ".join(parts), current.id)

    # sharing and exporting

    def share_session(self) -> Outcome:
        """A new read-only share link; the words name it by number, only the artifact carries it."""
        link = self.store.share(self.session_id)
        name = "a share link" if link.id is None else f"share link #{link.id}"
        return Outcome(
            f"Made {name}: anyone who has it can view this session, read-only. It is shown to you once, "
            "here, and not kept in the chat.",
            share_link=link,
        )

    def revoke_share(self, link: int | None = None) -> Outcome:
        """Stop a share link (by number, default the newest live one) from opening the session."""
        live = [link for link in self.store.share_links(self.session_id) if link.live]
        if link is None:
            if not live:
                raise ShareLinkError("This session has no live share link to revoke.")
            chosen = live[-1]
        else:
            found = [made for made in live if made.id == link]
            if not found:
                raise ShareLinkError(f"There is no live share link #{link} for this session.")
            chosen = found[0]
        self.store.revoke(chosen.id, session_id=self.session_id)
        return Outcome(f"Revoked share link #{chosen.id}: it no longer opens this session.")

    def export_session(self, format: Literal["bundle", "html"] = "bundle") -> Outcome:
        """Write the session as a bundle (zip) or an HTML page; the path goes to the app."""
        folder = self.export_dir or Path(tempfile.mkdtemp(prefix="zone-export-"))
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        if format == "html":
            path = self.store.export_html(self.session_id, folder / f"zone-session-{stamp}.html")
            kind = "an HTML page"
        else:
            path = self.store.export_bundle(self.session_id, folder / f"zone-session-{stamp}.zip")
            kind = "a bundle (zip; import it to continue)"
        return Outcome(f"Exported the session as {kind}: {path.name}.", exports=(path,))


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
