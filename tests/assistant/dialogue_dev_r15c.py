"""Round 15, set C: navigating and viewing a session's rounds, in ordinary chat turns.

Written by hand from what a demanding user wants (issue 10's table of behaviours), before the dialogue
model was run on any of it, about photos no other set uses: a gorilla enclosure, a horse race with
a jockey, an ice sculpture of a swan at a wedding buffet, a javelin thrower, a gingerbread house
(branched), a hovercraft on the mudflats, a jousting tournament and a session with two photos (an
iguana, then a gecko). Most turns move around or look at the rounds: round N spelled many ways
("r2", "#3", "round two", "v3", "version 1", "step 2"), the original, "before the X", "before you did
the Y", "the version with the X", "when the X was still Y", steps back, the first edit, edits made on
a named earlier round, impossible references (rounds that do not exist, negative or huge numbers,
"before the original", something never edited) answered in words, undo and redo in many words and
several steps, show (the mask too), compare, status, history, share, export and revoke. About a fifth
are contrasts: edits and talk that use the same words ("round off the corners", "the history of
jousting", "share a fun fact", "I like round 2 best"). The cases have the development set's format
(`Dev`: turn, photo, state, act, calls) and are judged as the held-out set is (`with_moved`); `MOVED`
holds turns whose current round (first) is an earlier one, after a goto or an undo.
"""

from __future__ import annotations

from assistant.evaluation import Case as EvalCase
from tests.assistant.dialogue_dev import (
    HISTORY,
    REVOKE,
    SHARE,
    STATUS,
    UPLOAD,
    Calls,
    Dev,
    _compare,
    _edit,
    _export,
    _fix,
    _goto,
    _retry,
    _show,
    with_moved,
)
from tests.assistant.dialogue_validation_second import _edit_on, _undo_then

GORILLA = (
    (None, None),
    (0, "make the silverback's fur lighter"),
    (1, "add a baby gorilla on the rope"),
    (2, "remove the glare on the glass"),
)
"""A gorilla enclosure at the zoo with three edits, each on the one before."""
JOCKEY = (
    (None, None),
    (0, "make the jockey's silks purple and gold"),
    (1, "add a packed grandstand behind the track"),
)
"""A horse race with two edits."""
ICE_SWAN = (
    (None, None),
    (0, "make the ice swan glow blue"),
    (1, "remove the puddle under the swan"),
    (2, "add candles around the sculpture"),
    (3, "make the tablecloth white"),
)
"""An ice sculpture of a swan on a wedding buffet, four edits, each on the one before."""
JAVELIN = ((None, None), (0, "make the javelin gold"))
"""A javelin thrower at a track meet with one edit."""
GINGERBREAD = (
    (None, None),
    (0, "add snowy icing on the roof"),
    (1, "put gumdrops along the roof edges"),
    (1, "add a gingerbread man by the door"),
)
"""A gingerbread house after a goto: round 3 was made from round 1, beside round 2."""
HOVERCRAFT = ((None, None), (0, "paint the hovercraft red"), (1, "add spray around the skirt"))
"""A hovercraft on the mudflats with two edits."""
JOUST = (
    (None, None),
    (0, "make the knight's plume red"),
    (1, "add bunting along the tilt barrier"),
    (2, "remove the portable toilets in the background"),
)
"""A jousting tournament at a medieval fair with three edits, each on the one before."""
IGUANA = (
    (None, None),
    (0, "make the iguana's scales brighter green"),
    (None, None),
    (2, "put a tiny party hat on the gecko"),
)
"""Two photos in one session: an iguana (rounds 0-1), then a gecko (rounds 2-3)."""

AFTER_JAVELIN = (*JAVELIN, (None, None))
AFTER_GINGERBREAD = (*GINGERBREAD, (None, None))
AFTER_HOVERCRAFT = (*HOVERCRAFT, (None, None))
AFTER_JOUST = (*JOUST, (None, None))


def _on(base: int, *instructions: str) -> Calls:
    """An edit of an earlier round named in the turn, with acceptable instructions."""
    text = instructions if len(instructions) > 1 else instructions[0]
    return (("edit_image", {"instruction": text, "base_round": base}),)


def _retry_round(index: int) -> Calls:
    """A new version of an earlier edit (not the latest one) named in the turn."""
    return (("retry_edit", {"round": index}),)


def _revoke(link: int) -> Calls:
    return (("revoke_share", {"link": link}),)


GOTO: tuple[Dev, ...] = (
    # round N, spelled many ways
    ("go back to r2", False, GORILLA, "goto", _goto(2)),
    ("back to #1 pls", False, GORILLA, "goto", _goto(1)),
    ("can we go to round two", False, GORILLA, "goto", _goto(2)),
    ("take me back to the 2nd edit", False, GORILLA, "goto", _goto(2)),
    ("v1 please", False, GORILLA, "goto", _goto(1)),
    ("go back to step 1", False, JOCKEY, "goto", _goto(1)),
    ("go back to round three", False, ICE_SWAN, "goto", _goto(3)),
    ("round 2 pls", False, ICE_SWAN, "goto", _goto(2)),
    ("jump back to v3", False, ICE_SWAN, "goto", _goto(3)),
    ("take me back to version 1", False, ICE_SWAN, "goto", _goto(1)),
    ("back to #3", False, ICE_SWAN, "goto", _goto(3)),
    ("can u put it back to how it was at #2", False, ICE_SWAN, "goto", _goto(2)),
    ("go to round 2", False, GINGERBREAD, "goto", _goto(2)),
    ("return to r1", False, HOVERCRAFT, "goto", _goto(1)),
    ("can i go back to edit number 1", False, HOVERCRAFT, "goto", _goto(1)),
    ("go to step two", False, JOUST, "goto", _goto(2)),
    ("back to v0", False, JOUST, "goto", _goto(0)),
    ("go back to roudn 2 plz", False, JOUST, "goto", _goto(2)),
    ("please return me to the version number two", False, GORILLA, "goto", _goto(2)),
    ("verison 1", False, JOCKEY, "goto", _goto(1)),
    ("lets use round one again", False, ICE_SWAN, "goto", _goto(1)),
    ("take me to the very first edit", False, GORILLA, "goto", _goto(1)),
    ("the one before the last one", False, ICE_SWAN, "goto", _goto(3)),
    ("i want the one before this", False, GORILLA, "goto", _goto(2)),
    # the original, the upload, the start
    ("back to the untouched gorilla pic", False, GORILLA, "goto", _goto(0)),
    ("start from scratch pls, the original", False, JOCKEY, "goto", _goto(0)),
    ("revert to the orignal", False, JOCKEY, "goto", _goto(0)),
    ("restore the plain swan photo from the start", False, ICE_SWAN, "goto", _goto(0)),
    ("take me back to the bare gingerbread house", False, GINGERBREAD, "goto", _goto(0)),
    ("go back to the beginning", False, HOVERCRAFT, "goto", _goto(0)),
    ("go back to the first photo i uploaded", False, IGUANA, "goto", _goto(0)),
    ("i want go back to the photo like i sent it", False, JAVELIN, "goto", _goto(0)),
    # before the X, before you did the Y
    ("go back to before the baby gorilla", False, GORILLA, "goto", _goto(1)),
    ("go back to before u removed the glare", False, GORILLA, "goto", _goto(2)),
    ("back to before you added the candles", False, ICE_SWAN, "goto", _goto(2)),
    ("before the tablecloth", False, ICE_SWAN, "goto", _goto(3)),
    ("go back to before the gingerbread man", False, GINGERBREAD, "goto", _goto(1)),
    ("back to before it was red", False, HOVERCRAFT, "goto", _goto(0)),
    ("lets go back to before the bunting", False, JOUST, "goto", _goto(1)),
    ("i need the version before you removed the porta potties", False, JOUST, "goto", _goto(2)),
    ("back to the gecko before the hat", False, IGUANA, "goto", _goto(2)),
    ("revert to before you touched the silks", False, JOCKEY, "goto", _goto(0)),
    # the version with the X, when the X was still Y, descriptive references
    ("the version with the baby but with the glare still on the glass", False, GORILLA, "goto", _goto(2)),
    ("back to when the fur was still dark", False, GORILLA, "goto", _goto(0)),
    (
        "back to version 1 where the silks are purple but theres no crowd",
        False,
        JOCKEY,
        "goto",
        _goto(1),
    ),
    ("back to when the grandstand was still empty", False, JOCKEY, "goto", _goto(1)),
    ("go back to the purple and gold one", False, JOCKEY, "goto", _goto(1)),
    ("the one where the swan glows but the puddle is still there", False, ICE_SWAN, "goto", _goto(1)),
    ("go back to when there was still a puddle", False, ICE_SWAN, "goto", _goto(1)),
    ("rewind to the candles", False, ICE_SWAN, "goto", _goto(3)),
    ("i want the blue glow one without all the other stuff", False, ICE_SWAN, "goto", _goto(1)),
    ("go back to the gumdrops version", False, GINGERBREAD, "goto", _goto(2)),
    ("switch to the other branch with the gumdrops", False, GINGERBREAD, "goto", _goto(2)),
    ("back to just the icing", False, GINGERBREAD, "goto", _goto(1)),
    ("back to the red hovercraft without the spray", False, HOVERCRAFT, "goto", _goto(1)),
    ("back to the one with the bunting but with the toilets still in it lol", False, JOUST, "goto", _goto(2)),
    ("take me back to when the plume was still white", False, JOUST, "goto", _goto(0)),
    ("go back to the green iguana", False, IGUANA, "goto", _goto(1)),
    ("can you bring back the first picture again", False, ICE_SWAN, "goto", _goto(0)),
    ("round 2 was better tbh, go back there", False, GORILLA, "goto", _goto(2)),
    # steps back
    ("two steps back", False, GORILLA, "goto", _goto(1)),
    ("go back 3", False, GORILLA, "goto", _goto(0)),
    ("go back 3 steps", False, ICE_SWAN, "goto", _goto(1)),
    ("back four", False, ICE_SWAN, "goto", _goto(0)),
    ("back 2 steps", False, GINGERBREAD, "goto", _goto(0)),
    ("go back like two versions", False, JOUST, "goto", _goto(1)),
    # back to a round, then a new edit from it
    (
        "go back to round 1 and add a zookeeper by the glass",
        False,
        GORILLA,
        "goto",
        _undo_then(1, "add a zookeeper by the glass"),
    ),
    (
        "back to the original pls and then make the track muddy",
        False,
        JOCKEY,
        "goto",
        _undo_then(0, "make the track muddy"),
    ),
    (
        "go back to before the candles and add fairy lights instead",
        False,
        ICE_SWAN,
        "goto",
        _undo_then(2, "add fairy lights"),
    ),
    (
        "return to the icing only version, then add a chimney",
        False,
        GINGERBREAD,
        "goto",
        _undo_then(1, "add a chimney"),
    ),
)
"""Goto: round N in many spellings, the original, before the X, the X version, when X was Y, steps back."""

ON_A_ROUND: tuple[Dev, ...] = (
    # an edit made on a named earlier round: a new branch from it
    ("on round 1, make the rope thicker", False, GORILLA, "edit", _edit_on(1, "make the rope thicker")),
    (
        "take the original and add a keeper feeding them",
        False,
        GORILLA,
        "edit",
        _edit_on(0, "add a keeper feeding them"),
    ),
    ("from r1 add rain", False, JOCKEY, "edit", _edit_on(1, "add rain")),
    (
        "use the original swan and make it look like its melting",
        False,
        ICE_SWAN,
        "edit",
        _on(
            0,
            "make the swan look like it's melting",
            "make the swan look like its melting",
            "make the ice swan look like it's melting",
            "make the ice swan look like its melting",
            "make it look like it's melting",
            "make it look like its melting",
        ),
    ),
    ("in version 3 can u make the candles taller", False, ICE_SWAN, "edit", _edit_on(3, "make the candles taller")),
    (
        "using the gumdrops one, add a candy cane fence",
        False,
        GINGERBREAD,
        "edit",
        _edit_on(2, "add a candy cane fence"),
    ),
    (
        "branch off the original: make the hovercraft yellow",
        False,
        HOVERCRAFT,
        "edit",
        _edit_on(0, "make the hovercraft yellow"),
    ),
    (
        "make it like the first version but blue",
        False,
        HOVERCRAFT,
        "edit",
        _on(0, "paint the hovercraft blue", "make the hovercraft blue"),
    ),
    (
        "on the original do the plume in blue instead",
        False,
        JOUST,
        "edit",
        _on(0, "make the knight's plume blue", "make the plume blue"),
    ),
    ("on round 1 add a cricket near the iguana", False, IGUANA, "edit", _edit_on(1, "add a cricket near the iguana")),
    (
        "take v2 and make it black and white",
        False,
        ICE_SWAN,
        "edit",
        _on(2, "make it black and white", "make the photo black and white"),
    ),
    (
        "starting from round 2 make the knight's horse white",
        False,
        JOUST,
        "edit",
        _edit_on(2, "make the knight's horse white"),
    ),
)
"""Edits of an earlier round named in the turn."""

IMPOSSIBLE: tuple[Dev, ...] = (
    # rounds that do not exist, negative, huge, before the original, never edited: a plain answer
    ("go back to round 5", False, GORILLA, "clarify", ()),
    ("show me round -1", False, JOCKEY, "clarify", ()),
    ("revert to round 99999999999999999999", False, ICE_SWAN, "clarify", ()),
    ("go back to before the original", False, HOVERCRAFT, "clarify", ()),
    ("go back to the version with the tiger", False, GORILLA, "clarify", ()),
    ("back to before you removed the banana peels", False, GORILLA, "clarify", ()),
    ("go back 5 steps", False, JOCKEY, "clarify", ()),
    ("compare round 2 and round 8", False, JOUST, "clarify", ()),
    ("show me v7", False, IGUANA, "clarify", ()),
    ("redo the last undo", False, JAVELIN, "clarify", ()),
    ("undo pls", False, UPLOAD, "clarify", ()),
    ("go to round 1.5", False, JOUST, "clarify", ()),
    ("round minus two", False, ICE_SWAN, "clarify", ()),
    ("compare round 3 with round 3", False, GINGERBREAD, "clarify", ()),
    ("show me the version where you made the sky pink", False, JOUST, "clarify", ()),
    ("undo 4 times", False, HOVERCRAFT, "clarify", ()),
    ("go to the third edit", False, JAVELIN, "clarify", ()),
    ("show me round NaN", False, IGUANA, "clarify", ()),
    ("go back to round 2", False, UPLOAD, "clarify", ()),
    ("what did round 6 look like", False, ICE_SWAN, "clarify", ()),
    ("go back to before you changed the horse", False, JOCKEY, "clarify", ()),
    ("compare the original with the version with the snowman", False, GINGERBREAD, "clarify", ()),
    ("the round before round 0 pls", False, JAVELIN, "clarify", ()),
)
"""Impossible references: answered in words, nothing stored."""

UNDO: tuple[Dev, ...] = (
    ("nah undo that", False, GORILLA, "undo", _goto(2)),
    ("ctrl z lol", False, JOCKEY, "undo", _goto(1)),
    ("undo undo undo", False, ICE_SWAN, "undo", _goto(1)),
    ("undo the last 2", False, JOUST, "undo", _goto(1)),
    ("take back the last two edits", False, GORILLA, "undo", _goto(1)),
    ("undo everything", False, HOVERCRAFT, "undo", _goto(0)),
    ("revert that pls the spray looks fake", False, HOVERCRAFT, "undo", _goto(1)),
    ("get rid of the last edit", False, JOUST, "undo", _goto(2)),
    ("hmm i preferred the previous version", False, ICE_SWAN, "undo", _goto(3)),
    ("go back one", False, GINGERBREAD, "undo", _goto(1)),
    ("step back", False, JAVELIN, "undo", _goto(0)),
    ("that's worse. back", False, IGUANA, "undo", _goto(2)),
    ("undo the hat", False, IGUANA, "undo", _goto(2)),
    ("can you undo the last three edits?", False, ICE_SWAN, "undo", _goto(1)),
    ("undo twice", False, JOCKEY, "undo", _goto(0)),
    ("remove the last change you made", False, JAVELIN, "undo", _goto(0)),
    ("nope. revert revert", False, JOUST, "undo", _goto(1)),
    ("oops no, undo the gingerbread man", False, GINGERBREAD, "undo", _goto(1)),
    ("ugh that crowd looks fake af. undo", False, JOCKEY, "undo", _goto(1)),
    ("please make undo two times", False, GINGERBREAD, "undo", _goto(0)),
    ("throw away the tablecloth edit", False, ICE_SWAN, "undo", _goto(3)),
)
"""Undo in many words, one step and several."""

SHOW: tuple[Dev, ...] = (
    ("show me round 2", False, GORILLA, "show", _show(2)),
    ("lemme see the original real quick", False, JOCKEY, "show", _show(0)),
    ("what did round 3 look like?", False, ICE_SWAN, "show", _show(3)),
    ("can i see v1 without going back to it", False, ICE_SWAN, "show", _show(1)),
    ("show the mask", False, JAVELIN, "show", _show(1)),
    ("can u show me the mask from the candles edit", False, ICE_SWAN, "show", _show(3)),
    ("peek at #2", False, JOUST, "show", _show(2)),
    ("display the gumdrop version", False, GINGERBREAD, "show", _show(2)),
    ("show me the unedited iguana", False, IGUANA, "show", _show(0)),
    ("what did it look like before the spray", False, HOVERCRAFT, "show", _show(1)),
    ("just show me round 1, dont switch", False, GORILLA, "show", _show(1)),
    ("let me have a look at the first edit", False, JOUST, "show", _show(1)),
    ("show r0", False, GINGERBREAD, "show", _show(0)),
    ("how did the swan look originally?", False, ICE_SWAN, "show", _show(0)),
    ("open the purple silks one", False, JOCKEY, "show", _show(1)),
    ("pull up the version before the toilets were removed", False, JOUST, "show", _show(2)),
    ("show me the gecko pic as i sent it", False, IGUANA, "show", _show(2)),
    ("can i see what the mask was for the glare removal", False, GORILLA, "show", _show(3)),
    ("show me step 2 of the swan", False, ICE_SWAN, "show", _show(2)),
)
"""Show one round without moving (its mask is shown with it)."""

COMPARE: tuple[Dev, ...] = (
    ("compare 1 and 3", False, GORILLA, "compare", _compare(1, 3)),
    ("side by side with the original", False, JOCKEY, "compare", _compare(0, 2)),
    ("before vs after", False, HOVERCRAFT, "compare", _compare(0, 2)),
    ("diff between the last two", False, ICE_SWAN, "compare", _compare(3, 4)),
    ("compare v2 with v4", False, ICE_SWAN, "compare", _compare(2, 4)),
    ("show round 1 and round 2 next to each other", False, JOUST, "compare", _compare(1, 2)),
    (
        "how does the gumdrop one compare to the gingerbread man one",
        False,
        GINGERBREAD,
        "compare",
        _compare(2, 3),
    ),
    ("before/after for the gecko", False, IGUANA, "compare", _compare(2, 3)),
    ("compare the iguana before and after", False, IGUANA, "compare", _compare(0, 1)),
    ("r0 vs r3", False, JOUST, "compare", _compare(0, 3)),
    ("what changed between round 1 and round 2", False, ICE_SWAN, "compare", _compare(1, 2)),
    (
        "put the original next to this one so i can see the difference",
        False,
        JAVELIN,
        "compare",
        _compare(0, 1),
    ),
    ("compare this to the previous version", False, GORILLA, "compare", _compare(2, 3)),
    ("can you show me before and after the candles", False, ICE_SWAN, "compare", _compare(2, 3)),
    ("compare the first and the latest edit", False, JOUST, "compare", _compare(1, 3)),
    ("diff original vs now pls", False, GINGERBREAD, "compare", _compare(0, 3)),
    ("compare the green iguana with the party hat gecko", False, IGUANA, "compare", _compare(1, 3)),
    ("how different is v1 from the original", False, HOVERCRAFT, "compare", _compare(0, 1)),
    ("compare #1 with #2", False, JOCKEY, "compare", _compare(1, 2)),
)
"""Compare two rounds side by side."""

SESSION: tuple[Dev, ...] = (
    # status
    ("where am i", False, GORILLA, "status", STATUS),
    ("which version is this", False, ICE_SWAN, "status", STATUS),
    ("wait which round is this again", False, JOUST, "status", STATUS),
    ("am i on the latest version?", False, HOVERCRAFT, "status", STATUS),
    ("what was the last thing u did", False, JOCKEY, "status", STATUS),
    ("what's on screen right now, the edited one or the original?", False, JAVELIN, "status", STATUS),
    ("how many rounds do we have now", False, IGUANA, "status", STATUS),
    ("current round?", False, ICE_SWAN, "status", STATUS),
    ("sorry i lost track, what am i looking at", False, GORILLA, "status", STATUS),
    # history
    ("what have we done", False, JOUST, "history", HISTORY),
    ("list the edits", False, ICE_SWAN, "history", HISTORY),
    ("recap", False, GORILLA, "history", HISTORY),
    ("can you list all the versions with what changed", False, GINGERBREAD, "history", HISTORY),
    ("remind me of everything we did to the swan", False, ICE_SWAN, "history", HISTORY),
    ("show me the whole history", False, HOVERCRAFT, "history", HISTORY),
    ("what edits did we make on the iguana and the gecko", False, IGUANA, "history", HISTORY),
    ("summary of changes pls", False, JOCKEY, "history", HISTORY),
    ("give me the list of rounds", False, JAVELIN, "history", HISTORY),
    ("how did we get here? all the steps pls", False, GORILLA, "history", HISTORY),
    # share
    ("share it", False, GORILLA, "share", SHARE),
    ("send me a link i can post in the stable group chat", False, JOCKEY, "share", SHARE),
    ("make a link for the wedding planner", False, ICE_SWAN, "share", SHARE),
    ("i want my coach to see all the versions, can u make a link", False, JAVELIN, "share", SHARE),
    ("share the gingerbread session with my kids", False, GINGERBREAD, "share", SHARE),
    ("generate a share url", False, JOUST, "share", SHARE),
    # revoke
    ("kill the link", False, JOCKEY, "revoke", REVOKE),
    ("revoke link #2", False, ICE_SWAN, "revoke", _revoke(2)),
    ("stop sharing pls", False, GINGERBREAD, "revoke", REVOKE),
    ("unshare", False, HOVERCRAFT, "revoke", REVOKE),
    ("turn off link 1", False, JOUST, "revoke", _revoke(1)),
    ("nobody should be able to see this anymore, disable sharing", False, IGUANA, "revoke", REVOKE),
    # export
    ("export as html", False, GORILLA, "export", _export("html")),
    ("download everything as a zip", False, ICE_SWAN, "export", _export("bundle")),
    ("save the session", False, JOUST, "export", _export("bundle")),
    ("can i get it as a web page", False, HOVERCRAFT, "export", _export("html")),
    ("export pls", False, GINGERBREAD, "export", _export("bundle")),
    ("i need a backup of all the rounds", False, JOCKEY, "export", _export("bundle")),
    (
        "export the iguana session so i can open it on my other laptop",
        False,
        IGUANA,
        "export",
        _export("bundle"),
    ),
)
"""Status, history, share, revoke and export."""

CONTRAST: tuple[Dev, ...] = (
    # talk about versions, or with the navigation words in them: no tool call
    ("i like round 2 best", False, GORILLA, "talk", ()),
    ("v1 was so funny lol", False, HOVERCRAFT, "talk", ()),
    ("the gumdrop version is cute too", False, GINGERBREAD, "talk", ()),
    ("wow the candles version is stunning", False, ICE_SWAN, "talk", ()),
    ("how many versions can i make?", False, JOUST, "talk", ()),
    ("does going back delete the newer ones?", False, ICE_SWAN, "talk", ()),
    ("can you compare photos?", False, UPLOAD, "talk", ()),
    ("is it possible to go back to older versions later?", False, JOCKEY, "talk", ()),
    ("whats a round?", False, JAVELIN, "talk", ()),
    ("cool, keep round 3 in mind, i might come back to it", False, ICE_SWAN, "talk", ()),
    ("lol the baby gorilla version made my daughter laugh", False, GORILLA, "talk", ()),
    ("dont go back yet, i'm still deciding", False, GORILLA, "talk", ()),
    ("which version do you think looks best?", False, ICE_SWAN, "talk", ()),
    ("do you keep the original safe?", False, HOVERCRAFT, "talk", ()),
    ("can you export to photoshop", False, JOUST, "talk", ()),
    ("post it on my instagram", False, JAVELIN, "talk", ()),
    ("email round 2 to my mum", False, JOCKEY, "talk", ()),
    ("compare yourself to chatgpt", False, ICE_SWAN, "talk", ()),
    ("what's the history of jousting", False, JOUST, "talk", ()),
    ("show me how to throw a javelin", False, JAVELIN, "talk", ()),
    ("share a fun fact about gorillas", False, GORILLA, "talk", ()),
    ("where am i supposed to upload the photo?", False, (), "talk", ()),
    ("undo my last relationship 😭", False, ICE_SWAN, "talk", ()),
    # edits with the navigation words in them
    ("move the gorilla further back", False, GORILLA, "edit", _edit("move the gorilla further back")),
    (
        "make the jockey look back over his shoulder",
        False,
        JOCKEY,
        "edit",
        _edit("make the jockey look back over his shoulder"),
    ),
    (
        "put the number 2 on the horse's saddle cloth",
        False,
        JOCKEY,
        "edit",
        _edit("put the number 2 on the horse's saddle cloth"),
    ),
    ("make the first knight's horse black", False, JOUST, "edit", _edit("make the first knight's horse black")),
    ("round off the corners of the table", False, ICE_SWAN, "edit", _edit("round off the corners of the table")),
    (
        "add a second swan facing the first one",
        False,
        ICE_SWAN,
        "edit",
        _edit("add a second swan facing the first one"),
    ),
    ("make the gecko show its tongue", False, IGUANA, "edit", _edit("make the gecko show its tongue")),
    (
        "undo the candles but keep the white tablecloth",
        False,
        ICE_SWAN,
        "edit",
        _edit("remove the candles", "remove the candles around the sculpture"),
    ),
    (
        "put the puddle back",
        False,
        ICE_SWAN,
        "edit",
        _edit(
            "put the puddle back",
            "put the puddle back under the swan",
            "add the puddle back under the swan",
            "add a puddle under the swan",
        ),
    ),
    (
        "paint the hovercraft white again like it was",
        False,
        HOVERCRAFT,
        "edit",
        _edit("paint the hovercraft white", "paint the hovercraft white again", "make the hovercraft white"),
    ),
    ("restore the faded colours", False, UPLOAD, "edit", _edit("restore the faded colours")),
    (
        "add a sign on the barrier saying round 2",
        False,
        JOUST,
        "edit",
        _edit("add a sign on the barrier saying round 2"),
    ),
    (
        "make the jockey's silks like in the first version but green instead of purple",
        False,
        JOCKEY,
        "edit",
        _edit(
            "make the jockey's silks green and gold",
            "make the silks green and gold",
            "make the jockey's silks green instead of purple",
        ),
    ),
    (
        "the version with the gumdrops is nice, can u add gumdrops on this one too",
        False,
        GINGERBREAD,
        "edit",
        _edit("put gumdrops along the roof edges", "add gumdrops along the roof edges", "add gumdrops"),
    ),
    ("make the gorillas share a banana", False, GORILLA, "edit", _edit("make the gorillas share a banana")),
    ("go ahead and darken the mudflats", False, HOVERCRAFT, "edit", _edit("darken the mudflats")),
    # retries of a named round, and "redo" that means a new version
    ("redo round 2 with another seed", False, JOUST, "retry", _retry_round(2)),
    ("try the candles again, different seed", False, ICE_SWAN, "retry", _retry_round(3)),
    ("redo that edit, the gold looks fake and plasticky", False, JAVELIN, "retry", _retry()),
    ("again but stronger, i can barely see the spray", False, HOVERCRAFT, "retry", _retry("stronger")),
    ("not red, orange", False, HOVERCRAFT[:2], "correction", _fix("paint the hovercraft orange")),
    # photos: a caption, and "same as round N" on a new photo
    ("another one from the same meet", True, AFTER_JAVELIN, "caption", ()),
    ("this is the second gingerbread house my kids made", True, AFTER_GINGERBREAD, "caption", ()),
    ("same as round 1 on this one pls", True, AFTER_HOVERCRAFT, "edit", _edit("paint the hovercraft red")),
    ("new pic, do what you did in v2", True, AFTER_JOUST, "edit", _edit("add bunting along the tilt barrier")),
)
"""Contrasts: talk about versions, edits with the navigation words, retries of a round, new photos."""

R15C: tuple[Dev, ...] = (*GOTO, *ON_A_ROUND, *IMPOSSIBLE, *UNDO, *SHOW, *COMPARE, *SESSION, *CONTRAST)
"""Every turn whose state has its last round current."""

MOVED: tuple[tuple[int, Dev], ...] = (
    # redo and forward after an undo or a goto
    (2, ("redo", False, ICE_SWAN, "redo", _goto(3))),
    (2, ("redo x2", False, ICE_SWAN, "redo", _goto(4))),
    (3, ("redo the last one", False, ICE_SWAN, "redo", _goto(4))),
    (1, ("go forward one", False, GORILLA, "redo", _goto(2))),
    (1, ("redo please, i changed my mind", False, JOUST, "redo", _goto(2))),
    (1, ("redo all of them", False, JOUST, "redo", _goto(3))),
    (1, ("redo the gingerbread man", False, GINGERBREAD, "redo", _goto(3))),
    (0, ("ok redo it", False, JAVELIN, "redo", _goto(1))),
    (2, ("undo the undo", False, IGUANA, "redo", _goto(3))),
    (0, ("actually put the edit back", False, JOCKEY, "redo", _goto(1))),
    (1, ("the baby gorilla one was better, redo it", False, GORILLA, "redo", _goto(2))),
    (0, ("bring the red back", False, HOVERCRAFT, "goto", _goto(1))),
    (1, ("go to the newest version", False, ICE_SWAN, "goto", _goto(4))),
    (2, ("jump to the latest", False, GORILLA, "goto", _goto(3))),
    (2, ("go back to the gingerbread man", False, GINGERBREAD, "goto", _goto(3))),
    (0, ("forward to where we were", False, HOVERCRAFT, "goto", _goto(2))),
    # undo, and nothing left to undo or redo
    (2, ("undo once more", False, ICE_SWAN, "undo", _goto(1))),
    (0, ("undo again", False, HOVERCRAFT, "clarify", ())),
    (2, ("redo 3 times", False, ICE_SWAN, "clarify", ())),
    (2, ("redo pls", False, GINGERBREAD, "clarify", ())),
    # show, compare, status, history from an earlier round
    (1, ("show me the latest one", False, HOVERCRAFT, "show", _show(2))),
    (0, ("show me what the last version looked like", False, JOUST, "show", _show(3))),
    (2, ("put this next to the newest version", False, ICE_SWAN, "compare", _compare(2, 4))),
    (2, ("compare this with the gingerbread man one", False, GINGERBREAD, "compare", _compare(2, 3))),
    (1, ("where am i now", False, GORILLA, "status", STATUS)),
    (1, ("what have we done so far", False, JOUST, "history", HISTORY)),
    # a new edit from the earlier round: a new branch
    (1, ("add a rubber tyre swing", False, GORILLA, "edit", _edit("add a rubber tyre swing"))),
    (
        0,
        (
            "make the silks green and white",
            False,
            JOCKEY,
            "edit",
            _edit("make the silks green and white", "make the jockey's silks green and white"),
        ),
    ),
    (2, ("add a chimney with smoke", False, GINGERBREAD, "edit", _edit("add a chimney with smoke"))),
)
"""Turns after a goto or an undo: the current round (first) is not the latest."""


def r15c_cases() -> list[EvalCase]:
    """Every turn of the set as an `assistant.evaluation` case (`R15C`, then the moved ones)."""
    return with_moved(R15C, "r15c", MOVED, "r15c_moved")
