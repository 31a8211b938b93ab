"""Stored text made safe to print on a terminal: what a terminal would obey is shown as an escape instead.

Titles, instructions and messages may come from an imported bundle; printed raw, an escape sequence
in them can clear the screen, set the window title or reorder the line. Every
command that prints stored text passes it through `printable`.
"""

from __future__ import annotations

import unicodedata

_OBEYED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str, *, lines: bool = False) -> str:
    """`text` with control characters, lone surrogates, line separators and bidi controls as escapes.

    They are written as `\\xNN` (C0 and C1 controls: `\\x1b`, `\\x0d`) or `\\uNNNN` (`\\u202e`), so
    the output shows what is stored. With `lines=True` (text of several lines, such as a reply)
    newlines and tabs stay; without, one stored value stays on one printed line.
    """
    return "".join(_shown(char, lines) for char in text)


def _shown(char: str, lines: bool) -> str:
    if lines and char in "\n\t":
        return char
    if unicodedata.category(char) in _OBEYED_CATEGORIES or char in _BIDI_CONTROLS:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char
