"""The trained action head: a one-hidden-layer MLP over sentence embeddings, and its files.

The weights live in `assets/action_head.safetensors`; `assets/action_head.json` beside them holds their
SHA-256, the label order, the training settings, the dataset's checksum and the held-out report.
Loading verifies the checksum, so a damaged or hand-edited file is refused rather than trusted.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from language.action.labels import Action
from language.errors import LanguageModelError

DATA_DIR = Path(__file__).resolve().parent / "assets"
WEIGHTS_NAME = "action_head.safetensors"
META_NAME = "action_head.json"
LABELS: tuple[Action, ...] = tuple(Action)


class ActionHeadError(LanguageModelError):
    """The head's files are present but unusable (checksum mismatch, wrong labels or shapes)."""


class ActionHead(nn.Module):
    """Embedding -> logits over `LABELS`."""

    def __init__(self, dim: int, hidden: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(dim, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, len(LABELS)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_head(head: ActionHead, folder: Path, meta: dict[str, Any]) -> Path:
    """Write the weights and their JSON (`meta` plus label order and checksum); returns the JSON path."""
    folder.mkdir(parents=True, exist_ok=True)
    weights_path = folder / WEIGHTS_NAME
    state = {name: t.detach().contiguous().clone() for name, t in head.state_dict().items()}
    save_file(state, str(weights_path))
    record = {
        "weights": WEIGHTS_NAME,
        "sha256": sha256_file(weights_path),
        "labels": [label.value for label in LABELS],
        **meta,
    }
    meta_path = folder / META_NAME
    meta_path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return meta_path


def read_meta(folder: Path = DATA_DIR) -> dict[str, Any]:
    """The head's JSON record."""
    meta_path = folder / META_NAME
    if not meta_path.is_file():
        raise LanguageModelError(
            f"The action classifier's settings file {meta_path} is missing; run `zone train-action`."
        )
    return json.loads(meta_path.read_text(encoding="utf-8"))


def load_head(folder: Path = DATA_DIR) -> ActionHead:
    """The head from `folder`, in eval mode, after checking its checksum and label order."""
    meta = read_meta(folder)
    weights_path = folder / meta["weights"]
    if not weights_path.is_file():
        raise LanguageModelError(
            f"The action classifier's weights {weights_path} are missing; run `zone train-action`."
        )
    if sha256_file(weights_path) != meta["sha256"]:
        raise ActionHeadError(
            f"The action classifier's weights {weights_path} do not match the checksum in {META_NAME}; "
            "reinstall the project or run `zone train-action`."
        )
    if meta["labels"] != [label.value for label in LABELS]:
        raise ActionHeadError(f"The action classifier in {folder} was trained for other labels: {meta['labels']}.")
    state = load_file(str(weights_path))
    hidden, dim = state["net.0.weight"].shape
    head = ActionHead(dim, hidden)
    try:
        head.load_state_dict(state)
    except RuntimeError as error:
        raise ActionHeadError(f"The action classifier's weights in {weights_path} have the wrong shapes.") from error
    return head.eval()
