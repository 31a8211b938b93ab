"""The access model under AppTest: who may open what, share links from the owner's side and the
visitor's, what each reply did, and two pages on one session (a moved session, a running turn)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from ui_apptest import TIMEOUT, settle, submit

from assistant import Assistant
from storage import LOCAL_OWNER, NotFoundError, Store

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
AUTH = {
    "auth": {
        "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
        "cookie_secret": "x" * 32,
        "client_id": "zone",
        "client_secret": "zone",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    }
}
ISSUER = "http://127.0.0.1:9"


def app(user: dict[str, Any] | None = None, secrets: dict[str, Any] | None = None, **query: str) -> AppTest:
    """The app, not run yet, for `user` (st.user) with `secrets` and `query` as URL parameters."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(query)
    if secrets:
        at.secrets.update(secrets)
    if user is not None:
        at.user = user
    return at


def person(subject: str) -> dict[str, Any]:
    return {
        "is_logged_in": True,
        "iss": ISSUER,
        "sub": subject,
        "email": f"{subject}@example.org",
        "name": subject.title(),
    }


def texts(at: AppTest) -> str:
    """Every word on the page, as one string."""
    parts = [
        e.value
        for kind in ("markdown", "caption", "title", "warning", "error", "info", "code", "text")
        for e in at.get(kind)
    ]
    return "\n".join(str(part) for part in parts)


def photo_session(db_url: str, owner: str = LOCAL_OWNER, title: str = "Coffee") -> tuple[str, int]:
    """A session of `owner` holding one uploaded photo; returns its id and the round's id."""
    from PIL import Image

    with Store(db_url) as store:
        session_id = store.create_session(title, owner=owner)
        root = store.add_round(session_id, Image.new("RGB", (64, 48), (120, 80, 40)))
        store.add_message(session_id, "user", "", round_id=root)
        return session_id, root


@pytest.fixture
def listening_everywhere() -> Iterator[None]:
    """The server as if started with `--server.address 0.0.0.0`."""
    before = st.get_option("server.address")
    st.config.set_option("server.address", "0.0.0.0")
    try:
        yield
    finally:
        st.config.set_option("server.address", before)


def test_on_this_machine_it_says_it_is_for_one_person(app_env: str) -> None:
    at = app().run()
    assert not at.exception
    assert "single-person app on this machine" in texts(at)
    assert not at.chat_input(key="prompt").disabled


def test_someone_elses_session_id_opens_nothing_and_says_what_a_missing_one_says(app_env: str) -> None:
    theirs, _ = photo_session(app_env, owner=f"{ISSUER}#mallory", title="Not yours")
    at = app(session=theirs).run()
    assert not at.exception
    assert "There is no such session" in texts(at)
    assert "Not yours" not in texts(at) and not at.image
    assert "session" not in at.query_params
    missing = app(session="0" * 32).run()
    assert [w.value for w in missing.warning if "no such session" in w.value] == [
        w.value for w in at.warning if "no such session" in w.value
    ]


def test_listening_beyond_this_machine_without_a_provider_shows_no_editor(
    app_env: str, listening_everywhere: None
) -> None:
    mine, _ = photo_session(app_env)
    at = app(session=mine).run()
    assert not at.exception
    assert "needs sign-in" in at.error[0].value
    assert not at.chat_input and not at.image and not at.tabs


def test_with_a_provider_the_editor_asks_for_sign_in_first(app_env: str) -> None:
    mine, _ = photo_session(app_env)
    at = app(user={"is_logged_in": False}, secrets=AUTH, session=mine).run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.chat_input and not at.image and "Coffee" not in texts(at)


def test_signed_in_people_see_only_their_own_sessions(app_env: str) -> None:
    alices, _ = photo_session(app_env, owner=f"{ISSUER}#alice", title="Alice's cup")
    bobs, _ = photo_session(app_env, owner=f"{ISSUER}#bob", title="Bob's cup")
    local, _ = photo_session(app_env, title="On this machine")
    at = app(user=person("alice"), secrets=AUTH).run()
    assert not at.exception
    assert "Signed in as Alice." in texts(at)
    keys = {b.key for b in at.button}
    assert f"open-{alices}" in keys and f"open-{bobs}" not in keys and f"open-{local}" not in keys
    at = app(user=person("alice"), secrets=AUTH, session=bobs).run()
    assert "There is no such session" in texts(at) and "Bob's cup" not in texts(at)
    at = app(user=person("alice"), secrets=AUTH, session=alices).run()
    assert at.title[0].value == "Alice's cup"


def test_a_signed_in_persons_new_session_is_theirs(app_env: str, coffee_png: bytes) -> None:
    at = settle(submit(app(user=person("carol"), secrets=AUTH).run(), "", coffee_png))
    assert not at.exception
    store = Store(app_env)
    [session] = store.sessions(owner=f"{ISSUER}#carol")
    assert store.sessions() == [] and at.query_params["session"] == session.id
    assert session.round_count == 1


def test_the_share_tab_makes_lists_and_revokes_links(app_env: str) -> None:
    session_id, _ = photo_session(app_env)
    at = app(session=session_id).run()
    at.button(key="share").click().run()
    assert not at.exception
    assert "Share link #" in at.success[0].value
    [link] = [code.value for code in at.code]
    token = link.rsplit("?share=", 1)[1]
    store = Store(app_env)
    assert store.open_shared(token).title == "Coffee"
    [made] = store.share_links(session_id)
    at = app(session=session_id).run()
    assert [code.value for code in at.code] == [link]
    at.button(key=f"revoke-{made.id}").click().run()
    assert not at.exception
    assert not at.code and "1 revoked link open nothing" in texts(at)
    with pytest.raises(NotFoundError):
        store.open_shared(token)


def test_a_shared_page_shows_no_session_id_and_nothing_that_changes_it(app_env: str) -> None:
    session_id, _ = photo_session(app_env)
    token = Store(app_env).share(session_id).token
    at = app(share=token).run()
    assert not at.exception
    assert session_id not in texts(at)
    assert not at.chat_input and not at.button and not at.tabs and not at.text_input and not at.file_uploader
    assert len(at.get("download_button")) == 3


def test_a_revoked_link_stops_an_open_shared_page_at_its_next_request(app_env: str) -> None:
    session_id, _ = photo_session(app_env)
    store = Store(app_env)
    token = store.share(session_id).token
    at = app(share=token).run()
    assert at.image
    store.revoke(token)
    at.run()
    assert not at.exception
    assert "does not open a session" in at.error[0].value
    assert not at.image and not at.get("download_button")


def test_under_each_reply_what_it_did(app_env: str, coffee_png: bytes) -> None:
    at = settle(submit(app().run(), "remove the cup", coffee_png))
    assert not at.exception
    [work] = [e for e in at.expander if e.label.startswith("What I did")]
    assert "edit_image" in "\n".join(m.value for m in work.markdown)
    assert "remove the cup" in "\n".join(c.value for c in work.code)


def test_an_edit_on_a_round_the_page_did_not_show_is_refused(app_env: str) -> None:
    """Item 19: page B shows round 1; page A goes back to round 0; B's edit would start from round 0."""
    from PIL import Image

    session_id, root = photo_session(app_env)
    with Store(app_env) as store:
        edited = store.add_round(
            session_id, Image.new("RGB", (64, 48), (0, 200, 0)), parent_id=root, instruction="make it green"
        )
    page_a, page_b = app(session=session_id).run(), app(session=session_id).run()
    page_a.button(key=f"continue-{root}").click().run()
    assert Store(app_env).current_round(session_id).id == root
    page_b = settle(submit(page_b, "make it blue"))
    assert not page_b.exception
    warning = "\n".join(w.value for w in page_b.warning)
    assert "The session moved on: round 0 is current now" in warning and "showed round 1" in warning
    assert [r.id for r in Store(app_env).rounds(session_id)] == [root, edited]


def test_a_reloaded_page_follows_the_running_turn(
    app_env: str, coffee_png: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 20: the turn runs on; a page opened meanwhile shows its progress and keeps the chat closed."""
    release = threading.Event()
    send_for_real = Assistant.send

    def held(self: Assistant, *args: Any, **kwargs: Any) -> Any:
        release.wait(TIMEOUT)
        return send_for_real(self, *args, **kwargs)

    monkeypatch.setattr(Assistant, "send", held)
    first = submit(app().run(), "", coffee_png)
    try:
        session_id = first.query_params["session"]
        assert first.get("progress") and first.chat_input(key="prompt").disabled
        reloaded = app(session=session_id).run()
        assert not reloaded.exception
        assert reloaded.get("progress") and reloaded.chat_input(key="prompt").disabled
    finally:
        release.set()
    reloaded = settle(reloaded)
    assert not reloaded.get("progress") and not reloaded.chat_input(key="prompt").disabled
    assert "Round 0: your photo" in [c for image in reloaded.image for c in image.captions]


def test_words_without_a_photo_start_no_session(app_env: str) -> None:
    """Item 5: a photo still uploading when the chat is sent reaches the page as words alone; the
    page used to make a session with no round ("There's no photo in this session yet")."""
    at = settle(submit(app().run(), "make the cup blue"))
    assert not at.exception
    assert "no photo, so I started nothing" in texts(at)
    assert Store(app_env).sessions() == []
    assert not at.chat_input(key="prompt").disabled


def test_a_reply_shows_its_tool_calls_results_and_compared_rounds(app_env: str) -> None:
    """Issue 10 item 6, as the assistant reports it: name, args, status, result, base round, compare."""
    from PIL import Image

    from app.engine import work_log

    session_id, root = photo_session(app_env)
    with Store(app_env) as store:
        edited = store.add_round(
            session_id, Image.new("RGB", (64, 48), (0, 200, 0)), parent_id=root, instruction="make it green"
        )
        store.add_message(session_id, "user", "compare round 0 and round 1")
        reply = store.add_message(session_id, "assistant", "Round 0 and round 1, side by side.")
    work_log(app_env).record(
        reply,
        {
            "tool_calls": [
                {
                    "name": "compare_rounds",
                    "args": {"first": 0, "second": 1},
                    "status": "success",
                    "result": "Round 0 and round 1.",
                    "base_round": None,
                },
                {
                    "name": "edit_image",
                    "args": {"instruction": "x"},
                    "status": "error",
                    "result": "No.",
                    "base_round": 1,
                },
                "not even a dict",
            ],
            "compare": (root, edited),
        },
    )
    at = app(session=session_id).run()
    assert not at.exception
    [work] = [e for e in at.expander if e.label.startswith("What I did")]
    assert work.label == "What I did (3 steps)"
    said = "\n".join(m.value for m in work.markdown) + "\n".join(c.value for c in work.caption)
    assert "compare_rounds" in said and "started from round 1 · error" in said
    assert "Round 0 and round 1." in [t.value for t in work.text]
    shown = [c for image in at.image for c in image.captions]
    assert shown.count("Round 0: your photo") >= 2 and shown.count("Round 1: make it green") >= 1


def test_a_link_made_in_the_chat_is_shown_to_its_owner_and_not_kept_in_the_transcript(app_env: str) -> None:
    session_id, _ = photo_session(app_env)
    at = settle(submit(app(session=session_id).run(), "share this session"))
    assert not at.exception
    [made] = Store(app_env).share_links(session_id)
    [said] = [s.value for s in at.success]
    assert said.startswith(f"Share link #{made.id}") and said.endswith(f"?share={made.token}")
    assert all(made.token not in m.content for m in Store(app_env).messages(session_id))
