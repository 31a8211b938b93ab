"""The action dataset: deterministic, committed as generated, large and varied enough, and split so
that held-out templates and nouns never reach training."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from language.action import vocab as action_vocab
from language.action.dataset import (
    _IMPERATIVE_OPENERS,
    _LIGHT_OPENERS,
    _QUESTION_SUFFIXES,
    _SUFFIXES,
    DATASET_PATH,
    generate,
    main,
    read_dataset,
    to_csv,
)
from language.action.templates import HELD_OUT_TEMPLATES, TEMPLATES
from language.templating import typo
from zone_tools.action import Action


@pytest.fixture(scope="module")
def examples() -> list:
    return read_dataset()


def test_committed_dataset_is_exactly_what_the_generator_writes() -> None:
    assert to_csv(generate()) == DATASET_PATH.read_text(encoding="utf-8")


def test_generator_is_deterministic_per_seed() -> None:
    assert to_csv(generate(seed=5, per_action=200)) == to_csv(generate(seed=5, per_action=200))
    assert to_csv(generate(seed=5, per_action=200)) != to_csv(generate(seed=6, per_action=200))


def test_dataset_is_large_balanced_and_never_labels_a_text_twice(examples: list) -> None:
    assert len(examples) >= 1500
    counts = Counter(e.action for e in examples)
    assert set(counts) == set(Action)
    assert max(counts.values()) == min(counts.values())
    labels_per_text: dict[str, set] = {}
    for e in examples:
        labels_per_text.setdefault(e.text.lower(), set()).add(e.action)
    assert all(len(labels) == 1 for labels in labels_per_text.values())


def test_held_out_rows_are_exactly_those_with_a_held_out_template_or_noun(examples: list) -> None:
    for e in examples:
        held = e.template in HELD_OUT_TEMPLATES or any(n in action_vocab.HELD_OUT_NOUNS for n in e.nouns)
        assert (e.split == "test") == held, e
    test_counts = Counter(e.action for e in examples if e.split == "test")
    assert all(test_counts[a] >= 100 for a in Action)
    train_templates = {e.template for e in examples if e.split == "train"}
    assert not train_templates & HELD_OUT_TEMPLATES
    assert {t.id for t in TEMPLATES} - HELD_OUT_TEMPLATES == train_templates


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bget rid of\b",
        r"\btake off\b",
        r"\bmake .+ disappear\b",
        r"\bgive her\b",
        r"\blet there be\b",
        r"\bturn .+ into\b",
        r"\bswap .+ for\b",
        r"^now\b",
        r"^can you\b",
        r"\bplease\b",
        r"^(?!.*\bplease\b)\w+ the \w+$",
    ],
)
def test_dataset_covers_the_required_phrasings(examples: list, pattern: str) -> None:
    assert sum(bool(re.search(pattern, e.text.lower())) for e in examples) >= 5


def _words(strings: object) -> set[str]:
    return set(re.findall(r"[a-z]+(?:'[a-z]+)?", " ".join(str(s) for s in strings).lower()))


def test_about_one_in_seven_instructions_has_atypo(examples: list) -> None:
    known = (
        _words(t.pattern for t in TEMPLATES)
        | _words(vars(action_vocab).values())
        | _words(_IMPERATIVE_OPENERS + _LIGHT_OPENERS + _SUFFIXES + _QUESTION_SUFFIXES)
        | {"a", "an", "some", "the", "that", "this", "those", "these"}
    )
    with_typo = [e for e in examples if _words([e.text]) - known]
    assert 0.08 * len(examples) <= len(with_typo) <= 0.2 * len(examples)


def test_a_typo_is_one_small_edit_of_one_long_word() -> None:
    rng = random.Random(3)
    text = "please remove the umbrella"
    for _ in range(50):
        slipped = typo(text, rng)
        changed = [(a, b) for a, b in zip(text.split(), slipped.split(), strict=True) if a != b]
        assert len(changed) == 1
        original, slip = changed[0]
        assert len(original) >= 4 and abs(len(original) - len(slip)) <= 1
    assert typo("add a cat", rng) == "add a cat"


def test_reading_a_malformed_dataset_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    header = "text,action,split,template,nouns\n"
    bad.write_text(header + "remove the cup,remove,train,remove.remove,cup\nadd a cat,paint,train,x,cat\n")
    with pytest.raises(ValueError, match=r"line 3.*unknown action 'paint'"):
        read_dataset(bad)
    bad.write_text("text,label\nremove the cup,remove\n")
    with pytest.raises(ValueError, match="columns"):
        read_dataset(bad)


def test_generator_command_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "data.csv"
    assert main(["--out", str(out), "--per-action", "50", "--seed", "2"]) == 0
    assert out.read_text() == to_csv(generate(seed=2, per_action=50))
    assert "wrote 150 instructions" in capsys.readouterr().out
