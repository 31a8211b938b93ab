"""A chat turn's text made safe to answer and to store: UTF-8 only, nothing invisible, no bidi overrides.

`Assistant.send` and `zone chat` call `clean_turn` before anything is stored, so a turn that cannot
be read is answered with one sentence and leaves no trace.
"""

from __future__ import annotations

from assistant.errors import AssistantError
from zone_tools.imageio import clean_text, has_lone_surrogates, is_blank

NOT_UTF8 = "That message is not valid UTF-8 text; please type it again in plain characters."


class BadTurnError(AssistantError, ValueError):
    """The text of a turn cannot be read (not text, or bytes that are not UTF-8)."""


def clean_turn(text: str | bytes | None) -> str:
    """The turn as the assistant reads and the store keeps it; "" when it shows nothing.

    Bytes are decoded as UTF-8; lone surrogates (undecodable bytes let through by surrogateescape,
    or broken UTF-16) raise `BadTurnError`; control, format and bidirectional characters go
    (`zone_tools.imageio.clean_text`), and a turn made only of them is empty.
    """
    if text is None:
        return ""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise BadTurnError(NOT_UTF8) from None
    if not isinstance(text, str):
        raise BadTurnError(f"A message must be text, not {type(text).__name__}.")
    if has_lone_surrogates(text):
        raise BadTurnError(NOT_UTF8)
    cleaned = clean_text(text)
    return "" if is_blank(cleaned) else cleaned
