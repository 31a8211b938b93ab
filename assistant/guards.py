"""Agent middleware that keeps a chat model honest with the person and the session.

- `OneToolCallAtATime`: the tools change the session, so each call sees the previous one's result.
- `AskedArguments`: `edit_image`'s `action` and `mask` are used only when the person asked for them.
- `HonestAnswer`: a final answer claiming an edit or an undo that no tool made is corrected, and
  tool errors the answer leaves out are added to it.
- `PrimaryFailure`: notes why the configured model failed, so that LangChain's
  `ModelFallbackMiddleware` lets the offline router answer the rest of the turn and the reply says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from langchain.agents.middleware import (
    AgentMiddleware,
    AgentState,
    ModelRequest,
    ModelResponse,
    ToolCallRequest,
)
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.errors import GraphBubbleUp
from langgraph.runtime import Runtime
from langgraph.types import Command

from assistant.router import message_text
from assistant.understanding import CHANGING_TOOLS

ACTION_WORDS: dict[str, re.Pattern[str]] = {
    "add": re.compile(r"\b(?:add|adds|adding|put|place|insert|include)\b", re.IGNORECASE),
    "remove": re.compile(
        r"\b(?:remove|removing|delete|erase|get\s+rid|take\s+(?:out|away|off)|eliminate|without)\b", re.IGNORECASE
    ),
    "change": re.compile(
        r"\b(?:change|changing|replace|turn|swap|switch|convert|transform|recolou?r|make)\b", re.IGNORECASE
    ),
}
_ACTION_NAMED = re.compile(r"\baction\b", re.IGNORECASE)
REGION_WORDS = re.compile(
    r"\b(?:mask|region|area|zone|spot|selection|selected|same\s+(?:place|part|spot|bit))\b", re.IGNORECASE
)
CLAIM = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:now\s+|just\s+|already\s+)?"
    r"(?:made|changed|edited|added|removed|replaced|turned|painted|recolou?red|erased|deleted|applied|put|"
    r"reverted|undid|undone|redid|restored|gone\s+back|went\s+back|moved\s+back|tried\s+again|retried)\b"
    r"|\b(?:is|are)\s+now\b|\b(?:has|have)\s+been\s+(?:made|changed|edited|added|removed|replaced|turned|"
    r"reverted|undone|restored)\b|^\s*(?:done|all\s+done)\b|\bhere(?:'s|\s+is)\s+(?:the|your)\s+(?:edited|new|updated)\b",
    re.IGNORECASE,
)
NOTHING_DONE = (
    "I haven't changed anything: no edit and no undo was made in this turn. "
    'Please say again what to change, e.g. "make the cup blue".'
)


def _turn_messages(messages: Sequence[BaseMessage]) -> Sequence[BaseMessage]:
    """The messages after the person's last message (this turn's calls, results and answer)."""
    start = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    return messages[start + 1 :]


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
                part
                for part in content
                if not (isinstance(part, dict) and part.get("type") == "tool_use" and part.get("id") != kept["id"])
            ]
        extra = {key: value for key, value in last.additional_kwargs.items() if key != "tool_calls"}
        trimmed = last.model_copy(update={"tool_calls": [kept], "content": content, "additional_kwargs": extra})
        return {"messages": [trimmed]}


class AskedArguments(AgentMiddleware):
    """Drop `edit_image`'s `action` or `mask` when the person's turn did not ask for them.

    A model may guess a kind of edit or reuse a region nobody mentioned; the editor's own classifier
    and localisation are better than a guess. The tool result says what was left out.
    """

    def __init__(self, turn: str) -> None:
        super().__init__()
        self.turn = turn

    def dropped(self, arguments: dict[str, Any]) -> list[str]:
        """The argument names the turn gives no ground for (values no tool accepts are left to its checks)."""
        names = []
        action = arguments.get("action")
        if action is not None:
            words = ACTION_WORDS.get(str(action))
            if words is not None and not (words.search(self.turn) or _ACTION_NAMED.search(self.turn)):
                names.append("action")
        if arguments.get("mask") is not None and not REGION_WORDS.search(self.turn):
            names.append("mask")
        return names

    def wrap_tool_call(
        self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], ToolMessage | Command[Any]]
    ) -> ToolMessage | Command[Any]:
        call = request.tool_call
        names = self.dropped(call["args"]) if call["name"] == "edit_image" else []
        if not names:
            return handler(request)
        kept = {key: value for key, value in call["args"].items() if key not in names}
        result = handler(request.override(tool_call={**call, "args": kept}))
        if isinstance(result, ToolMessage) and result.status != "error":
            left_out = " and ".join(f"{name}={call['args'][name]!r}" for name in names)
            note = f" (I left out {left_out}: the request did not ask for it.)"
            result = result.model_copy(update={"content": message_text(result) + note})
        return result


class HonestAnswer(AgentMiddleware):
    """Correct a final answer that claims a change no tool made; add tool errors it leaves out."""

    def after_agent(self, state: AgentState, runtime: Runtime[Any]) -> dict[str, Any] | None:
        turn = _turn_messages(state["messages"])
        final = turn[-1] if turn else None
        if not isinstance(final, AIMessage) or final.tool_calls:
            return None
        text = message_text(final).strip()
        results = [m for m in turn if isinstance(m, ToolMessage)]
        changed = any(m.name in CHANGING_TOOLS and m.status != "error" for m in results)
        if CLAIM.search(text) and not changed:
            text = NOTHING_DONE
        missing = [
            message_text(m).strip()
            for m in results
            if m.status == "error" and message_text(m).strip() and message_text(m).strip() not in text
        ]
        if missing:
            text = f"{text}\n\nWhat went wrong: " + " ".join(missing)
        if text == message_text(final).strip():
            return None
        return {"messages": [final.model_copy(update={"content": text})]}


class PrimaryFailure(AgentMiddleware):
    """Remember why the configured model failed; after a failure, fail at once for the rest of the turn.

    Placed after `ModelFallbackMiddleware` (so inside it), it sees each call of `primary` first; the
    fallback then asks the offline router, and the assistant says which model answered and why.
    """

    def __init__(self, primary: BaseChatModel) -> None:
        super().__init__()
        self.primary = primary
        self.failure: Exception | None = None

    def wrap_model_call(self, request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]) -> ModelResponse:
        if request.model is not self.primary:
            return handler(request)
        if self.failure is not None:
            raise self.failure
        try:
            return handler(request)
        except GraphBubbleUp:
            raise
        except Exception as error:
            self.failure = error
            raise


def failure_words(error: BaseException) -> str:
    """Why a chat model gave no answer, in a few plain words."""
    name = type(error).__name__
    status = getattr(error, "status_code", None)
    if "Timeout" in name or isinstance(error, TimeoutError):
        return "it did not answer in time"
    if "Connection" in name or isinstance(error, ConnectionError):
        return "it could not be reached"
    if isinstance(status, int):
        return f"it answered with an error (HTTP {status})"
    return f"it failed ({name})"
