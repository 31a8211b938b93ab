"""The offline router: a LangChain chat model of the project's own that needs no key and no download.

It decides a turn with the offline dialogue model (`assistant.understanding.decide`) and answers like
a tool-calling model: one tool call per step (so that "undo that and make the saucer red" edits the
round the undo went to), and once every decided call has its result, a final text built from the
tools' observations; a turn with no call is answered with the decision's own words. A failed call
ends the turn there. It runs in the same `create_agent` loop as any configured model.

The decision needs the conversation's state: the agent binds each turn with `router.for_turn(turn)`.
A router with no turn bound reads the last human message as if no photo had come yet (an empty round tree):
no call can name a round, and an edit is answered by asking for the photo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from assistant.references import RoundTree
from assistant.understanding import CLARIFY_TEXT, MAX_CONTEXT_MESSAGES, Decision, Turn, decide

UNAVAILABLE_TEXT = "I can't do that in this chat: the tool it needs is not available here."


def message_text(message: BaseMessage) -> str:
    """The plain text of a message (text parts of a multi-part message joined)."""
    if isinstance(message.content, str):
        return message.content
    return " ".join(
        part if isinstance(part, str) else str(part.get("text", ""))
        for part in message.content
        if isinstance(part, str) or part.get("type") == "text"
    )


def _tool_name(tool: dict[str, Any] | type | Callable[..., Any] | BaseTool) -> str:
    return tool.name if isinstance(tool, BaseTool) else convert_to_openai_tool(tool)["function"]["name"]


class OfflineRouter(BaseChatModel):
    """The offline dialogue model as a tool-calling chat model (see the module docstring)."""

    tool_names: tuple[str, ...] = ()
    """Names of the tools bound with `bind_tools`; a decided call whose tool is not bound is skipped."""

    turn: Any = None
    """The `Turn` this router answers, with its round tree and earlier messages, or None (see `for_turn`).

    Typed `Any` for pydantic, which cannot build a validator for the round tree's protocol type;
    `for_turn` checks the type."""

    @property
    def _llm_type(self) -> str:
        return "zone-offline-router"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"tool_names": self.tool_names}

    def for_turn(self, turn: Turn) -> OfflineRouter:
        """A copy of this router bound to one turn: it decides with the turn's tree and messages."""
        if not isinstance(turn, Turn):
            raise TypeError(f"for_turn takes an assistant.understanding.Turn, not {type(turn).__name__}")
        return self.model_copy(update={"turn": turn})

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """This router, knowing which tools it may call (it calls them by name)."""
        return self.model_copy(update={"tool_names": tuple(_tool_name(tool) for tool in tools)})

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self.respond(messages))])

    def respond(self, messages: Sequence[BaseMessage]) -> AIMessage:
        """The next message of the conversation: the next decided tool call, or the final answer."""
        start = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        if start < 0:
            return AIMessage(content=CLARIFY_TEXT)
        since = messages[start + 1 :]
        results = [m for m in since if isinstance(m, ToolMessage)]
        decision = self._decide(messages, start)
        done = sum(len(m.tool_calls) for m in since if isinstance(m, AIMessage))
        failed = any(m.status == "error" for m in results)
        if not failed and done < len(decision.calls):
            call = decision.calls[done]
            tool_call = {"name": call.name, "args": dict(call.args), "id": f"call_{uuid.uuid4().hex[:12]}"}
            return AIMessage(content="", tool_calls=[tool_call])
        if results:
            return AIMessage(content="\n".join(message_text(m).strip() for m in results))
        return AIMessage(content=decision.reply or UNAVAILABLE_TEXT)

    def _decide(self, messages: Sequence[BaseMessage], start: int) -> Decision:
        """The turn's decision, keeping only calls of bound tools (all of them when none were bound)."""
        turn = self.turn or Turn(
            text=message_text(messages[start]),
            tree=RoundTree([], None),
            messages=tuple(
                ("user" if isinstance(m, HumanMessage) else "assistant", message_text(m))
                for m in messages[:start][-MAX_CONTEXT_MESSAGES:]
                if isinstance(m, (HumanMessage, AIMessage)) and message_text(m).strip()
            ),
        )
        decision = decide(turn)
        if not self.tool_names or not decision.calls:
            return decision
        calls = tuple(call for call in decision.calls if call.name in self.tool_names)
        return Decision(decision.act, calls, None if calls else UNAVAILABLE_TEXT)
