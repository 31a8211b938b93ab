"""`zone mcp` over stdio, driven by the MCP SDK's own client: one server subprocess for the module."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import pytest
from mcp import Client
from mcp.types import CallToolResult, ImageContent, ResourceLink, TextContent
from PIL import Image

from assistant.tools import SessionTools
from storage import Store
from tests.mcp.conftest import STEPS, decode_png, preview_size, stdio_client
from tests.time_left_words import LEFT
from zone_tools.editor import LATER_STAGES
from zone_tools.errors import ZoneError
from zone_tools.imageio import load_image, validate_instruction

pytestmark = pytest.mark.anyio

TOOLS = {
    "start_session",
    "list_sessions",
    "add_photo",
    "edit_image",
    "undo",
    "redo",
    "revert",
    "history",
    "show_round",
    "compare_rounds",
    "share_session",
    "revoke_share",
    "export_session",
}


@pytest.fixture(scope="module")
async def client(mcp_db: str) -> AsyncIterator[Client]:
    async with stdio_client(mcp_db) as connected:
        yield connected


async def call(client: Client, name: str, **arguments: object) -> CallToolResult:
    """A tool call that must succeed."""
    result = await client.call_tool(name, arguments)
    assert not result.is_error, result.content
    return result


async def new_session(client: Client, coffee_png: Path) -> str:
    session = (await call(client, "start_session", title="coffee")).structured_content["session"]
    await call(client, "add_photo", session=session, path=str(coffee_png))
    return session


def rounds_in(db_url: str, session: str) -> int:
    with Store(db_url) as store:
        return len(store.rounds(session))


async def test_lists_the_tools_with_descriptions_and_typed_arguments(client: Client) -> None:
    tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == TOOLS
    assert all(tool.description for tool in tools.values())
    edit = tools["edit_image"].input_schema
    assert edit["required"] == ["session", "instruction"]
    assert "make the cup blue" in edit["properties"]["instruction"]["description"]
    assert tools["edit_image"].output_schema["properties"]["changed"]
    templates = {t.uri_template for t in (await client.list_resource_templates()).resource_templates}
    assert "zone://sessions/{session}/rounds/{number}/{kind}" in templates


async def test_upload_edit_undo_redo_history_share(
    client: Client, coffee_png: Path, coffee: Image.Image, mcp_db: str
) -> None:
    session = (await call(client, "start_session", title="coffee")).structured_content["session"]
    upload = await call(client, "add_photo", session=session, path=str(coffee_png))
    assert upload.structured_content["round"] == 0
    assert decode_png(upload.content[1].data).size == preview_size(coffee.size)

    seen: list[tuple[float, float | None, str | None]] = []

    async def progress(done: float, total: float | None, message: str | None) -> None:
        seen.append((done, total, message))

    edited = await client.call_tool(
        "edit_image", {"session": session, "instruction": "make the cup blue"}, progress_callback=progress
    )
    assert not edited.is_error, edited.content
    outcome = edited.structured_content
    assert (outcome["round"], outcome["base_round"], outcome["action"], outcome["current"]) == (1, 0, "change", True)
    assert 0.0 <= outcome["changed"] <= 1.0
    text, image, *links = edited.content
    assert isinstance(text, TextContent) and text.text.startswith("Round 1 (edited from round 0)")
    assert isinstance(image, ImageContent) and image.mime_type == "image/png"
    assert decode_png(image.data).size == preview_size(coffee.size)
    assert {link.uri for link in links if isinstance(link, ResourceLink)} == set(outcome["resources"].values())

    total = STEPS + len(LATER_STAGES)
    assert [done for done, _, _ in seen] == list(range(1, total + 1))
    assert {whole for _, whole, _ in seen} == {total}
    later = ["localizing", "segmenting", "smoothing", "blending"]
    labels = [*(f"denoising step {step} of {STEPS}" for step in range(1, STEPS + 1)), *later]
    messages = [message or "" for _, _, message in seen]
    assert [message.split(", ")[0] for message in messages] == labels
    # no estimate before a step was timed, nor once the edit is done; one in between
    assert [bool(LEFT.fullmatch(message.partition(", ")[2])) for message in messages] == [
        False,
        *[True] * (len(labels) - 2),
        False,
    ]
    assert messages[0] == labels[0] and messages[-1] == "blending"

    full = await client.read_resource(outcome["resources"]["image"])
    assert decode_png(full.contents[0].blob).size == coffee.size
    mask = await client.read_resource(outcome["resources"]["mask-final"])
    assert decode_png(mask.contents[0].blob).size == coffee.size

    undone = await call(client, "undo", session=session)
    assert (undone.structured_content["round"], undone.structured_content["current"]) == (0, True)
    redone = await call(client, "redo", session=session)
    assert redone.structured_content["round"] == 1
    before = await call(client, "revert", session=session, round="before the cup")
    assert before.structured_content["round"] == 0

    history = (await call(client, "history", session=session)).structured_content
    assert history["current_round"] == 0
    assert [(row["round"], row["base_round"]) for row in history["rounds"]] == [(0, None), (1, 0)]

    shown = await call(client, "show_round", session=session, round=1)
    assert shown.structured_content["current"] is False
    compared = await call(client, "compare_rounds", session=session, first="original", second=1)
    assert [block.type for block in compared.content] == ["text", "image", "image"]

    shared = await call(client, "share_session", session=session)
    assert "share" in shared.content[0].text.lower()
    exported = await call(client, "export_session", session=session, format="bundle")
    assert exported.structured_content["size"] > 0
    assert rounds_in(mcp_db, session) == 2


async def test_photo_as_base64_data(client: Client, coffee_b64: str, coffee: Image.Image) -> None:
    session = (await call(client, "start_session")).structured_content["session"]
    added = await call(client, "add_photo", session=session, data=coffee_b64)
    assert added.structured_content["round"] == 0
    full = await client.read_resource(added.structured_content["resources"]["image"])
    assert decode_png(full.contents[0].blob).size == coffee.size
    sessions = (await call(client, "list_sessions")).structured_content["sessions"]
    assert session in {entry["session"] for entry in sessions}


async def test_bad_input_is_a_tool_error_with_the_projects_sentence_and_stores_nothing(
    client: Client, coffee_png: Path, mcp_db: str
) -> None:
    session = await new_session(client, coffee_png)
    with pytest.raises(ZoneError) as broken:
        load_image(b"not an image at all")
    with pytest.raises(ZoneError) as empty:
        validate_instruction("   ")
    cases = [
        ("add_photo", {"session": session, "data": "bm90IGFuIGltYWdlIGF0IGFsbA=="}, str(broken.value)),
        ("add_photo", {"session": session, "data": "***"}, "The image data is not valid base64."),
        ("edit_image", {"session": session, "instruction": "   "}, str(empty.value)),
        ("revert", {"session": session, "round": 7}, "There is no round 7; this session has rounds 0 to 0."),
        ("history", {"session": "0" * 32}, f"There is no session {'0' * 32!r}."),
    ]
    for name, arguments, sentence in cases:
        result = await client.call_tool(name, arguments)
        assert result.is_error, name
        assert [block.text for block in result.content] == [sentence]
    assert rounds_in(mcp_db, session) == 1


async def test_a_cancelled_edit_stores_nothing(client: Client, coffee_png: Path, mcp_db: str) -> None:
    session = await new_session(client, coffee_png)
    started = anyio.Event()

    async def progress(done: float, total: float | None, message: str | None) -> None:
        started.set()

    async def edit() -> None:
        await client.call_tool(
            "edit_image", {"session": session, "instruction": "make the cup blue"}, progress_callback=progress
        )

    async with anyio.create_task_group() as group:
        group.start_soon(edit)
        await started.wait()
        group.cancel_scope.cancel()

    after = await call(client, "edit_image", session=session, instruction="remove the spoon", action="remove")
    assert after.structured_content["round"] == 1
    assert rounds_in(mcp_db, session) == 2


@pytest.mark.skipif(
    not hasattr(SessionTools, "revoke_share"),
    reason="SessionTools.revoke_share comes with the assistant-runtime branch",
)
async def test_revoke_the_newest_share_link(client: Client, coffee_png: Path, mcp_db: str) -> None:
    session = await new_session(client, coffee_png)
    await call(client, "share_session", session=session)
    await call(client, "revoke_share", session=session)
    with Store(mcp_db) as store:
        links = store.share_links(session)
    assert links and all(link.revoked is not None for link in links)
