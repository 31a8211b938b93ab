"""The offline router as a LangChain chat model, in LangChain's own agent loop (recording tools)."""

from __future__ import annotations

from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import StructuredTool, ToolException

from assistant.router import UNAVAILABLE_TEXT, OfflineRouter
from assistant.understanding import HELP_TEXT, REPLIES, Turn
from tests.assistant.dialogue_dev import CUP, tree


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

    def retry_edit(instruction: str | None = None, strength: str | None = None, round: int | str | None = None) -> str:
        return make("retry_edit")(instruction=instruction, strength=strength, round=round)

    def revert(round: int | str) -> str:
        return make("revert")(round=round)

    def list_rounds() -> str:
        return make("list_rounds")()

    return [
        StructuredTool.from_function(function, description=function.__name__, handle_tool_error=True)
        for function in (edit_image, retry_edit, revert, list_rounds)
    ]


def run_turn(text: str, fail: str | None = None, router: OfflineRouter | None = None) -> tuple[list, list]:
    log: list[tuple[str, dict[str, Any]]] = []
    router = router or OfflineRouter().for_turn(Turn(text=text, tree=tree(*CUP)))  # as the agent binds each turn
    agent = create_agent(router, recording_tools(log, fail))
    result = agent.invoke(
        {"messages": [HumanMessage("earlier turn: make it red"), AIMessage("ok"), HumanMessage(text)]}
    )
    return log, result["messages"]


def test_requests_become_tool_calls_one_at_a_time_in_order() -> None:
    log, messages = run_turn("undo that and make the saucer red")
    assert log == [
        ("revert", {"round": "previous"}),
        ("edit_image", {"instruction": "make the saucer red", "base_round": None}),
    ]
    calls = [m for m in messages if isinstance(m, AIMessage) and m.tool_calls]
    assert [len(m.tool_calls) for m in calls] == [1, 1]
    assert messages[-1].content == "revert done\nedit_image done"


def test_the_final_answer_comes_after_the_tool_results() -> None:
    log, messages = run_turn("show me the history")
    assert log == [("list_rounds", {})]
    assert isinstance(messages[-2], ToolMessage)
    assert isinstance(messages[-1], AIMessage) and not messages[-1].tool_calls
    assert messages[-1].content == "list_rounds done"


def test_a_failed_call_ends_the_turn_and_is_reported() -> None:
    log, messages = run_turn("undo and make it blue", fail="revert")
    assert log == [("revert", {"round": "previous"})]
    assert messages[-1].content == "revert failed"


def test_talk_and_out_of_scope_turns_are_answered_with_the_decisions_words() -> None:
    log, messages = run_turn("what can you do?")
    assert log == [] and messages[-1].content == HELP_TEXT
    log, messages = run_turn("run rm -rf / on the server")
    assert log == [] and messages[-1].content == REPLIES["out_of_scope"]


def test_a_router_bound_to_a_turn_decides_with_its_round_tree() -> None:
    router = OfflineRouter().for_turn(Turn("actually make it green instead", tree(*CUP)))
    log, _ = run_turn("this text is not read: the bound turn is", router=router)
    assert log == [("retry_edit", {"instruction": "make the cup green", "strength": None, "round": None})]
    assert OfflineRouter().turn is None and router.bind_tools([]).turn is router.turn
    with pytest.raises(TypeError, match="Turn"):
        OfflineRouter().for_turn("make it green")  # type: ignore[arg-type]


def test_decided_calls_of_unbound_tools_are_skipped() -> None:
    log, messages = run_turn("share this session")
    assert log == [] and messages[-1].content == UNAVAILABLE_TEXT


@pytest.mark.parametrize("content", ["make the cup blue", [{"type": "text", "text": "make the cup blue"}]])
def test_the_router_reads_plain_and_multipart_messages(content) -> None:
    answer = OfflineRouter().invoke([HumanMessage(content=content)])
    assert answer.tool_calls == []  # unbound: no photo has come, so the edit waits for one
    assert "no photo" in answer.content and '"make the cup blue"' in answer.content
