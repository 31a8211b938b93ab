"""Round 31's rules, each from a miss of the development sets or of a walk through the app:

- an edit, then how much of it after the sentence ends ("could you make it darker? not too much") is one edit said
  with its degree, not the edit and then a weaker try of it;
- "try again" or "stronger" on a photo with no edit yet says there is no edit to redo;
- "again but on the boy's umbrella" is the last edit made on that thing too;
- a look imagined and asked to be seen ("what would it look like at night? show me", "i wonder how it'd look in
  winter, can you show me?", "show me the lobby with the chandelier off", "give me a version where the camels are
  sitting") is the edit that makes it, unless a round already has it; imagined with nothing asked, it is no edit;
- an opinion asked of a change only thought of ("would it be weird if the tent was pink"), what the person would do
  if the tool did something ("if you remove the lighthouse i'll cry"), an edit the person does themselves ("i'll
  remove the backpack myself in photoshop") and texts about the photo ("make a hashtag list for the pic", "write
  the alt text") are answered in words, an opinion asked with how to try the change and take it back;
- someone else's wish or one's own earlier plan, then a go-ahead ("my boss saw it and wants the board to say delayed
  everywhere, do it", "i was gonna ask you to remove the cart and yeah, do it", "the owner of the b&b asked me to
  remove the bins by the gate, pls do"), is that edit; one edit ruled out, then the one wanted ("don't remove the
  sign, just blur it"), is the one wanted;
- a colour alone with its reason after a dash or a full stop ("maroon — our school colours") is that colour;
- a round shown or named, then gone on from ("show me round 1 and then put me on it", "show me round 1 again and
  set it as current", "round 1, continue from there pls") is a move there;
- a correction that names another owner of the same thing ("grandpa's cardigan, not hers", "no, the boy's instead")
  changes the owner, and "the tailor's too" is the same edit on the tailor's;
- "her headband not the scarf" keeps "headband" whole ("and" inside a word is no "and");
- a colour alone after a recolouring ("peach"), or with its reason after a comma ("platinum blonde, she changed her
  mind", "white, not yellow, it's for a wedding"), is that colour instead;
- someone named alone before a request about "him" or "her" ("the doorman, put a hat on him") is the one meant,
  and two named ("the bellhop and the doorman... put a hat on him") get a question; after "make the gondolier's
  shirt red", "him" is the gondolier, and after "give the gondolier and the tourist straw hats", "them" are both
  and "make him wave" asks which one;
- a verb that also names a move in the session, said of a thing no edit changed ("roll the taxi window down", "undo
  the knot on the scarf", "revert the statue to bronze"), is an edit; "undo the sign" after adding a sign is not.
"""

from __future__ import annotations

import pytest

from assistant.understanding import NO_EDIT_TEXT, OPINION_TEXT, Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided, edit_calls, fixed_calls

BAKERY: Rounds = ((None, None), (0, "make the cake stand blue"))
"""A bakery counter with one edit."""
RAIN: Rounds = ((None, None), (0, "make the girl's umbrella yellow"))
"""Two children in the rain, the girl's umbrella recoloured."""
KNITTING: Rounds = ((None, None), (0, "make grandma's cardigan red"))
"""A knitting circle, grandma's cardigan recoloured."""
NEON: Rounds = ((None, None), (0, "turn the neon off"), (1, "make the sky red"))
"""A bar front whose neon was turned off, then the sky recoloured."""
UPLOADED: Rounds = ((None, None),)
"""A photo with no edit yet."""


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("could you make it darker? not too much", "make the cake stand darker, not too much"),
        ("can u make the tablecloth red? just a touch", "make the tablecloth red, just a touch"),
        ("make the awning green. only a little", "make the awning green, only a little"),
    ],
)
def test_an_edit_with_its_degree_after_it_is_one_edit(text: str, instruction: str) -> None:
    assert decided(text, BAKERY) == ("edit", edit_calls(instruction))


@pytest.mark.parametrize("text", ["try again", "again pls", "make it stronger", "reroll", "Try again?"])
def test_a_retry_before_any_edit_says_there_is_none(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*UPLOADED)))
    assert (decision.act, decision.calls, decision.reply) == ("clarify", (), NO_EDIT_TEXT)


@pytest.mark.parametrize(
    "text",
    [
        "again but on the boy's umbrella",
        "same again but on the boy's umbrella",
        "do it again but for the boy's umbrella",
    ],
)
def test_again_on_another_thing_is_that_edit_on_it(text: str) -> None:
    assert decided(text, RAIN) == ("edit", edit_calls("make the boy's umbrella yellow"))


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("what would it look like at night? show me", "make it night"),
        ("i wonder how it'd look in winter, can you show me?", "make it winter"),
        ("show me the lobby with the chandelier off", "turn the chandelier off"),
        ("give me a version where the camels are sitting", "make the camels sitting"),
        ("imagine the pool was empty - show me that", "make the pool empty"),
        ("show me how the room would look all tidy", "make the room tidy"),
        ("i wonder how it'd look with fog, lets find out", "add fog"),
        ("can i see how the gondola looks in red", "make the gondola red"),
    ],
)
def test_a_look_imagined_and_asked_to_be_seen_is_that_edit(text: str, instruction: str) -> None:
    assert decided(text, RAIN) == ("edit", edit_calls(instruction))


@pytest.mark.parametrize(
    "text",
    [
        "what would it look like at night?",
        "hmm would it be weird if the tent was pink",
        "if you remove the lighthouse i'll cry lol",
        "i'll remove the backpack myself in photoshop, no worries",
        "make a hashtag list for the ski lodge pic",
        "write the alt text for this photo",
        "give me a name for the orange of the tent, like a paint store would",
    ],
)
def test_a_look_only_imagined_or_a_text_about_the_photo_is_no_edit(text: str) -> None:
    act, calls = decided(text, RAIN)
    assert act in ("talk", "clarify") and calls == []


def test_shown_versions_stay_rounds() -> None:
    assert decided("show me the version with the girl's umbrella", RAIN)[0] == "show"
    assert decided("give me a summary of all changes", RAIN)[0] == "history"


def test_a_look_shown_with_a_thing_switched_is_that_edit_until_a_round_has_it() -> None:
    text = "show me what it would look like with the neon off"
    assert decided(text, RAIN) == ("edit", edit_calls("turn the neon off"))
    assert decided("can you show me how it would look with the umbrella closed?", RAIN) == (
        "edit",
        edit_calls("close the umbrella"),
    )
    assert decided(text, NEON)[0] == "show"


@pytest.mark.parametrize(
    "text", ["maroon — our school colours", "maroon - our school colours", "maroon. our team colour!"]
)
def test_a_colour_with_its_reason_after_is_that_colour(text: str) -> None:
    assert decided(text, RAIN) == ("correction", fixed_calls("make the girl's umbrella maroon"))


@pytest.mark.parametrize(
    "text",
    ["grandpa's cardigan, not hers", "not hers, grandpa's", "no, grandpa's cardigan", "grandpa's, not grandma's"],
)
def test_another_owner_of_the_same_thing_is_the_correction(text: str) -> None:
    assert decided(text, KNITTING) == ("correction", fixed_calls("make grandpa's cardigan red"))


TAILOR: Rounds = ((None, None), (0, "make the mannequin's waistcoat burgundy"))
"""A tailor's shop, the mannequin's waistcoat recoloured."""
FLORIST: Rounds = ((None, None), (0, "make the tulips in the bucket yellow"))
"""A florist's counter, the tulips recoloured."""
GONDOLA: Rounds = ((None, None), (0, "make the gondolier's shirt red"))
"""A canal, the gondolier's shirt recoloured."""
HATS: Rounds = ((None, None), (0, "give the gondolier and the tourist straw hats"))
"""A canal, two people given hats in one edit."""
DOOR_SIGN: Rounds = ((None, None), (0, "add a warning sign on the door"))
"""An office door with a sign added."""


@pytest.mark.parametrize(
    ("text", "act", "instruction"),
    [
        ("the tailor's too", "edit", "make the tailor's waistcoat burgundy"),
        ("and the tailor's too pls", "edit", "make the tailor's waistcoat burgundy"),
        ("no, the boy's instead", "correction", "make the boy's waistcoat burgundy"),
        ("wrong guy lol. the apprentice's", "correction", "make the apprentice's waistcoat burgundy"),
    ],
)
def test_another_owner_said_alone(text: str, act: str, instruction: str) -> None:
    calls = edit_calls(instruction) if act == "edit" else fixed_calls(instruction)
    assert decided(text, TAILOR) == (act, calls)


def test_and_inside_a_word_is_no_and() -> None:
    girl = ((None, None), (0, "make the girl's scarf red"))
    assert decided("her headband not the scarf", girl) == ("correction", fixed_calls("make her headband red"))


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("peach", "peach"),
        ("platinum blonde, she changed her mind", "platinum blonde"),
        ("white, not yellow, it's for a wedding", "white"),
        ("mustard yellow instead, she loves mustard", "mustard yellow"),
    ],
)
def test_a_colour_alone_or_with_its_reason_is_that_colour(text: str, colour: str) -> None:
    assert decided(text, FLORIST) == ("correction", fixed_calls(f"make the tulips in the bucket {colour}"))


def test_a_request_after_its_reason_that_asks_more_is_not_cut() -> None:
    assert decided("red, the saucer too", FLORIST)[0] != "correction"


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("the doorman, put a hat on him", "put a hat on the doorman"),
        ("the woman on the left, make her laugh", "make the woman on the left laugh"),
        ("see the kid by the pool? make him jump in", "make the kid by the pool jump in"),
    ],
)
def test_someone_named_before_him_or_her(text: str, instruction: str) -> None:
    assert decided(text, UPLOADED) == ("edit", edit_calls(instruction))


@pytest.mark.parametrize(
    "text", ["the bellhop and the doorman... put a hat on him", "see the two kids by the pool? make him jump in"]
)
def test_two_named_before_him_is_a_question(text: str) -> None:
    assert decided(text, UPLOADED) == ("clarify", [])


def test_him_after_an_edit_of_his_thing_and_them_after_two_given_something() -> None:
    assert decided("make him wave at the camera", GONDOLA) == (
        "edit",
        edit_calls("make the gondolier wave at the camera"),
    )
    assert decided("make them wave", HATS) == ("edit", edit_calls("make the gondolier and the tourist wave"))


@pytest.mark.parametrize(
    "text",
    [
        "roll the taxi window down",
        "undo the knot on the courier's scarf",
        "revert the statue to bronze",
        "blank out the second monitor",
        "back the van into the loading bay",
    ],
)
def test_a_move_verb_on_a_thing_no_edit_changed_is_an_edit(text: str) -> None:
    assert decided(text, DOOR_SIGN) == ("edit", edit_calls(text))


def test_a_move_verb_on_the_thing_an_edit_added_is_the_way_back() -> None:
    assert decided("undo the warning sign", DOOR_SIGN)[0] == "undo"


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        (
            "my boss saw it and wants the board to say delayed everywhere, do it",
            "make the board say delayed everywhere",
        ),
        ("i was gonna ask you to remove the cart and yeah, do it", "remove the cart"),
        ("the owner of the b&b asked me to remove the bins by the gate, pls do", "remove the bins by the gate"),
        ("don't remove the sign, just blur it", "blur the sign"),
        ("dont remove anything, just make the colours warmer", "make the colours warmer"),
    ],
)
def test_a_wish_reported_then_asked_or_one_edit_ruled_out_for_another(text: str, instruction: str) -> None:
    assert decided(text, RAIN) == ("edit", edit_calls(instruction))


def test_a_plan_given_up_is_no_edit() -> None:
    assert decided("i was gonna ask you to remove the cart but nvm", RAIN)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "show me round 1 and then put me on it",
        "show me round 1 again and set it as current",
        "round 1, continue from there pls",
        "show me round 1 and lets continue from it",
    ],
)
def test_a_round_shown_then_gone_on_from_is_a_move_there(text: str) -> None:
    assert decided(text, NEON) == ("goto", [("revert", {"round": 1})])


def test_a_colour_then_the_one_it_replaces_is_one_correction() -> None:
    barber = ((None, None), (0, "give the barber a brown mustache"))
    assert decided("grey, not brown", barber) == ("correction", fixed_calls("give the barber a grey mustache"))


@pytest.mark.parametrize(
    "text", ["make him wave at the camera", "his hat is too big, shrink it", "give him sunglasses too"]
)
def test_him_after_an_edit_that_gave_two_people_something_asks_which(text: str) -> None:
    assert decided(text, HATS) == ("clarify", [])


def test_them_after_an_edit_that_gave_two_people_something_is_both() -> None:
    women = ((None, None), (0, "give the two women in the water towels on their heads"))
    assert decided("make them laugh", women) == ("edit", edit_calls("make the two women laugh"))
    assert decided("the gondolier, make him wave", HATS) == ("edit", edit_calls("make the gondolier wave"))


@pytest.mark.parametrize(
    "text", ["hmm would it be weird if the tent was pink", "would it look too cheesy if the umbrella was gold?"]
)
def test_an_opinion_asked_is_answered_with_how_to_try_it(text: str) -> None:
    decision = decide(Turn(text=text, tree=tree(*RAIN)))
    assert (decision.act, decision.calls, decision.reply) == ("talk", (), OPINION_TEXT)
