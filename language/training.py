"""What training any head over the shared encoder has in common (`zone train-action`,
`zone train-dialogue`): the provenance written beside the weights, and the command line."""

from __future__ import annotations

import argparse
import dataclasses
import importlib.metadata
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import torch

from language.action.head import sha256_file
from language.encoder import ENCODER_PACKAGE, MiniLMEncoder


class Result(Protocol):
    """What a `train` function returns: the held-out report and where the weights' JSON went."""

    @property
    def report(self) -> Any: ...
    @property
    def meta_path(self) -> Path | None: ...


def provenance(data: Path, settings: Any, report: Any, n_train: int, encoder: MiniLMEncoder) -> dict[str, Any]:
    """The record written beside a head's weights: encoder, dataset checksum, settings, held-out report."""
    return {
        "encoder": {
            "package": ENCODER_PACKAGE,
            "version": importlib.metadata.version(ENCODER_PACKAGE),
            "dim": encoder.dim,
            "max_tokens": encoder.max_tokens,
        },
        "dataset": {"file": data.name, "sha256": sha256_file(data), "train": n_train, "test": report.count},
        "settings": dataclasses.asdict(settings),
        "held_out": dataclasses.asdict(report),
        "torch": torch.__version__,
    }


def add_train_cli(
    subparsers: Any,
    name: str,
    *,
    help: str,
    description: str,
    defaults: Any,
    data: Path,
    out: Path,
    train: Callable[..., Result],
) -> None:
    """Register `zone NAME`: train from `data` into `out` with `defaults` overridden by the options."""
    parser = subparsers.add_parser(name, help=help, description=description)
    parser.add_argument("--data", type=Path, default=data, help="dataset CSV (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=out, help="folder for the weights and their JSON")
    parser.add_argument("--seed", type=int, default=defaults.seed, help="%(default)s; same seed, same weights")
    parser.add_argument("--epochs", type=int, default=defaults.epochs, help="passes over the data (%(default)s)")
    parser.add_argument("--batch-size", type=int, default=defaults.batch_size, help="%(default)s")
    parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate, help="AdamW, %(default)s")
    parser.add_argument("--hidden", type=int, default=defaults.hidden, help="hidden units of the MLP (%(default)s)")

    def run(args: argparse.Namespace) -> int:
        if args.epochs < 1 or args.batch_size < 1 or args.hidden < 1:
            raise ValueError("epochs, batch size and hidden size must be at least 1")
        settings = dataclasses.replace(
            defaults,
            seed=args.seed,
            epochs=args.epochs,
            batch_size=args.batch_size,
            learning_rate=args.learning_rate,
            hidden=args.hidden,
        )
        result = train(args.data, args.out, settings, log=print)
        print(result.report.format())
        print(f"wrote {result.meta_path} and its weights")
        return 0

    parser.set_defaults(func=run)
