"""The page: a shared session read-only, the sign-in page, or the editor with its side panel."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

import streamlit as st

from app.access import Person, account_panel, current_person, sign_in_page
from app.chat import chat_panel, follow_job, start_job
from app.choices import EditChoices, settings_panel
from app.engine import Engine, RunningJobs, get_engine, get_store, running_jobs, work_log
from app.history import history_panel
from app.jobs import EditJob
from app.sessions import current_session, sessions_panel
from app.share import share_panel, shared_view
from app.sources import LiveSession
from app.transcript import png, round_pictures
from assistant import presentation as view
from settings import current
from storage import Store
from zone_tools import ZoneConfig

LOG = logging.getLogger("zone.app")


def continue_from(engine: Engine, session: LiveSession, round_id: Any) -> None:
    """Make `round_id` the session's current round ("Continue from here") and show it."""
    engine.assistant(session.owner).checkout(session.id, round_id)
    st.rerun()


def sidebar(
    engine: Engine, store: Store, person: Person, session: LiveSession | None, db_key: str, models: str
) -> EditChoices:
    """History, settings, sessions and share, as tabs of the side panel; returns the settings."""

    if person.signed_in:
        account_panel(person)
    history_tab, settings_tab, sessions_tab, share_tab = st.tabs(["History", "Settings", "Sessions", "Share"])
    with history_tab:
        if session is not None:
            history_panel(session, db_key, partial(continue_from, engine, session))
        if engine.load_seconds is not None:
            st.caption(f"Models ({models}) loaded in {engine.load_seconds:.1f} s; they run on {engine.editor.runs_on}.")
    with settings_tab:
        current = session.current_round() if session else None
        preview = None
        if session is not None and current is not None:
            preview = png(round_pictures(session, db_key, current.id)["image"])
        choices = settings_panel(preview, models == "tiny")
    with sessions_tab:
        sessions_panel(store, person, session.id if session else None)
    with share_tab:
        share_panel(store, session)
    return choices


def shown_round(session: LiveSession | None, current: Any) -> int | None:
    """The current round this tab showed before this run (a turn sent now was written against it);
    remembers the one shown now for the next run."""
    session_id = session.id if session else None
    now = current.id if current is not None else None
    before = st.session_state.get("shown_round")
    st.session_state.shown_round = (session_id, now)
    return before[1] if before is not None and before[0] == session_id else now


def editor(store: Store, db_key: str, person: Person) -> None:
    """The chat editor over this person's sessions."""
    config = ZoneConfig.from_env()
    engine = get_engine(db_key, config.models, config.device or "auto")
    jobs: RunningJobs[EditJob] = running_jobs(db_key)
    log = work_log(db_key)
    if config.models == "tiny":
        st.warning("Tiny test models (ZONE_MODELS=tiny): everything runs offline, but edits are noise.")
    session = current_session(store, person)
    st.title((session.title if session else None) or "ZONE chat editor")
    if not person.signed_in:
        st.caption("A single-person app on this machine: your sessions, your photos, nobody else's.")
    current = session.current_round() if session else None
    shown = shown_round(session, current)
    with st.sidebar:
        choices = sidebar(engine, store, person, session, db_key, config.models)
    job = jobs.get(session.id if session else None)
    busy = job is not None and not job.done.is_set()
    prompt = chat_panel(session, db_key, log, busy)
    if prompt and not busy:
        start_job(engine, store, jobs, log, person, session, shown, prompt, choices)
        st.rerun()
    if job is not None:
        follow_job(job, jobs)


def page() -> None:
    """A shared session read-only (no sign-in needed), else the editor for the person signed in."""
    db_key = current().db_url or ""
    store = get_store(db_key)
    token = st.query_params.get("share")
    if token:
        shared_view(store, db_key, token)
        return
    person = current_person()
    if person is None:
        sign_in_page()
        return
    editor(store, db_key, person)


def main() -> None:
    """The whole page; an error that escapes it is said in plain words (the log has the traceback)."""
    st.set_page_config(page_title="ZONE chat editor", page_icon="🖌️", layout="centered")
    try:
        page()
    except Exception as error:
        LOG.exception("the page failed")
        st.error(view.plain_error(error))
