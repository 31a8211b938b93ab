"""How much an edit changed, and how much two rounds differ: one measure for every front door
(the chat's replies and the MCP server's structured results say the same numbers)."""

from __future__ import annotations

import numpy as np

from storage import Round

CHANGED_LEVEL = 12
"""Two pixels differ when a colour channel differs by more than this (of 255)."""


def changed_share(node: Round) -> float | None:
    """The share of the photo an edited round changed (its final mask); None for an upload."""
    final = node.masks.get("final")
    return None if final is None else float((np.asarray(final.convert("L")) > 127).mean())


def differing_share(one: Round, two: Round) -> float | None:
    """The share of pixels that differ visibly between two rounds; None when their sizes differ."""
    if one.image.size != two.image.size:
        return None
    left = np.asarray(one.image.convert("RGB"), dtype=np.int16)
    right = np.asarray(two.image.convert("RGB"), dtype=np.int16)
    return float((np.abs(left - right).max(axis=-1) > CHANGED_LEVEL).mean())
