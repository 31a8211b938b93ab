"""Training of the dialogue head (`zone train-dialogue`), reproducible from a seed.

Reads the dataset's turns with MiniLM (the pooled states of the output layer and a middle one), fits
the MLP head on the train split only (those features and the turn's context flags in, the intent out),
scores it on the held-out split (unseen template families and words), and writes the weights with
their settings, checksums and held-out report. The same seed, data and machine give byte-identical
weights: the RNG is forked and seeded, batches are shuffled by a seeded generator, and torch runs on
one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from language.dialogue.dataset import DATASET_PATH, Example, read_dataset
from language.dialogue.head import DATA_DIR, DialogueHead, save_head
from language.dialogue.labels import INTENTS
from language.encoder import ENCODER_PACKAGE, MiniLMEncoder, one_intra_op_thread, shared_encoder
from language.training import add_train_cli, provenance


@dataclass(frozen=True)
class TrainSettings:
    """Everything that decides the head's weights besides the data."""

    seed: int = 0
    epochs: int = 60
    batch_size: int = 64
    learning_rate: float = 2e-3
    weight_decay: float = 1e-2
    hidden: int = 512
    dropout: float = 0.2
    label_smoothing: float = 0.1
    layers: tuple[int, ...] = (6, 3)
    """Encoder layers the head reads: the output (meaning) and a middle one (form: question, imperative)."""


@dataclass(frozen=True)
class HeldOutReport:
    """Accuracy overall, per intent and per template family of the held-out split, and its size."""

    count: int
    accuracy: float
    per_intent: dict[str, float]
    per_family: dict[str, float]

    def format(self) -> str:
        """Plain-text report for the terminal."""
        lines = [f"held-out accuracy: {self.accuracy:.4f} on {self.count} turns"]
        lines += [f"  {intent:<18}{score:.4f}" for intent, score in self.per_intent.items()]
        weakest = sorted(self.per_family.items(), key=lambda item: item[1])[:8]
        lines.append("weakest families: " + ", ".join(f"{family} {score:.2f}" for family, score in weakest))
        return "\n".join(lines)


@dataclass(frozen=True)
class TrainResult:
    """What `train` made: the head, its report, and the JSON it wrote (None when not saved)."""

    head: DialogueHead
    report: HeldOutReport
    meta_path: Path | None


@dataclass(frozen=True)
class Encoded:
    """A dataset split as the head's inputs and targets."""

    embeddings: torch.Tensor
    context: torch.Tensor
    intents: torch.Tensor
    examples: Sequence[Example]


def encode(examples: Sequence[Example], encoder: MiniLMEncoder, layers: tuple[int, ...]) -> Encoded:
    """Features of `layers`, context flags and intent indices of `examples`."""
    return Encoded(
        encoder.encode_layers([e.text for e in examples], layers),
        torch.tensor([e.context.features() for e in examples], dtype=torch.float32),
        torch.tensor([INTENTS.index(e.intent) for e in examples], dtype=torch.long),
        examples,
    )


def fit_head(data: Encoded, settings: TrainSettings) -> DialogueHead:
    """Train a fresh head on `data`; deterministic for a seed."""
    with torch.random.fork_rng(devices=[]), one_intra_op_thread():
        torch.manual_seed(settings.seed)
        head = DialogueHead(data.embeddings.shape[1], settings.hidden, settings.layers, settings.dropout)
        optimiser = torch.optim.AdamW(head.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
        order = torch.Generator().manual_seed(settings.seed)
        head.train()
        for _ in range(settings.epochs):
            for batch in torch.randperm(len(data.intents), generator=order).split(settings.batch_size):
                logits = head(data.embeddings[batch], data.context[batch])
                loss = F.cross_entropy(logits, data.intents[batch], label_smoothing=settings.label_smoothing)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
    return head.eval()


@torch.inference_mode()
def evaluate(head: DialogueHead, data: Encoded) -> HeldOutReport:
    """Score `head` on `data`: overall, per true intent and per template family."""
    predicted = head(data.embeddings, data.context).argmax(dim=1).tolist() if len(data.intents) else []
    truth = data.intents.tolist()
    right = [p == t for p, t in zip(predicted, truth, strict=True)]

    def share(keys: Sequence[str]) -> dict[str, float]:
        totals: dict[str, list[int]] = {}
        for key, ok in zip(keys, right, strict=True):
            totals.setdefault(key, []).append(ok)
        return {key: sum(oks) / len(oks) for key, oks in sorted(totals.items())}

    return HeldOutReport(
        count=len(truth),
        accuracy=sum(right) / len(right) if right else 0.0,
        per_intent=share([INTENTS[t] for t in truth]),
        per_family=share([e.family for e in data.examples]),
    )


def train(
    data: Path = DATASET_PATH,
    out: Path | None = DATA_DIR,
    settings: TrainSettings = TrainSettings(),
    encoder: MiniLMEncoder | None = None,
    log: Callable[[str], None] = lambda _: None,
) -> TrainResult:
    """Fit the head on `data`'s train split, score it on the held-out split, save it to `out`."""
    examples = read_dataset(data)
    train_set = [e for e in examples if e.split == "train"]
    test_set = [e for e in examples if e.split == "test"]
    if not train_set or not test_set:
        raise ValueError(f"{data} needs both train and held-out (test) rows")
    encoder = encoder or shared_encoder()
    log(f"embedding {len(examples)} turns with {ENCODER_PACKAGE}")
    train_data, test_data = encode(train_set, encoder, settings.layers), encode(test_set, encoder, settings.layers)
    log(f"training on {len(train_set)} turns for {settings.epochs} epochs (seed {settings.seed})")
    head = fit_head(train_data, settings)
    report = evaluate(head, test_data)
    meta_path = None
    if out is not None:
        meta_path = save_head(head, out, provenance(data, settings, report, len(train_set), encoder))
    return TrainResult(head, report, meta_path)


def add_cli(subparsers: Any) -> None:
    """Register `train-dialogue` on the `zone` command's subparsers."""
    add_train_cli(
        subparsers,
        "train-dialogue",
        help="retrain the dialogue model's head and print its held-out report",
        description="Retrain the chat-turn intent head on the dialogue dataset (same seed, same weights).",
        defaults=TrainSettings(),
        data=DATASET_PATH,
        out=DATA_DIR,
        train=train,
    )
