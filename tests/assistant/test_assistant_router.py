"""The offline router as a LangChain chat model, in LangChain's own agent loop (recording tools)."""

from __future__ import annotations

from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import StructuredTool, ToolException

from assistant.router import HELP_TEXT, OfflineRouter
from assistant.safety import DELETE_REPLY


def recording_tools(log: list[tuple[str, dict[str, Any]]], fail: str | None = None) -> list[StructuredTool]:
    """Tools with the assistant's names that record their calls; `fail` names one that errors."""

    def make(name: str):
        def run(**kwargs: Any) -> str:
            log.append((name, kwargs))
            if name == fail:
                raise ToolException(f"{name} failed")
            return f"{name} done"

        return run

    def edit_image(instruction: str, base_round: int | str | None = None) -> str:
        return make("edit_image")(instruction=instruction, base_round=base_round)

    def revert(round: int | str) -> str:
        return make("revert")(round=round)

    def list_rounds() -> str:
        return make("list_rounds")()

    return [
        StructuredTool.from_function(edit_image, description="edit", handle_tool_error=True),
        StructuredTool.from_function(revert, description="revert", handle_tool_error=True),
        StructuredTool.from_function(list_rounds, description="list", handle_tool_error=True),
    ]


def run_turn(text: str, fail: str | None = None) -> tuple[list, list]:
    log: list[tuple[str, dict[str, Any]]] = []
    agent = create_agent(OfflineRouter(), recording_tools(log, fail))
    result = agent.invoke({"messages": [HumanMessage("earlier turn: make it red"), AIMessage("ok"), HumanMessage(text)]})
    return log, result["messages"]


def test_requests_become_tool_calls_one_at_a_time_in_order() -> None:
    log, messages = run_turn("undo that and make the saucer red")
    assert log == [("revert", {"round": "previous"}), ("edit_image", {"instruction": "make the saucer red", "base_round": None})]
    calls = [m for m in messages if isinstance(m, AIMessage) and m.tool_calls]
    assert [len(m.tool_calls) for m in calls] == [1, 1]
    assert messages[-1].content == "revert done\nedit_image done"


def test_the_final_answer_comes_after_the_tool_results() -> None:
    log, messages = run_turn("show me the history")
    assert log == [("list_rounds", {})]
    assert isinstance(messages[-2], ToolMessage)
    assert isinstance(messages[-1], AIMessage) and not messages[-1].tool_calls
    assert messages[-1].content == "list_rounds done"


def test_a_failed_call_ends_the_plan_and_is_reported() -> None:
    log, messages = run_turn("undo and make it blue", fail="revert")
    assert log == [("revert", {"round": "previous"})]
    assert messages[-1].content == "revert failed"


def test_small_talk_and_refusals_are_answered_without_tools() -> None:
    log, messages = run_turn("what can you do?")
    assert log == [] and messages[-1].content == HELP_TEXT
    log, messages = run_turn("delete all sessions")
    assert log == [] and messages[-1].content == DELETE_REPLY


def test_planned_calls_of_unbound_tools_are_skipped() -> None:
    log, messages = run_turn("share this session")
    assert log == [] and messages[-1].content == HELP_TEXT


@pytest.mark.parametrize("content", ["make the cup blue", [{"type": "text", "text": "make the cup blue"}]])
def test_the_router_reads_plain_and_multipart_messages(content) -> None:
    answer = OfflineRouter().invoke([HumanMessage(content=content)])
    assert answer.tool_calls[0]["name"] == "edit_image"
    assert answer.tool_calls[0]["args"] == {"instruction": "make the cup blue"}
