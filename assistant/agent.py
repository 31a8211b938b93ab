"""The assistant: one chat turn in, actions on the store and the editor, a `Reply` out.

A turn runs through LangChain's own agent loop (`create_agent`) with the session's tools and the
chat model (the offline router unless one is configured). The person's message and the reply are
stored, so a session reopens with its full transcript. Safety is the model's job: the tools cannot
delete, read files or run anything, so no photo edit is refused for its words. A configured model
runs under the guards of `assistant.guards`, and when it is down or hangs the offline router
answers instead (LangChain's `ModelFallbackMiddleware`), saying so.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from langchain.agents import create_agent
from langchain.agents.middleware import (
    AgentMiddleware,
    ModelCallLimitMiddleware,
    ModelFallbackMiddleware,
)
from langchain.agents.middleware.model_call_limit import ModelCallLimitExceededError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from PIL import Image

from assistant.guards import (
    AskedArguments,
    HonestAnswer,
    OneToolCallAtATime,
    PrimaryFailure,
    failure_words,
)
from assistant.llm import chat_model, image_block, sees_photos
from assistant.prompt import system_prompt
from assistant.references import RoundTree
from assistant.reply import Reply
from assistant.router import OfflineRouter, message_text
from assistant.text import BadTurnError, clean_turn
from assistant.tools import (
    Editor,
    EditSettings,
    Outcome,
    ProgressCallback,
    SessionTools,
)
from assistant.understanding import CLARIFY_TEXT as EMPTY_TURN_TEXT
from assistant.understanding import MAX_CONTEXT_MESSAGES, MAX_TURN_CHARS, Turn
from storage import LOCAL_OWNER, Round, Store, StoreError
from zone_tools import Action
from zone_tools.errors import ZoneError
from zone_tools.imageio import load_image

logger = logging.getLogger(__name__)

MAX_HISTORY = 20
"""Earlier messages of the transcript given to the chat model as context."""

MAX_MODEL_CALLS = 20
"""Model calls allowed in one turn (each tool call takes one, the final answer one more)."""

ImageInput = Image.Image | str | os.PathLike[str] | bytes


class Assistant:
    """Chat turns over a session store and a ZONE editor, driven by a LangChain chat model.

    `llm` is a chat model, a `provider:model` string for `init_chat_model`, or None for `ZONE_LLM`
    (the offline router when that is unset). Every turn acts for `owner` and opens only their
    sessions. `vision` sends a configured model the current photo with each turn (default:
    `ZONE_LLM_VISION`); `export_dir` is where exports are written (default: a new temporary folder).
    """

    def __init__(
        self,
        store: Store,
        editor: Editor,
        llm: BaseChatModel | str | None = None,
        *,
        owner: str = LOCAL_OWNER,
        vision: bool | None = None,
        export_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.editor = editor
        self.llm = llm if isinstance(llm, BaseChatModel) else chat_model(llm)
        self.owner = owner
        self.vision = sees_photos() if vision is None else vision
        self.export_dir = export_dir

    @property
    def offline(self) -> bool:
        """True when the offline router is the chat model."""
        return isinstance(self.llm, OfflineRouter)

    def new_session(self, title: str | None = None) -> str:
        """Start an empty session of this assistant's owner; returns its id."""
        return self.store.create_session(title, owner=self.owner)

    def checkout(self, session_id: str, round_id: int) -> Round:
        """Make `round_id` the session's current round ("continue from here"); returns it."""
        self.store.session(session_id, owner=self.owner)
        self.store.checkout(session_id, round_id)
        return self.store.round(round_id)

    def send(
        self,
        session_id: str,
        text: str,
        image: ImageInput | None = None,
        *,
        params: dict[str, Any] | None = None,
        action: Action | str | None = None,
        mask: np.ndarray | Image.Image | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Reply:
        """Answer one turn: store an uploaded image as a root round, act on `text`, store both messages.

        An empty turn without an image is answered with a prompt and stores nothing. With a photo,
        the photo is stored first and the turn then decides: a caption is kept and answered with a
        question, an edit edits the new photo.

        `params`, `action` and `mask` (the app's settings) apply to every edit of this turn, and
        `on_progress(step, total, stage)` is forwarded to the editor.
        """
        try:
            self.store.session(session_id, owner=self.owner)
        except StoreError as error:
            return Reply(text=str(error), error=str(error))
        try:
            text = clean_turn(text)
        except BadTurnError as error:
            return Reply(text=str(error), error=str(error))
        if not text and image is None:
            return Reply(text=EMPTY_TURN_TEXT)
        upload_id: int | None = None
        failure: Reply | None = None
        if image is not None:
            try:
                upload_id = self.store.add_round(session_id, load_image(image))
            except (ZoneError, StoreError) as error:
                failure = Reply(text=f"I couldn't use that image. {error}", error=str(error))
        self.store.add_message(session_id, "user", _stored(text), round_id=upload_id)
        settings = EditSettings(params=params, action=action, mask=mask, on_progress=on_progress)
        reply = failure or self._answer(session_id, text, upload_id, settings)
        self.store.add_message(session_id, "assistant", reply.text, round_id=reply.round_id)
        return reply

    def _answer(self, session_id: str, text: str, upload_id: int | None, settings: EditSettings) -> Reply:
        """The reply to a stored turn, before it is stored."""
        if len(text) > MAX_TURN_CHARS:
            message = (
                f"That message is too long ({len(text):,} characters); please keep a request under "
                f"{MAX_TURN_CHARS:,} characters."
            )
            return Reply(text=message, round_id=upload_id, error=message)
        if not text and upload_id is not None:
            index = self.store.round(upload_id).index
            return Reply(text=f"Got your photo: it is round {index}. Tell me what to change.", round_id=upload_id)
        tools = SessionTools(self.store, self.editor, session_id, settings, self.export_dir)
        try:
            return self._run_agent(session_id, text, upload_id, tools)
        except (ZoneError, StoreError) as error:
            return Reply(text=str(error), round_id=_last(tools.touched, upload_id), error=str(error))
        except ModelCallLimitExceededError:
            message = (
                f"I stopped after {MAX_MODEL_CALLS} steps without finishing; what was done so far is kept. "
                "Please ask for fewer things at once."
            )
            return Reply(text=message, round_id=_last(tools.touched, upload_id), error=message)
        except Exception as error:
            logger.exception("the chat model or agent failed on a turn")
            message = (
                f"Sorry, I couldn't finish that ({type(error).__name__}: {error}). Your session is safe; try again."
            )
            return Reply(text=message, round_id=_last(tools.touched, upload_id), error=message)

    def _run_agent(self, session_id: str, text: str, upload_id: int | None, tools: SessionTools) -> Reply:
        history = self._history(session_id)
        tree = tools.tree()
        turn = Turn(text=text, tree=tree, messages=_pairs(history[-MAX_CONTEXT_MESSAGES:]), photo=upload_id is not None)
        model = _for_turn(self.llm, turn)
        middleware: list[AgentMiddleware[Any, Any, Any]] = [OneToolCallAtATime()]
        primary: PrimaryFailure | None = None
        if not self.offline:
            primary = PrimaryFailure(model)
            middleware += [
                HonestAnswer(),
                AskedArguments(text),
                ModelFallbackMiddleware(_for_turn(OfflineRouter(), turn)),
                primary,
            ]
        middleware.append(ModelCallLimitMiddleware(run_limit=MAX_MODEL_CALLS, exit_behavior="error"))
        agent = create_agent(model, tools.tools(), system_prompt=system_prompt(tree), middleware=middleware)
        result = agent.invoke({"messages": [*history, self._human(text, tree)]})  # type: ignore[call-overload]
        reply = _reply(result["messages"][len(history) + 1 :], upload_id)
        if primary is not None and primary.failure is not None:
            logger.warning("the chat model failed; the offline router answered", exc_info=primary.failure)
            reply.text = (
                f"(The chat model gave no answer: {failure_words(primary.failure)}. "
                f"The offline assistant answered instead.)\n\n{reply.text}"
            )
        return reply

    def _human(self, text: str, tree: RoundTree[Round]) -> HumanMessage:
        """The turn as a chat message; with the current photo for a configured model that can see."""
        if self.offline or not self.vision or not tree.rounds:
            return HumanMessage(content=text)
        return HumanMessage(content=[{"type": "text", "text": text}, {**image_block(tree.current.image)}])

    def _history(self, session_id: str) -> list[BaseMessage]:
        """The transcript before this turn (the turn's own message is the last stored), as chat messages."""
        earlier = self.store.messages(session_id)[:-1][-MAX_HISTORY:]
        kinds = {"user": HumanMessage, "assistant": AIMessage}
        return [kinds[m.role](content=m.content) for m in earlier if m.role in kinds and m.content.strip()]


def _for_turn(llm: BaseChatModel, turn: Turn) -> BaseChatModel:
    """The offline router made for this turn (it decides from the turn, the round tree and the
    recent messages); any other model as it is."""
    return llm.for_turn(turn) if isinstance(llm, OfflineRouter) else llm


def _pairs(messages: Sequence[BaseMessage]) -> tuple[tuple[str, str], ...]:
    roles = {"human": "user", "ai": "assistant"}
    return tuple((roles.get(m.type, m.type), message_text(m)) for m in messages)


def _reply(produced: Sequence[BaseMessage], upload_id: int | None) -> Reply:
    """The reply from the messages of one turn: the final words, and what each tool call did."""
    results = {m.tool_call_id: m for m in produced if isinstance(m, ToolMessage)}
    calls: list[dict[str, Any]] = []
    outcomes: list[Outcome] = []
    errors: list[str] = []
    for message in produced:
        if not isinstance(message, AIMessage):
            continue
        for call in message.tool_calls:
            result = results.get(call["id"] or "")
            outcome = result.artifact if result is not None and isinstance(result.artifact, Outcome) else None
            status = "error" if result is None or result.status == "error" else "success"
            words = "" if result is None else message_text(result).strip()
            calls.append(
                {
                    "name": call["name"],
                    "args": dict(call["args"]),
                    "status": status,
                    "result": words,
                    "base_round": None if outcome is None else outcome.base_round,
                }
            )
            if status == "error":
                errors.append(words or f"{call['name']} did not run.")
            elif outcome is not None:
                outcomes.append(outcome)
    touched = [o.round_id for o in outcomes if o.round_id is not None]
    compared = [o.compare for o in outcomes if o.compare is not None]
    links = [o.share_link for o in outcomes if o.share_link is not None]
    return Reply(
        text=_final_text(produced),
        round_id=_last(touched, upload_id),
        tool_calls=calls,
        error=" ".join(errors) or None,
        compare=compared[-1] if compared else None,
        share_link=links[-1] if links else None,
        exports=[path for o in outcomes for path in o.exports],
    )


def _stored(text: str) -> str:
    """The turn as kept in the transcript (very long turns are cut)."""
    return text if len(text) <= MAX_TURN_CHARS else text[:MAX_TURN_CHARS] + " [...]"


def _last(touched: list[int], fallback: int | None) -> int | None:
    return touched[-1] if touched else fallback


def _final_text(produced: Sequence[BaseMessage]) -> str:
    """The model's last words; the tools' observations when it ended without any."""
    for message in reversed(produced):
        if isinstance(message, AIMessage) and not message.tool_calls and message_text(message).strip():
            return message_text(message).strip()
    observations = [message_text(m).strip() for m in produced if isinstance(m, ToolMessage)]
    return "\n".join(observations) or "Done."
