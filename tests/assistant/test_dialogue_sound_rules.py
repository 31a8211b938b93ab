"""Rules for sounds and smells asked of a photo.

"add music", "add some relaxing music", "put a soundtrack on it", "play a song", "add the sound of rain", "add a
smell of coffee", "make the music louder" and "turn up the volume" are answered in words: a photo has no sound,
and "add music" used to make an edit with that sentence. Things to see that sound words name ("add a music stand",
"add sound waves around the speaker", "add music notes floating") stay edits.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Turn, decide
from tests.assistant.dialogue_dev import tree
from tests.assistant.rule_calls import Rounds, decided_calls, edit_calls

UPLOAD: Rounds = ((None, None),)
CUP: Rounds = ((None, None), (0, "make the cup blue"))


@pytest.mark.parametrize(
    "text",
    [
        "add music",
        "add some relaxing music",
        "put a soundtrack on it",
        "play a song",
        "add sound effects",
        "add the sound of rain",
        "add a smell of coffee",
        "make the music louder",
        "turn up the volume",
    ],
)
@pytest.mark.parametrize("rounds", [UPLOAD, CUP])
def test_a_sound_or_a_smell_is_answered_in_words(text: str, rounds: Rounds) -> None:
    decision = decide(Turn(text, tree(*rounds)))
    assert (decision.act, decision.calls) == ("talk", ())


@pytest.mark.parametrize(
    "text", ["add a music stand", "add sound waves around the speaker", "add music notes floating", "add a radio"]
)
def test_things_to_see_named_by_sound_words_are_edits(text: str) -> None:
    assert decided_calls(text, UPLOAD) == edit_calls(text)
