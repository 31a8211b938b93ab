"""A configured chat model drives the same tools: a scripted tool-calling fake model in create_agent."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.tools import BaseTool
from PIL import Image

from assistant import Assistant, OfflineRouter, build_tools, chat_model
from assistant.errors import ChatModelError
from settings import Settings
from storage import Store
from zone_tools import ZoneEditor


class ScriptedToolModel(GenericFakeChatModel):
    """`GenericFakeChatModel` that accepts tools (it answers from its script) and records its inputs."""

    seen: list[list[BaseMessage]] = []

    def bind_tools(
        self, tools: Sequence[dict[str, Any] | type | Callable | BaseTool], **kwargs: Any
    ) -> ScriptedToolModel:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any):
        self.seen.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def call(name: str, args: dict[str, Any], number: int) -> dict[str, Any]:
    return {"name": name, "args": args, "id": f"call_{number}", "type": "tool_call"}


def scripted(*messages: AIMessage) -> ScriptedToolModel:
    return ScriptedToolModel(messages=iter(messages), seen=[])


@pytest.fixture
def session(store: Store, editor: ZoneEditor, photo: Image.Image) -> str:
    sid = store.create_session()
    Assistant(store, editor, llm=OfflineRouter()).send(sid, "", image=photo)
    return sid


def test_a_configured_model_drives_the_same_tools(store: Store, editor: ZoneEditor, session: str, fast: dict) -> None:
    model = scripted(
        AIMessage(
            content="", tool_calls=[call("edit_image", {"instruction": "make the cup blue", "action": "change"}, 1)]
        ),
        AIMessage(content="", tool_calls=[call("revert", {"round": "original"}, 2)]),
        AIMessage(content="", tool_calls=[call("edit_image", {"instruction": "remove the plate", "mask": 1}, 3)]),
        AIMessage(content="I made the cup blue, then removed the plate from the original."),
    )
    progress: list[tuple[int, int, str]] = []
    reply = Assistant(store, editor, llm=model).send(
        session,
        "make the cup blue, then remove the plate from the original",
        params=fast,
        on_progress=lambda step, total, stage: progress.append((step, total, stage)),
    )
    assert reply.error is None, reply.text
    assert reply.text == "I made the cup blue, then removed the plate from the original."
    assert [c["name"] for c in reply.tool_calls] == ["edit_image", "revert", "edit_image"]
    rounds = store.rounds(session)
    assert [(r.index, r.parent_id) for r in rounds] == [(0, None), (1, rounds[0].id), (2, rounds[0].id)]
    assert rounds[1].action == "change" and rounds[2].instruction == "remove the plate"
    assert store.current_round(session).index == 2 and reply.round_id == rounds[2].id
    assert any(stage == "denoise" for _, _, stage in progress)

    prompt = model.seen[0][0].content
    assert "Current round: 0." in prompt and "round 0: uploaded photo" in prompt
    observation = model.seen[1][-1].content
    assert observation.startswith('Round 1 (edited from round 0): "make the cup blue" (change)')


def test_parallel_tool_calls_run_one_at_a_time(store: Store, session: str, editor: ZoneEditor) -> None:
    model = scripted(
        AIMessage(content="", tool_calls=[call("show_round", {"round": 0}, 1), call("share_session", {}, 2)]),
        AIMessage(content="Here is round 0."),
    )
    reply = Assistant(store, editor, llm=model).send(session, "show me the original and share it")
    assert [(c["name"], c["args"], c["status"]) for c in reply.tool_calls] == [("show_round", {"round": 0}, "success")]
    assert "share link" not in str(model.seen[-1]) and reply.share_link is None


def test_bad_arguments_and_failed_tools_become_plain_errors(store: Store, session: str, editor: ZoneEditor) -> None:
    model = scripted(
        AIMessage(content="", tool_calls=[call("edit_image", {"instruction": "make it pop", "action": "explode"}, 1)]),
        AIMessage(content="", tool_calls=[call("revert", {"round": "before the giraffe"}, 2)]),
        AIMessage(content="", tool_calls=[call("edit_image", {"instruction": "   "}, 3)]),
        AIMessage(content="", tool_calls=[call("edit_image", {"instruction": "make it red", "mask": "original"}, 4)]),
        AIMessage(content="Sorry, that did not work."),
    )
    reply = Assistant(store, editor, llm=model).send(session, "make it pop, in the same region as the original")
    assert reply.text.startswith("Sorry, that did not work.\n\nWhat went wrong: ")
    assert reply.error and "action" in reply.error and "giraffe" in reply.error and "instruction" in reply.error
    assert "no edited region" in reply.error
    assert [r.index for r in store.rounds(session)] == [0]
    results = [m for m in model.seen[-1] if m.type == "tool"]
    assert [m.status for m in results] == ["error"] * 4


def test_a_model_that_crashes_leaves_the_session_usable(store: Store, session: str, editor: ZoneEditor) -> None:
    broken = scripted()
    reply = Assistant(store, editor, llm=broken).send(session, "what round am I on?")
    assert reply.text.startswith("(The chat model gave no answer: it failed (")
    assert "The offline assistant answered instead." in reply.text
    follow_up = Assistant(store, editor, llm=OfflineRouter()).send(session, "show me the history")
    assert follow_up.error is None and "round 0" in follow_up.text
    assert [m.role for m in store.messages(session)][-4:] == ["user", "assistant", "user", "assistant"]


def test_a_model_that_never_stops_is_stopped_in_plain_words(store: Store, session: str, editor: ZoneEditor) -> None:
    endless = scripted(*(AIMessage(content="", tool_calls=[call("list_rounds", {}, n)]) for n in range(100)))
    reply = Assistant(store, editor, llm=endless).send(session, "show me the history forever")
    assert reply.error and reply.text.startswith("I stopped after 20 steps")
    assert len(endless.seen) == 20 and store.current_round(session).index == 0


def test_build_tools_gives_plain_langchain_tools_with_schemas(store: Store, editor: ZoneEditor, session: str) -> None:
    tools = {tool.name: tool for tool in build_tools(store, editor, session)}
    assert set(tools) == {
        "edit_image",
        "retry_edit",
        "revert",
        "list_rounds",
        "show_round",
        "compare_rounds",
        "session_status",
        "share_session",
        "revoke_share",
        "export_session",
    }
    schema = tools["edit_image"].args
    assert set(schema) == {"instruction", "base_round", "action", "mask", "seed", "text_guidance"}
    assert set(tools["retry_edit"].args) == {"instruction", "strength", "round"}
    assert set(tools["compare_rounds"].args) == {"first", "second"}
    assert "round" in tools["revert"].args
    assert tools["list_rounds"].invoke({}).startswith("1 round(s); the current one is round 0")
    assert tools["revert"].invoke({"round": "next"}).startswith("There is nothing to redo")


def test_chat_model_defaults_to_the_offline_router() -> None:
    assert isinstance(chat_model(config=Settings(llm="")), OfflineRouter)
    assert isinstance(chat_model("offline"), OfflineRouter)


@pytest.mark.skipif(importlib.util.find_spec("langchain_ollama") is not None, reason="langchain-ollama is installed")
def test_a_missing_provider_package_is_named() -> None:
    with pytest.raises(ChatModelError, match="pip install langchain-ollama"):
        chat_model(config=Settings(llm="ollama:llama3.1", llm_base_url="http://localhost:11434"))
    with pytest.raises(ChatModelError, match="provider:model"):
        chat_model("nonsense-provider:thing")
