"""What the generated datasets share: the template syntax (`[a|b]` picks one alternative, `{slot}`
is filled by the dataset's own vocabulary) and the typing slips they sprinkle in."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


def fill(pattern: str, rng: random.Random, slot: Callable[[str], str]) -> str:
    """Pick among [a|b] alternatives, then fill {slot}s left to right with `slot(name)`."""
    chosen = _ALTERNATIVES.sub(lambda m: rng.choice(m.group(1).split("|")), pattern)
    return _SLOT.sub(lambda m: slot(m.group(1)), chosen)


_KEYBOARD_NEIGHBOURS = {
    "a": "qsz",
    "b": "vgn",
    "c": "xdv",
    "d": "sfe",
    "e": "wrd",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "i": "uok",
    "j": "hku",
    "k": "jli",
    "l": "ko",
    "m": "nj",
    "n": "bmh",
    "o": "ipl",
    "p": "o",
    "q": "wa",
    "r": "etf",
    "s": "adw",
    "t": "ryg",
    "u": "yij",
    "v": "cbf",
    "w": "qes",
    "x": "zcs",
    "y": "tuh",
    "z": "xa",
}


def typo(text: str, rng: random.Random) -> str:
    """One plausible slip in one word of 4+ letters: swapped, dropped, doubled or neighbouring key."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    index = rng.choice(candidates)
    word = words[index]
    pos = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "neighbour"))
    if kind == "swap":
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2 :]
    elif kind == "drop":
        word = word[:pos] + word[pos + 1 :]
    elif kind == "double":
        word = word[:pos] + word[pos] + word[pos:]
    else:
        neighbours = _KEYBOARD_NEIGHBOURS.get(word[pos], word[pos])
        word = word[:pos] + rng.choice(neighbours) + word[pos + 1 :]
    words[index] = word
    return " ".join(words)
