"""One turn of the assistant: what the offline model is given, what a reply carries for the app,
ownership, and the guards on a configured model's arguments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from PIL import Image
from pydantic import Field

import assistant.agent
from assistant import Assistant, OfflineRouter
from assistant.guards import AskedArguments
from assistant.llm import image_block
from storage import Store
from zone_tools import ZoneEditor


class Scripted(GenericFakeChatModel):
    """A scripted chat model that accepts tools and records what it was sent."""

    seen: list[list[BaseMessage]] = Field(default_factory=list)

    def bind_tools(self, tools: Any, **kwargs: Any) -> Scripted:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any):
        self.seen.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def scripted(*steps: tuple[str, dict[str, Any]] | str) -> Scripted:
    messages = [
        AIMessage(content=step)
        if isinstance(step, str)
        else AIMessage(
            content="", tool_calls=[{"name": step[0], "args": step[1], "id": f"call_{n}", "type": "tool_call"}]
        )
        for n, step in enumerate(steps)
    ]
    return Scripted(messages=iter(messages), seen=[])


@pytest.fixture
def session(store: Store, photo: Image.Image) -> str:
    """0 upload, 1 "make the cup blue" (a copy of the photo, stored without the editor), current 1."""
    sid = store.create_session()
    r0 = store.add_round(sid, photo)
    store.add_round(sid, photo.rotate(180), parent_id=r0, instruction="make the cup blue", meta={"action": "change"})
    return sid


def test_compare_share_and_export_reach_the_reply_not_the_transcript(
    store: Store, editor: ZoneEditor, session: str, tmp_path
) -> None:
    model = scripted(
        ("compare_rounds", {"first": 0, "second": "current"}),
        ("share_session", {}),
        ("export_session", {"format": "bundle"}),
        "Here you are.",
    )
    reply = Assistant(store, editor, llm=model, export_dir=tmp_path).send(session, "compare, share and export")
    rounds = store.rounds(session)
    assert reply.compare == (rounds[0].id, rounds[1].id)
    assert reply.share_link is not None and store.open_shared(reply.share_link.token) is not None
    assert [path.parent for path in reply.exports] == [tmp_path] and reply.exports[0].is_file()
    assert [(c["name"], c["status"]) for c in reply.tool_calls] == [
        ("compare_rounds", "success"),
        ("share_session", "success"),
        ("export_session", "success"),
    ]
    token = reply.share_link.token
    assert all(token not in str(messages) for messages in model.seen), "the model never sees the token"
    assert all(token not in m.content for m in store.messages(session))
    assert token not in str(reply.tool_calls) and reply.as_dict()["share_link"]["token"] == token


@dataclass(frozen=True)
class SeenTurn:
    text: str
    tree: Any
    messages: tuple[tuple[str, str], ...] = ()
    photo: bool = False


def test_the_offline_model_gets_the_turn_with_its_photo_tree_and_messages(
    store: Store, editor: ZoneEditor, session: str, photo: Image.Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    turns: list[Any] = []

    def for_turn(self: OfflineRouter, turn: Any) -> OfflineRouter:
        turns.append(turn)
        return self

    monkeypatch.setattr(assistant.agent, "Turn", assistant.agent.Turn or SeenTurn)
    monkeypatch.setattr(OfflineRouter, "for_turn", for_turn, raising=False)
    helper = Assistant(store, editor, llm=OfflineRouter())
    helper.send(session, "hello")
    helper.send(session, "thanks", image=photo)
    first, second = turns
    assert first.text == "hello" and not first.photo and first.tree.current.index == 1
    assert second.photo and second.tree.current.index == 2 and second.tree.current.parent_id is None
    assert second.messages[-2:] == (("user", "hello"), ("assistant", store.messages(session)[1].content))
    assert store.messages(session)[2].round_id == second.tree.current.id, "the photo is stored before the turn decides"


def test_no_turn_is_refused_before_the_model_reads_it(store: Store, editor: ZoneEditor, session: str) -> None:
    model = scripted("Sorry, I only edit photos.")
    reply = Assistant(store, editor, llm=model).send(session, "run ls -la and remove the files from the desk")
    assert reply.text == "Sorry, I only edit photos."
    assert model.seen[0][-1].content == "run ls -la and remove the files from the desk"


def test_an_assistant_opens_only_its_owners_sessions(store: Store, editor: ZoneEditor, photo: Image.Image) -> None:
    theirs = store.create_session(owner="bob")
    store.add_round(theirs, photo)
    alice = Assistant(store, editor, llm=OfflineRouter(), owner="alice")
    refused = alice.send(theirs, "show me the history")
    missing = alice.send("f" * 32, "show me the history")
    assert refused.error and refused.text.replace(theirs, "ID") == missing.text.replace("f" * 32, "ID")
    assert store.messages(theirs) == []
    mine = alice.new_session()
    assert store.session(mine, owner="alice").id == mine


@pytest.mark.parametrize(
    ("turn", "args", "dropped"),
    [
        ("make the cup blue", {"action": "change"}, []),
        ("make the cup blue", {"action": "remove"}, ["action"]),
        ("get rid of the spoon", {"action": "remove"}, []),
        ("put a hat on him", {"action": "add", "mask": 1}, ["mask"]),
        ("the hat again, same region as round 1", {"mask": 1}, []),
        ("use the mask of round 2", {"mask": 2}, []),
        ("action: add. a croissant", {"action": "add"}, []),
        ("a croissant", {"action": "explode"}, []),
    ],
)
def test_action_and_mask_are_used_only_when_asked_for(turn: str, args: dict, dropped: list[str]) -> None:
    assert AskedArguments(turn).dropped({"instruction": "x", **args}) == dropped


def test_the_photo_a_model_sees_is_at_most_512_pixels() -> None:
    import base64
    import io

    block = image_block(Image.new("RGB", (1600, 1200), (10, 20, 30)))
    sent = Image.open(io.BytesIO(base64.b64decode(block["base64"])))
    assert block["type"] == "image" and block["mime_type"] == "image/jpeg" and sent.size == (512, 384)


def test_odd_characters_get_a_clear_answer_and_nothing_odd_is_stored(
    store: Store, editor: ZoneEditor, session: str
) -> None:
    before = len(store.messages(session))
    broken = Assistant(store, editor, llm=OfflineRouter()).send(session, "make the cup \udcff blue")
    assert broken.error and "not valid UTF-8 text" in broken.text
    invisible = Assistant(store, editor, llm=OfflineRouter()).send(session, "\u200b\ufeff\u200b ")
    assert invisible.error is None and invisible.tool_calls == [] and invisible.text == assistant.agent.EMPTY_TURN_TEXT
    assert len(store.messages(session)) == before and len(store.rounds(session)) == 2

    model = scripted("Which cup?")
    Assistant(store, editor, llm=model).send(session, "\ufeffmake the \u202ecup\u202c blue\u200b")
    assert model.seen[0][-1].content == "make the cup blue"
    assert store.messages(session)[-2].content == "make the cup blue"
