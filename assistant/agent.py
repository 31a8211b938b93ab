"""The assistant: one chat turn in, actions on the store and the editor, a `Reply` out.

A turn runs through LangChain's own agent loop (`create_agent`) with the session's tools and the
chat model (the offline router unless one is configured; it is bound to each turn's round tree).
Both the person's message and the reply are stored, so a session reopens with its full transcript.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware, AgentState, ModelCallLimitMiddleware
from langchain.agents.middleware.model_call_limit import ModelCallLimitExceededError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.runtime import Runtime
from PIL import Image

from assistant.llm import chat_model
from assistant.prompt import system_prompt
from assistant.reply import Reply
from assistant.router import OfflineRouter, message_text
from assistant.tools import Editor, EditSettings, ProgressCallback, SessionTools
from assistant.understanding import CLARIFY_TEXT, MAX_CONTEXT_MESSAGES, MAX_TURN_CHARS, Turn
from storage import Round, Store, StoreError
from zone_tools import Action
from zone_tools.errors import ZoneError
from zone_tools.imageio import load_image

logger = logging.getLogger(__name__)

MAX_HISTORY = 20
"""Earlier messages of the transcript given to the chat model as context."""

MAX_MODEL_CALLS = 20
"""Model calls allowed in one turn (each tool call takes one, the final answer one more)."""

ImageInput = Image.Image | str | os.PathLike[str] | bytes


class OneToolCallAtATime(AgentMiddleware):
    """Keep only the first tool call of a model answer.

    The tools change the session (an edit after an undo must see the undo), and the agent runs the
    calls of one answer in parallel; so the model gets each result before it makes the next call.
    """

    def after_model(self, state: AgentState, runtime: Runtime[Any]) -> dict[str, Any] | None:
        last = state["messages"][-1]
        if not isinstance(last, AIMessage) or len(last.tool_calls) <= 1:
            return None
        kept = last.tool_calls[0]
        content = last.content
        if isinstance(content, list):
            content = [
                part for part in content
                if not (isinstance(part, dict) and part.get("type") == "tool_use" and part.get("id") != kept["id"])
            ]
        extra = {key: value for key, value in last.additional_kwargs.items() if key != "tool_calls"}
        trimmed = last.model_copy(update={"tool_calls": [kept], "content": content, "additional_kwargs": extra})
        return {"messages": [trimmed]}


class Assistant:
    """Chat turns over a session store and a ZONE editor, driven by a LangChain chat model.

    `llm` is a chat model, a `provider:model` string for `init_chat_model`, or None for `ZONE_LLM`
    (the offline router when that is unset).
    """

    def __init__(self, store: Store, editor: Editor, llm: BaseChatModel | str | None = None) -> None:
        self.store = store
        self.editor = editor
        self.llm = llm if isinstance(llm, BaseChatModel) else chat_model(llm)

    def new_session(self, title: str | None = None) -> str:
        """Start an empty session; returns its id."""
        return self.store.create_session(title)

    def checkout(self, session_id: str, round_id: int) -> Round:
        """Make `round_id` the session's current round ("continue from here"); returns it."""
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

        An empty turn without an image is answered with a prompt and stores nothing.

        `params`, `action` and `mask` (the app's settings) apply to every edit of this turn, and
        `on_progress(step, total, stage)` is forwarded to the editor.
        """
        text = (text or "").strip()
        try:
            self.store.session(session_id)
        except StoreError as error:
            return Reply(text=str(error), error=str(error))
        if not text and image is None:
            return Reply(text=CLARIFY_TEXT)
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
        tools = SessionTools(self.store, self.editor, session_id, settings)
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
            message = f"Sorry, I couldn't finish that ({type(error).__name__}: {error}). Your session is safe; try again."
            return Reply(text=message, round_id=_last(tools.touched, upload_id), error=message)

    def _run_agent(self, session_id: str, text: str, upload_id: int | None, tools: SessionTools) -> Reply:
        history = self._history(session_id)
        llm = self.llm
        if isinstance(llm, OfflineRouter):
            roles = {"human": "user", "ai": "assistant"}
            earlier = tuple((roles[m.type], message_text(m)) for m in history[-MAX_CONTEXT_MESSAGES:])
            llm = llm.for_turn(Turn(text, tools.tree(), earlier, photo=upload_id is not None))
        agent = create_agent(
            llm,
            tools.tools(),
            system_prompt=system_prompt(tools.tree()),
            middleware=[OneToolCallAtATime(), ModelCallLimitMiddleware(run_limit=MAX_MODEL_CALLS, exit_behavior="error")],
        )
        result = agent.invoke({"messages": [*history, HumanMessage(content=text)]})
        produced: Sequence[BaseMessage] = result["messages"][len(history) + 1 :]
        calls = [
            {"name": call["name"], "args": dict(call["args"])}
            for message in produced
            if isinstance(message, AIMessage)
            for call in message.tool_calls
        ]
        return Reply(
            text=_final_text(produced),
            round_id=_last(tools.touched, upload_id),
            tool_calls=calls,
            error=" ".join(tools.errors) or None,
        )

    def _history(self, session_id: str) -> list[BaseMessage]:
        """The transcript before this turn (the turn's own message is the last stored), as chat messages."""
        earlier = self.store.messages(session_id)[:-1][-MAX_HISTORY:]
        kinds = {"user": HumanMessage, "assistant": AIMessage}
        return [kinds[m.role](content=m.content) for m in earlier if m.role in kinds and m.content.strip()]


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
