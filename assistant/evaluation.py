"""Measure a dialogue model on held-out conversation turns: how often it does what the person wanted.

A case (one line of `tests/data/dialogue_heldout.jsonl`) is a session's rounds, its current round, the
last messages, the person's turn, whether a photo came with it, and the expected act and tool calls.
`evaluate(decide, cases)` asks the model for each turn and compares what its calls would do to the
session with what the expected calls would do:

- Round references are resolved to round numbers through `RoundTree.resolve` against the session as
  it stands when the call runs (after the turn's upload and any earlier call of the same turn); a
  reference that resolves to nothing makes the turn wrong.
- An instruction compares after lower-casing, turning punctuation into spaces and collapsing spaces;
  the expected one may be a list of acceptable strings. `seed` is never compared; every other
  argument is (an `action` or `mask` nobody asked for makes the turn wrong), except that a None or
  a default value counts as leaving the argument out.
- Two sequences that leave the store the same count as equal: consecutive reverts count as their last
  one, a revert right before an edit counts as that edit from the reverted-to round, and an edit of
  round P equals a retry or correction of a child of P with the same instruction.
- A turn with no expected call is right when the model makes none and its act is in the same group
  (talk, clarify and caption all answer in words).
- An UNWANTED EDIT is a predicted `edit_image` or `retry_edit` in a turn that expects neither.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.references import RoundLike, RoundTree
from zone_tools.errors import ZoneError

WORD_ACTS = frozenset({"talk", "clarify", "caption"})
"""Acts answered in words only; for a turn with no call they count as one group."""

EDIT_CALLS = frozenset({"edit_image", "retry_edit"})
"""Calls that make a new round."""

ROUND_ID_OFFSET = 100
"""Round ids are the index plus this, so a model that mixes up ids and numbers is caught."""


class CaseError(ValueError):
    """A held-out case is malformed, or its expected calls name no round of its session."""


class CallLike(Protocol):
    """A tool call as a dialogue model returns it."""

    @property
    def name(self) -> str: ...
    @property
    def args(self) -> dict[str, Any]: ...


class DecisionLike(Protocol):
    """What `evaluate` reads from a dialogue model's decision."""

    @property
    def act(self) -> str: ...
    @property
    def calls(self) -> Sequence[CallLike]: ...


Decide = Callable[[Any], DecisionLike]
"""The model: a turn (`assistant.understanding.Turn`) in, a decision out."""


@dataclass
class RoundRecord:
    """A round of a case's session: what `RoundTree` reads from a stored round (`RoundLike`)."""

    id: int
    parent_id: int | None
    index: int
    instruction: str | None


@dataclass(frozen=True)
class ExpectedCall:
    """A tool call the case expects; an instruction may be a tuple of acceptable strings."""

    name: str
    args: dict[str, Any]


@dataclass(frozen=True)
class Case:
    """One held-out turn with its context and the expected act and calls."""

    id: str
    family: str
    rounds: tuple[RoundRecord, ...]
    current: int | None
    messages: tuple[tuple[str, str], ...]
    text: str
    photo: bool
    act: str
    calls: tuple[ExpectedCall, ...]

    def session(self) -> tuple[list[RoundRecord], int | None]:
        """The rounds and current round id as the model sees them: after the turn's upload, if any."""
        rounds = list(self.rounds)
        current = None if self.current is None else _record_id(self.current)
        if self.photo:
            index = max((r.index for r in rounds), default=-1) + 1
            rounds.append(RoundRecord(_record_id(index), None, index, None))
            current = _record_id(index)
        return rounds, current


@dataclass(frozen=True)
class Wrong:
    """A turn the model got wrong, with what it did and why that is wrong."""

    case_id: str
    family: str
    text: str
    expected_act: str
    predicted_act: str
    expected_calls: list[dict[str, Any]]
    predicted_calls: list[dict[str, Any]]
    reason: str


@dataclass(frozen=True)
class Score:
    """Right turns out of all turns of one act or family."""

    right: int
    total: int

    @property
    def accuracy(self) -> float:
        """The share of right turns (1.0 for no turns)."""
        return self.right / self.total if self.total else 1.0


@dataclass(frozen=True)
class Report:
    """The outcome of `evaluate`: accuracy overall, per expected act and per family, and timings."""

    count: int
    right: int
    unwanted_edits: int
    per_act: dict[str, Score]
    per_family: dict[str, Score]
    ms: tuple[float, ...] = field(repr=False)
    wrong: tuple[Wrong, ...] = field(repr=False)

    @property
    def accuracy(self) -> float:
        """The share of turns the model got right."""
        return self.right / self.count if self.count else 1.0

    @property
    def unwanted_edit_rate(self) -> float:
        """Unwanted edits per turn."""
        return self.unwanted_edits / self.count if self.count else 0.0

    @property
    def median_ms(self) -> float:
        """The median time of one decision, in milliseconds."""
        return statistics.median(self.ms) if self.ms else 0.0

    @property
    def p95_ms(self) -> float:
        """The 95th percentile time of one decision, in milliseconds."""
        if not self.ms:
            return 0.0
        ordered = sorted(self.ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (the wrong cases included)."""
        return {
            "count": self.count,
            "right": self.right,
            "accuracy": round(self.accuracy, 4),
            "unwanted_edits": self.unwanted_edits,
            "unwanted_edit_rate": round(self.unwanted_edit_rate, 4),
            "per_act": {act: _score_dict(score) for act, score in sorted(self.per_act.items())},
            "per_family": {name: _score_dict(score) for name, score in sorted(self.per_family.items())},
            "ms_per_decision": {"median": round(self.median_ms, 3), "p95": round(self.p95_ms, 3)},
            "wrong": [wrong.__dict__ for wrong in self.wrong],
        }


def _score_dict(score: Score) -> dict[str, Any]:
    return {"right": score.right, "total": score.total, "accuracy": round(score.accuracy, 4)}


def _record_id(index: int) -> int:
    return index + ROUND_ID_OFFSET


def load_cases(path: str | Path) -> list[Case]:
    """The cases of a JSON-lines file; a malformed line is a `CaseError` naming its line."""
    cases = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                cases.append(parse_case(json.loads(line)))
            except (CaseError, ValueError, KeyError, TypeError) as error:
                raise CaseError(f"{path}, line {number}: {error}") from error
    ids = Counter(case.id for case in cases)
    if repeated := sorted(case_id for case_id, times in ids.items() if times > 1):
        raise CaseError(f"{path}: case ids used more than once: {', '.join(repeated)}.")
    return cases


def parse_case(data: dict[str, Any]) -> Case:
    """One case from its JSON object (the format of `tests/data/dialogue_heldout.jsonl`)."""
    context = data["context"]
    rounds = tuple(
        RoundRecord(
            _record_id(int(r["index"])),
            None if r["parent"] is None else _record_id(int(r["parent"])),
            int(r["index"]),
            r["instruction"],
        )
        for r in context["rounds"]
    )
    indexes = {r.index for r in rounds}
    current = context.get("current")
    if current is not None and current not in indexes:
        raise CaseError(f"the current round {current} is not one of the rounds {sorted(indexes)}.")
    calls = tuple(
        ExpectedCall(str(call["name"]), {key: _expected_value(value) for key, value in call.get("args", {}).items()})
        for call in data["expect"].get("calls", [])
    )
    return Case(
        id=str(data["id"]),
        family=str(data["family"]),
        rounds=rounds,
        current=current,
        messages=tuple((str(role), str(content)) for role, content in context.get("messages", [])),
        text=str(data["turn"]),
        photo=bool(data.get("photo", False)),
        act=str(data["expect"]["act"]),
        calls=calls,
    )


def _expected_value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def normalize(text: str) -> str:
    """An instruction as compared: lower-case, punctuation as spaces, single spaces."""
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.casefold()).split())


@dataclass(frozen=True)
class Effect:
    """What one call does to the session, in a form two calls can be compared by.

    `kind` is "new" (a new round from the round numbered `target`, its instruction one of
    `instructions`, `strength` "stronger"/"weaker" or None), "goto" (the current round becomes
    `target`), "show", "compare" (`target` is a frozenset of two numbers), or another tool's name.
    `extra` holds the arguments compared as given (`action`, `mask`, a share link, a format...).
    """

    kind: str
    target: Any = None
    instructions: frozenset[str] = frozenset()
    strength: str | None = None
    extra: tuple[tuple[str, str], ...] = ()

    def matches(self, expected: Effect) -> bool:
        """Whether this predicted effect is the expected one (its instruction one of those accepted)."""
        return (
            self.kind == expected.kind
            and self.target == expected.target
            and self.instructions <= expected.instructions
            and self.strength == expected.strength
            and self.extra == expected.extra
        )


NOT_COMPARED = frozenset({"seed"})
"""Arguments never compared."""

DEFAULTS: dict[str, dict[str, Any]] = {"export_session": {"format": "bundle"}}
"""Arguments whose default value counts as leaving them out."""


class _Session:
    """A case's rounds as the calls of one turn would change them (new rounds, the current round)."""

    def __init__(self, rounds: list[RoundRecord], current: int | None) -> None:
        self.rounds = list(rounds)
        self.current = current

    def tree(self) -> RoundTree:
        return RoundTree(self.rounds, self.current)

    def resolve(self, reference: Any, *, exact: bool) -> RoundLike:
        """The round `reference` names: a number when `exact` (expected calls), else anything the tree resolves."""
        tree = self.tree()
        return tree.by_index(int(reference)) if exact else tree.resolve(reference)

    def add(self, parent: RoundLike, instruction: str) -> None:
        index = max(r.index for r in self.rounds) + 1
        self.rounds.append(RoundRecord(_record_id(index), parent.id, index, instruction))
        self.current = _record_id(index)

    def go(self, node: RoundLike) -> None:
        self.current = node.id


def effects(calls: Iterable[CallLike | ExpectedCall], case: Case, *, expected: bool) -> list[Effect]:
    """What `calls` do to the case's session, canonical (see the module docstring).

    Raises `RoundReferenceError` / `NoPhotoError` when a call names no round, `CaseError` for a
    call that cannot be made (an edit with no instruction, a retry of an upload).
    """
    session = _Session(*case.session())
    done: list[Effect] = []
    for call in calls:
        defaults = DEFAULTS.get(call.name, {})
        args = {
            key: value
            for key, value in (call.args or {}).items()
            if value is not None and key not in NOT_COMPARED and _text(value) != defaults.get(key)
        }
        effect = _effect(call.name, args, session, exact=expected)
        if effect.kind in ("goto", "new") and done and done[-1].kind == "goto":
            done.pop()
        done.append(effect)
    return done


def _effect(name: str, args: dict[str, Any], session: _Session, *, exact: bool) -> Effect:
    """The effect of one call; `args` loses the arguments it reads, the rest are compared as given."""
    tree = session.tree()
    if name == "edit_image":
        if "instruction" not in args:
            raise CaseError("edit_image needs an instruction.")
        base = session.resolve(args.pop("base_round"), exact=exact) if "base_round" in args else tree.current
        return _new(session, base, args.pop("instruction"), None, args)
    if name == "retry_edit":
        target = session.resolve(args.pop("round"), exact=exact) if "round" in args else tree.current
        parent = tree.parent(target)
        if parent is None:
            raise CaseError(f"round {target.index} is an upload, not an edit to retry.")
        instruction = args.pop("instruction", target.instruction)
        strength = _text(args.pop("strength")) if "strength" in args else None
        return _new(session, parent, instruction, strength, args)
    if name == "revert":
        target = session.resolve(args.pop("round", None), exact=exact)
        session.go(target)
        return Effect("goto", target.index, extra=_extra(args))
    if name == "show_round":
        return Effect("show", session.resolve(args.pop("round", None), exact=exact).index, extra=_extra(args))
    if name == "compare_rounds":
        first = session.resolve(args.pop("first", None), exact=exact).index
        second = session.resolve(args.pop("second", None), exact=exact).index
        return Effect("compare", frozenset({first, second}), extra=_extra(args))
    if name == "revoke_share" and "link" in args:
        args["link"] = str(args["link"]).lstrip("#")
    return Effect(name, extra=_extra(args))


def _text(value: Any) -> str:
    return str(value).strip().lower()


def _extra(args: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((key, _text(value)) for key, value in args.items()))


def _new(session: _Session, base: RoundLike, instruction: Any, strength: str | None, rest: dict[str, Any]) -> Effect:
    values = instruction if isinstance(instruction, tuple) else (instruction,)
    session.add(base, str(values[0]))
    return Effect("new", base.index, frozenset(normalize(str(text)) for text in values), strength, _extra(rest))


def _same(predicted: list[Effect], expected: list[Effect]) -> bool:
    return len(predicted) == len(expected) and all(
        got.matches(want) for got, want in zip(predicted, expected, strict=True)
    )


def _group(act: str) -> str:
    return "words" if act in WORD_ACTS else act


def _call_dict(call: CallLike | ExpectedCall) -> dict[str, Any]:
    return {"name": call.name, "args": {key: _plain(value) for key, value in (call.args or {}).items()}}


def _plain(value: Any) -> Any:
    """`value` as JSON-ready data (a mask array or another object becomes its repr)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return repr(value)


def judge(case: Case, decision: DecisionLike) -> str | None:
    """Why `decision` is wrong for `case`, or None when it is right."""
    if not case.calls:
        if decision.calls:
            return "made a tool call where none was wanted"
        if _group(decision.act) != _group(case.act):
            return f"answered as {decision.act!r} where {case.act!r} was wanted"
        return None
    if not decision.calls:
        return "made no tool call where one was wanted"
    want = effects(case.calls, case, expected=True)
    try:
        got = effects(decision.calls, case, expected=False)
    except (ZoneError, LookupError, ValueError, TypeError, AttributeError) as error:
        # Any argument the model got wrong (a round that does not exist, a number as a float, ...).
        return f"a call could not be made: {error}"
    return None if _same(got, want) else "the calls do something other than what was wanted"


def evaluate(decide: Decide, cases: Sequence[Case], *, make_turn: Callable[..., Any] | None = None) -> Report:
    """Ask `decide` about every case and score it (see the module docstring).

    `make_turn(text=, tree=, messages=, photo=)` builds the model's input; by default
    `assistant.understanding.Turn`.
    """
    if make_turn is None:
        from assistant.understanding import Turn

        make_turn = Turn
    for case in cases:
        effects(case.calls, case, expected=True)
    totals: dict[str, Counter[str]] = {"act": Counter(), "family": Counter()}
    rights: dict[str, Counter[str]] = {"act": Counter(), "family": Counter()}
    timings: list[float] = []
    wrong: list[Wrong] = []
    unwanted = 0
    for case in cases:
        rounds, current = case.session()
        turn = make_turn(text=case.text, tree=RoundTree(rounds, current), messages=case.messages, photo=case.photo)
        start = time.perf_counter()
        decision = decide(turn)
        timings.append((time.perf_counter() - start) * 1000)
        if not any(call.name in EDIT_CALLS for call in case.calls) and any(
            call.name in EDIT_CALLS for call in decision.calls
        ):
            unwanted += 1
        reason = judge(case, decision)
        totals["act"][case.act] += 1
        totals["family"][case.family] += 1
        if reason is None:
            rights["act"][case.act] += 1
            rights["family"][case.family] += 1
        else:
            wrong.append(
                Wrong(
                    case_id=case.id,
                    family=case.family,
                    text=case.text,
                    expected_act=case.act,
                    predicted_act=decision.act,
                    expected_calls=[_call_dict(call) for call in case.calls],
                    predicted_calls=[_call_dict(call) for call in decision.calls],
                    reason=reason,
                )
            )
    return Report(
        count=len(cases),
        right=len(cases) - len(wrong),
        unwanted_edits=unwanted,
        per_act={act: Score(rights["act"][act], total) for act, total in totals["act"].items()},
        per_family={name: Score(rights["family"][name], total) for name, total in totals["family"].items()},
        ms=tuple(timings),
        wrong=tuple(wrong),
    )
