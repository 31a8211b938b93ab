"""A LangChain agent drives `zone mcp --http` through LangChain's MCP adapter, with a scripted chat model.

`langchain-mcp-adapters` pins `mcp<2`; the adapter for the 2.x SDK is LangChain's own
`langchain.mcp.MCPAdapter` (the `langchain[mcp]` extra), which this test uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from fastmcp.client import Client as FastMCPClient
from langchain.agents import create_agent
from langchain.mcp import MCPAdapter
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool

from storage import Store
from tests.mcp.conftest import HttpServer

pytestmark = pytest.mark.anyio

Step = Callable[[list[ToolMessage]], tuple[str, dict[str, Any]]]


class ScriptedChatModel(BaseChatModel):
    """A tool-calling chat model that makes the scripted calls one per turn step, then answers.

    Each step builds its call from the tool results so far (e.g. the session id that start_session
    returned), as a real model would read them.
    """

    steps: list[Any]

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Runnable[LanguageModelInput, AIMessage]:
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        results = [message for message in messages if isinstance(message, ToolMessage)]
        if len(results) < len(self.steps) and not any(result.status == "error" for result in results):
            name, args = self.steps[len(results)](results)
            reply = AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"call_{len(results)}"}])
        else:
            reply = AIMessage(content=f"Done after {len(results)} tool calls.")
        return ChatResult(generations=[ChatGeneration(message=reply)])


def session_of(results: list[ToolMessage]) -> str:
    """The session id start_session gave (its structured content travels in the artifact)."""
    return results[0].artifact["structured_content"]["session"]


async def test_an_agent_edits_through_the_mcp_tools(http_server: HttpServer, coffee_b64: str) -> None:
    steps: list[Step] = [
        lambda results: ("start_session", {"title": "agent"}),
        lambda results: ("add_photo", {"session": session_of(results), "data": coffee_b64}),
        lambda results: ("edit_image", {"session": session_of(results), "instruction": "make the cup blue"}),
        lambda results: ("history", {"session": session_of(results)}),
    ]
    client = FastMCPClient(http_server.url, auth=http_server.tokens["alice"])
    async with MCPAdapter(client) as adapter:
        tools: list[BaseTool] = await adapter.list_tools()
        assert "edit_image" in {tool.name for tool in tools}
        agent = create_agent(ScriptedChatModel(steps=steps), tools)
        state = await agent.ainvoke({"messages": [HumanMessage("Make the cup in my coffee photo blue.")]})

    results = [message for message in state["messages"] if isinstance(message, ToolMessage)]
    assert [(result.name, result.status) for result in results] == [
        ("start_session", "success"),
        ("add_photo", "success"),
        ("edit_image", "success"),
        ("history", "success"),
    ]
    edit = results[2]
    assert edit.artifact["structured_content"]["round"] == 1
    assert any(isinstance(block, dict) and block.get("type") == "image" for block in edit.content)
    assert state["messages"][-1].content == "Done after 4 tool calls."
    session = session_of(results)
    with Store(http_server.db_url) as store:
        assert session in {info.id for info in store.sessions(owner="alice")}
        assert [node.instruction for node in store.rounds(session)] == [None, "make the cup blue"]
