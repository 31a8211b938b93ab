"""The action classifier through its public API, with the committed head: hard cases, the held-out
and hand-written sets, probabilities, bad and odd input, and the once-per-process load."""

from __future__ import annotations

import csv
import json
import math

import pytest
import torch

from language.action.dataset import read_dataset
from language.action.head import DATA_DIR, LABELS, META_NAME, sha256_file
from language.action.train import evaluate, labels_of
from zone_tools.action import Action, classify, classify_proba, get_classifier
from zone_tools.errors import BadInstructionError

HELD_OUT_FLOOR = 0.9
PER_CLASS_FLOOR = 0.85

HARD_CASES = [
    ("take off her hat", Action.REMOVE),
    ("put on his glasses", Action.ADD),
    ("make him a golden statue", Action.CHANGE),
    ("wear her sunglasses", Action.ADD),
    ("turn the day into night", Action.CHANGE),
    ("clear the clouds", Action.REMOVE),
    ("make his tie blue", Action.CHANGE),
    ("now remove the cup", Action.REMOVE),
    ("give her sunglasses", Action.ADD),
    ("make the car disappear", Action.REMOVE),
    ("swap the cat for a dog", Action.CHANGE),
    ("let there be a rainbow", Action.ADD),
    ("Can you get rid of the car, please?", Action.REMOVE),
]


@pytest.mark.parametrize(("text", "expected"), HARD_CASES)
def test_hard_cases(text: str, expected: Action) -> None:
    assert classify(text) is expected


def test_held_out_split_accuracy_is_above_the_floor_and_matches_the_recorded_report() -> None:
    classifier = get_classifier()
    held_out = [e for e in read_dataset() if e.split == "test"]
    report = evaluate(classifier.head, classifier.encoder.encode([e.text for e in held_out]), labels_of(held_out))
    assert report.count == len(held_out) > 300
    assert report.accuracy >= HELD_OUT_FLOOR, report.format()
    assert min(report.per_class.values()) >= PER_CLASS_FLOOR, report.format()
    recorded = json.loads((DATA_DIR / META_NAME).read_text())["held_out"]
    assert report.accuracy == pytest.approx(recorded["accuracy"], abs=0.005)


def test_hand_written_instructions_never_trained_on_are_mostly_right() -> None:
    with (DATA_DIR / "action_wild.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    correct = sum(classify(row["text"]) is Action(row["action"]) for row in rows)
    assert len(rows) >= 90
    assert correct / len(rows) >= 0.9


@pytest.mark.parametrize("text", ["remove the cup", "add a hat to the dog", "make it look like a Monet"])
def test_probabilities_cover_every_action_and_sum_to_one(text: str) -> None:
    probabilities = classify_proba(text)
    assert list(probabilities) == list(LABELS)
    assert all(isinstance(p, float) and 0.0 <= p <= 1.0 for p in probabilities.values())
    assert math.isclose(sum(probabilities.values()), 1.0, abs_tol=1e-9)
    assert classify(text) is max(probabilities, key=probabilities.__getitem__)


def test_clear_instructions_are_confident() -> None:
    assert classify_proba("remove the cup")[Action.REMOVE] > 0.8


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_instruction_raises_a_clear_error(text: str) -> None:
    with pytest.raises(BadInstructionError, match="The instruction is empty"):
        classify(text)
    with pytest.raises(BadInstructionError, match="The instruction is empty"):
        classify_proba(text)


@pytest.mark.parametrize("text", [None, 42, b"remove the cup"])
def test_non_text_instruction_raises_a_clear_error(text: object) -> None:
    with pytest.raises(BadInstructionError, match="must be text"):
        classify(text)  # type: ignore[arg-type]


def test_very_long_text_is_truncated_to_the_encoder_limit() -> None:
    long_text = "please make the old wooden fence in the garden bright red " * 2000
    encoder = get_classifier().encoder
    ids, _ = encoder.tokenize([long_text])
    assert ids.shape[1] == encoder.max_tokens
    probabilities = classify_proba(long_text)
    assert math.isclose(sum(probabilities.values()), 1.0, abs_tol=1e-9)
    # Whatever lies past the limit is never read.
    assert classify_proba(long_text + " now remove the cup instead") == probabilities


@pytest.mark.parametrize(
    "text",
    ["Entferne bitte die Tasse", "把帽子去掉", "أضف قبعة", "сделай небо красным", "🎩➡️🗑️", "???"],
)
def test_non_english_or_odd_text_still_gets_a_class_and_probabilities(text: str) -> None:
    probabilities = classify_proba(text)
    assert set(probabilities) == set(Action)
    assert math.isclose(sum(probabilities.values()), 1.0, abs_tol=1e-9)
    assert isinstance(classify(text), Action)


def test_classifier_is_loaded_once_per_process() -> None:
    assert get_classifier() is get_classifier()


def test_surrounding_blanks_do_not_change_the_answer() -> None:
    assert classify_proba("  take off her hat \n") == classify_proba("take off her hat")


def test_classifier_leaves_the_process_thread_setting_as_it_found_it() -> None:
    before = torch.get_num_threads()
    classify("remove the cup")
    assert torch.get_num_threads() == before


def test_committed_head_was_trained_on_the_committed_dataset() -> None:
    meta = json.loads((DATA_DIR / META_NAME).read_text())
    assert meta["dataset"]["sha256"] == sha256_file(DATA_DIR / meta["dataset"]["file"])
    assert meta["sha256"] == sha256_file(DATA_DIR / meta["weights"])
    assert meta["settings"]["seed"] == 0
