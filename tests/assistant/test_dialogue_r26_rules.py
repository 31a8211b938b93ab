"""Round 26's rules, each from a miss of the development sets:

- "push it further" is the last edit made stronger, not a move of its thing; "a touch more" and a comparative with a
  letter held down ("warmerrr") are stronger too;
- "gimme the 2nd edit" goes to that round and "scrap all of it and start over" to the original;
- a correction taken back later in the same turn ("the kettle... nah the teapot is right, keep it", "2 mugs not 3...
  nah 3 is fine") and praise of an earlier round that keeps this one ("... but ill stick with this") change nothing;
- an edit kept for later ("idea for later: ... remind me", "not now, but later could you ...") or asked about first
  ("first tell me, can u ...?") is answered in words;
- a reaction that asks nothing ("the lily pads make the pond look like a painting", "... my gran would be proud",
  "the dog in a tutu i cant breathe") is talk, while a request inside laughter ("lol make the dog pink 😂") edits;
- a thing of the undone edit wanted back in two words ("the hat back pls") redoes it, as "redoo" and "re-do" do;
- a count put right ("2 wedges not 3", "two boats not one") and the words a sign writes put right ("typo on my part,
  it should say ABIERTO") correct the last edit; another thing's words ("the door should say PUSH") are a new edit;
- "when the apron wasnt green yet" is the round before the apron was made green; "2nd one was the best, go back to
  it" goes to that try;
- "and the starting blocks" does the last edit to them, and "same green for the bench" gives the bench the last
  edit's green in its words;
- "the beakers should have green liquid in them" and "could the attendant wear a santa hat?" are edits;
- a request after a lead-in and a colon is read on its own ("ok right now pls: gloves gone"), with "it" the thing the
  lead-in named ("lets start with the sky: make it sunset orange");
- an instruction that says the same pronoun as the last one keeps it ("give him ear defenders" after "put a yellow
  hard hat on him" is not about the hat);
- a lead-in that throws the last edit out ("changed my mind, forget the harness: ...", "instead: ...") makes the
  request after the colon a correction;
- "same <word> for/on <thing>" is the last edit on that thing ("same pattern on the napkins"), unless the word is a
  colour the last edit did not give ("the same blue for the carabiners" is blue);
- in a session with edits, "can u replace the poster with ...?" and "can the tadpoles be a bit bigger so ppl can see
  them?" ask for an edit, while "can you change the colour of things?" asks what the editor can do;
- "pink turned out more purple than i wanted, do it again" tries the last edit again;
- a hypothetical laughed about ("what if the turbines were pink lmao") or asked an opinion on ("..., would that be
  weird haha"), "she's gonna love that lol" and "and the cushions... hm no leave them" change nothing;
- "like the last one pls" with a new photo makes the last edit on it, "the other one too pls" does the last edit on
  the other side as well, and "oops butter" puts the butter where the last edit's thing was;
- with a new photo, "same flame edit as yesterday pls" and "the crowd w flags like last time" make the last edit on
  it, "same syrup thing but make it pastel this time" makes it with the new look, and "dont do the same edit this
  time" asks nothing yet;
- "salmon? coral? idk" and a request that breaks off on "and then" ask, while "really? again?" still tries again;
- a look that says only "good" in other words ("make it look expensive", "make the steamer look grander", "make it
  look high end", "make it look like a million bucks") asks what to change, while "make the light cooler" and "make
  the gnocchi look more appetising" edit.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import CallList, Rounds, act_and_calls, decided_calls, edit_calls, fixed_calls

WARM: Rounds = ((None, None), (0, "make the light warm"))
KITTEN: Rounds = ((None, None), (0, "make the kitten grey"), (1, "add a ball of wool"), (2, "make the rug red"))
WEDGES: Rounds = ((None, None), (0, "add 3 lime wedges on the plate"))
SIGN: Rounds = ((None, None), (0, "make the sign read OPEN LATE"))
HELMET: Rounds = ((None, None), (0, "make the kettle copper"))


def _act_calls(text: str, rounds: Rounds, current: int | None = None) -> tuple[str, CallList]:
    """`act_and_calls` on a session of `rounds`, its calls as (tool name, arguments) for `fixed_calls` and the like."""
    act, calls = act_and_calls(text, tree(*rounds, current=current))
    return act, [(call.name, call.args) for call in calls]


@pytest.mark.parametrize("text", ["push it further", "push it further pls", "a touch more", "warmerrr"])
def test_more_of_the_last_edit_is_stronger(text: str) -> None:
    assert _act_calls(text, WARM) == ("retry", [("retry_edit", {"strength": "stronger"})])


@pytest.mark.parametrize(
    ("text", "index"),
    [("gimme the 2nd edit", 2), ("give me the third version", 3), ("scrap all of it and start over", 0)],
)
def test_a_round_asked_for_in_other_words(text: str, index: int) -> None:
    session = tree(*KITTEN)
    decision = decide(Turn(text=text, tree=session))
    assert decision.act == "goto"
    assert [session.resolve(call.args["round"]).index for call in decision.calls] == [index]


@pytest.mark.parametrize(
    ("rounds", "text"),
    [
        (HELMET, "the kettle... nah the teapot is right, keep it"),
        (WEDGES, "2 wedges not 3... nah 3 is fine"),
        (KITTEN, "the version before the wool was nice but ill stick with this"),
        (KITTEN, "idea for later: a moon over the window. remind me"),
        (KITTEN, "not now, but later could you help me add a name tag to the kitten?"),
        (KITTEN, "first tell me, can u remove the wool from the rug?"),
        (KITTEN, "the rug makes the whole room look cosy"),
        (KITTEN, "the grey fur looks so real, my gran would be proud"),
        (KITTEN, "the kitten in a tiny hat i cant breathe"),
    ],
)
def test_turns_that_ask_no_edit(rounds: Rounds, text: str) -> None:
    act, calls = _act_calls(text, rounds)
    assert (act, calls) == ("talk", [])


def test_a_request_inside_laughter_still_edits() -> None:
    assert decided_calls("lol make the rug pink 😂", KITTEN) == edit_calls("make the rug pink")


@pytest.mark.parametrize("text", ["the wool back pls", "redoo", "re-do"])
def test_the_undone_edit_wanted_back_is_a_redo(text: str) -> None:
    assert _act_calls(text, KITTEN, current=1) == ("redo", [("revert", {"round": "next"})])


@pytest.mark.parametrize(
    ("rounds", "text", "instruction"),
    [
        (WEDGES, "2 wedges not 3", "add 2 lime wedges on the plate"),
        (WEDGES, "FIVE not three", "add five lime wedges on the plate"),
        (((None, None), (0, "add a boat by the pier")), "two boats not one", "add two boats by the pier"),
        (
            ((None, None), (0, "add pine trees on the ridge")),
            "just 4 pines, not a whole forest",
            "add 4 pine trees on the ridge",
        ),
        (SIGN, "typo on my part, it should say ABIERTO", "make the sign read ABIERTO"),
        (SIGN, "the sign should read OPEN 24H not OPEN LATE", "make the sign read OPEN 24H"),
        (SIGN, "CLOSED MONDAYS. thats what it should say", "make the sign read CLOSED MONDAYS"),
    ],
)
def test_a_count_or_written_words_put_right(rounds: Rounds, text: str, instruction: str) -> None:
    assert _act_calls(text, rounds) == ("correction", fixed_calls(instruction))


def test_another_things_words_are_a_new_edit() -> None:
    assert decided_calls("the door should say PUSH", SIGN) == edit_calls("make the door say PUSH")


def test_a_round_named_by_a_look_not_made_yet() -> None:
    session = tree((None, None), (0, "add dust around the chisel"), (1, "make his apron dark green"), (2, "add a hat"))
    call = decide(Turn(text="back to when the apron wasnt green yet", tree=session)).calls[0]
    assert session.resolve(call.args["round"]).index == 1


@pytest.mark.parametrize(("text", "index"), [("2nd one was the best, go back to it", 2), ("the first go was nicer", 1)])
def test_a_try_picked_as_the_best(text: str, index: int) -> None:
    session = tree((None, None), *[(0, "make the kart lime green")] * 3)
    calls = decide(Turn(text=text, tree=session)).calls
    assert [session.resolve(call.args["round"]).index for call in calls] == [index]


@pytest.mark.parametrize(
    ("rounds", "text", "instruction"),
    [
        (((None, None), (0, "make the hurdles yellow")), "and the starting blocks", "make the starting blocks yellow"),
        (((None, None), (0, "make the hurdles yellow")), "also his shoes pls", "make his shoes yellow"),
        (((None, None), (0, "make his apron dark green")), "same green for the bench", "make the bench dark green"),
        (WARM, "the jars should have red jam in them", "put red jam in the jars"),
        (WARM, "pls could the baker wear a chef hat?", "make the baker wear a chef hat"),
        (WARM, "ok right now pls: gloves gone", "remove the gloves"),
        (WARM, "home now, lets start with the sky: make it pink", "make the sky pink"),
    ],
)
def test_edits_said_in_other_words(rounds: Rounds, text: str, instruction: str) -> None:
    assert decided_calls(text, rounds) == edit_calls(instruction)


def test_the_same_pronoun_as_the_last_instruction_stays() -> None:
    rounds: Rounds = ((None, None), (0, "add a cement mixer"), (1, "put a yellow hard hat on him"))
    session = tree(*rounds)
    decision = decide(Turn(text="forget the hat, give him ear defenders", tree=session))
    instructions = [call.args.get("instruction") for call in decision.calls if "instruction" in call.args]
    assert instructions == ["give him ear defenders"]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("changed my mind, forget the harness: add paw prints in the snow", "add paw prints in the snow"),
        ("instead: remove the sled", "remove the sled"),
    ],
)
def test_a_lead_in_that_throws_the_last_edit_out_corrects_it(text: str, instruction: str) -> None:
    rounds: Rounds = ((None, None), (0, "put a harness on the husky"))
    assert _act_calls(text, rounds) == ("correction", fixed_calls(instruction))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("same pattern on the napkins", "make the napkins checkered"),
        ("the same blue for the carabiners", "make the carabiners blue"),
        ("can u replace the menu board with a chalkboard one?", "replace the menu board with a chalkboard one"),
        ("can the plates be a bit bigger so ppl can see them?", "make the plates a bit bigger"),
    ],
)
def test_requests_on_another_thing(text: str, instruction: str) -> None:
    rounds: Rounds = ((None, None), (0, "make the tablecloth checkered"))
    assert decided_calls(text, rounds) == edit_calls(instruction)


def test_a_question_of_a_kind_of_edit_stays_a_question() -> None:
    rounds: Rounds = ((None, None), (0, "make the tablecloth checkered"))
    assert _act_calls("can you change the colour of things?", rounds) == ("talk", [])


def test_came_out_off_then_again_is_a_retry() -> None:
    rounds: Rounds = ((None, None), (0, "make the neon sign glow pink"))
    assert _act_calls("pink turned out more purple than i wanted, do it again", rounds) == (
        "retry",
        [("retry_edit", {})],
    )


@pytest.mark.parametrize(
    "text",
    [
        "what if the lanterns were purple lmao",
        "what if the chef was a cat, would that be weird haha",
        "she's gonna love that lol",
        "and the lanterns... hm no leave them",
    ],
)
def test_wondering_and_reactions_change_nothing(text: str) -> None:
    assert _act_calls(text, WARM) == ("talk", [])


def test_like_the_last_one_with_a_new_photo_repeats_the_last_edit() -> None:
    rounds: Rounds = ((None, None), (0, "make the sled red"), (None, None))
    assert decided_calls("like the last one pls", rounds, photo=True) == edit_calls("make the sled red")


def test_the_other_side_too_is_a_new_edit() -> None:
    rounds: Rounds = ((None, None), (0, "make the left boot shiny"))
    assert decided_calls("the other one too pls", rounds) == edit_calls("make the right boot shiny")


@pytest.mark.parametrize(("text", "instruction"), [("oops butter", "make the butter golden"), ("oops lol", None)])
def test_a_thing_named_after_oops(text: str, instruction: str | None) -> None:
    calls = decided_calls(text, ((None, None), (0, "make the toast golden")))
    assert calls == (fixed_calls(instruction) if instruction else [])


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("lab pic from today, same flame edit as yesterday pls", "make the burner flame blue"),
        ("2nd pic, the flame like last time", "make the burner flame blue"),
        ("new pic, same flame thing but make it green this time", "make the burner flame green"),
    ],
)
def test_the_last_edit_asked_again_with_a_new_photo(text: str, instruction: str) -> None:
    rounds: Rounds = ((None, None), (0, "make the burner flame blue"), (None, None))
    assert decided_calls(text, rounds, photo=True) == edit_calls(instruction)


def test_not_the_same_edit_with_a_new_photo_asks_nothing() -> None:
    rounds: Rounds = ((None, None), (0, "make the burner flame blue"), (None, None))
    decision = decide(
        Turn(text="another one from that day, dont do the same edit this time", tree=tree(*rounds), photo=True)
    )
    assert (decision.act, decision.calls) == ("caption", ())


@pytest.mark.parametrize(
    ("text", "act"), [("salmon? coral? idk", "clarify"), ("add lanterns over the stalls and then", "clarify")]
)
def test_options_without_a_choice_and_a_broken_off_request_ask(text: str, act: str) -> None:
    assert _act_calls(text, ((None, None), (0, "make the sunrise pink"))) == (act, [])


def test_really_again_still_tries_again() -> None:
    assert _act_calls("really? again?", ((None, None), (0, "make the sunrise pink"))) == ("retry", [("retry_edit", {})])


@pytest.mark.parametrize(
    "text",
    [
        "make it look expensive",
        "make the saddle look expensive",
        "make the steamer look grander",
        "make it look high end",
        "can you make it look like a million bucks",
        "i want the tower shot to look classier",
    ],
)
def test_a_look_that_only_says_good_asks(text: str) -> None:
    assert _act_calls(text, ((None, None),)) == ("clarify", [])


@pytest.mark.parametrize("text", ["make the light cooler", "make the gnocchi look more appetising"])
def test_a_look_that_says_a_change_edits(text: str) -> None:
    assert decided_calls(text, ((None, None),)) == edit_calls(text)
