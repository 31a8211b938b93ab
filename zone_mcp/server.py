"""The MCP server: the assistant's session tools over one store and one editor.

Each tool first gates the session by its owner (`store.session(sid, owner=...)`: the token's owner
over HTTP, `storage.LOCAL_OWNER` on stdio), then calls the assistant's `SessionTools`, so the words,
the reference resolution ("before the croissant") and the one-sentence errors are the assistant's.
What this module adds is what a chat client shows: a PNG preview as image content, the round as
structured content, links to the full-size pictures (`zone_mcp.resources`), progress notifications
while an edit runs, and cancellation (a cancelled edit stores nothing). A `ZoneError` or
`StoreError` becomes a tool error (`is_error`) carrying its sentence unchanged.

This module does not use `from __future__ import annotations`: the SDK reads the tools' signatures.
"""

import base64
import binascii
import functools
import threading
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal, ParamSpec

import anyio
import anyio.from_thread
import anyio.to_thread
from mcp.server.auth.provider import TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.mcpserver import Context, MCPServer
from mcp.types import (
    BlobResourceContents,
    CallToolResult,
    ContentBlock,
    EmbeddedResource,
    ImageContent,
    ResourceLink,
    TextContent,
    ToolAnnotations,
)
from pydantic import AnyHttpUrl, Field

from assistant.measures import changed_share, differing_share
from assistant.references import RoundTree
from assistant.tools import Editor, EditSettings, SessionTools
from storage import Round, Store, StoreError
from zone_mcp import resources
from zone_mcp.auth import current_owner, is_local
from zone_mcp.results import Comparison, ExportOutcome, History, HistoryRow, RoundOutcome, SessionList, SessionSummary
from zone_tools.editor import LATER_STAGES
from zone_tools.errors import BadImageError, ZoneError
from zone_tools.imageio import load_image
from zone_tools.progress_bar import STAGE_LABELS
from zone_tools.time_left import TimeLeft

P = ParamSpec("P")

INSTRUCTIONS = (
    "Edit photos by chatting: start_session, add_photo, then edit_image with an instruction such as "
    "'make the cup blue'. Every edit is a new round; undo, redo and revert move between rounds and "
    "nothing is ever deleted. Rounds are named by number (the upload is round 0) or in words "
    "('original', 'previous', 'before the croissant')."
)
REFERENCE_HELP = (
    "A round: its number (the upload is 0), or words such as 'current', 'original', 'previous', "
    "'next', 'latest', '2 steps back', 'before the croissant' or 'the one with the blue cup'."
)

SessionId = Annotated[str, Field(description="The session id that start_session or list_sessions gave.")]
Reference = Annotated[int | str, Field(description=REFERENCE_HELP)]

PROGRESS_SEND_SECONDS = 10.0
"""Longest wait to deliver one progress notification."""

READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)
MOVES = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=False)
ADDS = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=False)


def _text(text: str) -> TextContent:
    return TextContent(type="text", text=text)


def answers_errors(tool: Callable[P, Awaitable[CallToolResult]]) -> Callable[P, Awaitable[CallToolResult]]:
    """The tool, its user-facing errors returned as a tool error carrying the same sentence."""

    @functools.wraps(tool)
    async def run(*args: P.args, **kwargs: P.kwargs) -> CallToolResult:
        try:
            return await tool(*args, **kwargs)
        except (ZoneError, StoreError) as error:
            return CallToolResult(content=[_text(str(error))], is_error=True)

    return run


class EditProgress:
    """The editor's `on_progress(step, total, stage)`, sent from the edit's worker thread as MCP progress.

    Progress counts denoising steps, then the later stages (localize, segment, smooth, blend), so it
    only ever grows; its message says how long is left once that is known ("denoising step 3 of 20,
    about 2 min left", see `zone_tools.time_left`). Every call first checks whether the request was
    cancelled: a cancelled edit stops at its next step, before anything is stored. A notification
    that cannot be delivered (the client went away) is given up after `PROGRESS_SEND_SECONDS`, so it
    never holds the editor.
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._steps = 0
        self._time_left = TimeLeft()

    def __call__(self, step: int, total: int, stage: str) -> None:
        anyio.from_thread.check_cancelled()
        self._time_left(step, total, stage)
        if stage == "denoise":
            self._steps = total
            done, message = step, f"denoising step {step} of {total}"
        else:
            done, message = self._steps + step, STAGE_LABELS.get(stage, stage)
        message = self._time_left.after(message)
        anyio.from_thread.run(self._send, done, self._steps + len(LATER_STAGES), message)

    async def _send(self, done: int, total: int, message: str) -> None:
        with anyio.move_on_after(PROGRESS_SEND_SECONDS):
            await self._ctx.report_progress(done, total, message)


class McpTools:
    """The MCP tools over one store and editor; `params` are editor settings applied to every edit."""

    def __init__(self, store: Store, editor: Editor, params: dict[str, Any] | None = None) -> None:
        self.store = store
        self.editor = editor
        self.params = params
        self._editing = threading.Lock()

    def register(self, server: MCPServer) -> None:
        """Add every tool to `server`."""
        specs: list[tuple[Callable[..., Awaitable[CallToolResult]], ToolAnnotations, str]] = [
            (self.start_session, ADDS, "Start a new, empty editing session; returns its id."),
            (self.list_sessions, READ_ONLY, "List your editing sessions, newest first."),
            (
                self.add_photo,
                ADDS,
                (
                    "Add a photo to a session as a new round (an upload, round 0 of its own tree) and make it "
                    "current. Give either 'data' (the image file, base64-encoded) or 'path' (a file on the "
                    "server's machine; only for a server started by this client over stdio)."
                ),
            ),
            (
                self.edit_image,
                ADDS,
                (
                    "Edit the photo as the instruction says, only where the change is (ZONE), and store the "
                    "result as a new round, which becomes current. Reports progress while it runs; returns a "
                    "preview and the share of the photo that changed."
                ),
            ),
            (self.undo, MOVES, "Go back to the round before the current one (nothing is deleted)."),
            (self.redo, MOVES, "Go forward again to the latest edit made from the current round."),
            (
                self.revert,
                MOVES,
                (
                    "Make any round current: a number, 'original', 'before the croissant', ... New edits "
                    "continue from it; nothing is deleted."
                ),
            ),
            (self.history, READ_ONLY, "The session's rounds as a tree, with the current one marked."),
            (self.show_round, READ_ONLY, "Show one round (preview and details) without making it current."),
            (
                self.compare_rounds,
                READ_ONLY,
                "Show two rounds side by side, with the share of pixels that differ between them.",
            ),
            (self.share_session, ADDS, "Create a read-only share link for the session."),
            (
                self.revoke_share,
                MOVES,
                "Revoke a share link of the session (by default the newest live one); it opens nothing afterwards.",
            ),
            (
                self.export_session,
                READ_ONLY,
                "Export the session as a zip bundle (importable with `zone import`) or a self-contained HTML page.",
            ),
        ]
        for tool, annotations, description in specs:
            server.add_tool(tool, description=description, annotations=annotations)

    # sessions

    @answers_errors
    async def start_session(
        self, title: Annotated[str | None, Field(description="An optional title for the session.")] = None
    ) -> Annotated[CallToolResult, SessionSummary]:
        session_id = self.store.create_session(title, owner=current_owner())
        summary = self._summary(session_id)
        return CallToolResult(
            content=[_text(f"Started session {session_id}. Add a photo to begin.")],
            structured_content=summary.model_dump(mode="json"),
        )

    @answers_errors
    async def list_sessions(self) -> Annotated[CallToolResult, SessionList]:
        found = [self._summary(info.id) for info in self.store.sessions(owner=current_owner())]
        lines = [f"{s.session}  {s.rounds} round(s)  {s.title or '(untitled)'}" for s in found]
        return CallToolResult(
            content=[_text("\n".join(lines) or "No sessions yet: start one with start_session.")],
            structured_content=SessionList(sessions=found).model_dump(mode="json"),
        )

    # rounds

    @answers_errors
    async def add_photo(
        self,
        session: SessionId,
        data: Annotated[str | None, Field(description="The image file (PNG, JPEG, WebP, ...), base64-encoded.")] = None,
        path: Annotated[str | None, Field(description="A file on the server's machine (stdio only).")] = None,
    ) -> Annotated[CallToolResult, RoundOutcome]:
        self._gate(session)
        image = load_image(self._photo_source(data, path))
        round_id = self.store.add_round(session, image)
        node = self.store.round(round_id)
        return self._round_result(f"Added the photo as round {node.index}. Tell me what to change.", node)

    @staticmethod
    def _photo_source(data: str | None, path: str | None) -> bytes | str:
        """The encoded image the client sent, or the path it named (local clients only)."""
        if (data is None) == (path is None):
            raise BadImageError("Give the photo either as base64 'data' or as a 'path', not both or neither.")
        if path is not None:
            if not is_local():
                raise BadImageError(
                    "Over HTTP, send the photo as base64 'data'; paths are read only for a local (stdio) client."
                )
            return path
        try:
            return base64.b64decode(data or "", validate=True)
        except (binascii.Error, ValueError) as error:
            raise BadImageError("The image data is not valid base64.") from error

    @answers_errors
    async def edit_image(
        self,
        session: SessionId,
        instruction: Annotated[
            str, Field(description="What to change, e.g. 'make the cup blue' or 'remove the spoon'.")
        ],
        ctx: Context,
        base_round: Annotated[
            int | str | None, Field(description="The round to edit; default the current one. " + REFERENCE_HELP)
        ] = None,
        action: Annotated[
            Literal["add", "remove", "change"] | None,
            Field(description="The kind of edit; leave empty to let the editor classify the instruction."),
        ] = None,
        mask: Annotated[
            int | str | None,
            Field(description="Edit the same region as this earlier edited round. " + REFERENCE_HELP),
        ] = None,
    ) -> Annotated[CallToolResult, RoundOutcome]:
        self._gate(session)
        progress = EditProgress(ctx)

        def work() -> tuple[str, int]:
            with self._editing:
                tools = self._tools(session, EditSettings(params=self.params, on_progress=progress))
                outcome = tools.edit_image(instruction, base_round=base_round, action=action, mask=mask)
                assert outcome.round_id is not None
                return outcome.text, outcome.round_id

        text, round_id = await anyio.to_thread.run_sync(work)
        return self._round_result(text, self.store.round(round_id))

    @answers_errors
    async def undo(self, session: SessionId) -> Annotated[CallToolResult, RoundOutcome]:
        return self._move(session, "previous")

    @answers_errors
    async def redo(self, session: SessionId) -> Annotated[CallToolResult, RoundOutcome]:
        return self._move(session, "next")

    @answers_errors
    async def revert(self, session: SessionId, round: Reference) -> Annotated[CallToolResult, RoundOutcome]:
        return self._move(session, round)

    def _move(self, session: str, reference: int | str) -> CallToolResult:
        self._gate(session)
        tools = self._tools(session)
        outcome = tools.revert(reference)
        assert outcome.round_id is not None
        return self._round_result(outcome.text, self.store.round(outcome.round_id))

    @answers_errors
    async def history(self, session: SessionId) -> Annotated[CallToolResult, History]:
        self._gate(session)
        tools = self._tools(session)
        text = tools.list_rounds().text
        tree = tools.tree()
        rows = [
            HistoryRow(
                round=node.index,
                base_round=None if (parent := tree.parent(node)) is None else parent.index,
                instruction=node.instruction,
                action=node.action,
                current=node.id == tree.current_id,
            )
            for node in tree.rounds
        ]
        current = next((row.round for row in rows if row.current), None)
        history = History(session=session, current_round=current, rounds=rows)
        return CallToolResult(content=[_text(text)], structured_content=history.model_dump(mode="json"))

    @answers_errors
    async def show_round(self, session: SessionId, round: Reference) -> Annotated[CallToolResult, RoundOutcome]:
        self._gate(session)
        tools = self._tools(session)
        outcome = tools.show_round(round)
        assert outcome.round_id is not None
        return self._round_result(outcome.text, self.store.round(outcome.round_id))

    @answers_errors
    async def compare_rounds(
        self, session: SessionId, first: Reference, second: Reference
    ) -> Annotated[CallToolResult, Comparison]:
        self._gate(session)
        tree = self._tools(session).tree()
        one, two = tree.resolve(first), tree.resolve(second)
        differs = differing_share(one, two)
        said = "different sizes" if differs is None else f"{differs:.1%} of the pixels differ"
        text = f"Round {one.index} (left) and round {two.index} (right): {said}."
        comparison = Comparison(first=self._outcome(one, tree), second=self._outcome(two, tree), differs=differs)
        return CallToolResult(
            content=[_text(text), _preview(one), _preview(two)],
            structured_content=comparison.model_dump(mode="json"),
        )

    # sharing and export

    @answers_errors
    async def share_session(self, session: SessionId) -> CallToolResult:
        self._gate(session)
        outcome = self._tools(session).share_session()
        assert outcome.share_link is not None
        link = outcome.share_link
        return CallToolResult(
            content=[_text(f"{outcome.text} Its token (give it only to people who may see the session): {link.token}")],
            structured_content={"link": link.id, "token": link.token},
        )

    @answers_errors
    async def revoke_share(
        self,
        session: SessionId,
        link: Annotated[
            int | str | None,
            Field(description="The share link's number or token; default the newest live link."),
        ] = None,
    ) -> CallToolResult:
        self._gate(session)
        if isinstance(link, str) and not link.strip().isdigit():
            revoked = self.store.revoke(link.strip(), session_id=session)
            return CallToolResult(content=[_text(f"Revoked {revoked.reference}; it opens nothing any more.")])
        number = None if link is None else int(link)
        return CallToolResult(content=[_text(self._tools(session).revoke_share(number).text)])

    @answers_errors
    async def export_session(
        self,
        session: SessionId,
        format: Annotated[
            resources.ExportFormat, Field(description="'bundle' (a zip) or 'html' (one page).")
        ] = "bundle",
    ) -> Annotated[CallToolResult, ExportOutcome]:
        self._gate(session)
        data = resources.export_bytes(self.store, session, format)
        uri = resources.export_uri(session, format)
        mime = resources.EXPORT_MIME[format]
        outcome = ExportOutcome(session=session, format=format, uri=uri, size=len(data))
        blob = BlobResourceContents(uri=uri, mime_type=mime, blob=base64.b64encode(data).decode("ascii"))
        return CallToolResult(
            content=[
                _text(f"Exported the session as {format} ({len(data):,} bytes)."),
                EmbeddedResource(type="resource", resource=blob),
            ],
            structured_content=outcome.model_dump(mode="json"),
        )

    # helpers

    def _gate(self, session: str) -> None:
        """The session exists and belongs to the caller (the same error as a missing one otherwise)."""
        self.store.session(session, owner=current_owner())

    def _tools(self, session: str, settings: EditSettings | None = None) -> SessionTools:
        return SessionTools(self.store, self.editor, session, settings or EditSettings(params=self.params))

    def _summary(self, session_id: str) -> SessionSummary:
        info = self.store.session(session_id)
        current = None if info.current_round_id is None else self.store.round(info.current_round_id).index
        return SessionSummary(session=info.id, title=info.title, rounds=info.round_count, current_round=current)

    def _outcome(self, node: Round, tree: RoundTree) -> RoundOutcome:
        parent = tree.parent(node)
        return RoundOutcome(
            session=node.session_id,
            round=node.index,
            round_id=node.id,
            base_round=None if parent is None else parent.index,
            instruction=node.instruction,
            action=node.action,
            changed=changed_share(node),
            current=node.id == tree.current.id,
            resources=resources.round_uris(node),
        )

    def _round_result(self, text: str, node: Round) -> CallToolResult:
        """The round as a chat client shows it: the words, a preview, links to the full-size pictures."""
        outcome = self._outcome(node, self._tools(node.session_id).tree())
        links: list[ContentBlock] = [
            ResourceLink(type="resource_link", uri=uri, name=f"round {node.index} {kind}", mime_type="image/png")
            for kind, uri in outcome.resources.items()
        ]
        return CallToolResult(
            content=[_text(text), _preview(node), *links], structured_content=outcome.model_dump(mode="json")
        )


def _preview(node: Round) -> ImageContent:
    """The round's image as a PNG at most `resources.PREVIEW_SIDE` pixels on its longer side."""
    data = resources.png_bytes(node.thumbnail(resources.PREVIEW_SIDE))
    return ImageContent(type="image", data=base64.b64encode(data).decode("ascii"), mime_type="image/png")


def build_server(
    store: Store,
    editor: Editor,
    *,
    params: dict[str, Any] | None = None,
    tokens: TokenVerifier | None = None,
    url: str | None = None,
) -> MCPServer:
    """The ZONE MCP server. With `tokens` (HTTP), every request needs a bearer token and `url` is the
    server's own address (its protected-resource metadata); without, it serves the local person."""
    auth = None
    if tokens is not None:
        if url is None:
            raise ValueError("An authenticated server needs its own URL.")
        auth = AuthSettings(
            issuer_url=AnyHttpUrl(url), resource_server_url=AnyHttpUrl(f"{url}/mcp"), validate_token_resource=False
        )
    server = MCPServer(
        "zone",
        title="ZONE photo editor",
        instructions=INSTRUCTIONS,
        token_verifier=tokens,
        auth=auth,
        log_level="WARNING",
    )
    McpTools(store, editor, params).register(server)
    resources.register(server, store)
    return server
