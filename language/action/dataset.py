"""Deterministic generator and reader of the action dataset (`language/action/assets/action_dataset.csv`).

Each row is an English instruction, its action, its split, the template it came from and the nouns
it names. A row is held out ("test") when its template or one of its nouns is held out, so the
head is scored on phrasings and objects it never trained on. Rewrite the file with
`python -m language.action.dataset`; the same seed always writes the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from language.action import vocab
from language.action.labels import Action
from language.action.templates import HELD_OUT_TEMPLATES, TEMPLATES, Template
from language.templating import fill, typo

DATASET_PATH = Path(__file__).resolve().parent / "assets" / "action_dataset.csv"
DEFAULT_SEED = 0
PER_ACTION = 1100
FIELDS = ("text", "action", "split", "template", "nouns")
SPLITS = ("train", "test")
TYPO_RATE = 0.15
COLOUR_RATE = 0.12

_QUESTION_OPENERS = frozenset(
    {
        "can you ",
        "could you ",
        "could you please ",
        "would you ",
        "can you please ",
        "will you ",
        "can we ",
        "could we ",
        "now can you ",
    }
)
_IMPERATIVE_OPENERS = ("",) * 10 + (
    "now ",
    "now ",
    "please ",
    "please ",
    "can you ",
    "can you ",
    "could you ",
    "could you please ",
    "would you ",
    "can you please ",
    "will you ",
    "can we ",
    "could we ",
    "now can you ",
    "i want you to ",
    "i'd like you to ",
    "let's ",
    "ok, ",
    "okay now ",
    "and ",
    "next, ",
    "then ",
    "hey, ",
    "go ahead and ",
    "try to ",
    "kindly ",
    "pls ",
    "now please ",
    "alright, ",
    "i need you to ",
    "help me ",
    "quickly ",
    "just ",
)
_LIGHT_OPENERS = ("",) * 6 + ("now ", "ok ", "hmm, ", "actually, ", "and ", "also ", "next: ", "well, ", "so ")
_SUFFIXES = ("",) * 8 + (
    " please",
    ", please",
    " thanks",
    ", thank you",
    "!",
    ".",
    " for me",
    " pls",
    " :)",
    " now",
    " asap",
    " too",
    " if possible",
    " real quick",
    " thx",
)
_QUESTION_SUFFIXES = ("", "?", "?", " please?", " for me?", "?!", " pls")


@dataclass(frozen=True)
class Example:
    """One labelled instruction."""

    text: str
    action: Action
    split: str
    template: str
    nouns: tuple[str, ...]


class _Filler:
    """Fills the slots of one template, remembering the nouns it names (for the held-out rule)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.nouns: list[str] = []

    def fill(self, pattern: str) -> str:
        """Pick among [a|b] alternatives, then fill {slot}s left to right (`language.templating`)."""
        return fill(pattern, self.rng, self._slot)

    def _noun(self, pool: Sequence[vocab.Noun]) -> vocab.Noun:
        """A noun not yet used in this instruction (so "swap the cup for a cup" never happens)."""
        noun = self.rng.choice(pool)
        while noun.word in self.nouns:
            noun = self.rng.choice(pool)
        self.nouns.append(noun.word)
        return noun

    def _word(self, pool: Sequence[str]) -> str:
        word = self.rng.choice(pool)
        self.nouns.append(word)
        return word

    def _described(self, noun: vocab.Noun) -> str:
        """The noun, sometimes with a colour ("red car"), as people describe what they point at."""
        return f"{self.rng.choice(vocab.COLORS)} {noun.word}" if self.rng.random() < COLOUR_RATE else noun.word

    def _the(self, noun: vocab.Noun) -> str:
        determiners = ("the", "the", "the", "those", "these") if noun.plural else ("the", "the", "the", "that", "this")
        return f"{self.rng.choice(determiners)} {self._described(noun)}"

    def _a(self, noun: vocab.Noun) -> str:
        phrase = self._described(noun)
        if noun.plural:
            return f"some {phrase}"
        return f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"

    def _scene(self, joiner: str) -> str:
        before, after = self.rng.choice(vocab.SCENES)
        self.nouns.extend((before, after))
        return f"{before}{joiner}{after}"

    def _slot(self, name: str) -> str:
        rng = self.rng
        nouns = {
            "the_obj": lambda: self._the(self._noun(vocab.OBJECTS)),
            "a_obj": lambda: self._a(self._noun(vocab.OBJECTS)),
            "a_new": lambda: self._a(self._noun(vocab.OBJECTS)),
            "the_gone": lambda: self._the(self._noun(vocab.OBJECTS + vocab.REMOVE_ONLY)),
            "gone": lambda: self._noun(vocab.OBJECTS + vocab.REMOVE_ONLY).word,
            "the_clear": lambda: f"the {self._noun(vocab.CLEARABLES).word}",
            "wear": lambda: self._noun(vocab.WEARABLES).word,
            "a_wear": lambda: self._a(self._noun(vocab.WEARABLES)),
            "beard": lambda: self._noun(vocab.FACIAL_HAIR).word,
            "a_beard": lambda: self._a(self._noun(vocab.FACIAL_HAIR)),
            "a_hold": lambda: self._a(self._noun(vocab.HOLDABLES)),
            "a_hang": lambda: self._a(self._noun(vocab.HANGABLES)),
            "the_hang": lambda: self._the(self._noun(vocab.HANGABLES)),
            "a_stick": lambda: self._a(self._noun(vocab.STICKABLES)),
            "a_plant": lambda: self._a(self._noun(vocab.PLANTABLES)),
            "effect": lambda: self._word(vocab.EFFECTS),
            "thing": lambda: self._word(vocab.THINGS),
            "style": lambda: self._word(vocab.STYLES),
            "scene_into": lambda: self._scene(" into "),
            "scene_to": lambda: self._scene(" to "),
            "fill": lambda: "{} with {}".format(*self.rng.choice(vocab.CONTAINERS)),
        }
        words = {
            "color": vocab.COLORS,
            "adj": vocab.ADJECTIVES,
            "material": vocab.MATERIALS,
            "look": vocab.LOOKS,
            "style_adj": vocab.STYLE_ADJECTIVES,
            "artist": vocab.ARTISTS,
            "time": vocab.TIMES,
            "mood": vocab.MOODS,
            "hair": vocab.HAIR,
            "precip": vocab.PRECIPITATION,
            "area": vocab.AREAS,
            "poss": vocab.POSSESSIVES,
            "who": vocab.WHO,
            "subj": vocab.SUBJECTS,
            "where": vocab.PLACES,
        }
        if name in nouns:
            return nouns[name]()
        if name in words:
            return rng.choice(words[name])
        if name == "at":
            return "" if rng.random() < 0.6 else " " + rng.choice(vocab.PLACES)
        raise KeyError(f"unknown slot {{{name}}}")


def _decorate(core: str, kind: str, rng: random.Random) -> str:
    """Wrap a filled template in an opener and a closer, maybe a typo, and a casing."""
    opener = rng.choice(_IMPERATIVE_OPENERS if kind == "imperative" else _LIGHT_OPENERS)
    closer = rng.choice(_QUESTION_SUFFIXES if opener in _QUESTION_OPENERS else _SUFFIXES)
    if "please" in opener and "please" in closer:
        closer = ""
    text = re.sub(r"\s+", " ", f"{opener}{core}{closer}").strip()
    if rng.random() < TYPO_RATE:
        text = typo(text, rng)
    casing = rng.random()
    if casing < 0.35:
        text = text[0].upper() + text[1:]
    elif casing < 0.38:
        text = text.upper()
    return text


def _example(template: Template, rng: random.Random) -> Example:
    filler = _Filler(rng)
    text = _decorate(filler.fill(template.pattern), template.kind, rng)
    held = template.id in HELD_OUT_TEMPLATES or any(n in vocab.HELD_OUT_NOUNS for n in filler.nouns)
    return Example(text, template.action, "test" if held else "train", template.id, tuple(filler.nouns))


def generate(seed: int = DEFAULT_SEED, per_action: int = PER_ACTION) -> list[Example]:
    """`per_action` distinct instructions per action, the same list for the same arguments."""
    rng = random.Random(seed)
    seen: dict[str, Action] = {}
    examples: list[Example] = []
    for action in Action:
        templates = [t for t in TEMPLATES if t.action is action]
        count = 0
        for _ in range(per_action * 50):
            if count == per_action:
                break
            example = _example(rng.choice(templates), rng)
            key = example.text.lower()
            if key in seen:
                if seen[key] is not action:
                    raise ValueError(f"{example.text!r} was generated as both {seen[key].value} and {action.value}")
                continue
            seen[key] = action
            examples.append(example)
            count += 1
        else:
            raise ValueError(f"the templates of {action.value} give fewer than {per_action} distinct instructions")
    return examples


def to_csv(examples: Sequence[Example]) -> str:
    """The dataset file's text: a header, then one row per example."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for e in examples:
        writer.writerow((e.text, e.action.value, e.split, e.template, "|".join(e.nouns)))
    return out.getvalue()


def read_dataset(path: Path = DATASET_PATH) -> list[Example]:
    """Examples of a dataset file; a malformed row is an error naming its line."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != FIELDS:
            raise ValueError(f"{path} must have the columns {', '.join(FIELDS)}")
        examples = []
        for row in reader:
            if row["split"] not in SPLITS or not row["text"].strip():
                raise ValueError(f"{path} line {reader.line_num}: bad split or empty text")
            try:
                action = Action(row["action"])
            except ValueError:
                raise ValueError(f"{path} line {reader.line_num}: unknown action {row['action']!r}") from None
            nouns = tuple(row["nouns"].split("|")) if row["nouns"] else ()
            examples.append(Example(row["text"], action, row["split"], row["template"], nouns))
    return examples


def main(argv: Sequence[str] | None = None) -> int:
    """Write the dataset file and print its size per split."""
    parser = argparse.ArgumentParser(description="Write the action dataset (deterministic).")
    parser.add_argument("--out", type=Path, default=DATASET_PATH)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-action", type=int, default=PER_ACTION)
    args = parser.parse_args(argv)
    examples = generate(args.seed, args.per_action)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_csv(examples), encoding="utf-8")
    counts = {s: sum(e.split == s for e in examples) for s in SPLITS}
    print(f"wrote {len(examples)} instructions to {args.out} ({counts['train']} train, {counts['test']} held out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
