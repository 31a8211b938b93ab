"""The rules for follow-ups and corrections completed from the last edit (the refer6 set): where the recoloured
thing is ("the toboggan in front") is part of which thing it is, so "it" keeps it and "same for the sledges" or a
new colour drops or keeps it rightly; "no the left one" and "the one behind it" name the same kind of thing
there; "them" after "add more haystacks" are the haystacks, and another thing or a correction of the thing keeps
"more"; "it" when every edit so far removed its thing, or after an edit of two things, asks which; "make it like
before" asks; "greener than that" and "even greener" are the last edit again, stronger; "i meant darker" after a
colour is a darker shade of it; "actually navy would be better" corrects where "navy would be better" is a
remark; "now the birdcage", "the other hatstands" and "the girl by the gatepost" are follow-ups; "you did the
hatstand, it was the birdcage" corrects the object; "sandbags too" is one more edit, not a correction, and
"shinier too" is a change of the same thing; "not on the shed, on the pogo stick" rejects the last edit's place,
so it corrects that edit even though an older edit named the pogo stick; "make her wave" is a person made to do
something (the girl just given a yo-yo), where "make her hat" still breaks off; and "the haystacks r fine" is talk."""

from __future__ import annotations

import pytest

from assistant.understanding import correct, resolve_pronoun
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls, fixed_calls

TOBOGGAN = ((None, None), (0, "make the toboggan in front red"))
HAYSTACKS = ((None, None), (0, "add more haystacks"))
CAULDRON = ((None, None), (0, "remove the cauldron"))
PAIR = ((None, None), (0, "make the hatstand and the birdcage gold"))
GATEPOST = ((None, None), (0, "make the gatepost green"))
HATSTAND = ((None, None), (0, "make the hatstand black"))
YOYO = ((None, None), (0, "give the boy a red yo-yo"))
GIRL = ((None, None), (0, "give the girl a red yo-yo"))
SHED = ((None, None), (0, "make the pogo stick pink"), (1, "add skittles on the shed"))


STRONGER: CallList = [("retry_edit", {"strength": "stronger"})]


@pytest.mark.parametrize(
    ("rounds", "text", "calls"),
    [
        (TOBOGGAN, "make it glossy", edit_calls("make the toboggan in front glossy")),
        (TOBOGGAN, "same for the sledges", edit_calls("make the sledges red")),
        (TOBOGGAN, "now the sledges", edit_calls("make the sledges red")),
        (TOBOGGAN, "the one behind it too", edit_calls("make the toboggan behind it red")),
        (TOBOGGAN, "not red, yellow", fixed_calls("make the toboggan in front yellow")),
        (TOBOGGAN, "no the left one", fixed_calls("make the left toboggan red")),
        (TOBOGGAN, "wrong toboggan, the one behind it", fixed_calls("make the toboggan behind it red")),
        (HAYSTACKS, "make them bigger", edit_calls("make the haystacks bigger")),
        (HAYSTACKS, "same for the sandbags", edit_calls("add more sandbags")),
        (HAYSTACKS, "and the sandbags?", edit_calls("add more sandbags")),
        (HAYSTACKS, "sandbags too", edit_calls("add more sandbags")),
        (HATSTAND, "shinier too", edit_calls("make the hatstand shinier")),
        (HAYSTACKS, "not haystacks, sandbags", fixed_calls("add more sandbags")),
        (PAIR, "make them green", edit_calls("make the hatstand and the birdcage green")),
        (CAULDRON, "make it brighter", edit_calls("make it brighter")),
        (GATEPOST, "greener than that", STRONGER),
        ((((None, None), (0, "make the gatepost greener"))), "even greener", STRONGER),
        (GATEPOST, "i meant darker", fixed_calls("make the gatepost darker green")),
        (GATEPOST, "actually navy would be better", fixed_calls("make the gatepost navy")),
        (HATSTAND, "now the birdcage", edit_calls("make the birdcage black")),
        (HATSTAND, "do that to the other hatstands too", edit_calls("make the other hatstands black")),
        (HATSTAND, "you did the hatstand, it was the birdcage", fixed_calls("make the birdcage black")),
        (YOYO, "same for the girl by the gatepost", edit_calls("give the girl by the gatepost a red yo-yo")),
        (SHED, "not on the shed, on the pogo stick", fixed_calls("add skittles on the pogo stick")),
        (GIRL, "make her wave", edit_calls("make the girl wave")),
    ],
)
def test_follow_ups_and_corrections_complete_the_last_edit(rounds: Rounds, text: str, calls: CallList) -> None:
    assert decided_calls(text, rounds) == calls


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (CAULDRON, "make it bigger"),
        (CAULDRON, "make them blue"),
        (PAIR, "make it taller"),
        (PAIR, "make it brown"),
        (GATEPOST, "make it like before"),
        (GATEPOST, "navy would be better"),
        (GATEPOST, "is it green?"),
        (HATSTAND, "it was the best day"),
        (HAYSTACKS, "ok the haystacks r fine"),
        (GIRL, "make her hat"),
    ],
)
def test_unclear_references_and_remarks_make_no_call(rounds: Rounds, text: str) -> None:
    assert decided_calls(text, rounds) == []


def test_it_never_names_things_added_without_a_determiner() -> None:
    assert resolve_pronoun("make them taller", "add more haystacks") == "make the haystacks taller"
    assert resolve_pronoun("make it taller", "add more haystacks") == "make it taller"


def test_the_one_with_something_may_be_another_kind_of_thing() -> None:
    assert (
        correct("make the toboggan red", "the one with the scarf", "correct_object")
        == "make the one with the scarf red"
    )
    assert correct("make the toboggan red", "the one by the gatepost", "correct_object") == (
        "make the toboggan by the gatepost red"
    )
