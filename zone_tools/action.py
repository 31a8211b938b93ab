"""Action of an instruction: add, remove or change (docs/method.md, "Action").

The editor's entry to the trained classifier of `language.action`: the shared all-MiniLM-L6-v2
sentence embedding, then a small head trained by `zone train-action`. It is loaded on first use,
once per process; importing this module stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from language.action.labels import Action
from language.errors import LanguageModelError
from zone_tools.errors import BadInstructionError, ModelNotFoundError

if TYPE_CHECKING:
    from language.action.classifier import ActionClassifier

__all__ = ["Action", "classify", "classify_proba", "get_classifier"]


def get_classifier() -> ActionClassifier:
    """The process's classifier; a missing or damaged model file is a `ModelNotFoundError`."""
    from language.action.classifier import shared_classifier

    try:
        return shared_classifier()
    except LanguageModelError as error:
        raise ModelNotFoundError(str(error)) from error


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
