"""The three actions an instruction can ask for."""

from enum import Enum


class Action(str, Enum):
    """What an instruction does to the photo; steers beta and SAM's input."""

    ADD = "add"
    REMOVE = "remove"
    CHANGE = "change"
