"""`zone mcp --http` on 127.0.0.1: bearer tokens, sessions scoped to the token's owner."""

from __future__ import annotations

from pathlib import Path

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp.types import CallToolResult
from PIL import Image

from storage import Store
from tests.mcp.conftest import STEPS, HttpServer, decode_png, preview_size
from zone_tools.editor import LATER_STAGES

pytestmark = pytest.mark.anyio

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "0"}},
}
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


async def call(client: Client, name: str, **arguments: object) -> CallToolResult:
    result = await client.call_tool(name, arguments)
    assert not result.is_error, result.content
    return result


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token-of-this-server", "Basic YWxpY2U6c2VjcmV0"])
async def test_a_request_without_a_valid_token_is_refused(http_server: HttpServer, authorization: str | None) -> None:
    headers = HEADERS if authorization is None else {**HEADERS, "Authorization": authorization}
    async with httpx2.AsyncClient() as raw:
        response = await raw.post(http_server.url, json=INITIALIZE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_an_sdk_client_with_a_wrong_token_cannot_connect(http_server: HttpServer) -> None:
    stranger = HttpServer(http_server.url, http_server.db_url, {"eve": "x" * 32})
    with pytest.raises(ExceptionGroup) as refused:
        async with stranger.client("eve") as client:
            await client.list_tools()
    assert refused.group_contains(MCPError, depth=2)


async def test_edit_over_http_with_progress(http_server: HttpServer, coffee_b64: str, coffee: Image.Image) -> None:
    async with http_server.client("alice") as client:
        assert "edit_image" in {tool.name for tool in (await client.list_tools()).tools}
        session = (await call(client, "start_session", title="alice's coffee")).structured_content["session"]
        await call(client, "add_photo", session=session, data=coffee_b64)
        seen: list[float] = []

        async def progress(done: float, total: float | None, message: str | None) -> None:
            seen.append(done)

        edited = await client.call_tool(
            "edit_image", {"session": session, "instruction": "make the cup blue"}, progress_callback=progress
        )
        assert not edited.is_error, edited.content
        assert decode_png(edited.content[1].data).size == preview_size(coffee.size)
        assert seen == list(range(1, STEPS + len(LATER_STAGES) + 1))
        undone = await call(client, "undo", session=session)
        assert undone.structured_content["round"] == 0
        history = (await call(client, "history", session=session)).structured_content
        assert [row["round"] for row in history["rounds"]] == [0, 1]
        await call(client, "share_session", session=session)
    with Store(http_server.db_url) as store:
        assert [info.id for info in store.sessions(owner="alice")] == [session]


async def test_one_owner_cannot_see_or_touch_anothers_session(http_server: HttpServer, coffee_b64: str) -> None:
    async with http_server.client("alice") as alice:
        session = (await call(alice, "start_session", title="private")).structured_content["session"]
        uri = (await call(alice, "add_photo", session=session, data=coffee_b64)).structured_content["resources"][
            "image"
        ]
    async with http_server.client("bob") as bob:
        listed = (await call(bob, "list_sessions")).structured_content["sessions"]
        assert session not in {entry["session"] for entry in listed}
        missing = await bob.call_tool("history", {"session": "f" * 32})
        for name, arguments in [
            ("history", {"session": session}),
            ("add_photo", {"session": session, "data": coffee_b64}),
            ("edit_image", {"session": session, "instruction": "make the cup blue"}),
            ("revert", {"session": session, "round": 0}),
            ("share_session", {"session": session}),
            ("export_session", {"session": session}),
        ]:
            refused = await bob.call_tool(name, arguments)
            assert refused.is_error, name
            assert refused.content[0].text == missing.content[0].text.replace("f" * 32, session)
        with pytest.raises(MCPError):
            await bob.read_resource(uri)
    with Store(http_server.db_url) as store:
        assert len(store.rounds(session)) == 1


async def test_a_path_on_the_servers_machine_is_refused_over_http(http_server: HttpServer, coffee_png: Path) -> None:
    async with http_server.client("bob") as bob:
        session = (await call(bob, "start_session")).structured_content["session"]
        refused = await bob.call_tool("add_photo", {"session": session, "path": str(coffee_png)})
        assert refused.is_error
        assert "base64" in refused.content[0].text
    with Store(http_server.db_url) as store:
        assert store.rounds(session) == []


async def test_a_cancelled_edit_over_http_stores_nothing(http_server: HttpServer, coffee_b64: str) -> None:
    async with http_server.client("alice") as client:
        session = (await call(client, "start_session")).structured_content["session"]
        await call(client, "add_photo", session=session, data=coffee_b64)
        started = anyio.Event()

        async def progress(done: float, total: float | None, message: str | None) -> None:
            started.set()

        async def edit() -> None:
            arguments = {"session": session, "instruction": "make the cup blue"}
            await client.call_tool("edit_image", arguments, progress_callback=progress)

        async with anyio.create_task_group() as group:
            group.start_soon(edit)
            await started.wait()
            group.cancel_scope.cancel()
        after = await call(client, "edit_image", session=session, instruction="remove the spoon", action="remove")
        assert after.structured_content["round"] == 1
    with Store(http_server.db_url) as store:
        assert [node.instruction for node in store.rounds(session)] == [None, "remove the spoon"]
