"""Which session the page shows, and the sessions panel: start, reopen, rename, import (own sessions only)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from app.access import Person
from app.sources import LiveSession
from storage import Store, StoreError

MISSING = "There is no such session: the link is mistyped, or the session is not there any more."


def open_session(session_id: str | None) -> None:
    """Show another session (None: a new one, created with the first message), in this tab and its URL."""
    st.session_state.session_id = session_id
    if session_id is None:
        st.query_params.pop("session", None)
    else:
        st.query_params["session"] = session_id


def current_session(store: Store, person: Person) -> LiveSession | None:
    """The open session: this tab's choice, else the one named in the URL, else none yet.

    A session of someone else is as missing as one that never existed (the same sentence).
    """
    if "session_id" not in st.session_state:
        st.session_state.session_id = st.query_params.get("session")
    session_id = st.session_state.session_id
    if session_id is None:
        return None
    try:
        store.session(session_id, owner=person.owner)
    except StoreError:
        open_session(None)
        st.warning(MISSING)
        return None
    return LiveSession(store, session_id, person.owner)


def sessions_panel(store: Store, person: Person, session_id: str | None) -> None:
    """Start a session, reopen one of this person's, rename the open one, import a bundle."""
    st.subheader("Sessions")
    if st.button("New session", icon=":material/add:", width="stretch", disabled=session_id is None):
        open_session(None)
        st.rerun()
    if session_id is not None:
        with st.form("rename", border=False):
            title = st.text_input(
                "Title of this session",
                value=store.session(session_id, owner=person.owner).title or "",
                key=f"title-{session_id}",
            )
            if st.form_submit_button("Rename", key="rename_go") and title.strip():
                store.rename_session(session_id, title.strip())
                st.rerun()
    with st.container(height=260):
        for info in store.sessions(owner=person.owner):
            when = info.created.astimezone()
            label = f"{info.title or 'Untitled'} · {when:%d %b %H:%M} · {info.round_count} rounds"
            if st.button(
                label, key=f"open-{info.id}", width="stretch", type="primary" if info.id == session_id else "secondary"
            ):
                open_session(info.id)
                st.rerun()
    bundle = st.file_uploader("Import a bundle (.zip)", type=["zip"], key="import")
    if bundle is not None and st.button("Import as a new session", key="import_go"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bundle.zip"
            path.write_bytes(bundle.getvalue())
            try:
                imported = store.import_bundle(path, owner=person.owner)
            except StoreError as error:
                st.error(f"That bundle could not be imported: {error}")
                return
        open_session(imported)
        st.rerun()
