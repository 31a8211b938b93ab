"""The rules that make edit requests phrased indirectly an edit with a plain instruction (round 9): a complaint that
says how the thing should change ("the X looks dull, more red maybe", "..., greener would be nice", "..., it should
be golden", "..., a few X would make it more fun"), wants ("what i want is the X gone", "i'd like the X in a green
jumper", "i want no X in the lane", "i would like that the X is blue", "i am wishing a ..."), suggestions ("any
chance of making ...", "what about an owl on ...", "any chance the X could go?"), what would look better ("... with
moss on it", "... in gold", "... smiling", "a barn owl on the X would be epic", "it'd be perfect without the X"), and
non-native English ("the X, it must be more white", "do the X in green colour", "is better if the X is not there");
beside look-alikes that stay words: memories, hypotheticals, reported speech, questions, a change declined in the
same turn, remarks and real-life wishes. Each case is a turn on a freshly uploaded photo and the exact calls."""

from __future__ import annotations

import pytest

from tests.assistant.rule_calls import CallList, decided_calls, edit_calls

UPLOAD = ((None, None),)

EDITS: list[tuple[str, CallList]] = [
    # a complaint that names the way to change it
    ("the postbox looks so faded, more red maybe", edit_calls("make the postbox more red")),
    ("the hedgerow looks kinda brown, greener would be nice", edit_calls("make the hedgerow greener")),
    ("the thatch is all patchy and grey, it should be golden", edit_calls("make the thatch golden")),
    ("the weathercock looks dull, shinier would be good", edit_calls("make the weathercock shinier")),
    ("the lane is so bare, a few haybales would make it way more fun", edit_calls("add a few haybales")),
    # wants
    ("what i want is the milestone gone", edit_calls("remove the milestone")),
    ("i'd like the farmer in a green jumper", edit_calls("put the farmer in a green jumper")),
    ("i want no cattle in the lane", edit_calls("remove the cattle in the lane")),
    ("i would like that the postbox is blue", edit_calls("make the postbox blue")),
    ("i am wishing a rainbow over the thatch", edit_calls("add a rainbow over the thatch")),
    # suggestions
    ("any chance of making the hedgerow taller", edit_calls("make the hedgerow taller")),
    ("what about an owl on the gatepost", edit_calls("add an owl on the gatepost")),
    ("any chance the haybale could go?", edit_calls("remove the haybale")),
    # what would look better
    ("the bird table would look better with moss on it", edit_calls("add moss to the bird table")),
    ("the weathercock would look way better in gold", edit_calls("make the weathercock gold")),
    ("the farmer would look friendlier smiling", edit_calls("make the farmer smiling")),
    ("a barn owl on the gatepost would be epic", edit_calls("add a barn owl on the gatepost")),
    ("it'd be perfect without the milestone", edit_calls("remove the milestone")),
    ("would be lovely with a bit of fog over the hedgerow", edit_calls("add a bit of fog over the hedgerow")),
    # non-native English
    ("the gatepost, it must be more white", edit_calls("make the gatepost more white")),
    ("please do the postbox in green colour", edit_calls("make the postbox green")),
    ("is better if the haybale is not there", edit_calls("remove the haybale")),
    ("the thatch i want it more yellow", edit_calls("make the thatch more yellow")),
]

WORDS: list[str] = [
    "the postbox was so red that day",
    "would a blue postbox have been better? idk",
    "my neighbour says the thatch should be darker",
    "would you paint the gatepost white if it was your house?",
    "remove the haybale? nah leave it, it's cute",
    "could the hedgerow really be that green?",
    "i want the same postbox for my garden lol",
    "a holiday would be nice lol",
    "any chance you can do videos?",
    "i'd love to live in a thatched cottage",
    "the thatch looks old, it was built in 1820",
    "the gatepost is white and the wall is white, everything white lol",
    "the hedgerow is green, greener than ever this year",
    "i'd love a dog like that",
    "a few more days there would be nice",
]


@pytest.mark.parametrize(("text", "calls"), EDITS, ids=[text for text, _ in EDITS])
def test_an_indirect_request_is_an_edit(text: str, calls: CallList) -> None:
    assert decided_calls(text, UPLOAD) == calls


@pytest.mark.parametrize("text", WORDS)
def test_a_remark_hypothetical_or_question_stays_words(text: str) -> None:
    assert decided_calls(text, UPLOAD) == []
