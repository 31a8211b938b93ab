"""The dialogue model: a chat turn and its context -> what the person wants (an intent).

`labels` names the intents, `templates` and `dataset` generate conversation turns with their
context, `head` and `train` fit the small head over the shared encoder (`zone train-dialogue`), and
`model` runs it. Turning an intent into tool calls is the assistant's job (`assistant.understanding`).
"""
