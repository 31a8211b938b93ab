"""The assistant's own words: help, a clarifying question, ideas, greetings and goodbyes, and the answers to talk."""

from __future__ import annotations

HELP_TEXT = (
    "I edit your photo locally, only where the change is, and keep every round (the original too). "
    "Upload a photo, then say what to change, "
    'e.g. "make the cup blue", "remove the spoon" or "add a croissant on the plate". You can also '
    'say "try again", "stronger", "no, I meant the saucer", "undo", "go back to round 2", '
    '"compare round 1 and round 3", "what have we done so far?" and "share this session".'
)
CLARIFY_TEXT = (
    "I'm not sure what you'd like me to do. Tell me a change, e.g. \"make the cup blue\", or say "
    '"undo", "show me the history" or "what can you do?".'
)
IDEAS_TEXT = (
    'A few ideas: "make the sky more dramatic", "remove the <something distracting>", "make the <thing> teal", '
    '"add a <thing> on the <place>", or a style such as "make it a watercolour". Which would you like?'
)
"""The answer to "any ideas?" or "surprise me": examples to choose from, since the choice of an edit is the person's."""
NO_EFFECT_TEXT = (
    'The last edit seems to have changed too little. Say "stronger" to make it again with more effect, "try again" '
    'for a new try, or "undo" to go back.'
)
"""The answer to "nothing changed" after an edit: a stronger try and an undo are both likely, so the person picks."""
NO_EDIT_TEXT = 'There is no edit to redo or correct yet; tell me what to change, e.g. "make the cup blue".'
NO_PHOTO_TEXT = (
    "There is no photo in this session yet, so no round to go to or compare; upload one and tell me what to change."
)
"""The answer to "undo", "show me round 1" or "try again" before any photo: no round exists to name."""
NO_PHOTO_TO_EDIT_TEXT = 'There is no photo in this session yet. Upload one with your message, e.g. "{instruction}".'
"""The answer to an edit asked before any photo: nothing to edit yet, and the same words work once a photo comes."""
SPILLED_TEXT = (
    'Sorry, the last edit seems to have changed {thing} too. Say "try again" for a new try, "undo" to go back, or '
    "tell me what to change."
)
"""The answer to "the saucer changed too" after an edit: a new try and an undo are both likely, so the person picks."""
OPINION_TEXT = (
    'That\'s your call, and easy to try: say the change (e.g. "make the tent pink"), then "compare with the round '
    'before"; "undo" takes it back.'
)
"""The answer to "would it be weird if the tent was pink?": taste is the person's, trying it costs nothing."""
REPLIES = {
    "greeting": 'Hello! Upload a photo and tell me what to change, e.g. "make the cup blue".',
    "thanks": "Glad to help! Tell me the next change whenever you like.",
    "praise": 'Glad you like it! Tell me the next change whenever you like, or say "share this session".',
    "capability": HELP_TEXT,
    "hold": "Sure, take your time: nothing was changed. Tell me what to change when you're ready.",
    "out_of_scope": (
        "I can't do that here: I only edit the photo in this chat, and I don't write texts, read files "
        "or run commands. Tell me what to change in the photo."
    ),
    "clarify": CLARIFY_TEXT,
    "unseen_photo": (
        'I can only see the photos of this session. Describe the look you want, e.g. "make the sky pink like a '
        'sunset", or upload that photo here.'
    ),
}
FAREWELL_TEXT = "Bye! Every round is kept: open this session again to go on from any of them."
GREETED_TEXT = 'Hello! Tell me what to change in the photo, e.g. "make the cup blue", or say "what can you do?".'
"""The greeting once the session has a photo: nothing to upload any more (a goodbye gets `FAREWELL_TEXT`)."""
NOT_ADDED_TEXT = (
    'No edit on the way to this round added the {thing}. Say what to change in the photo as it is, or "show me the '
    'history" to find the round you mean.'
)
"""The answer to an edit of a thing "you added" that no edit of the current line added."""
SHARE_WEIGHED_TEXT = 'That is up to you. Say "share it" and I will make a read-only link you can send.'
"""The answer to whether to share: a choice for the person, and how to share when they choose to."""
