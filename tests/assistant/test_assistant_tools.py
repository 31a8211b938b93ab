"""Every tool of the assistant, called directly on a real store (edits on the tiny editor)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from assistant.errors import RoundReferenceError, ShareLinkError
from assistant.tools import EditSettings, SessionTools, build_tools
from storage import NotFoundError, Store
from zone_tools import ZoneEditor


def recoloured(photo: Image.Image, box: tuple[int, int, int, int], colour: tuple[int, int, int]) -> Image.Image:
    pixels = np.array(photo)
    x0, y0, x1, y1 = box
    pixels[y0:y1, x0:x1] = colour
    return Image.fromarray(pixels)


def mask_of(photo: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    pixels = np.zeros((photo.height, photo.width), dtype=np.uint8)
    x0, y0, x1, y1 = box
    pixels[y0:y1, x0:x1] = 255
    return Image.fromarray(pixels)


@pytest.fixture
def made(store: Store, photo: Image.Image) -> tuple[str, list[int]]:
    """A session built without the editor: 0 upload, 1 "make the cup blue" (a 20x20 box), 2 "add a
    hat" from 1, 3 "make the plate green" from 0 (current)."""
    sid = store.create_session("table")
    r0 = store.add_round(sid, photo)
    cup = (15, 15, 35, 35)
    blue = recoloured(photo, cup, (30, 30, 200))
    r1 = store.add_round(
        sid,
        blue,
        parent_id=r0,
        instruction="make the cup blue",
        masks={"final": mask_of(photo, cup)},
        meta={"action": "change", "seed": 1},
    )
    r2 = store.add_round(
        sid,
        recoloured(blue, (0, 0, 10, 10), (0, 0, 0)),
        parent_id=r1,
        instruction="add a hat",
        masks={"final": mask_of(photo, (0, 0, 10, 10))},
        meta={"action": "add", "seed": 2},
    )
    r3 = store.add_round(
        sid,
        recoloured(photo, (55, 40, 88, 64), (30, 200, 30)),
        parent_id=r0,
        instruction="make the plate green",
        masks={"final": mask_of(photo, (55, 40, 88, 64))},
        meta={"action": "change", "seed": 3},
    )
    return sid, [r0, r1, r2, r3]


def tools_of(store: Store, editor: ZoneEditor, sid: str, tmp_path: Path | None = None, **settings) -> SessionTools:
    return SessionTools(store, editor, sid, EditSettings(**settings), tmp_path)


def test_revert_show_and_list(store: Store, editor: ZoneEditor, made) -> None:
    sid, ids = made
    tools = tools_of(store, editor, sid)
    assert (
        tools.revert("before the hat").text
        == 'Now at round 1: "make the cup blue" (change). New edits continue from here.'
    )
    assert store.current_round(sid).id == ids[1]
    assert tools.show_round(2).text == 'Round 2: "add a hat" (add), edited from round 1; the current round is 1.'
    listing = tools.list_rounds().text
    assert (
        listing.startswith("4 round(s); the current one is round 1:")
        and 'round 1: "make the cup blue" (change)  <- current' in listing
    )


@pytest.mark.parametrize(
    ("reference", "words"),
    [
        (-1, "There is no round -1: rounds are numbered 0 to 3"),
        ("-1", "There is no round -1:"),
        (2**70, "There is no round that high: rounds are numbered 0 to 3"),
        ("1e308", "There is no round 1e308:"),
        ("2**70", "There is no round 2**70:"),
        ("round 1.5", "There is no round round 1.5:"),
        (4, "There is no round 4; this session has rounds 0 to 3."),
        ("the giraffe", "No earlier edit mentions 'giraffe'"),
        (True, "not by yes or no"),
    ],
)
def test_impossible_round_references_are_one_sentence(store: Store, editor: ZoneEditor, made, reference, words) -> None:
    sid, _ = made
    tools = tools_of(store, editor, sid)
    for method in (tools.revert, tools.show_round):
        with pytest.raises(RoundReferenceError) as caught:
            method(reference)
        assert words in str(caught.value) and "\n" not in str(caught.value)
    assert store.current_round(sid).index == 3


def test_impossible_references_through_the_langchain_tools_are_error_observations(
    store: Store, editor: ZoneEditor, made
) -> None:
    sid, _ = made
    tools = {tool.name: tool for tool in build_tools(store, editor, sid)}
    for value in (1e308, float("inf"), -1, 2**70, [1], "1e308"):
        for name, args in (("revert", {"round": value}), ("compare_rounds", {"first": value, "second": 0})):
            words = tools[name].invoke(args)
            assert isinstance(words, str) and "round" in words and "Traceback" not in words
    assert store.current_round(sid).index == 3


def test_compare_names_both_rounds_and_what_differs(store: Store, editor: ZoneEditor, made) -> None:
    sid, ids = made
    tools = tools_of(store, editor, sid)
    outcome = tools.compare_rounds(1, "the plate")
    assert outcome.compare == (ids[1], ids[3]) and outcome.round_id is None
    assert outcome.text.startswith(
        'Round 1 ("make the cup blue" (change)) and round 3 ("make the plate green" (change)):'
    )
    share = (20 * 20 + 33 * 24) / (96 * 72)
    assert "both were made from round 0 on different branches;" in outcome.text
    assert f"{100 * share:.1f}% of the photo differs between them." in outcome.text
    lineage = tools.compare_rounds("original", 2).text
    assert 'round 2 was made from round 0 by "make the cup blue", then "add a hat";' in lineage
    with pytest.raises(RoundReferenceError, match="round 3 twice"):
        tools.compare_rounds(3, "current")
    assert store.current_round(sid).index == 3


def test_status_says_where_the_session_stands(store: Store, editor: ZoneEditor, made) -> None:
    sid, ids = made
    tools = tools_of(store, editor, sid)
    status = tools.session_status()
    assert status.round_id == ids[3]
    share = 33 * 24 / (96 * 72)
    assert status.text == (
        'You are on round 3 ("make the plate green" (change)); the session has 4 round(s). '
        f'The last edit was "make the plate green" (change) from round 0 and changed {100 * share:.1f}% of the photo.'
    )
    tools.revert(0)
    assert tools.session_status().text.endswith(
        'This round has no edit on it; round(s) 1, 3 were made from it (say "go back to round N").'
    )


def test_share_names_the_link_by_number_and_revoke_stops_it(store: Store, editor: ZoneEditor, made) -> None:
    sid, _ = made
    tools = tools_of(store, editor, sid)
    first, second = tools.share_session(), tools.share_session()
    for outcome in (first, second):
        assert outcome.share_link is not None and outcome.share_link.token not in outcome.text
        assert store.open_shared(outcome.share_link.token) is not None
    assert f"share link #{second.share_link.id}" in second.text
    assert tools.revoke_share().text == f"Revoked share link #{second.share_link.id}: it no longer opens this session."
    with pytest.raises(NotFoundError):
        store.open_shared(second.share_link.token)
    assert store.open_shared(first.share_link.token) is not None
    with pytest.raises(ShareLinkError, match=f"no live share link #{second.share_link.id}"):
        tools.revoke_share(second.share_link.id)
    tools.revoke_share(first.share_link.id)
    assert not [link for link in store.share_links(sid) if link.live]
    with pytest.raises(ShareLinkError, match="no live share link to revoke"):
        tools.revoke_share()


def test_revoke_without_links_is_one_sentence(store: Store, editor: ZoneEditor, made) -> None:
    sid, _ = made
    with pytest.raises(ShareLinkError, match="no live share link to revoke"):
        tools_of(store, editor, sid).revoke_share()


def test_export_writes_a_bundle_or_a_page_the_app_can_offer(
    store: Store, editor: ZoneEditor, made, tmp_path: Path
) -> None:
    sid, _ = made
    tools = tools_of(store, editor, sid, tmp_path / "exports")
    bundle = tools.export_session()
    (path,) = bundle.exports
    assert path.parent == tmp_path / "exports" and path.suffix == ".zip" and path.name in bundle.text
    assert zipfile.is_zipfile(path) and sid not in path.name
    imported = store.import_bundle(path)
    assert [r.instruction for r in store.rounds(imported)] == [r.instruction for r in store.rounds(sid)]
    page = tools.export_session("html")
    assert page.exports[0].suffix == ".html" and "<html" in page.exports[0].read_text().lower()
    elsewhere = tools_of(store, editor, sid).export_session()
    assert elsewhere.exports[0].is_file() and elsewhere.exports[0].parent != tmp_path / "exports"


def test_edit_image_takes_a_seed_and_text_guidance(
    store: Store, editor: ZoneEditor, photo: Image.Image, fast: dict
) -> None:
    sid = store.create_session()
    store.add_round(sid, photo)
    tools = tools_of(store, editor, sid, params=fast)
    outcome = tools.edit_image("make the cup blue", seed=1234, text_guidance=9.0)
    edited = store.round(outcome.round_id)
    assert edited.seed == 1234 and edited.params["text_guidance"] == 9.0 and outcome.base_round == 0
    assert edited.params["steps"] == 1


def test_retry_and_correction_make_siblings(store: Store, editor: ZoneEditor, photo: Image.Image, fast: dict) -> None:
    sid = store.create_session()
    r0 = store.add_round(sid, photo)
    tools = tools_of(store, editor, sid, params=fast)
    first = store.round(tools.edit_image("make the cup blue", action="change").round_id)
    assert first.params["text_guidance"] == 7.5

    again = tools.retry_edit()
    retried = store.round(again.round_id)
    assert retried.parent_id == r0 and retried.index == 2 and again.base_round == 0
    assert retried.instruction == "make the cup blue" and retried.seed != first.seed and retried.action == "change"
    assert retried.params["text_guidance"] == 7.5
    assert again.text.startswith(f"Made round 1 again beside it, from round 0: new seed {retried.seed}.")

    stronger = tools.retry_edit(strength="stronger")
    strong = store.round(stronger.round_id)
    assert strong.parent_id == r0 and strong.params["text_guidance"] == 10.0 and strong.seed != retried.seed
    assert "text guidance 7.5 -> 10" in stronger.text

    corrected = tools.retry_edit(instruction="make the saucer blue")
    fixed = store.round(corrected.round_id)
    assert fixed.parent_id == r0 and fixed.instruction == "make the saucer blue"
    assert fixed.params["text_guidance"] == 10.0, "a correction keeps the strength it corrects"
    assert 'instruction "make the cup blue" -> "make the saucer blue"' in corrected.text

    weaker = store.round(tools.retry_edit(strength="weaker", round=1).round_id)
    assert weaker.parent_id == r0 and weaker.params["text_guidance"] == 5.0
    assert [r.parent_id for r in store.rounds(sid)] == [None, r0, r0, r0, r0, r0]


def test_retry_after_undo_and_on_an_upload(store: Store, editor: ZoneEditor, made) -> None:
    sid, ids = made
    tools = tools_of(store, editor, sid)
    tools.revert(2)
    with pytest.raises(RoundReferenceError, match="Round 0 is the uploaded photo, not an edit"):
        tools.retry_edit(round="original")
    empty = store.create_session()
    store.add_round(empty, store.round(ids[0]).image)
    with pytest.raises(RoundReferenceError, match="no edit to try again yet"):
        tools_of(store, editor, empty).retry_edit()
    assert [r.index for r in store.rounds(sid)] == [0, 1, 2, 3]
