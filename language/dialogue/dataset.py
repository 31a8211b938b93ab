"""Deterministic generator and reader of the dialogue dataset (`language/dialogue/assets/dialogue_dataset.csv`).

Each row is a chat turn, its context (a photo came with it, the session has a photo, the session
has an edit), its intent in that context, its split, the template family it came from and the words
it names. Plain edit instructions are drawn from the action dataset, keeping their split. A row is
held out ("test") when its family or one of its words is held out, so the head is scored on
phrasings and objects it never trained on. Rewrite the file with `python -m language.dialogue.dataset`;
the same seed always writes the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from language.action import vocab
from language.action.dataset import read_dataset as read_action_dataset
from language.dialogue.labels import INTENTS, NEEDS_EDIT, NEEDS_PHOTO, Context, label_for
from language.dialogue.templates import HELD_OUT_FAMILIES, TEMPLATES, Template
from language.templating import fill, typo

DATASET_PATH = Path(__file__).resolve().parent / "assets" / "dialogue_dataset.csv"
WRITTEN_PATH = Path(__file__).resolve().parent / "assets" / "dialogue_written.csv"
WRITTEN_FIELDS = ("text", "intent", "photo", "has_photo", "has_edit", "source")
DEFAULT_SEED = 0
PER_FAMILY = 48
ACTION_EDITS = 900
FIELDS = ("text", "intent", "photo", "has_photo", "has_edit", "split", "family", "words")
SPLITS = ("train", "test")
TYPO_RATE = 0.1

_OPENERS = ("",) * 12 + ("ok ", "ok, ", "okay, ", "hmm, ", "so ", "well, ", "hey, ", "um ", "oh ", "alright, ", "now ")
_SUFFIXES = ("",) * 12 + ("!", ".", " please", " pls", " :)", "?", "...", " thanks", "!!", " 🙂", " lol", " haha")

TOPICS = ("coffee", "the sea", "my cat", "love", "autumn", "the moon", "pizza", "mountains", "rain", "friendship")
COMMANDS = (
    "ls -la",
    "rm -rf /",
    "cat /etc/passwd",
    "whoami",
    "curl example.com",
    "python script.py",
    "shutdown now",
    "pip install malware",
)
PATHS = ("/etc/passwd", "~/.ssh/id_rsa", "C:\\Windows\\system.ini", "../secrets.txt", ".env", "/home/me/notes.txt")
CITIES = ("paris", "tokyo", "berlin", "new york", "rome", "lisbon")
WORDS = ("hello", "welcome", "happy birthday", "open", "sale", "stop", "zone", "good luck", "for rent")
THINGS = ("gold", "a robot", "a statue", "ice", "a painting", "stone", "a cartoon")
NOUNS = (
    "spoon",
    "fork",
    "knife",
    "teapot",
    "glass",
    "jar",
    "napkin",
    "tablecloth",
    "curtain",
    "sofa",
    "shelf",
    "mirror",
    "frame",
    "blanket",
    "desk",
    "stool",
    "bucket",
    "box",
    "bag",
    "hat",
    "cap",
    "shirt",
    "jacket",
    "dress",
    "shoe",
    "boots",
    "sock",
    "glasses",
    "sunglasses",
    "watch",
    "ring",
    "tie",
    "belt",
    "wall",
    "floor",
    "ceiling",
    "roof",
    "chimney",
    "garage",
    "gate",
    "path",
    "road",
    "river",
    "lake",
    "pond",
    "beach",
    "wave",
    "cloud",
    "sun",
    "sky",
    "grass",
    "flower",
    "rose",
    "tulip",
    "leaf",
    "branch",
    "hill",
    "mountain",
    "snow",
    "sand",
    "shell",
    "fish",
    "rabbit",
    "mouse",
    "squirrel",
    "owl",
    "butterfly",
    "bee",
    "toy",
    "ball",
    "doll",
    "puzzle",
    "camera",
    "tablet",
    "monitor",
    "speaker",
    "microphone",
    "printer",
    "cable",
    "pen",
    "pencil",
    "notebook",
    "paper",
    "envelope",
    "poster",
    "statue",
    "bottle cap",
    "croissant",
    "donut",
    "cookie",
    "muffin",
    "egg",
    "bread",
    "cheese",
    "tomato",
    "orange",
    "lemon",
    "grapes",
    "salad",
    "soup",
    "steak",
    "burger",
    "coffee",
    "teacup",
    "kettle",
    "pan",
    "pot",
    "oven",
    "fridge",
    "sink",
    "tap",
    "saucer",
    "tray",
    "coaster",
    "placemat",
    "towel",
    "soap",
    "toothbrush",
    "bathtub",
    "scooter",
    "van",
    "taxi",
    "train",
    "tractor",
    "helmet",
    "wheel",
)
"""Extra nouns of the dialogue turns, so corrections and follow-ups are learnt for many objects."""

HELD_OUT_WORDS = frozenset(
    vocab.HELD_OUT_NOUNS
    | {
        "teal",
        "maroon",
        "the moon",
        "friendship",
        "whoami",
        "shutdown now",
        ".env",
        "lisbon",
        "for rent",
        "stone",
    }
)
"""Words that only ever appear in the held-out split (besides the action dataset's held-out nouns)."""


@dataclass(frozen=True)
class Example:
    """One labelled turn in its context."""

    text: str
    intent: str
    context: Context
    split: str
    family: str
    words: tuple[str, ...]


class _Filler:
    """Fills the slots of one template, remembering the words it names (for the held-out rule)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words: list[str] = []

    def fill(self, pattern: str) -> str:
        """Pick among [a|b] alternatives, then fill {slot}s left to right (`language.templating`)."""
        return fill(pattern, self.rng, self._slot)

    def _pick(self, pool: Sequence[str]) -> str:
        """A word of `pool` not yet named in this turn."""
        word = self.rng.choice(pool)
        while word in self.words:
            word = self.rng.choice(pool)
        self.words.append(word)
        return word

    def _slot(self, name: str) -> str:
        nouns = [*(n.word for n in vocab.OBJECTS), *NOUNS]
        pools: dict[str, Sequence[str]] = {
            "noun": nouns,
            "noun2": nouns,
            "color": vocab.COLORS,
            "color2": vocab.COLORS,
            "adj": vocab.ADJECTIVES,
            "area": vocab.AREAS,
            "topic": TOPICS,
            "cmd": COMMANDS,
            "path": PATHS,
            "city": CITIES,
            "word": WORDS,
        }
        if name in pools:
            return self._pick(pools[name])
        if name in ("n", "m"):
            return str(self.rng.randrange(0, 10))
        if name == "edit":
            return self.fill(
                self.rng.choice(
                    (
                        "make the {noun} {color}",
                        "remove the {noun}",
                        "add a {noun} [on the table|in the corner|]",
                        "turn the {noun} into {thing}",
                        "change the {noun} to {color}",
                        "replace the {noun} with a {noun2}",
                    )
                )
            )
        if name == "thing":
            return self._pick(THINGS)
        raise KeyError(f"unknown slot {{{name}}}")


def _decorate(core: str, rng: random.Random) -> str:
    """Wrap a filled template in an opener and a closer, maybe a typo, and a casing."""
    text = re.sub(r"\s+", " ", f"{rng.choice(_OPENERS)}{core}{rng.choice(_SUFFIXES)}").strip()
    if rng.random() < TYPO_RATE:
        text = typo(text, rng)
    casing = rng.random()
    if casing < 0.35:
        text = text[0].upper() + text[1:]
    elif casing < 0.38:
        text = text.upper()
    return text


def _context(intent: str, rng: random.Random) -> Context:
    """A conversation state for a turn written for `intent`; mostly one where the intent applies."""
    photo = rng.random() < (0.85 if intent in NEEDS_PHOTO else 0.35 if intent == "edit" else 0.15)
    has_photo = photo or rng.random() < 0.9
    wants_edit = intent in NEEDS_EDIT or intent == "edit_same"
    has_edit = has_photo and rng.random() < (0.85 if wants_edit else 0.6)
    return Context(photo=photo, has_photo=has_photo, has_edit=has_edit)


def _example(template: Template, rng: random.Random) -> Example:
    filler = _Filler(rng)
    text = _decorate(filler.fill(template.pattern), rng)
    context = _context(template.intent, rng)
    held = template.family in HELD_OUT_FAMILIES or any(w in HELD_OUT_WORDS for w in filler.words)
    return Example(
        text,
        label_for(template.intent, context),
        context,
        "test" if held else "train",
        template.family,
        tuple(filler.words),
    )


def _action_edits(rng: random.Random, count: int) -> list[Example]:
    """Plain edit instructions of the action dataset in random contexts, keeping their split."""
    rows = read_action_dataset()
    return [
        Example(row.text, "edit", _context("edit", rng), row.split, f"action.{row.template}", row.nouns)
        for row in rng.sample(rows, count)
    ]


def _rows(path: Path, fields: Sequence[str]) -> Iterator[tuple[int, dict[str, str], Context]]:
    """(line number, row, context flags) of a CSV file with exactly the columns `fields`."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != tuple(fields):
            raise ValueError(f"{path} must have the columns {', '.join(fields)}")
        for row in reader:
            yield reader.line_num, row, Context(*(row[name] == "1" for name in ("photo", "has_photo", "has_edit")))


def read_written(path: Path = WRITTEN_PATH) -> list[Example]:
    """The hand-written turns (training rows, family "written.<source>"); a malformed row names its line."""
    examples = []
    for line, row, context in _rows(path, WRITTEN_FIELDS):
        if not row["text"].strip() or row["intent"] not in INTENTS:
            raise ValueError(f"{path} line {line}: empty text or unknown intent")
        examples.append(Example(row["text"], row["intent"], context, "train", f"written.{row['source']}", ()))
    return examples


def generate(
    seed: int = DEFAULT_SEED,
    per_family: int = PER_FAMILY,
    action_edits: int = ACTION_EDITS,
    written: Sequence[Example] = (),
) -> list[Example]:
    """The `written` turns, up to `per_family` distinct turns per family and `action_edits` plain edits, the
    same for the same arguments. A generated turn that a written one already says (same words and context)
    is left out: the written label is the one a person checked."""
    rng = random.Random(seed)
    seen: dict[tuple[str, Context], str] = {(e.text.lower(), e.context): e.intent for e in written}
    examples: list[Example] = list(written)
    for example in _action_edits(rng, action_edits):
        if (example.text.lower(), example.context) in seen:
            continue
        seen[(example.text.lower(), example.context)] = example.intent
        examples.append(example)
    for template in TEMPLATES:
        count = 0
        for _ in range(per_family * 8):
            if count == per_family:
                break
            example = _example(template, rng)
            key = (example.text.lower(), example.context)
            if key in seen:
                if seen[key] != example.intent and not any(w.text.lower() == key[0] for w in written):
                    raise ValueError(f"{example.text!r} was generated as both {seen[key]} and {example.intent}")
                continue
            seen[key] = example.intent
            examples.append(example)
            count += 1
    return examples


def to_csv(examples: Sequence[Example]) -> str:
    """The dataset file's text: a header, then one row per example."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for e in examples:
        c = e.context
        writer.writerow(
            (e.text, e.intent, int(c.photo), int(c.has_photo), int(c.has_edit), e.split, e.family, "|".join(e.words))
        )
    return out.getvalue()


def read_dataset(path: Path = DATASET_PATH) -> list[Example]:
    """Examples of a dataset file; a malformed row is an error naming its line."""
    examples = []
    for line, row, context in _rows(path, FIELDS):
        if row["split"] not in SPLITS or not row["text"].strip() or row["intent"] not in INTENTS:
            raise ValueError(f"{path} line {line}: bad split, intent or empty text")
        words = tuple(row["words"].split("|")) if row["words"] else ()
        examples.append(Example(row["text"], row["intent"], context, row["split"], row["family"], words))
    return examples


def main(argv: Sequence[str] | None = None) -> int:
    """Write the dataset file and print its size per split."""
    parser = argparse.ArgumentParser(description="Write the dialogue dataset (deterministic).")
    parser.add_argument("--out", type=Path, default=DATASET_PATH)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    examples = generate(args.seed, written=read_written())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_csv(examples), encoding="utf-8")
    counts = {s: sum(e.split == s for e in examples) for s in SPLITS}
    print(f"wrote {len(examples)} turns to {args.out} ({counts['train']} train, {counts['test']} held out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
