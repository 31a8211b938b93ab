"""Instruction templates of the action dataset, per action.

A pattern holds slots in braces (filled by `dataset` from `vocab`) and alternatives in
square brackets, `[a|b|]` (one is picked; an empty one is allowed). `kind` says which politeness
prefixes fit: "imperative" takes "can you ...", "now please ...", "statement" and "terse" take only
light openers. Templates listed in `HELD_OUT_TEMPLATES` only ever appear in the held-out split, so
its accuracy measures generalisation to phrasings the head never saw.
"""

from __future__ import annotations

from dataclasses import dataclass

from language.action.labels import Action


@dataclass(frozen=True)
class Template:
    """One phrasing of an instruction, with the action it always means."""

    id: str
    action: Action
    pattern: str
    kind: str = "imperative"


def _family(action: Action, prefix: str, rows: tuple[tuple[str, ...], ...]) -> tuple[Template, ...]:
    """Templates of one action from (id, pattern[, kind]) rows; ids get the action's prefix."""
    return tuple(Template(f"{prefix}.{row[0]}", action, row[1], *row[2:]) for row in rows)


REMOVE_TEMPLATES = _family(
    Action.REMOVE,
    "remove",
    (
        ("remove", "remove {the_gone}{at}"),
        ("remove_from", "remove {the_gone} from the {area}"),
        ("delete", "delete {the_gone}{at}"),
        ("erase", "erase {the_gone}{at}"),
        ("get_rid", "get rid of {the_gone}{at}"),
        ("take_away", "[take away {the_gone}|take {the_gone} away]"),
        ("take_out", "[take out {the_gone}|take {the_gone} out of the {area}]"),
        ("take_off", "take off {poss} {wear}"),
        ("take_x_off", "[take|pull|get] {poss} {wear} off"),
        ("remove_wear", "[remove|delete|erase] {poss} {wear}"),
        ("disappear", "make {the_gone} disappear"),
        ("vanish", "make {the_gone} [vanish|go away]"),
        ("clear", "clear {the_clear}"),
        ("clear_away", "clear [away|out] {the_clear}"),
        ("eliminate", "eliminate {the_gone}"),
        ("no", "no {gone}", "terse"),
        ("no_more", "no more {gone}", "terse"),
        ("without", "without {the_gone}", "terse"),
        ("same_without", "the same {area} [but |]without {the_gone}", "terse"),
        ("who_without", "{who} without the {wear}", "terse"),
        ("should_go", "{the_gone} [has to|must|should|needs to] go", "statement"),
        ("dont_want", "i don't want [to see |]{the_gone} [in the {area}|anymore|]", "statement"),
        ("hide", "hide {the_gone}"),
        ("wipe", "[wipe out {the_gone}|wipe {the_gone} away|wipe {the_gone} off the {area}]"),
        ("edit_out", "[edit|paint|photoshop|cut|clone|crop] out {the_gone}"),
        ("edit_x_out", "[edit|photoshop|paint|cut] {the_gone} out"),
        ("shave", "shave [off |]{poss} {beard}"),
        ("lose", "lose {the_gone}"),
        ("throw_away", "throw away {the_gone}"),
        ("clean_up", "[clean up|tidy up|declutter] {the_clear}"),
        ("leave_out", "leave out {the_gone}"),
        ("gone", "[i want {the_gone} gone|make it so {the_gone} is gone|{the_gone} gone]", "statement"),
        ("unwear", "{subj} [shouldn't|should not|doesn't need to] wear {a_wear}", "statement"),
        ("take_down", "take down {the_hang}"),
        ("strip", "strip {the_gone} [from|out of] the {area}"),
        ("get_x_out", "get {the_gone} out of [the {area}|here|the way|there]"),
    ),
)

ADD_TEMPLATES = _family(
    Action.ADD,
    "add",
    (
        ("add", "add {a_obj}{at}"),
        ("add_effect", "add {effect}{at}"),
        ("add_wear", "add {a_wear} [to|on] {who}"),
        ("put", "put {a_obj} {where}"),
        ("put_wear", "put {a_wear} on {who}"),
        ("put_on", "put on {poss} {wear}"),
        ("put_x_on", "put {poss} {wear} on"),
        ("place", "place {a_obj} {where}"),
        ("insert", "insert {a_obj}{at}"),
        ("give", "give {who} {a_wear}"),
        ("give_hold", "give {who} {a_hold}[ to hold|]"),
        ("give_beard", "give {who} {a_beard}"),
        ("grow", "[grow {a_beard} on {who}|let {who} grow {a_beard}]"),
        ("let_there", "[let there be {effect}{at}|let there be {a_obj} {where}]"),
        ("wear", "wear {poss} {wear}"),
        ("should_wear", "{subj} [should wear|should be wearing|needs] {a_wear}", "statement"),
        ("make_wear", "[make|have|let] {who} wear {a_wear}"),
        ("dress", "dress {who} in {a_wear}"),
        ("include", "include {a_obj}{at}"),
        ("draw", "[draw|sketch|doodle] {a_obj} {where}"),
        ("paint_a", "paint {a_obj} {where}"),
        ("there_should", "there [should be|needs to be|must be] {a_obj} {where}", "statement"),
        ("i_want", "[i want|i would like|i'd love] {a_obj} {where}", "statement"),
        ("bring", "bring [in {a_obj}|{a_obj} into the {area}]"),
        ("hang", "hang {a_hang} [on the wall|above the bed|from the ceiling|over the fireplace]"),
        ("stick", "[stick|attach|glue] {a_stick} [on|to] {the_obj}"),
        ("with", "[the same {area} but |the {area} |]with {a_obj} {where}", "terse"),
        ("who_with", "{who} with {a_wear}", "terse"),
        ("precipitation", "[make it|let it] {precip}"),
        ("set", "set {a_obj} {where}"),
        ("appear", "[make|have] {a_obj} appear {where}"),
        ("needs", "it [needs|could use] {a_obj} {where}", "statement"),
        ("fill", "fill the {fill}"),
        ("plant", "plant {a_plant} {where}"),
        ("throw_in", "[throw in {a_obj}|toss {a_obj} {where}|pop {a_obj} {where}]"),
        ("hold", "[make|have|let] {who} hold {a_hold}"),
        ("in_hand", "put {a_hold} in {poss} hand"),
        ("decorate", "decorate {the_obj} with [flowers|lights|stickers|ribbons|balloons|stars|candles]"),
    ),
)

CHANGE_TEMPLATES = _family(
    Action.CHANGE,
    "change",
    (
        ("make_color", "make {the_obj} {color}"),
        ("make_adj", "make {the_obj} [look |]{adj}"),
        ("make_wear_color", "make {poss} {wear} {color}"),
        ("make_who_thing", "make {who} {thing}"),
        ("make_who_look", "make {who} look like {thing}"),
        ("turn_into", "turn {the_obj} into {a_new}"),
        ("turn_who", "turn {who} into {thing}"),
        ("turn_scene", "turn {scene_into}"),
        ("turn_color", "turn {the_obj} {color}"),
        ("change_to", "change {the_obj} [to|into] {a_new}"),
        ("change_scene", "change {scene_to}"),
        ("change_color", "change the [color|colour] of {the_obj} to {color}"),
        ("change_wear", "change {poss} {wear} [to {color}|into {a_wear}]"),
        ("swap", "[swap {the_obj} for {a_new}|swap {the_obj} with {a_new}|swap out {the_obj} for {a_new}]"),
        ("replace", "[replace {the_obj} with {a_new}|replace {poss} {wear} with {a_wear}]"),
        ("paint", "paint {the_obj} {color}"),
        ("recolor", "[color|recolor|colour|tint] {the_obj} {color}"),
        ("transform", "[transform {the_obj} into {a_new}|transform {who} into {thing}]"),
        ("convert", "convert {the_obj} into {a_new}"),
        ("should_be", "{the_obj} [should be|needs to be|must be] [{color}|{adj}]", "statement"),
        ("want_be", "i want {the_obj} to be [{color}|{adj}]", "statement"),
        ("style", "[make it look like {style}|render it as {style}|make it {style_adj}|turn it into {style}]"),
        ("artist", "[in the style of {artist}|like a painting by {artist}]", "terse"),
        ("time", "make it {time}"),
        ("give_look", "give {the_obj} {look}"),
        ("give_hair", "give {who} {hair} hair"),
        ("hair", "make {poss} hair {hair}"),
        ("dye", "dye {poss} hair {hair}"),
        ("material", "[make {the_obj} out of {material}|{the_obj} made of {material}]"),
        ("switch", "switch {the_obj} [to|for] {a_new}"),
        ("exchange", "exchange {the_obj} for {a_new}"),
        (
            "substitute",
            "[substitute {a_new} for {the_obj}|put {a_new} in place of {the_obj}|trade {the_obj} for {a_new}]",
        ),
        ("become", "[make|let|have] {the_obj} become {a_new}"),
        ("mood", "make {who} {mood}"),
        ("season_to", "change the [season|time of day|weather|lighting] to {time}"),
        ("instead", "{a_new} instead of {the_obj}", "terse"),
        ("but", "[{the_obj} but {color}|the same {area} but {style_adj}]", "terse"),
        ("redo", "[redo|redraw|repaint] {the_obj} in {color}"),
    ),
)

TEMPLATES: tuple[Template, ...] = REMOVE_TEMPLATES + ADD_TEMPLATES + CHANGE_TEMPLATES

HELD_OUT_TEMPLATES = frozenset(
    {
        "remove.vanish",
        "remove.eliminate",
        "remove.dont_want",
        "remove.wipe",
        "add.insert",
        "add.hang",
        "add.needs",
        "add.fill",
        "change.convert",
        "change.want_be",
        "change.dye",
        "change.exchange",
    }
)
