"""Resolution of round references against a session's tree (plain records, no store)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.errors import AmbiguousRoundError, NoPhotoError, RoundReferenceError
from assistant.references import RoundTree, keywords, stem


@dataclass
class Node:
    id: int
    parent_id: int | None
    index: int
    instruction: str | None


def tree(current_index: int) -> RoundTree:
    """0 upload; 1 cup blue (from 0); 2 croissant (from 1); 3 saucer red (from 2); 4 hat (from 1)."""
    nodes = [
        Node(10, None, 0, None),
        Node(11, 10, 1, "make the cup blue"),
        Node(12, 11, 2, "add a croissant on the plate"),
        Node(13, 12, 3, "make the saucer red"),
        Node(14, 11, 4, "give the man a hat"),
    ]
    return RoundTree(nodes, next(n.id for n in nodes if n.index == current_index))


@pytest.mark.parametrize(
    ("reference", "current", "expected"),
    [
        (None, 3, 3),
        ("current", 3, 3),
        ("this one", 2, 2),
        (2, 3, 2),
        ("2", 3, 2),
        ("round 2", 3, 2),
        ("Round two", 3, 2),
        ("#4", 3, 4),
        (0, 3, 0),
        ("original", 3, 0),
        ("the original photo", 4, 0),
        ("the upload", 3, 0),
        ("previous", 3, 2),
        ("the previous one", 4, 1),
        ("2 steps back", 3, 1),
        ("two steps back", 3, 1),
        ("next", 2, 3),
        ("next", 1, 4),
        ("latest", 1, 4),
        ("before the croissant", 3, 1),
        ("before I added the croissants", 3, 1),
        ("just before round 3", 4, 2),
        ("after the croissant", 0, 2),
        ("the one with the blue cup", 3, 1),
        ("the version where the saucer was red", 0, 3),
        ("the hat", 3, 4),
        ("croissant", 4, 2),
    ],
)
def test_references_resolve_to_the_round_meant(reference, current: int, expected: int) -> None:
    assert tree(current).resolve(reference).index == expected


@pytest.mark.parametrize(
    ("reference", "current", "words"),
    [
        (9, 3, "no round 9"),
        ("round 12", 3, "no round 12"),
        ("previous", 0, "nothing before"),
        ("5 steps back", 3, "3 edit(s) away"),
        ("next", 3, "nothing to redo"),
        ("before the original", 3, "nothing before"),
        ("before the giraffe", 3, "giraffe"),
        ("the ", 3, "which round"),
    ],
)
def test_references_that_name_no_round_say_why(reference, current: int, words: str) -> None:
    with pytest.raises(RoundReferenceError) as caught:
        tree(current).resolve(reference)
    assert words in str(caught.value)


def test_a_reference_with_no_content_words_is_refused() -> None:
    with pytest.raises(RoundReferenceError, match="which round"):
        tree(3).resolve("the one with and")


def test_text_matches_of_two_different_edits_ask_which_but_their_round_before_is_known() -> None:
    nodes = [
        Node(1, None, 0, None),
        Node(2, 1, 1, "make the cup blue"),
        Node(3, 1, 2, "make the cup green"),
        Node(4, 2, 3, "add a spoon"),
    ]
    assert RoundTree(nodes, 4).resolve("before the cup").index == 0
    with pytest.raises(AmbiguousRoundError, match="Rounds 1 and 2 both match"):
        RoundTree(nodes, 4).resolve("the cup")
    assert RoundTree(nodes, 4).resolve("the blue cup").index == 1
    assert RoundTree(nodes, 3).resolve("the green cup").index == 2


def test_text_matches_of_tries_prefer_the_current_line_then_the_newest() -> None:
    nodes = [
        Node(1, None, 0, None),
        Node(2, 1, 1, "make the cup blue"),
        Node(3, 1, 2, "make the cup blue"),
        Node(4, 2, 3, "add a spoon"),
    ]
    assert RoundTree(nodes, 4).resolve("the cup").index == 1
    assert RoundTree(nodes, 3).resolve("the cup").index == 2


def test_an_empty_session_has_nothing_to_resolve() -> None:
    with pytest.raises(NoPhotoError):
        RoundTree([], None).resolve("original")


def test_keywords_drop_stopwords_and_plural_endings() -> None:
    assert keywords("Before I added the croissants and glasses") == {"before", "croissant", "glass"}
    assert stem("berries") == "berry" and stem("glass") == "glass" and stem("boxes") == "box"


def test_nth_edit_and_the_version_before_an_edit() -> None:
    @dataclass
    class Node:
        id: int
        parent_id: int | None
        index: int
        instruction: str | None

    tree = RoundTree([Node(1, None, 0, None), Node(2, 1, 1, "make the cup blue"), Node(3, 2, 2, "remove the spoon")], 3)
    assert tree.resolve("the first edit").index == 1
    assert tree.resolve("the second change").index == 2
    assert tree.resolve("the version before you made the cup blue").index == 0
    assert tree.resolve("the first photo").index == 0
    with pytest.raises(RoundReferenceError, match="no edit number 3"):
        tree.resolve("the third edit")


def test_before_a_round_that_does_not_exist_says_so() -> None:
    nodes = [Node(1, None, 0, None), Node(2, 1, 1, "make the cup blue")]
    with pytest.raises(RoundReferenceError, match="There is no round 9"):
        RoundTree(nodes, 2).resolve("before round 9")
