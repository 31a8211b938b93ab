"""Which of a few short texts a description means, by the shared MiniLM's sentence embeddings.

A round named by what it looked like rather than by the words of its edit ("before it got dark" for
"make it night", "when the lake still had its normal colour" for "make the crater lake turquoise") has
no word in common with any instruction; the sentence embeddings still put the two close together.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from language.encoder import shared_encoder

MIN_SIMILARITY = 0.4
"""Cosine similarity the nearest text needs; unrelated short instructions score about 0.0 to 0.3."""
MIN_MARGIN = 0.05
"""How far the nearest text must be ahead of the next one, so that two close readings name neither."""


def closest(description: str, texts: Sequence[str]) -> int | None:
    """The index of the text of `texts` nearest in meaning to `description`, when it is near enough
    (`MIN_SIMILARITY`) and clearly nearer than any other (`MIN_MARGIN`); None otherwise."""
    return _closest(description, tuple(texts))


@lru_cache(maxsize=64)
def _closest(description: str, texts: tuple[str, ...]) -> int | None:
    """`closest`, kept for the few turns that ask it twice (a decision, then the round number of its call)."""
    if not texts or not description.strip():
        return None
    embeddings = shared_encoder().encode([description, *texts])
    scores = sorted(((float(score), at) for at, score in enumerate(embeddings[1:] @ embeddings[0])), reverse=True)
    best, at = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else float("-inf")
    return at if best >= MIN_SIMILARITY and best - runner_up >= MIN_MARGIN else None
