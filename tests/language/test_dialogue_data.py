"""The dialogue dataset: deterministic, committed as generated, covering every intent, labelled by
context, and split so that held-out template families and words never reach training."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from language.dialogue.dataset import (
    DATASET_PATH,
    HELD_OUT_WORDS,
    WRITTEN_FIELDS,
    Example,
    generate,
    main,
    read_dataset,
    read_written,
    to_csv,
)
from language.dialogue.labels import INTENTS, NEEDS_EDIT, Context, label_for
from language.dialogue.templates import HELD_OUT_FAMILIES, TEMPLATES


@pytest.fixture(scope="module")
def examples() -> list:
    return read_dataset()


def test_committed_dataset_is_exactly_what_the_generator_writes() -> None:
    assert to_csv(generate(written=read_written())) == DATASET_PATH.read_text(encoding="utf-8")


def test_generator_is_deterministic_per_seed() -> None:
    small = {"per_family": 6, "action_edits": 50}
    assert to_csv(generate(seed=5, **small)) == to_csv(generate(seed=5, **small))
    assert to_csv(generate(seed=5, **small)) != to_csv(generate(seed=6, **small))


def test_every_intent_is_trained_and_held_out(examples: list) -> None:
    for split in ("train", "test"):
        counts = Counter(e.intent for e in examples if e.split == split)
        assert set(counts) == set(INTENTS), split
    assert len(examples) >= 5000


def test_a_text_in_one_context_has_one_intent(examples: list) -> None:
    seen: dict[tuple[str, Context], set[str]] = {}
    for e in examples:
        seen.setdefault((e.text.lower(), e.context), set()).add(e.intent)
    assert all(len(intents) == 1 for intents in seen.values())


def test_held_out_rows_are_exactly_those_with_a_held_out_family_or_word(examples: list) -> None:
    action_test = {e.text for e in examples if e.family.startswith("action.") and e.split == "test"}
    for e in examples:
        if e.family.startswith(("action.", "written.")):
            continue
        held = e.family in HELD_OUT_FAMILIES or any(w in HELD_OUT_WORDS for w in e.words)
        assert (e.split == "test") == held, e
    train_families = {e.family for e in examples if e.split == "train"}
    assert not train_families & HELD_OUT_FAMILIES
    assert {t.family for t in TEMPLATES} >= HELD_OUT_FAMILIES
    assert action_test, "the action dataset's held-out edits stay held out here"


def test_context_decides_whether_a_retry_or_a_caption_applies(examples: list) -> None:
    assert label_for("retry", Context(has_photo=True, has_edit=True)) == "retry"
    assert label_for("retry", Context(has_photo=True)) == "clarify"
    assert label_for("caption", Context(photo=True, has_photo=True)) == "caption"
    assert label_for("caption", Context(has_photo=True)) == "clarify"
    assert label_for("edit", Context()) == "edit"
    retries = [e for e in examples if e.family.startswith(tuple(f"{i}." for i in NEEDS_EDIT))]
    assert {e.intent for e in retries if not e.context.has_edit} == {"clarify"}
    assert {e.intent == "clarify" for e in retries if e.context.has_edit} == {False}


def test_the_safety_vocabulary_is_taught_as_edits(examples: list) -> None:
    edits = [e.text.lower() for e in examples if e.intent == "edit"]
    for words in ("files from the desk", "towards the", "say", "on the cake"):
        assert any(words in text for text in edits), words
    hostile = {e.family for e in examples if e.intent == "out_of_scope"}
    assert {"out_of_scope.command", "out_of_scope.file", "out_of_scope.injection", "out_of_scope.poem"} <= hostile


def test_main_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "d.csv"
    assert main(["--out", str(out), "--seed", "0"]) == 0
    assert out.read_text(encoding="utf-8") == DATASET_PATH.read_text(encoding="utf-8")
    assert "held out" in capsys.readouterr().out


def test_written_turns_train_and_win_over_a_generated_turn_with_the_same_words(examples: list) -> None:
    written = read_written()
    assert written and all(e.split == "train" and e.family.startswith("written.") for e in written)
    assert {e.family for e in examples if e.family.startswith("written.")} == {e.family for e in written}
    small = {"per_family": 6, "action_edits": 50}
    generated = generate(seed=5, **small)
    relabelled = Example(generated[0].text.upper(), "clarify", generated[0].context, "train", "written.test", ())
    made = generate(seed=5, written=[relabelled], **small)
    assert made[0] == relabelled
    assert [e for e in made if e.text.lower() == relabelled.text.lower()] == [relabelled]


def test_a_malformed_written_file_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "written.csv"
    path.write_text(",".join(WRITTEN_FIELDS) + "\nmake the cup blue,edit,0,1,0,dev\nhello,chatting,0,0,0,dev\n")
    with pytest.raises(ValueError, match="line 3: empty text or unknown intent"):
        read_written(path)
    path.write_text("text,intent\nhello,greeting\n")
    with pytest.raises(ValueError, match="must have the columns"):
        read_written(path)
