"""A configured chat model over the real wire: langchain-openai talking to an OpenAI-compatible server
started by the test on 127.0.0.1 (`ZONE_LLM=openai:some-model`, `ZONE_LLM_BASE_URL`)."""

from __future__ import annotations

import base64
import io
import json

import pytest
from chat_server import Call, Fail, Hang, Say, chat_server, closed_port
from PIL import Image

from assistant import Assistant
from assistant.guards import NOTHING_DONE
from storage import Store
from zone_tools import ZoneEditor


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A configured model that gives up fast: no retries, 20 s before a timeout."""
    monkeypatch.setenv("ZONE_LLM", "openai:some-model")
    monkeypatch.setenv("ZONE_LLM_API_KEY", "test-key")
    monkeypatch.setenv("ZONE_LLM_RETRIES", "0")
    monkeypatch.setenv("ZONE_LLM_TIMEOUT", "20")
    monkeypatch.delenv("ZONE_LLM_VISION", raising=False)
    return monkeypatch


@pytest.fixture
def session(store: Store, editor: ZoneEditor, photo: Image.Image) -> str:
    sid = store.create_session()
    store.add_round(sid, photo)
    return sid


def tool_messages(request: dict) -> list[dict]:
    return [m for m in request["messages"] if m["role"] == "tool"]


def test_scripted_tool_calls_make_real_edits(
    configured: pytest.MonkeyPatch, store: Store, editor: ZoneEditor, session: str, fast: dict
) -> None:
    script = [
        Call("edit_image", {"instruction": "make the cup blue", "action": "remove", "mask": 0}),
        Say("Done: the cup is blue now."),
    ]
    with chat_server(script) as server:
        configured.setenv("ZONE_LLM_BASE_URL", server.base_url)
        reply = Assistant(store, editor).send(session, "make the cup blue", params=fast)
    assert reply.error is None, reply.text
    assert reply.text == "Done: the cup is blue now."
    rounds = store.rounds(session)
    assert [(r.index, r.parent_id) for r in rounds] == [(0, None), (1, rounds[0].id)]
    assert rounds[1].instruction == "make the cup blue" and reply.round_id == rounds[1].id
    assert reply.tool_calls[0]["status"] == "success" and reply.tool_calls[0]["base_round"] == 0

    first, second = server.requests
    assert first["model"] == "some-model"
    assert {tool["function"]["name"] for tool in first["tools"]} >= {
        "edit_image",
        "retry_edit",
        "revert",
        "compare_rounds",
        "session_status",
        "share_session",
        "revoke_share",
        "export_session",
    }
    assert first["messages"][0]["role"] == "system" and "Current round: 0." in first["messages"][0]["content"]
    assert first["messages"][-1] == {"role": "user", "content": "make the cup blue"}
    (result,) = tool_messages(second)
    assert result["content"].startswith('Round 1 (edited from round 0): "make the cup blue"')
    assert "I left out action='remove' and mask=0" in result["content"], "nobody asked for an action or a region"


def test_a_claimed_edit_without_a_tool_call_is_corrected(
    configured: pytest.MonkeyPatch, store: Store, editor: ZoneEditor, session: str
) -> None:
    with chat_server([Say("I made it blue!")]) as server:
        configured.setenv("ZONE_LLM_BASE_URL", server.base_url)
        reply = Assistant(store, editor).send(session, "make the cup blue")
    assert reply.text == NOTHING_DONE and reply.tool_calls == []
    assert [r.index for r in store.rounds(session)] == [0]
    assert store.messages(session)[-1].content == NOTHING_DONE


def test_a_tool_error_reaches_the_person(
    configured: pytest.MonkeyPatch, store: Store, editor: ZoneEditor, session: str
) -> None:
    script = [Call("revert", {"round": "before the giraffe"}), Say("Sorry, something went wrong.")]
    with chat_server(script) as server:
        configured.setenv("ZONE_LLM_BASE_URL", server.base_url)
        reply = Assistant(store, editor).send(session, "go back to before the giraffe")
    assert reply.text.startswith("Sorry, something went wrong.\n\nWhat went wrong: ")
    assert "giraffe" in reply.text and reply.error and "giraffe" in reply.error
    assert reply.tool_calls[0]["status"] == "error"
    assert "giraffe" in tool_messages(server.requests[1])[0]["content"]


@pytest.mark.parametrize(
    ("step", "words"),
    [
        (None, "it could not be reached"),
        (Hang(), "it did not answer in time"),
        (Fail(503), "it answered with an error (HTTP 503)"),
    ],
    ids=["down", "hangs", "503"],
)
def test_a_model_that_is_down_or_hangs_hands_the_turn_to_the_offline_router(
    configured: pytest.MonkeyPatch, store: Store, editor: ZoneEditor, session: str, step, words: str
) -> None:
    configured.setenv("ZONE_LLM_TIMEOUT", "1")
    with chat_server([] if step is None else [step]) as server:
        url = f"http://127.0.0.1:{closed_port()}/v1" if step is None else server.base_url
        configured.setenv("ZONE_LLM_BASE_URL", url)
        reply = Assistant(store, editor).send(session, "show me the history")
    assert reply.text.startswith(f"(The chat model gave no answer: {words}. The offline assistant answered instead.)")
    assert "round 0: the uploaded photo" in reply.text
    assert reply.error is None and [c["name"] for c in reply.tool_calls] == ["list_rounds"]
    assert len(server.requests) == (0 if step is None else 1), "the failed model is asked once per turn"


def test_a_model_that_can_see_gets_the_photo_with_the_turn(
    configured: pytest.MonkeyPatch, store: Store, editor: ZoneEditor, session: str
) -> None:
    configured.setenv("ZONE_LLM_VISION", "1")
    with chat_server([Say("I see a red cup on a grey table.")]) as server:
        configured.setenv("ZONE_LLM_BASE_URL", server.base_url)
        reply = Assistant(store, editor).send(session, "what is in the photo?")
    assert reply.text == "I see a red cup on a grey table."
    content = server.requests[0]["messages"][-1]["content"]
    assert content[0] == {"type": "text", "text": "what is in the photo?"}
    url = content[1]["image_url"]["url"]
    assert url.startswith("data:image/jpeg;base64,")
    sent = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
    assert sent.size == store.rounds(session)[0].image.size
    assert all(isinstance(m["content"], str) for m in server.requests[0]["messages"][:-1])
    assert json.dumps(server.requests[0]).count("base64") == 1, "only the turn carries the photo"
