"""Training of the dialogue head: reproducible per seed, scored on the held-out split, saved and
loaded with its checksum, driven by `zone train-dialogue`, and the committed head matches its data.
Kept fast: small subsets, few epochs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import torch

from language.action.head import sha256_file
from language.dialogue.dataset import DATASET_PATH, read_dataset, to_csv
from language.dialogue.head import DATA_DIR, META_NAME, WEIGHTS_NAME, DialogueHeadError, load_head, save_head
from language.dialogue.labels import INTENTS
from language.dialogue.model import shared_dialogue_model
from language.dialogue.train import Encoded, TrainSettings, add_cli, encode, evaluate, fit_head
from language.encoder import shared_encoder
from language.errors import LanguageModelError

FAST = TrainSettings(seed=3, epochs=12, batch_size=32)


def _subset(split: str, per_intent: int) -> list:
    """The first `per_intent` rows of each intent in `split` of the committed dataset."""
    rows = [e for e in read_dataset() if e.split == split]
    return [e for intent in INTENTS for e in [r for r in rows if r.intent == intent][:per_intent]]


@pytest.fixture(scope="module")
def small() -> dict[str, Encoded]:
    encoder = shared_encoder()
    layers = FAST.layers
    return {"train": encode(_subset("train", 25), encoder, layers), "test": encode(_subset("test", 6), encoder, layers)}


def test_same_seed_gives_identical_weights_and_another_seed_does_not(small: dict) -> None:
    first = fit_head(small["train"], FAST).state_dict()
    again = fit_head(small["train"], FAST).state_dict()
    other = fit_head(small["train"], TrainSettings(seed=4, epochs=12, batch_size=32)).state_dict()
    assert all(torch.equal(first[name], again[name]) for name in first)
    assert not torch.equal(first["net.0.weight"], other["net.0.weight"])


def test_a_few_epochs_on_a_small_subset_beat_chance_by_far(small: dict) -> None:
    report = evaluate(fit_head(small["train"], FAST), small["test"])
    assert report.count == len(small["test"].intents)
    assert report.accuracy >= 0.4 > 3 / len(INTENTS)
    assert set(report.per_intent) == set(INTENTS)
    assert "held-out accuracy" in report.format()


def test_damaged_or_missing_head_files_are_refused(small: dict, tmp_path: Path) -> None:
    head = fit_head(small["train"], TrainSettings(epochs=1))
    save_head(head, tmp_path, {})
    with torch.no_grad():
        x, c = small["test"].embeddings, small["test"].context
        assert torch.equal(load_head(tmp_path)(x, c), head(x, c))
    weights = tmp_path / WEIGHTS_NAME
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(DialogueHeadError, match="checksum"):
        load_head(tmp_path)
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    meta = json.loads((tmp_path / META_NAME).read_text())
    (tmp_path / META_NAME).write_text(json.dumps({**meta, "intents": list(reversed(INTENTS))}))
    with pytest.raises(DialogueHeadError, match="other intents"):
        load_head(tmp_path)
    (tmp_path / META_NAME).write_text(json.dumps({**meta, "encoder_layers": [6, 3, 1, 2, 4]}))
    with pytest.raises(DialogueHeadError, match="do not fit"):
        load_head(tmp_path)
    weights.unlink()
    with pytest.raises(LanguageModelError, match="missing"):
        load_head(tmp_path)
    with pytest.raises(LanguageModelError, match="missing"):
        load_head(tmp_path / "nowhere")


def test_the_committed_head_was_trained_on_the_committed_dataset() -> None:
    meta = json.loads((DATA_DIR / META_NAME).read_text())
    assert meta["dataset"]["sha256"] == sha256_file(DATASET_PATH)
    assert meta["sha256"] == sha256_file(DATA_DIR / WEIGHTS_NAME) and meta["intents"] == list(INTENTS)
    assert meta["held_out"]["count"] == sum(e.split == "test" for e in read_dataset())
    assert shared_dialogue_model().encoder is shared_encoder()
    assert tuple(meta["encoder_layers"]) == shared_dialogue_model().head.layers == TrainSettings().layers


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zone")
    add_cli(parser.add_subparsers(dest="command", required=True))
    return parser


def test_train_dialogue_command_trains_reports_and_reproduces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "tiny.csv"
    data.write_text(to_csv(_subset("train", 6) + _subset("test", 2)), encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        args = _parser().parse_args(
            ["train-dialogue", "--data", str(data), "--out", str(tmp_path / run), "--epochs", "3", "--seed", "7"]
        )
        assert args.func(args) == 0
        outputs.append(((tmp_path / run / WEIGHTS_NAME).read_bytes(), (tmp_path / run / META_NAME).read_bytes()))
    assert "held-out accuracy:" in capsys.readouterr().out
    assert outputs[0] == outputs[1]
    meta = json.loads((tmp_path / "a" / META_NAME).read_text())
    assert meta["settings"]["epochs"] == 3 and meta["settings"]["seed"] == 7
    assert (meta["dataset"]["file"], meta["dataset"]["train"], meta["dataset"]["test"]) == (
        "tiny.csv",
        6 * len(INTENTS),
        2 * len(INTENTS),
    )


def test_train_dialogue_command_rejects_nonsense_settings(tmp_path: Path) -> None:
    args = _parser().parse_args(["train-dialogue", "--hidden", "0", "--out", str(tmp_path)])
    with pytest.raises(ValueError, match="at least 1"):
        args.func(args)
    assert not (tmp_path / WEIGHTS_NAME).exists()


def test_the_zone_command_registers_train_dialogue() -> None:
    from zone_tools.cli import register

    parser = argparse.ArgumentParser(prog="zone")
    register(parser.add_subparsers(dest="command", required=True))
    assert parser.parse_args(["train-dialogue", "--epochs", "2"]).epochs == 2
