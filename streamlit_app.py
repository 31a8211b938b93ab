"""ZONE chat editor: the web page. It renders the store and forwards every action to the assistant.

Top to bottom: resources shared by the process (store, models, one lock per device), the edit job
that runs a turn on a worker thread, the pieces of the page (a round, a message, the history tree,
sessions, settings, share), the read-only share view, and `main`.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol, Sequence

import streamlit as st
from PIL import Image

from assistant import Assistant, Reply
from assistant import presentation as view
from storage import NotFoundError, Store, StoreError
from zone_tools import EditParams, ZoneConfig, ZoneEditor, ZoneError
from zone_tools.imageio import load_image

LOG = logging.getLogger("zone.app")
PHOTO_TYPES = ["png", "jpg", "jpeg", "webp"]
DISPLAY_SIDE = 1024
THUMB_SIDE = 96
ACTIONS = {"auto": None, "add": "add", "remove": "remove", "change": "change"}


# ---------------------------------------------------------------- resources, once per process

@dataclass
class Engine:
    """The process's assistant over one editor, the lock of its device, and the models' load time."""

    assistant: Assistant
    lock: threading.Lock
    load_seconds: float | None = None

    @property
    def loaded(self) -> bool:
        return self.assistant.editor.is_loaded

    def load(self) -> None:
        """Load the models now (the first edit of the process), timing it."""
        if not self.loaded:
            seconds = self.assistant.editor.load()
            self.load_seconds = self.load_seconds or seconds


@st.cache_resource(show_spinner=False)
def get_store(db_url: str) -> Store:
    """The session store for ZONE_DB_URL (empty: the default SQLite file)."""
    return Store(db_url or None)


@st.cache_resource(show_spinner=False)
def device_lock(device: str) -> threading.Lock:
    """One lock per device: edits from all browser tabs queue on it."""
    return threading.Lock()


@st.cache_resource(show_spinner=False)
def get_engine(db_url: str, models: str, device: str) -> Engine:
    """The assistant for this store and ZONE_MODELS; the models themselves load on the first edit."""
    return Engine(Assistant(get_store(db_url), ZoneEditor.from_env(models)), device_lock(device))


# ---------------------------------------------------------------- one turn on a worker thread

@dataclass
class EditJob:
    """A turn running on a worker thread, so that a rerun of the page does not cancel it."""

    session_id: str | None
    text: str
    image: Image.Image | None
    stage: tuple[int, int, str] = (0, 0, "starting")
    reply: Reply | None = None
    error: BaseException | None = None
    load_seconds: float | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def start(self, engine: Engine, send_kwargs: dict[str, Any]) -> None:
        """Run the turn in the background."""
        threading.Thread(target=self._run, args=(engine, send_kwargs), daemon=True).start()

    def _run(self, engine: Engine, send_kwargs: dict[str, Any]) -> None:
        """Wait for the device, load the models if this turn may edit, then send."""
        if not engine.lock.acquire(blocking=False):
            self.stage = (0, 0, "queued")
            engine.lock.acquire()
        try:
            if self.text and not engine.loaded:
                self.stage = (0, 0, "loading")
                engine.load()
                self.load_seconds = engine.load_seconds
            self.stage = (0, 0, "thinking")
            self.session_id = self.session_id or engine.assistant.new_session()
            self.reply = engine.assistant.send(
                self.session_id, self.text, self.image, on_progress=self._progress, **send_kwargs
            )
        except Exception as error:  # said to the user in plain words, logged in full
            LOG.exception("a chat turn failed")
            self.error = error
        finally:
            engine.lock.release()
            self.done.set()

    def _progress(self, step: int, total: int, stage: str) -> None:
        self.stage = (step, total, stage)

    def caption(self) -> tuple[float, str]:
        """Where the progress bar stands and what it says (with the load time when this turn loaded)."""
        step, total, stage = self.stage
        waiting = {"queued": "Waiting for the GPU: another edit is running…",
                   "loading": "Loading the models (first time only)…", "starting": "Starting…",
                   "thinking": "Working…"}
        if stage in waiting:
            fraction, text = 0.0, waiting[stage]
        else:
            fraction, text = view.progress_fraction(step, total, stage), view.progress_text(step, total, stage)
        if self.load_seconds is not None:
            text = f"Models loaded in {self.load_seconds:.1f} s. {text}"
        return fraction, text


# ---------------------------------------------------------------- sessions as the page reads them

class Source(Protocol):
    """What the page reads of a session: the live store or a read-only share."""

    id: str

    def rounds(self) -> Sequence[Any]: ...
    def round(self, round_id: Any) -> Any: ...
    def current_round(self) -> Any: ...
    def messages(self) -> Sequence[Any]: ...


@dataclass
class LiveSession:
    """A session of the store seen through the same read calls as a shared one."""

    store: Store
    id: str

    @property
    def title(self) -> str:
        return self.store.session(self.id).title

    def rounds(self) -> Sequence[Any]:
        return self.store.rounds(self.id)

    def round(self, round_id: Any) -> Any:
        return self.store.round(round_id)

    def current_round(self) -> Any:
        return self.store.current_round(self.id)

    def messages(self) -> Sequence[Any]:
        return self.store.messages(self.id)


def png(data: bytes) -> Image.Image:
    """A picture back from cached PNG bytes."""
    return Image.open(io.BytesIO(data))


@st.cache_data(max_entries=48, show_spinner=False)
def round_pictures(_source: Source, db_key: str, round_id: Any) -> dict[str, bytes]:
    """Display pictures of one round (rounds never change, so they are cached by id)."""
    rnd = _source.round(round_id)
    image = view.fit(rnd.image.convert("RGB"), DISPLAY_SIDE)
    pictures = {"image": view.png_bytes(image)}
    if rnd.parent_id is None:
        return pictures
    before = view.fit(_source.round(rnd.parent_id).image.convert("RGB"), DISPLAY_SIDE).resize(image.size)
    pictures["before"] = view.png_bytes(before)
    if rnd.layer is not None:
        pictures["layer"] = view.png_bytes(view.on_checkerboard(view.fit(rnd.layer, DISPLAY_SIDE)))
    base = before if rnd.action == "remove" else image
    masks = rnd.masks or {}
    for name in ("rough", "refined", "final"):
        if masks.get(name) is not None:
            pictures[name] = view.png_bytes(view.mask_overlay(base, masks[name]))
    if masks.get("attention") is not None:
        pictures["attention"] = view.png_bytes(view.heatmap_overlay(before, masks["attention"]))
    return pictures


@st.cache_data(max_entries=512, show_spinner=False)
def round_thumbnail(_source: Source, db_key: str, round_id: Any) -> bytes:
    """A small PNG of a round for the history tree."""
    return view.png_bytes(_source.round(round_id).thumbnail(THUMB_SIDE))


# ---------------------------------------------------------------- a round, a message

def round_label(rnd: Any) -> str:
    """"Round 2: remove the cup" or "Round 0: your photo"."""
    return f"Round {rnd.index}: {rnd.instruction or 'your photo'}"


@st.fragment
def before_after_wipe(pictures: dict[str, bytes], key: str) -> None:
    """A before/after wipe driven by a slider; only this fragment reruns when it moves."""
    split = st.slider("Wipe: before on the left, after on the right", 0, 100, 50, key=key)
    st.image(view.before_after(png(pictures["before"]), png(pictures["image"]), split / 100), width="stretch")


def render_round(source: Source, db_key: str, rnd: Any, key: str) -> None:
    """A round inline in the chat: the photo, or an edit's result with its layer, masks and maps."""
    pictures = round_pictures(source, db_key, rnd.id)
    if rnd.parent_id is None:
        st.image(pictures["image"], caption=round_label(rnd), width="stretch")
        return
    result, compare, layer, masks, attention, details = st.tabs(
        ["Result", "Before / after", "Layer", "Masks", "Attention", "Details"]
    )
    result.image(pictures["image"], caption=round_label(rnd), width="stretch")
    with compare:
        left, right = st.columns(2)
        left.image(pictures["before"], caption="Before", width="stretch")
        right.image(pictures["image"], caption="After", width="stretch")
        before_after_wipe(pictures, f"wipe-{key}")
    if "layer" in pictures:
        layer.image(pictures["layer"], caption="Edited layer (transparent elsewhere)", width="stretch")
    names = [(n, t) for n, t in (("rough", "Rough M_b"), ("refined", "Refined M_f"), ("final", "Final M*_f"))
             if n in pictures]
    for column, (name, title) in zip(masks.columns(max(1, len(names))), names):
        column.image(pictures[name], caption=title, width="stretch")
    if "attention" in pictures:
        attention.image(pictures["attention"], caption="Cross-attention difference (dark: edited)",
                        width="stretch")
    else:
        attention.caption("No attention map was stored for this round.")
    details.json(rnd.meta, expanded=False)


def render_message(source: Source, db_key: str, message: Any, index: int) -> None:
    """One message of the transcript, with the round it refers to."""
    with st.chat_message(message.role):
        if message.content:
            st.markdown(message.content)
        if message.round_id is not None:
            try:
                render_round(source, db_key, source.round(message.round_id), key=f"{index}")
            except NotFoundError:
                st.caption("That round is no longer available.")


def render_transcript(source: Source, db_key: str) -> None:
    """Every message of the session in order."""
    for index, message in enumerate(source.messages()):
        render_message(source, db_key, message, index)


# ---------------------------------------------------------------- side panels

def download_png(label: str, loader: Callable[[], Image.Image], file_name: str, key: str) -> None:
    """A download button that encodes the full-resolution picture only when clicked."""
    st.download_button(label, data=lambda: view.png_bytes(loader()), file_name=file_name, mime="image/png",
                       key=key, on_click="ignore", icon=":material/download:")


def history_panel(source: Source, db_key: str, on_continue: Callable[[Any], None] | None) -> None:
    """The round tree as thumbnails, the current round marked; `on_continue=None` is read-only."""
    st.subheader("History")
    rounds = source.rounds()
    if not rounds:
        st.caption("No rounds yet: attach a photo in the chat.")
        return
    current = source.current_round()
    for row in view.tree_rows(rounds):
        rnd = row.round
        depth = min(row.depth, 4)
        place = st.columns([0.08 * depth, 1])[1] if depth else st.container()
        with place.container(border=True, key=f"round-{rnd.id}"):
            thumb, info = st.columns([0.35, 0.65])
            thumb.image(round_thumbnail(source, db_key, rnd.id), width="stretch")
            marker = " :blue-badge[current]" if current is not None and rnd.id == current.id else ""
            branch = "↳ " if depth else ""
            info.markdown(f"{branch}**Round {rnd.index}**{marker}  \n{rnd.instruction or 'your photo'}")
            with st.container(horizontal=True, gap="small"):
                if on_continue is not None and not marker:
                    if st.button("Continue from here", key=f"continue-{rnd.id}", icon=":material/call_split:"):
                        on_continue(rnd.id)
                download_png("Image", lambda r=rnd.id: source.round(r).image, f"round-{rnd.index}.png",
                             f"dl-image-{rnd.id}")
                if rnd.parent_id is not None:
                    download_png("Layer", lambda r=rnd.id: source.round(r).layer,
                                 f"round-{rnd.index}-layer.png", f"dl-layer-{rnd.id}")


def open_session(session_id: str | None) -> None:
    """Show another session (None: a new one, created with the first message)."""
    st.session_state.session_id = session_id
    if session_id is None:
        st.query_params.pop("session", None)
    else:
        st.query_params["session"] = session_id


def sessions_panel(store: Store, session_id: str | None) -> None:
    """Start a session, reopen a past one, rename the open one, import a bundle."""
    st.subheader("Sessions")
    if st.button("New session", icon=":material/add:", width="stretch", disabled=session_id is None):
        open_session(None)
        st.rerun()
    if session_id is not None:
        with st.form("rename", border=False):
            title = st.text_input("Title of this session", value=store.session(session_id).title or "",
                                  key=f"title-{session_id}")
            if st.form_submit_button("Rename", key="rename_go") and title.strip():
                store.rename_session(session_id, title.strip())
                st.rerun()
    with st.container(height=260):
        for info in store.sessions():
            when = info.created.astimezone()
            label = f"{info.title or 'Untitled'} · {when:%d %b %H:%M} · {info.round_count} rounds"
            if st.button(label, key=f"open-{info.id}", width="stretch",
                         type="primary" if info.id == session_id else "secondary"):
                open_session(info.id)
                st.rerun()
    bundle = st.file_uploader("Import a bundle (.zip)", type=["zip"], key="import")
    if bundle is not None and st.button("Import as a new session", key="import_go"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bundle.zip"
            path.write_bytes(bundle.getvalue())
            try:
                imported = store.import_bundle(path)
            except StoreError as error:
                st.error(f"That bundle could not be imported: {error}")
                return
        open_session(imported)
        st.rerun()


def exported(writer: Callable[[str, Path], Any], session_id: str, suffix: str) -> bytes:
    """The bytes of an export (`store.export_bundle` or `store.export_html`) of a session."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"session{suffix}"
        writer(session_id, path)
        return path.read_bytes()


def export_buttons(store: Store, session_id: str) -> None:
    """Downloads of the session as a bundle zip and as a standalone HTML page, written when clicked."""
    for label, writer, suffix, mime in (("Download bundle (.zip)", store.export_bundle, ".zip", "application/zip"),
                                        ("Download web page (.html)", store.export_html, ".html", "text/html")):
        st.download_button(label, data=lambda w=writer, x=suffix: exported(w, session_id, x),
                           file_name=f"zone-session-{session_id}{suffix}", mime=mime, key=f"dl-{suffix[1:]}",
                           on_click="ignore", width="stretch")


def share_panel(store: Store, session_id: str | None) -> None:
    """A read-only link to the session, and its exports."""
    st.subheader("Share")
    if session_id is None:
        st.caption("Share and export become available once the session has a photo.")
        return
    tokens: dict[str, str] = st.session_state.setdefault("share_tokens", {})
    if st.button("Share", key="share", icon=":material/share:", help="A link to a read-only view of it"):
        tokens[session_id] = store.share(session_id)
    if session_id in tokens:
        link = f"{(st.context.url or '').rstrip('/')}/?share={tokens[session_id]}"
        st.code(link, language=None, wrap_lines=True)
        st.markdown(f"[Open the read-only view]({link})")
    export_buttons(store, session_id)


@dataclass(frozen=True)
class EditSettings:
    """What the settings panel asks of the next edit."""

    params: dict[str, Any]
    action: str | None
    box: view.Box | None = None
    mask: Image.Image | None = None

    def send_kwargs(self, size: tuple[int, int] | None) -> dict[str, Any]:
        """`Assistant.send` keywords for a base image of `size`: params, action and the mask, if any."""
        mask = self.mask
        if mask is None and self.box is not None and size is not None:
            mask = view.rect_mask(size, self.box)
        return {"params": self.params, "action": self.action, "mask": mask}


def uploaded_mask(upload: Any) -> Image.Image | None:
    """The uploaded mask picture, or None (said in the panel) when it cannot be read."""
    try:
        mask = Image.open(io.BytesIO(upload.getvalue()))
        mask.load()
    except (OSError, ValueError):
        st.error("That mask is not a picture I can read: use a PNG, white where the edit goes.")
        return None
    return mask


def settings_panel(preview: Image.Image | None, tiny: bool) -> EditSettings:
    """Steps, seed, guidance, thresholds, action override and an optional mask."""
    defaults = EditParams()
    params: dict[str, Any] = {
        "steps": int(st.number_input("Denoising steps", 1, 200, 2 if tiny else defaults.steps, key="steps")),
        "text_guidance": st.slider("Text guidance", 1.0, 15.0, defaults.text_guidance, 0.5, key="text_g"),
        "image_guidance": st.slider("Image guidance", 1.0, 3.0, defaults.image_guidance, 0.1, key="image_g"),
        "tau": st.slider("Localization threshold tau", 0, 255, defaults.tau, key="tau"),
        "dilate_iterations": st.slider("Mask dilation", 0, 16, defaults.dilate_iterations, key="dilate"),
        "smoother_threshold": st.slider("Edge smoother threshold", 0.0, 100.0, defaults.smoother_threshold,
                                        1.0, key="smooth"),
    }
    seed = st.number_input("Seed (empty: random)", 0, 2**31 - 1, value=None, key="seed")
    if seed is not None:
        params["seed"] = int(seed)
    action = ACTIONS[st.selectbox("Action", list(ACTIONS), key="action",
                                  help="auto: read from your words")]
    where = st.radio("Where", ["Anywhere (found by ZONE)", "Rectangle", "Mask image"], key="where")
    if where == "Rectangle":
        left, right = st.slider("Left – right (%)", 0, 100, (25, 75), key="box_x")
        top, bottom = st.slider("Top – bottom (%)", 0, 100, (25, 75), key="box_y")
        box = (left / 100, top / 100, right / 100, bottom / 100)
        if preview is not None:
            st.image(view.draw_box(preview, box), caption="The edit stays inside the box", width="stretch")
        return EditSettings(params, action, box=box)
    if where == "Mask image":
        upload = st.file_uploader("Mask (white = edit here)", type=PHOTO_TYPES, key="mask_upload")
        return EditSettings(params, action, mask=uploaded_mask(upload) if upload is not None else None)
    return EditSettings(params, action)


# ---------------------------------------------------------------- the chat

def notices() -> list[tuple[str | None, str]]:
    """Errors said to the user outside the stored transcript, with the session they belong to."""
    return st.session_state.setdefault("notices", [])


def start_job(engine: Engine, source: LiveSession | None, prompt: Any, settings: EditSettings) -> None:
    """Check the attachment and start the turn; a file that is not a usable photo is answered at once."""
    session_id = source.id if source else None
    image = None
    if prompt.files:
        try:
            image = load_image(prompt.files[0].getvalue())
        except ZoneError as error:
            notices().append((session_id, view.plain_error(error)))
            return
    text = (prompt.text or "").strip()
    if not text and image is None:
        return
    notices()[:] = [(sid, said) for sid, said in notices() if sid != session_id]
    base = source.current_round() if source and image is None else None
    size = image.size if image is not None else (base.image.size if base is not None else None)
    job = EditJob(session_id, text, image)
    job.start(engine, settings.send_kwargs(size))
    st.session_state.job = job


def follow_job(engine: Engine) -> None:
    """The running turn with its progress bar until it ends; then the page shows the stored result."""
    job: EditJob = st.session_state.job
    with st.chat_message("user"):
        st.markdown(job.text)
        if job.image is not None:
            st.image(view.fit(job.image, DISPLAY_SIDE), width="stretch")
    with st.chat_message("assistant"):
        bar = st.progress(0.0, text="Starting…")
        while not job.done.wait(0.2):
            bar.progress(*job.caption())
    del st.session_state.job
    if job.error is not None:
        notices().append((job.session_id, view.plain_error(job.error)))
    if job.session_id:
        open_session(job.session_id)
    st.rerun()


def chat_panel(source: Source | None, db_key: str) -> Any:
    """The transcript, errors said since, and the chat input (disabled while a turn runs)."""
    if source is None:
        with st.chat_message("assistant"):
            st.markdown("Attach a photo with the + in the box below and tell me what to change: "
                        "*remove the cup*, *make the sky pink*, *give him a hat*…")
    else:
        render_transcript(source, db_key)
    for session_id, text in notices():
        if session_id == (source.id if source else None):
            st.chat_message("assistant").error(text)
    return st.chat_input("Describe an edit, or attach a photo…", accept_file=True, file_type=PHOTO_TYPES,
                         disabled="job" in st.session_state, key="prompt")


# ---------------------------------------------------------------- the read-only share view

def shared_view(store: Store, db_key: str, token: str) -> None:
    """A shared session, read-only: transcript, history and downloads, nothing that changes it."""
    try:
        shared = store.open_shared(token)
        title = shared.title
    except StoreError:
        st.error("This share link does not open a session: it was mistyped or has been revoked.")
        return
    st.title(title or "Shared session")
    st.info("Read-only view of a shared session.")
    render_transcript(shared, db_key)
    with st.sidebar:
        history_panel(shared, db_key, on_continue=None)
        st.subheader("Download")
        export_buttons(store, shared.id)


# ---------------------------------------------------------------- the page

def current_source(store: Store) -> LiveSession | None:
    """The open session: this tab's choice, else the one named in the URL, else none yet."""
    if "session_id" not in st.session_state:
        st.session_state.session_id = st.query_params.get("session")
    session_id = st.session_state.session_id
    if session_id is None:
        return None
    try:
        store.session(session_id)
    except StoreError:
        open_session(None)
        return None
    return LiveSession(store, session_id)


def sidebar(engine: Engine, store: Store, source: LiveSession | None, db_key: str,
            models: str) -> EditSettings:
    """History, settings, sessions and share, as tabs of the side panel; returns the settings."""

    def continue_from(round_id: Any) -> None:
        engine.assistant.checkout(source.id, round_id)
        st.rerun()

    history_tab, settings_tab, sessions_tab, share_tab = st.tabs(["History", "Settings", "Sessions", "Share"])
    with history_tab:
        if source is not None:
            history_panel(source, db_key, continue_from)
        if engine.load_seconds is not None:
            st.caption(f"Models ({models}) loaded in {engine.load_seconds:.1f} s.")
    with settings_tab:
        current = source.current_round() if source else None
        preview = png(round_pictures(source, db_key, current.id)["image"]) if current is not None else None
        settings = settings_panel(preview, models == "tiny")
    with sessions_tab:
        sessions_panel(store, source.id if source else None)
    with share_tab:
        share_panel(store, source.id if source else None)
    return settings


def page() -> None:
    """A shared session read-only, or the editor."""
    config = ZoneConfig.from_env()
    db_key = os.environ.get("ZONE_DB_URL", "")
    store = get_store(db_key)
    token = st.query_params.get("share")
    if token:
        shared_view(store, db_key, token)
        return
    engine = get_engine(db_key, config.models, config.device or "auto")
    if config.models == "tiny":
        st.warning("Tiny test models (ZONE_MODELS=tiny): everything runs offline, but edits are noise.")
    source = current_source(store)
    st.title((source.title if source else None) or "ZONE chat editor")
    with st.sidebar:
        settings = sidebar(engine, store, source, db_key, config.models)
    prompt = chat_panel(source, db_key)
    if prompt and "job" not in st.session_state:
        start_job(engine, source, prompt, settings)
        if "job" not in st.session_state:
            st.rerun()
    if "job" in st.session_state:
        follow_job(engine)


def main() -> None:
    """The whole page; an error that escapes it is said in plain words (the log has the traceback)."""
    st.set_page_config(page_title="ZONE chat editor", page_icon="🖌️", layout="centered")
    try:
        page()
    except Exception as error:
        LOG.exception("the page failed")
        st.error(view.plain_error(error))


if __name__ == "__main__":
    main()
