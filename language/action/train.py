"""Training of the action head (`zone train-action`), reproducible from a seed.

Embeds the dataset's instructions with MiniLM, fits the MLP head on the train split only, scores it
on the held-out split (unseen templates and nouns), and writes the weights with their settings,
checksums and held-out report. The same seed, data and machine give byte-identical weights: the
RNG is forked and seeded, batches are shuffled by a seeded generator, and torch runs on one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from language.action.dataset import DATASET_PATH, Example, read_dataset
from language.action.head import DATA_DIR, LABELS, ActionHead, save_head
from language.encoder import ENCODER_PACKAGE, MiniLMEncoder, one_intra_op_thread
from language.training import add_train_cli, provenance


@dataclass(frozen=True)
class TrainSettings:
    """Everything that decides the head's weights besides the data."""

    seed: int = 0
    epochs: int = 60
    batch_size: int = 64
    learning_rate: float = 2e-3
    weight_decay: float = 1e-2
    hidden: int = 256
    dropout: float = 0.1
    label_smoothing: float = 0.05


@dataclass(frozen=True)
class HeldOutReport:
    """Accuracy overall and per class, and the confusion matrix (rows true, columns predicted)."""

    labels: tuple[str, ...]
    count: int
    accuracy: float
    per_class: dict[str, float]
    confusion: tuple[tuple[int, ...], ...]

    def format(self) -> str:
        """Plain-text report for the terminal."""
        width = max(len(label) for label in self.labels) + 2
        lines = [f"held-out accuracy: {self.accuracy:.4f} on {self.count} instructions"]
        for i, label in enumerate(self.labels):
            lines.append(f"  {label:<{width}}{self.per_class[label]:.4f} ({sum(self.confusion[i])})")
        lines.append("confusion matrix (rows: true action, columns: predicted)")
        lines.append(" " * width + "".join(f"{label:>{width}}" for label in self.labels))
        for label, row in zip(self.labels, self.confusion, strict=True):
            lines.append(f"{label:<{width}}" + "".join(f"{n:>{width}}" for n in row))
        return "\n".join(lines)


@dataclass(frozen=True)
class TrainResult:
    """What `train` made: the head, its report, and the JSON it wrote (None when not saved)."""

    head: ActionHead
    report: HeldOutReport
    meta_path: Path | None


def labels_of(examples: Sequence[Example]) -> torch.Tensor:
    """Class indices in `LABELS` order."""
    return torch.tensor([LABELS.index(e.action) for e in examples], dtype=torch.long)


def fit_head(x: torch.Tensor, y: torch.Tensor, settings: TrainSettings) -> ActionHead:
    """Train a fresh head on embeddings `x` and class indices `y`; deterministic for a seed."""
    with torch.random.fork_rng(devices=[]), one_intra_op_thread():
        torch.manual_seed(settings.seed)
        head = ActionHead(x.shape[1], settings.hidden, settings.dropout)
        optimiser = torch.optim.AdamW(head.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
        order = torch.Generator().manual_seed(settings.seed)
        head.train()
        for _ in range(settings.epochs):
            for batch in torch.randperm(len(x), generator=order).split(settings.batch_size):
                loss = F.cross_entropy(head(x[batch]), y[batch], label_smoothing=settings.label_smoothing)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
    return head.eval()


@torch.inference_mode()
def evaluate(head: ActionHead, x: torch.Tensor, y: torch.Tensor) -> HeldOutReport:
    """Score `head` on embeddings `x` with true classes `y`."""
    predicted = head(x).argmax(dim=1) if len(x) else torch.empty(0, dtype=torch.long)
    n = len(LABELS)
    confusion = torch.zeros(n, n, dtype=torch.long)
    confusion.index_put_((y, predicted), torch.ones_like(y), accumulate=True)
    rows = tuple(tuple(int(v) for v in row) for row in confusion.tolist())
    names = tuple(label.value for label in LABELS)
    per_class = {names[i]: rows[i][i] / sum(rows[i]) if sum(rows[i]) else 0.0 for i in range(n)}
    accuracy = sum(rows[i][i] for i in range(n)) / len(y) if len(y) else 0.0
    return HeldOutReport(names, len(y), accuracy, per_class, rows)


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
    encoder = encoder or MiniLMEncoder.load()
    log(f"embedding {len(examples)} instructions with {ENCODER_PACKAGE}")
    x_train = encoder.encode([e.text for e in train_set])
    x_test = encoder.encode([e.text for e in test_set])
    log(f"training on {len(train_set)} instructions for {settings.epochs} epochs (seed {settings.seed})")
    head = fit_head(x_train, labels_of(train_set), settings)
    report = evaluate(head, x_test, labels_of(test_set))
    meta_path = None
    if out is not None:
        meta_path = save_head(head, out, provenance(data, settings, report, len(train_set), encoder))
    return TrainResult(head, report, meta_path)


def add_cli(subparsers: Any) -> None:
    """Register `train-action` on the `zone` command's subparsers."""
    add_train_cli(
        subparsers,
        "train-action",
        help="retrain the action classifier's head and print its held-out report",
        description="Retrain the add/remove/change head on the action dataset (same seed, same weights).",
        defaults=TrainSettings(),
        data=DATASET_PATH,
        out=DATA_DIR,
        train=train,
    )
