"""Share links: the owner's Share tab (make, see, revoke) and the read-only page a link opens."""

from __future__ import annotations

import streamlit as st

from app.exports import export_buttons, file_stem
from app.history import history_panel
from app.sources import LiveSession
from app.transcript import render_transcript
from storage import Store, StoreError

DEAD_LINK = "This share link does not open a session: it was mistyped or has been revoked."


def share_url(token: str) -> str:
    """The address of the read-only page `token` opens, on the host this page was opened on."""
    base = (st.context.url or "").split("?", 1)[0].rstrip("/")
    return f"{base}/?share={token}"


def share_panel(store: Store, session: LiveSession | None) -> None:
    """Make a read-only link to the session, see the live ones, revoke any; and the session's exports."""
    st.subheader("Share")
    if session is None:
        st.caption("Share and export become available once the session has a photo.")
        return
    if st.button("Share", key="share", icon=":material/share:", help="A new link to a read-only view of it"):
        made = store.share(session.id)
        st.success(f"Share link #{made.id} made: anyone with it can see this session, read-only, until you revoke it.")
    links = store.share_links(session.id)
    for link in (link for link in links if link.revoked is None):
        with st.container(border=True, key=f"link-{link.id}"):
            st.caption(f"Link #{link.id}, made {link.created.astimezone():%d %b %H:%M}")
            st.code(share_url(link.token), language=None, wrap_lines=True)
            if st.button("Revoke", key=f"revoke-{link.id}", icon=":material/link_off:"):
                store.revoke(link.id, session_id=session.id)
                st.rerun()
    if revoked := sum(link.revoked is not None for link in links):
        st.caption(f"{revoked} revoked link{'s' if revoked != 1 else ''} open nothing any more.")
    st.subheader("Export")
    export_buttons(
        {
            "bundle": lambda path: store.export_bundle(session.id, path),
            "html": lambda path: store.export_html(session.id, path),
        },
        file_stem(session.title),
    )


def shared_view(store: Store, db_key: str, token: str) -> None:
    """The session behind `token`, read-only: transcript, history and downloads, nothing that changes it.

    The token is checked again by every read of this run and by every download when it is clicked,
    so a revoked link shows nothing from the next request on.
    """
    try:
        shared = store.open_shared(token)
        title = shared.title
    except StoreError:
        st.error(DEAD_LINK)
        return
    st.title(title or "Shared session")
    st.info("Read-only view of a shared session.")
    render_transcript(shared, db_key, log=None)
    with st.sidebar:
        history_panel(shared, db_key, on_continue=None)
        st.subheader("Download")
        export_buttons({"bundle": shared.export_bundle, "html": shared.export_html}, file_stem(title))
