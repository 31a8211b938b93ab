"""Instruction -> action probabilities: the MiniLM sentence embedding, then the trained head."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import torch

from language.action.head import DATA_DIR, LABELS, ActionHead, load_head
from language.action.labels import Action
from language.encoder import MiniLMEncoder, shared_encoder


class ActionClassifier:
    """Holds the encoder and the head; build it once (`load`) and call `proba` per instruction."""

    def __init__(self, encoder: MiniLMEncoder, head: ActionHead) -> None:
        self.encoder = encoder
        self.head = head

    @classmethod
    def load(cls, head_folder: Path = DATA_DIR) -> ActionClassifier:
        """The shared encoder and the head in `head_folder` (checksum verified)."""
        return cls(shared_encoder(), load_head(head_folder))

    @torch.inference_mode()
    def proba(self, text: str) -> dict[Action, float]:
        """Probability of each action for one instruction; the values sum to 1."""
        logits = self.head(self.encoder.encode([text]))[0]
        probabilities = torch.softmax(logits.double(), dim=0).tolist()
        return dict(zip(LABELS, probabilities, strict=True))


@lru_cache(maxsize=1)
def shared_classifier() -> ActionClassifier:
    """The process's classifier, loaded on the first call (encoder and head, checksum verified)."""
    return ActionClassifier.load()
