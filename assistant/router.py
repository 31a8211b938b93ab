"""The offline router: a LangChain chat model of the project's own that needs no key and no download.

It reads the last human message, plans it (`assistant.parsing`), and answers like a tool-calling
model: one tool call per step (so that "undo that and make the saucer red" edits the round the
undo went to), and once every planned call has its result, a final text built from the tools'
observations. A failed call ends the plan there. It runs in the same `create_agent` loop as any
configured model.
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

from assistant.parsing import Plan, Talk, plan
from assistant.safety import refusal

HELP_TEXT = (
    "I edit your photo locally, only where the change is. Upload a photo, then say what to change, "
    "e.g. \"make the cup blue\", \"remove the spoon\" or \"add a croissant on the plate\". You can also "
    "say \"undo\", \"redo\", \"go back to the original\", \"go back to round 2\", \"go back to before "
    "the croissant\", \"show me round 1\", \"show me the history\" and \"share this session\"."
)
TALK_REPLIES: dict[Talk, str] = {
    Talk.GREETING: "Hello! Upload a photo and tell me what to change, e.g. \"make the cup blue\".",
    Talk.THANKS: "Glad to help! Tell me the next change whenever you like.",
    Talk.HELP: HELP_TEXT,
    Talk.QUESTION: "I can't answer questions about the photo; I edit it. " + HELP_TEXT,
    Talk.EXPORT: (
        "To keep a copy, use the Export button in the app or `zone export SESSION_ID FILE` in a terminal; "
        "to let someone view it, say \"share this session\"."
    ),
    Talk.NOTHING: "Tell me what to change in the photo, e.g. \"make the sky pink\", or ask \"what can you do?\".",
}


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
    """A rule-based tool-calling chat model for the assistant's tools (see the module docstring)."""

    tool_names: tuple[str, ...] = ()
    """Names of the tools bound with `bind_tools`; a plan step whose tool is not bound is skipped."""

    @property
    def _llm_type(self) -> str:
        return "zone-offline-router"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"tool_names": self.tool_names}

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
        """The next message of the conversation: the next planned tool call, or the final answer."""
        start = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        if start < 0:
            return AIMessage(content=TALK_REPLIES[Talk.NOTHING])
        turn = message_text(messages[start])
        since = messages[start + 1 :]
        results = [m for m in since if isinstance(m, ToolMessage)]
        refused = refusal(turn)
        if refused:
            return AIMessage(content=refused)
        steps = self._plan(turn)
        done = sum(len(m.tool_calls) for m in since if isinstance(m, AIMessage))
        failed = any(m.status == "error" for m in results)
        if not failed and done < len(steps.calls):
            call = steps.calls[done]
            tool_call = {"name": call.name, "args": dict(call.args), "id": f"call_{uuid.uuid4().hex[:12]}"}
            return AIMessage(content="", tool_calls=[tool_call])
        if results:
            return AIMessage(content="\n".join(message_text(m).strip() for m in results))
        return AIMessage(content=TALK_REPLIES[steps.talk or Talk.NOTHING])

    def _plan(self, turn: str) -> Plan:
        """The turn's plan, keeping only calls of bound tools (all of them when none were bound)."""
        steps = plan(turn)
        if not self.tool_names or not steps.calls:
            return steps
        calls = tuple(call for call in steps.calls if call.name in self.tool_names)
        return Plan(calls=calls) if calls else Plan(talk=Talk.HELP)
