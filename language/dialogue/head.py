"""The trained dialogue head: an MLP over a turn's MiniLM features and its context flags, and its files.

The weights live in `assets/dialogue_head.safetensors`; `assets/dialogue_head.json` beside them
holds their SHA-256, the intent order, the training settings, the dataset's checksum and the
held-out report. Loading verifies the checksum, so a damaged or hand-edited file is refused.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from language.action.head import sha256_file
from language.dialogue.labels import CONTEXT_DIM, INTENTS
from language.errors import LanguageModelError

DATA_DIR = Path(__file__).resolve().parent / "assets"
WEIGHTS_NAME = "dialogue_head.safetensors"
META_NAME = "dialogue_head.json"


class DialogueHeadError(LanguageModelError):
    """The head's files are present but unusable (checksum mismatch, wrong intents or shapes)."""


class DialogueHead(nn.Module):
    """[features, context flags] -> logits over `INTENTS`.

    The features are the encoder's pooled states of `layers` (`MiniLMEncoder.encode_layers`), so the
    head says which layers it reads and the model asks the encoder for exactly those.
    """

    def __init__(self, dim: int, hidden: int, layers: tuple[int, ...], dropout: float = 0.0) -> None:
        super().__init__()
        self.layers = layers
        self.net = nn.Sequential(
            nn.Linear(dim + CONTEXT_DIM, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, len(INTENTS))
        )

    def forward(self, embedding: torch.Tensor, context: torch.Tensor) -> torch.Tensor:
        return self.net(torch.cat([embedding, context], dim=1))


def save_head(head: DialogueHead, folder: Path, meta: dict[str, Any]) -> Path:
    """Write the weights and their JSON (`meta` plus intent order and checksum); returns the JSON path."""
    folder.mkdir(parents=True, exist_ok=True)
    weights_path = folder / WEIGHTS_NAME
    state = {name: t.detach().contiguous().clone() for name, t in head.state_dict().items()}
    save_file(state, str(weights_path))
    record = {
        "weights": WEIGHTS_NAME,
        "sha256": sha256_file(weights_path),
        "intents": list(INTENTS),
        "encoder_layers": list(head.layers),
        **meta,
    }
    meta_path = folder / META_NAME
    meta_path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return meta_path


def load_head(folder: Path = DATA_DIR) -> DialogueHead:
    """The head from `folder`, in eval mode, after checking its checksum and intent order."""
    meta_path = folder / META_NAME
    if not meta_path.is_file():
        raise LanguageModelError(
            f"The dialogue model's settings file {meta_path} is missing; run `zone train-dialogue`."
        )
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    weights_path = folder / meta["weights"]
    if not weights_path.is_file():
        raise LanguageModelError(f"The dialogue model's weights {weights_path} are missing; run `zone train-dialogue`.")
    if sha256_file(weights_path) != meta["sha256"]:
        raise DialogueHeadError(
            f"The dialogue model's weights {weights_path} do not match the checksum in {META_NAME}; "
            "reinstall the project or run `zone train-dialogue`."
        )
    if meta["intents"] != list(INTENTS):
        raise DialogueHeadError(f"The dialogue model in {folder} was trained for other intents: {meta['intents']}.")
    state = load_file(str(weights_path))
    hidden, width = state["net.0.weight"].shape
    layers = tuple(meta["encoder_layers"])
    if not layers or (width - CONTEXT_DIM) % len(layers):
        raise DialogueHeadError(f"The dialogue model's weights in {weights_path} do not fit its layers {layers}.")
    head = DialogueHead(width - CONTEXT_DIM, hidden, layers)
    try:
        head.load_state_dict(state)
    except RuntimeError as error:
        raise DialogueHeadError(f"The dialogue model's weights in {weights_path} have the wrong shapes.") from error
    return head.eval()
