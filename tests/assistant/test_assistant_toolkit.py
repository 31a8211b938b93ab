"""`assistant.toolkit`: the tools with a `session_id`, for an agent of your own; and the README's example."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from PIL import Image

from assistant import toolkit
from assistant.tools import TOOL_SPECS
from storage import Store
from zone_tools import ZoneEditor

README = Path(__file__).resolve().parents[2] / "README.md"


class StepModel(BaseChatModel):
    """A chat model answering each call with the next step, a function of the messages so far."""

    steps: list[Any]

    @property
    def _llm_type(self) -> str:
        return "scripted-steps"

    def bind_tools(self, tools: Any, **kwargs: Any) -> StepModel:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        step: Callable[[list[BaseMessage]], AIMessage] = self.steps.pop(0)
        return ChatResult(generations=[ChatGeneration(message=step(messages))])


def tool_call(name: str, args: dict[str, Any], number: int) -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"call_{number}", "type": "tool_call"}])


def session_in(messages: list[BaseMessage]) -> str:
    return re.search(r"session ([0-9a-f]{32})", str(messages[-1].content))[1]


def invoke(tools: dict, name: str, args: dict[str, Any]) -> ToolMessage:
    return tools[name].invoke({"name": name, "args": args, "id": "call_x", "type": "tool_call"})


def test_the_toolkit_has_every_tool_with_a_session_id(store: Store, editor: ZoneEditor) -> None:
    tools = {tool.name: tool for tool in toolkit(store, editor)}
    assert set(tools) == {"start_session", "add_photo"} | {spec.name for spec in TOOL_SPECS}
    for spec in TOOL_SPECS:
        assert set(tools[spec.name].args) == set(spec.schema.model_fields) | {"session_id"}
    assert "session_id" not in tools["start_session"].args


def test_the_toolkit_edits_shares_and_keeps_to_its_sessions(
    store: Store, editor: ZoneEditor, photo: Image.Image, tmp_path: Path, fast: dict
) -> None:
    path = tmp_path / "photo.png"
    photo.save(path)
    tools = {tool.name: tool for tool in toolkit(store, editor, params=fast, export_dir=tmp_path / "out")}
    started = tools["start_session"].invoke({"photo_path": str(path), "title": "table"})
    sid = re.search(r"session ([0-9a-f]{32})", started)[1]
    assert started.endswith("the photo is round 0.") and store.session(sid).title == "table"

    edited = invoke(tools, "edit_image", {"session_id": sid, "instruction": "make the cup blue"})
    assert edited.status == "success" and edited.content.startswith("Round 1 (edited from round 0)")
    assert edited.artifact.base_round == 0 and store.round(edited.artifact.round_id).params["steps"] == 1
    again = invoke(tools, "retry_edit", {"session_id": sid, "strength": "stronger"})
    assert "text guidance 7.5 -> 10" in again.content
    assert [r.parent_id for r in store.rounds(sid)][1:] == [store.rounds(sid)[0].id] * 2

    shared = invoke(tools, "share_session", {"session_id": sid})
    assert shared.artifact.share_link.token not in shared.content
    assert store.open_shared(shared.artifact.share_link.token) is not None
    exported = invoke(tools, "export_session", {"session_id": sid, "format": "html"})
    assert exported.artifact.exports[0].parent == tmp_path / "out"

    assert (
        tools["add_photo"].invoke({"session_id": sid, "path": str(path)}).endswith("as round 3, now the current round.")
    )
    assert tools["add_photo"].invoke({"session_id": sid, "path": str(tmp_path)}).startswith(("Could", "The", "That"))
    assert len(store.rounds(sid)) == 4
    missing = tools["list_rounds"].invoke({"session_id": "0" * 32})
    assert "0" * 32 in missing or "no session" in missing.lower()
    before = len(store.sessions())
    assert "not" in tools["start_session"].invoke({"photo_path": str(tmp_path / "nothing.png")}).lower()
    assert len(store.sessions()) == before, "a bad photo starts no session"


def test_the_toolkit_opens_only_its_owners_sessions(store: Store, editor: ZoneEditor, photo: Image.Image) -> None:
    theirs = store.create_session(owner="bob")
    store.add_round(theirs, photo)
    mine = {tool.name: tool for tool in toolkit(store, editor, owner="alice")}
    refused = mine["list_rounds"].invoke({"session_id": theirs})
    missing = mine["list_rounds"].invoke({"session_id": "f" * 32})
    assert refused.replace(theirs, "ID") == missing.replace("f" * 32, "ID"), "the same words as a missing session"
    assert "round 0" not in refused


def test_the_readme_example_runs(
    tmp_path: Path, photo: Image.Image, monkeypatch: pytest.MonkeyPatch, db_url: str
) -> None:
    code = re.search(r"## Use the tools in your own agent.*?```python\n(.*?)```", README.read_text(), re.DOTALL)[1]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ZONE_DB_URL", db_url)
    monkeypatch.setenv("ZONE_MODELS", "tiny")
    photo.save(tmp_path / "photo.jpg")
    model = StepModel(
        steps=[
            lambda messages: tool_call("start_session", {"photo_path": "photo.jpg"}, 1),
            lambda messages: tool_call("session_status", {"session_id": session_in(messages)}, 2),
            lambda messages: AIMessage(content=f"Started; {messages[-1].content}"),
        ]
    )
    namespace: dict[str, Any] = {"model": model, "create_agent": create_agent}
    exec(compile(code, str(README), "exec"), namespace)
    answer = namespace["answer"]["messages"][-1].content
    assert answer.startswith("Started; You are on round 0 (the uploaded photo); the session has 1 round(s).")
    with Store(db_url) as store:
        (session,) = store.sessions()
        assert session.round_count == 1
