"""Training of the action head: reproducible per seed, scored correctly, saved and loaded with its
checksum, and driven by the `train-action` command. Kept fast: small subsets, few epochs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import torch

from language.action.dataset import read_dataset, to_csv
from language.action.head import LABELS, META_NAME, WEIGHTS_NAME, ActionHead, ActionHeadError, load_head, save_head
from language.action.train import TrainSettings, add_cli, evaluate, fit_head, labels_of
from language.errors import LanguageModelError
from zone_tools.action import Action, get_classifier

FAST = TrainSettings(seed=3, epochs=15, batch_size=32)


def _subset(split: str, per_action: int) -> list:
    """The first `per_action` rows of each action in `split` of the committed dataset."""
    rows = [e for e in read_dataset() if e.split == split]
    return [e for action in Action for e in [r for r in rows if r.action is action][:per_action]]


@pytest.fixture(scope="module")
def small() -> dict[str, torch.Tensor]:
    """Embeddings and labels of a small train subset and a small held-out subset."""
    encoder = get_classifier().encoder
    train, test = _subset("train", 60), _subset("test", 20)
    return {
        "x_train": encoder.encode([e.text for e in train]),
        "y_train": labels_of(train),
        "x_test": encoder.encode([e.text for e in test]),
        "y_test": labels_of(test),
    }


def test_same_seed_gives_identical_weights_and_another_seed_does_not(small: dict) -> None:
    first = fit_head(small["x_train"], small["y_train"], FAST).state_dict()
    again = fit_head(small["x_train"], small["y_train"], FAST).state_dict()
    other = fit_head(small["x_train"], small["y_train"], TrainSettings(seed=4, epochs=15, batch_size=32)).state_dict()
    assert all(torch.equal(first[name], again[name]) for name in first)
    assert not torch.equal(first["net.0.weight"], other["net.0.weight"])


def test_training_leaves_the_global_random_state_alone(small: dict) -> None:
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    fit_head(small["x_train"], small["y_train"], TrainSettings(epochs=1))
    assert torch.equal(torch.rand(3), expected)


def test_a_few_epochs_on_a_small_subset_already_generalise(small: dict) -> None:
    head = fit_head(small["x_train"], small["y_train"], FAST)
    assert evaluate(head, small["x_test"], small["y_test"]).accuracy >= 0.75


def test_report_counts_predictions_per_true_class() -> None:
    head = ActionHead(dim=3, hidden=3)
    with torch.no_grad():
        for layer in (head.net[0], head.net[3]):
            layer.weight.copy_(torch.eye(3))
            layer.bias.zero_()
    # Each embedding is the one-hot of the class the head will predict.
    x = torch.eye(3)[[0, 0, 1, 2, 2, 1]]
    y = torch.tensor([0, 1, 1, 2, 0, 1])
    report = evaluate(head, x, y)
    assert report.confusion == ((1, 0, 1), (1, 2, 0), (0, 0, 1))
    assert report.accuracy == pytest.approx(4 / 6)
    assert report.per_class == pytest.approx({"add": 0.5, "remove": 2 / 3, "change": 1.0})
    text = report.format()
    assert "held-out accuracy: 0.6667 on 6 instructions" in text
    assert "confusion matrix" in text and text.splitlines()[-2].split() == ["remove", "1", "2", "0"]


def test_saved_head_loads_back_with_the_same_outputs(small: dict, tmp_path: Path) -> None:
    head = fit_head(small["x_train"], small["y_train"], TrainSettings(epochs=1))
    save_head(head, tmp_path, {"settings": {"seed": 0}})
    loaded = load_head(tmp_path)
    with torch.no_grad():
        assert torch.equal(loaded(small["x_test"]), head(small["x_test"]))
    meta = json.loads((tmp_path / META_NAME).read_text())
    assert meta["labels"] == [label.value for label in LABELS] and meta["settings"] == {"seed": 0}


def test_damaged_or_missing_head_files_are_refused(small: dict, tmp_path: Path) -> None:
    save_head(fit_head(small["x_train"], small["y_train"], TrainSettings(epochs=1)), tmp_path, {})
    weights = tmp_path / WEIGHTS_NAME
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ActionHeadError, match="checksum"):
        load_head(tmp_path)
    meta = json.loads((tmp_path / META_NAME).read_text())
    (tmp_path / META_NAME).write_text(json.dumps({**meta, "labels": ["remove", "add", "change"]}))
    with pytest.raises(ActionHeadError):
        load_head(tmp_path)
    weights.unlink()
    with pytest.raises(LanguageModelError, match="missing"):
        load_head(tmp_path)
    with pytest.raises(LanguageModelError, match="missing"):
        load_head(tmp_path / "nowhere")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zone")
    add_cli(parser.add_subparsers(dest="command", required=True))
    return parser


def test_train_action_command_trains_reports_and_reproduces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "tiny.csv"
    data.write_text(to_csv(_subset("train", 12) + _subset("test", 4)), encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        args = _parser().parse_args(
            ["train-action", "--data", str(data), "--out", str(tmp_path / run), "--epochs", "3", "--seed", "7"]
        )
        assert args.func(args) == 0
        outputs.append((tmp_path / run / WEIGHTS_NAME).read_bytes())
    printed = capsys.readouterr().out
    assert "held-out accuracy:" in printed and "confusion matrix" in printed
    assert outputs[0] == outputs[1]
    meta = json.loads((tmp_path / "a" / META_NAME).read_text())
    assert meta["settings"]["epochs"] == 3 and meta["settings"]["seed"] == 7
    assert (meta["dataset"]["file"], meta["dataset"]["train"], meta["dataset"]["test"]) == ("tiny.csv", 36, 12)
    assert load_head(tmp_path / "a")(torch.zeros(1, get_classifier().encoder.dim)).shape == (1, len(Action))


def test_train_action_command_rejects_nonsense_settings(tmp_path: Path) -> None:
    args = _parser().parse_args(["train-action", "--epochs", "0", "--out", str(tmp_path)])
    with pytest.raises(ValueError, match="at least 1"):
        args.func(args)
    assert not (tmp_path / WEIGHTS_NAME).exists()
