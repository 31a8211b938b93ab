"""Page logic of streamlit_app.py under Streamlit's AppTest: upload, edit, revert, sessions, share
view, import and errors, on tiny models and a fresh SQLite database per test."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest
from ui_apptest import TIMEOUT, settle, submit

from storage import Store
from zone_tools import ZoneEditor

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"


def open_app(**query: str) -> AppTest:
    """The app, run once, with `query` as its URL parameters."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(query)
    return at.run()


def send(at: AppTest, text: str, photo: bytes | None = None, name: str = "coffee.png") -> AppTest:
    """Type `text` (with `photo` attached) into the chat, submit it and wait for the turn to end."""
    return settle(submit(at, text, photo, name))


def markdown_text(at: AppTest) -> str:
    return "\n".join(element.value for element in at.markdown)


def captions(at: AppTest) -> list[str]:
    return [caption for image in at.image for caption in image.captions]


def assert_clean(at: AppTest) -> None:
    """No exception and no error box on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def seeded_session(db_url: str) -> tuple[str, list[int]]:
    """A session with an upload and one edit, written straight to the store (no model run)."""
    store = Store(db_url)
    session_id = store.create_session("Coffee")
    photo = Image.new("RGB", (64, 48), (120, 80, 40))
    root = store.add_round(session_id, photo)
    store.add_message(session_id, "user", "", round_id=root)
    mask = np.zeros((48, 64), dtype=np.uint8)
    mask[10:30, 20:40] = 255
    masks = {name: Image.fromarray(mask, mode="L") for name in ("rough", "refined", "final")}
    layer = Image.new("RGBA", (64, 48), (0, 0, 0, 0))
    edited = store.add_round(
        session_id,
        Image.new("RGB", (64, 48), (10, 200, 10)),
        parent_id=root,
        instruction="make it green",
        layer=layer,
        masks=masks,
        meta={"action": "change", "seed": 3, "params": {"steps": 2}, "timings": {}},
    )
    store.add_message(session_id, "user", "make it green")
    store.add_message(session_id, "assistant", "Round 1: made it green.", round_id=edited)
    store.close()
    return session_id, [root, edited]


def test_first_page_greets_and_shows_the_tiny_banner(app_env: str) -> None:
    at = open_app()
    assert_clean(at)
    assert any("noise" in warning.value for warning in at.warning)
    assert "Attach a photo" in markdown_text(at)
    assert not at.chat_input(key="prompt").disabled


def test_upload_and_edit_show_the_result_views_and_history(app_env: str, coffee_png: bytes) -> None:
    at = send(open_app(), "remove the cup", coffee_png)
    assert_clean(at)
    store = Store(app_env)
    [session] = store.sessions()
    rounds = store.rounds(session.id)
    assert [(r.index, r.instruction) for r in rounds] == [(0, None), (1, "remove the cup")]
    messages = store.messages(session.id)
    assert [(m.role, m.round_id) for m in messages] == [("user", rounds[0].id), ("assistant", rounds[1].id)]
    assert at.query_params["session"] == session.id
    shown = captions(at)
    assert "Round 0: your photo" in shown and "Round 1: remove the cup" in shown
    assert {"Before", "After", "Rough M_b", "Refined M_f", "Final M*_f"} <= set(shown)
    assert {"Result", "Before / after", "Layer", "Masks", "Attention", "Details"} <= {t.label for t in at.tabs}
    assert at.slider(key="wipe-1").value == 50
    assert at.button(key=f"continue-{rounds[0].id}")
    assert not [b for b in at.button if b.key == f"continue-{rounds[1].id}"]
    assert any("Models (tiny) loaded in" in caption.value for caption in at.caption)


def test_continue_from_here_and_chat_revert_move_the_current_round(app_env: str, coffee_png: bytes) -> None:
    at = send(open_app(), "remove the cup", coffee_png)
    store = Store(app_env)
    session_id = store.sessions()[0].id
    root, edited = store.rounds(session_id)
    at.button(key=f"continue-{root.id}").click().run()
    assert_clean(at)
    assert store.current_round(session_id).id == root.id
    assert at.button(key=f"continue-{edited.id}")
    at = send(at, "go to round 1")
    assert_clean(at)
    assert store.current_round(session_id).id == edited.id
    assert store.messages(session_id)[-1].round_id == edited.id


def test_settings_are_forwarded_to_the_edit(app_env: str, coffee_png: bytes) -> None:
    at = open_app()
    at.number_input(key="steps").set_value(3)
    at.number_input(key="seed").set_value(1234)
    at.selectbox(key="action").set_value("add")
    at.radio(key="where").set_value("Rectangle")
    at = send(at.run(), "put a hat on the cup", coffee_png)
    assert_clean(at)
    store = Store(app_env)
    edited = store.rounds(store.sessions()[0].id)[-1]
    assert (edited.action, edited.seed, edited.params["steps"]) == ("add", 1234, 3)
    final = np.asarray(edited.masks["final"]) > 0
    height, width = final.shape
    assert final.any()
    assert not final[: height // 5].any() and not final[:, : width // 5].any()


def test_bad_upload_is_answered_in_plain_words(app_env: str) -> None:
    at = send(open_app(), "remove the cup", b"this is not a picture", name="broken.png")
    assert not at.exception
    [error] = at.error
    assert "can't use that file" in error.value and "Traceback" not in error.value
    assert not at.chat_input(key="prompt").disabled
    assert Store(app_env).sessions() == []


def test_missing_models_name_the_download_command(
    app_env: str, coffee_png: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONE_MODELS", str(tmp_path / "no-models-here"))
    at = send(open_app(), "remove the cup", coffee_png)
    assert not at.exception
    [error] = at.error
    assert "zone models download" in error.value
    assert not at.chat_input(key="prompt").disabled


def test_out_of_memory_gets_a_hint(app_env: str, coffee_png: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    class OutOfMemoryError(RuntimeError):
        """Stands in for torch.cuda.OutOfMemoryError."""

    def fail(self: ZoneEditor, everything: bool = True) -> float:
        raise OutOfMemoryError("CUDA out of memory. Tried to allocate 4.00 GiB")

    monkeypatch.setattr(ZoneEditor, "load", fail)
    at = send(open_app(), "remove the cup", coffee_png)
    assert not at.exception
    [error] = at.error
    assert "ran out of memory" in error.value and "fewer steps" in error.value


def test_a_session_reopens_with_its_transcript_and_can_be_renamed(app_env: str) -> None:
    session_id, _ = seeded_session(app_env)
    at = open_app()
    at.button(key=f"open-{session_id}").click().run()
    assert_clean(at)
    assert at.title[0].value == "Coffee"
    assert "Round 1: make it green" in captions(at)
    assert "Round 1: made it green." in markdown_text(at)
    at.text_input(key=f"title-{session_id}").set_value("Green coffee")
    at.button(key="rename_go").click().run()
    assert Store(app_env).session(session_id).title == "Green coffee"
    at2 = open_app(session=session_id)
    assert at2.title[0].value == "Green coffee"


def test_share_view_is_read_only(app_env: str) -> None:
    session_id, _ = seeded_session(app_env)
    token = Store(app_env).share(session_id).token
    at = open_app(share=token)
    assert_clean(at)
    assert "Read-only" in at.info[0].value
    assert not at.chat_input
    assert not at.button
    assert {"Round 0: your photo", "Round 1: make it green"} <= set(captions(at))
    assert "**Round 1** :blue-badge[current]" in markdown_text(at)
    assert len(at.get("download_button")) >= 4


def test_unknown_share_token_says_so(app_env: str) -> None:
    at = open_app(share="not-a-token")
    assert not at.exception
    assert "does not open a session" in at.error[0].value
    assert not at.chat_input


def test_share_button_gives_a_link(app_env: str) -> None:
    session_id, _ = seeded_session(app_env)
    at = open_app(session=session_id)
    at.button(key="share").click().run()
    assert_clean(at)
    [link] = [code.value for code in at.code]
    token = link.rsplit("?share=", 1)[1]
    assert Store(app_env).open_shared(token).title == "Coffee"


def test_import_a_bundle_into_a_new_session(app_env: str, tmp_path: Path) -> None:
    session_id, _ = seeded_session(app_env)
    bundle = tmp_path / "coffee.zip"
    Store(app_env).export_bundle(session_id, bundle)
    at = open_app()
    at.file_uploader(key="import").set_value(("coffee.zip", bundle.read_bytes(), "application/zip")).run()
    at.button(key="import_go").click().run()
    assert_clean(at)
    sessions = Store(app_env).sessions()
    assert len(sessions) == 2
    imported = next(s for s in sessions if s.id != session_id)
    assert at.query_params["session"] == imported.id
    assert "Round 1: make it green" in captions(at)


def test_a_bad_bundle_is_refused_in_plain_words(app_env: str) -> None:
    at = open_app()
    at.file_uploader(key="import").set_value(("bad.zip", b"PK not really a zip", "application/zip")).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    assert "could not be imported" in at.error[0].value
    assert Store(app_env).sessions() == []


def test_an_unreadable_mask_is_refused_in_the_settings(app_env: str) -> None:
    at = open_app()
    at.radio(key="where").set_value("Mask image").run()
    at.file_uploader(key="mask_upload").set_value(("mask.png", b"not a png", "image/png")).run()
    assert not at.exception
    assert "not a picture I can read" in at.error[0].value


def test_photo_preview_draws_the_rectangle(app_env: str) -> None:
    session_id, _ = seeded_session(app_env)
    at = open_app(session=session_id)
    at.radio(key="where").set_value("Rectangle").run()
    assert_clean(at)
    assert "The edit stays inside the box" in captions(at)


def test_an_uploaded_png_round_trips_at_full_size(app_env: str, coffee_png: bytes) -> None:
    at = send(open_app(), "", coffee_png)
    assert_clean(at)
    store = Store(app_env)
    [root] = store.rounds(store.sessions()[0].id)
    assert root.image.size == Image.open(io.BytesIO(coffee_png)).size
