"""Rules for turns the fifteenth round of development sets showed misread.

- Two things or two looks named for one edit with no choice made ("the bell or the weathervane, make it bronze",
  "make the blimp red or maybe orange", "the left or right stool") ask which; "shinier or something" does not.
- A move, resize or recolouring that says nothing of where, how big or what colour asks ("move the cheetah").
- A request taken back at its end ("... just asking, dont do it yet", "... actually no, not yet") makes no edit.
- A thing named by the head of a compound word ("the gulls" for "seagulls") names that edit, for an undo or a retry.
- A look or a thing named as the better one ("nope red was better") goes to the round that had it.
- "roudn 2", "verison 1" are put right; "wantd" is "wanted"; "ew" opens a correction as "ugh" does.
- A verdict before an undo in the same turn ("nope. back") is one step back, not two.
- "when there was still a puddle" is the round that still showed it; "when the grandstand was still empty" is the
  round before it was filled.
- Polite lead-ins ("would be great if you could", "would you be so kind as to") and wishes ("all the robes should
  be saffron", "if only the walls were whitewashed", "it'd be nice with snow on the mountains") are edits.
- Instructions keep what the edit said: "make the mask in GOLD" is "make the mask GOLD"; "on the unedited pic",
  "branch off the original:" and "from r1" name the base round; a correction or "the X too" keeps the rest of the
  last edit ("glow deep red", "more vivid", "fire-engine red") and its object's whole name ("the yurt door").
- "how do i ..." and "..., would that be weird?" are questions; a turn cut off on "the" asks; a remark on the strength
  before a way back ("too much. go back to ...") is its reason; hidden characters are read as the store keeps them.
"""

from __future__ import annotations

import pytest

from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
HARBOUR: Rounds = ((None, None), (0, "make the dhow's sail red"), (1, "add seagulls above the mast"))
SAIL_FIXED: Rounds = ((None, None), (0, "make the dhow's sail red"), (0, "make the dhow's sail orange"))
OMELETTE: Rounds = ((None, None), (0, "sprinkle chopped chives on the omelette"))
LIGHTS: Rounds = ((None, None), (0, "make the dj booth lights blue"))
BUFFET: Rounds = (
    (None, None),
    (0, "make the ice swan glow blue"),
    (1, "remove the puddle under the swan"),
    (2, "add candles around the sculpture"),
)
SAFELIGHT: Rounds = ((None, None), (0, "make the safelight glow deep red"))
SPICES: Rounds = ((None, None), (0, "make the spice piles more vivid"))
YURT: Rounds = ((None, None), (0, "make the yurt door blue"))
MUSTANG: Rounds = ((None, None), (0, "paint the mustang fire-engine red"))
RACE: Rounds = (
    (None, None),
    (0, "make the jockey's silks purple and gold"),
    (1, "add a packed grandstand behind the track"),
)


@pytest.mark.parametrize(
    "text",
    [
        "the bell or the weathervane, make it bronze",
        "either the king or the queen, make it silver",
        "remove the sheep or the gravestones idk",
        "make the blimp red or maybe orange",
        "make the left or right bar stool taller",
        "the left washer or the right one, not sure",
        "recolour the bartenders shirt pls",
        "move the cheetah",
        "resize the clock",
        "can you make the dance floor bigger? just asking, dont do it yet",
        "could u make it look like a painting? actually no, not yet, lemme ask the kids first",
    ],
)
def test_no_edit_without_a_choice_a_target_or_a_go(text: str) -> None:
    assert decided_calls(text, UPLOAD) == []


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("make the kettle shinier or something", "make the kettle shinier"),
        ("move the armchair closer to the fireplace", "move the armchair closer to the fireplace"),
        ("make the sky blue, not yet the clouds", "make the sky blue, not yet the clouds"),
        ("would be great if you could remove the scooter parked outside", "remove the scooter parked outside"),
        (
            "would you be so kind as to add sunbeams coming down through the water",
            "add sunbeams coming down through the water",
        ),
        ("all the monks' robes should be saffron", "make all the monks' robes saffron"),
        ("if only the monastery walls were whitewashed", "make the monastery walls whitewashed"),
        ("it'd be nice with snow on the mountains", "add snow on the mountains"),
    ],
)
def test_edits_that_look_like_them_are_made(text: str, instruction: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(instruction)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("undo the gulls", [("revert", {"round": "before the gulls"})]),
        ("try the gulls again", [("retry_edit", {})]),
        ("nope. back", [("revert", {"round": "previous"})]),
        ("yikes no, put it back how it was", [("revert", {"round": "previous"})]),
        ("undo. undo", [("revert", {"round": "previous"}), ("revert", {"round": "previous"})]),
        ("go back to roudn 2 plz", [("revert", {"round": 2})]),
        ("verison 1", [("revert", {"round": 1})]),
    ],
)
def test_undo_retry_and_rounds_on_the_harbour(text: str, calls: CallList) -> None:
    assert decided_calls(text, HARBOUR) == calls


@pytest.mark.parametrize("text", ["nope red was better", "red was better", "the red version looked better"])
def test_the_look_called_better_is_the_round_that_had_it(text: str) -> None:
    calls = decided_calls(text, SAIL_FIXED)
    assert calls == [("revert", {"round": "the red one"})]
    assert tree(*SAIL_FIXED).resolve(calls[0][1]["round"]).index == 1


@pytest.mark.parametrize(
    ("text", "rounds", "instruction"),
    [
        ("ew not chives, parsley", OMELETTE, "sprinkle chopped parsley on the omelette"),
        ("i wantd teal not blue", LIGHTS, "make the dj booth lights teal"),
    ],
)
def test_corrections_behind_a_reaction_or_a_typo(text: str, rounds: Rounds, instruction: str) -> None:
    assert decided_calls(text, rounds) == [("retry_edit", {"instruction": instruction})]


@pytest.mark.parametrize(
    ("rounds", "reference", "index"),
    [
        (BUFFET, "when there was still a puddle", 1),
        (BUFFET, "when there was a puddle", 1),
        (RACE, "when the grandstand was still empty", 1),
    ],
)
def test_rounds_named_by_what_was_there(rounds: Rounds, reference: str, index: int) -> None:
    assert tree(*rounds).resolve(reference).index == index


@pytest.mark.parametrize(
    ("text", "rounds", "call"),
    [
        ("the mask in GOLD plz", UPLOAD, ("edit_image", {"instruction": "make the mask GOLD"})),
        ("paint the fence in dark green", UPLOAD, ("edit_image", {"instruction": "paint the fence in dark green"})),
        (
            "on the unedited pic make the awning striped red and white",
            HARBOUR,
            ("edit_image", {"instruction": "make the awning striped red and white", "base_round": "original"}),
        ),
        (
            "branch off the original: make the hovercraft yellow",
            HARBOUR,
            ("edit_image", {"instruction": "make the hovercraft yellow", "base_round": "the original"}),
        ),
        ("from r1 add rain", HARBOUR, ("edit_image", {"instruction": "add rain", "base_round": 1})),
        ("not the safelight, the timer", SAFELIGHT, ("retry_edit", {"instruction": "make the timer glow deep red"})),
        ("the enlarger too", SAFELIGHT, ("edit_image", {"instruction": "make the enlarger glow deep red"})),
        ("the tea glasses too pls", SPICES, ("edit_image", {"instruction": "make the tea glasses more vivid"})),
        ("the door is meant to be red, not blue", YURT, ("retry_edit", {"instruction": "make the yurt door red"})),
        (
            "wrong car!! the beetle, not the mustang",
            MUSTANG,
            ("retry_edit", {"instruction": "paint the beetle fire-engine red"}),
        ),
    ],
)
def test_instructions_keep_what_the_edit_said(text: str, rounds: Rounds, call: tuple[str, dict[str, object]]) -> None:
    """A colour said with "in", an earlier round named as the base, and the rest of the last edit kept when only its
    object changes (its "glow", its "more", its whole name, its hyphened shade)."""
    assert decided_calls(text, rounds) == [call]


@pytest.mark.parametrize(
    ("text", "rounds", "calls"),
    [
        ("how do i get a different version without typing it again", HARBOUR, []),
        ("what if the rickshaw was green, would that be weird?", UPLOAD, []),
        ("hmm not the", HARBOUR, []),
        ("not the sail, the", HARBOUR, []),
        ("ok now make it more ✨aesthetic✨", ((None, None), (0, "make the skyline behind me more sunset-y")), []),
        ("i prefer the softer one, go back to round 1", HARBOUR, [("revert", {"round": 1})]),
        ("\u2067add a spool of red thread\u2069", UPLOAD, edit_calls("add a spool of red thread")),
        ("make the cup\u200b blue", UPLOAD, edit_calls("make the cup blue")),
        (
            "ok long story but my son made the winning shot and my phone camera is garbage so the photo is super dark. "
            "please brighten it",
            UPLOAD,
            edit_calls("brighten it"),
        ),
    ],
)
def test_questions_cut_off_turns_and_hidden_characters(text: str, rounds: Rounds, calls: CallList) -> None:
    """A how-to or an opinion asked is answered in words; a turn cut off on "the" asks; a remark on strength before
    a way back is its reason; bidi isolates and zero-width spaces are read as `clean_turn` stores the turn."""
    assert decided_calls(text, rounds) == calls
