"""The structured content of the MCP tools' results (each tool publishes its model as output schema)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SessionSummary(BaseModel):
    """One editing session."""

    session: str = Field(description="The session id.")
    title: str | None = None
    rounds: int = Field(description="How many rounds the session has.")
    current_round: int | None = Field(description="The number of the current round; None before the first photo.")


class SessionList(BaseModel):
    """The caller's sessions, newest first."""

    sessions: list[SessionSummary]


class RoundOutcome(BaseModel):
    """A round as a tool result: where it sits, what was done, and where its pictures are."""

    session: str
    round: int = Field(description="The round number users see (the upload is 0).")
    round_id: int = Field(description="The round's id in the store.")
    base_round: int | None = Field(description="The round it was edited from; None for an upload.")
    instruction: str | None = None
    action: str | None = Field(default=None, description="add, remove or change; None for an upload.")
    changed: float | None = Field(description="Share of the photo the edit changed, 0 to 1; None for an upload.")
    current: bool = Field(description="Whether it is the session's current round.")
    resources: dict[str, str] = Field(
        description="zone:// URIs of the full-size image, the edited layer and the masks, by kind."
    )


class HistoryRow(BaseModel):
    """One line of the round tree."""

    round: int
    base_round: int | None
    instruction: str | None
    action: str | None
    current: bool


class History(BaseModel):
    """A session's rounds in creation order."""

    session: str
    current_round: int | None
    rounds: list[HistoryRow]


class Comparison(BaseModel):
    """Two rounds side by side."""

    first: RoundOutcome
    second: RoundOutcome
    differs: float | None = Field(description="Share of pixels that differ visibly; None when the sizes differ.")


class ExportOutcome(BaseModel):
    """An exported session: also readable later at `uri`."""

    session: str
    format: str
    uri: str
    size: int = Field(description="Bytes of the exported file.")
