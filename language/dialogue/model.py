"""Turns in context -> intent probabilities: the shared MiniLM encoder's features, then the dialogue head."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import torch

from language.dialogue.head import DATA_DIR, DialogueHead, load_head
from language.dialogue.labels import INTENTS, Context
from language.encoder import MiniLMEncoder, one_intra_op_thread, shared_encoder


class DialogueModel:
    """Holds the encoder and the head; build it once (`load`) and call `proba` per turn."""

    def __init__(self, encoder: MiniLMEncoder, head: DialogueHead) -> None:
        self.encoder = encoder
        self.head = head

    @classmethod
    def load(cls, head_folder: Path = DATA_DIR) -> DialogueModel:
        """The shared encoder and the head in `head_folder` (checksum verified)."""
        return cls(shared_encoder(), load_head(head_folder))

    @torch.inference_mode()
    def proba(self, texts: Sequence[str], context: Context) -> list[dict[str, float]]:
        """Probability of each intent for each text, all read in the same context; one encoder pass."""
        embeddings = self.encoder.encode_layers(list(texts), self.head.layers)
        flags = torch.tensor([context.features()] * len(texts), dtype=embeddings.dtype)
        with one_intra_op_thread():
            probabilities = torch.softmax(self.head(embeddings, flags).double(), dim=1).tolist()
        return [dict(zip(INTENTS, row, strict=True)) for row in probabilities]


@lru_cache(maxsize=1)
def shared_dialogue_model() -> DialogueModel:
    """The process's dialogue model, loaded on the first call (encoder shared with the action classifier)."""
    return DialogueModel.load()
