"""The chat: the transcript, what went wrong since, the chat input, and the turn it starts and follows."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app.access import Person
from app.choices import PHOTO_TYPES, EditChoices
from app.engine import Engine, RunningJobs, WorkLog
from app.jobs import EditJob
from app.sessions import open_session
from app.share import share_url
from app.sources import LiveSession
from app.transcript import DISPLAY_SIDE, render_transcript
from assistant import presentation as view
from storage import Store
from zone_tools import ZoneError
from zone_tools.imageio import load_image

PROGRESS_EVERY = 0.5  # seconds between two looks at a running turn
NO_PHOTO = (
    "I got your words but no photo, so I started nothing. If you attached one, it had not finished "
    "uploading when you sent: attach it again, wait until it shows in the box, then send."
)
BUSY = "An edit of this session is still running: wait for it to end."


def notices() -> list[tuple[str | None, str, str]]:
    """What was said to this tab outside the stored transcript: (session, kind, words), the kind being
    "error", "warning" or "success" (a share link made in the chat: the transcript keeps only its number)."""
    return st.session_state.setdefault("notices", [])


def say(session_id: str | None, kind: str, text: str) -> None:
    notices().append((session_id, kind, text))


def start_job(
    engine: Engine,
    store: Store,
    jobs: RunningJobs[EditJob],
    log: WorkLog,
    person: Person,
    session: LiveSession | None,
    shown_round_id: int | None,
    prompt: Any,
    choices: EditChoices,
) -> None:
    """Check the attachment, make the session if this is its first turn, and start the turn.

    The photo is read here, once, before anything is stored: a file that is not a usable photo is
    answered at once and leaves no session behind, and so are words without a photo on a page with no
    session yet. (Streamlit drops a file whose upload has not landed when the chat is sent, pressing
    Enter during the upload, without a word: that made empty sessions whose photo had vanished.)
    A new session is made here too (not on the worker), so the URL names it from the first moment
    and a reload finds the running turn.
    """
    session_id = session.id if session else None
    image = None
    if prompt.files:
        try:
            image = load_image(prompt.files[0].getvalue())
        except ZoneError as error:
            say(session_id, "error", view.plain_error(error))
            return
    text = (prompt.text or "").strip()
    if not text and image is None:
        return
    notices()[:] = [notice for notice in notices() if notice[0] != session_id]
    if session_id is None and image is None:
        say(None, "warning", NO_PHOTO)
        return
    if session_id is None:
        session_id = store.create_session(owner=person.owner)
        open_session(session_id)
    base = store.round(shown_round_id) if image is None and shown_round_id is not None else None
    size = image.size if image is not None else (base.image.size if base is not None else None)
    job = EditJob(session_id, text, image, shown_round_id, person.owner)
    if not jobs.add(job):
        say(session_id, "warning", BUSY)
        return
    job.start(engine, choices.send_kwargs(size), log)


@st.fragment(run_every=PROGRESS_EVERY)
def follow_job(job: EditJob, jobs: RunningJobs[EditJob]) -> None:
    """The running turn with its progress bar, refreshed on its own; once it ends, the whole page reruns
    and shows the stored result. Every page of the session follows it, a reloaded one included."""
    if job.done.is_set():
        jobs.clear(job)
        if job.error is not None:
            say(job.session_id, "error", view.plain_error(job.error))
        if job.refusal is not None:
            say(job.session_id, "warning", job.refusal)
        link = getattr(job.reply, "share_link", None)
        if link is not None:
            say(job.session_id, "success", f"Share link #{link.id}, for you alone to pass on: {share_url(link.token)}")
        st.rerun()
    if not job.sending:
        with st.chat_message("user"):
            st.markdown(job.text)
            if job.image is not None:
                st.image(view.fit(job.image, DISPLAY_SIDE), width="stretch")
    with st.chat_message("assistant"):
        fraction, text = job.caption()
        st.progress(fraction, text=text)


def chat_panel(session: LiveSession | None, db_key: str, log: WorkLog, busy: bool) -> Any:
    """The transcript, what was said since, and the chat input (disabled while a turn of it runs)."""
    if session is None:
        with st.chat_message("assistant"):
            st.markdown(
                "Attach a photo with the + in the box below and tell me what to change: "
                "*remove the cup*, *make the sky pink*, *give him a hat*…"
            )
    else:
        render_transcript(session, db_key, log)
    for session_id, kind, text in notices():
        if session_id == (session.id if session else None):
            box = st.chat_message("assistant")
            if kind == "success":
                box.success(text)
            elif kind == "warning":
                box.warning(text)
            else:
                box.error(text)
    return st.chat_input(
        "Describe an edit, or attach a photo…", accept_file=True, file_type=PHOTO_TYPES, disabled=busy, key="prompt"
    )
