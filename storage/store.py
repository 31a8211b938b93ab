"""The session store: sessions, their round tree, pixels, chat messages and share links.

Every mutating call is one transaction; nothing is ever overwritten (an edit of an earlier round is
a new branch). Reads hand out plain records (`storage.records`), whose pixels load lazily.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

from PIL import Image
from sqlalchemy import ColumnElement, Row, Select, func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

import storage.bundle as bundle
import storage.engine as engine
import storage.html_export as html_export
import storage.links as links
import storage.validate as validate
from storage.assets import EncodedAsset, as_storable, decode_asset, encode_assets
from storage.errors import BundleError, NotFoundError, StoreError
from storage.migrate import upgrade_to_head
from storage.models import (
    CANVAS,
    IMAGE,
    LAYER,
    MASK,
    Asset,
    MessageRow,
    RoundAsset,
    RoundRow,
    SessionRow,
    ShareRow,
    utcnow,
)
from storage.records import LOCAL_OWNER, Message, Round, SessionInfo, ShareLink
from storage.shared import SharedSession

ROUND_COLUMNS = (
    RoundRow.id,
    RoundRow.session_id,
    RoundRow.parent_id,
    RoundRow.index.label("number"),  # a Row's `index` may be the tuple method on some versions
    RoundRow.instruction,
    RoundRow.action,
    RoundRow.seed,
    RoundRow.params,
    RoundRow.timings,
    RoundRow.created,
)
MESSAGE_COLUMNS = (
    MessageRow.id,
    MessageRow.session_id,
    MessageRow.role,
    MessageRow.content,
    MessageRow.round_id,
    MessageRow.created,
)
MAX_ROUND_INDEX = 2**31 - 1  # the rounds.index column is a 32-bit integer on PostgreSQL


class Store:
    """The memory of the assistant, in one database (SQLite file by default, any SQLAlchemy URL)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or engine.default_url()
        self._engine = engine.create_store_engine(self.url)
        try:
            with _database_errors(self.url):
                upgrade_to_head(self._engine)
        except BaseException:
            self._engine.dispose()
            raise
        self._reader = sessionmaker(self._engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.writer(self._engine), expire_on_commit=False)
        self._secret: bytes | None = None
        self._closed = False

    @staticmethod
    def default_url() -> str:
        """`ZONE_DB_URL` when set, else an SQLite file in the user's data directory."""
        return engine.default_url()

    def close(self) -> None:
        """Release the database; records already handed out can no longer load pixels."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({engine.safe_url(self.url)!r})"

    # sessions

    def create_session(self, title: str | None = None, *, owner: str = LOCAL_OWNER) -> str:
        """Start an empty session of `owner`; returns its id (32 hex characters)."""
        row = SessionRow(id=uuid.uuid4().hex, title=validate.title(title), owner=validate.owner(owner))
        with self._write() as db:
            db.add(row)
        return row.id

    def sessions(self, *, owner: str = LOCAL_OWNER) -> list[SessionInfo]:
        """The sessions of `owner`, newest first."""
        owner = validate.owner(owner)
        with self._read() as db:
            rows = db.execute(
                _session_query().where(SessionRow.owner == owner).order_by(SessionRow.created.desc(), SessionRow.id)
            ).all()
            return [_session_info(row, count) for row, count in rows]

    def session(self, session_id: str, *, owner: str | None = None) -> SessionInfo:
        """One session's summary. With `owner` given, another owner's session is reported exactly
        as a missing one (the error tells nothing about sessions that are not yours)."""
        session_id = validate.session_id(session_id)
        query = _session_query().where(SessionRow.id == session_id)
        if owner is not None:
            query = query.where(SessionRow.owner == validate.owner(owner))
        with self._read() as db:
            found = db.execute(query).first()
        if found is None:
            raise _no_session(session_id)
        return _session_info(*found)

    def rename_session(self, session_id: str, title: str | None) -> None:
        """Give a session a new title (None clears it)."""
        new_title = validate.title(title)
        with self._write() as db:
            _lock_session(db, validate.session_id(session_id)).title = new_title

    # rounds

    def add_round(
        self,
        session_id: str,
        image: Image.Image,
        *,
        parent_id: int | None = None,
        instruction: str | None = None,
        layer: Image.Image | None = None,
        masks: Mapping[str, Image.Image] | None = None,
        canvas: Image.Image | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> int:
        """Store a round (an upload when `parent_id` is None) and make it the current round.

        The pixels are encoded before the transaction; the round, its assets and the new current
        pointer are then written together, or not at all.
        """
        session_id = validate.session_id(session_id)
        parent = None if parent_id is None else validate.round_id(parent_id)
        fields = validate.round_fields(instruction, meta)
        slots = _slots(image, layer, canvas, masks)
        with self._read() as db:
            _check_round_target(db, session_id, parent)
        encoded = encode_assets(slots)
        with self._write() as db:
            session_row = _lock_session(db, session_id)
            _check_round_target(db, session_id, parent)
            _insert_assets(db, encoded.values())
            row = RoundRow(
                session_id=session_id,
                parent_id=parent,
                index=_next_index(db, session_id),
                instruction=fields.instruction,
                action=fields.action,
                seed=fields.seed,
                params=fields.params,
                timings=fields.timings,
                assets=[RoundAsset(role=role, name=name, sha256=a.sha256) for (role, name), a in encoded.items()],
            )
            db.add(row)
            db.flush()
            session_row.current_round_id = row.id
        return row.id

    def rounds(self, session_id: str) -> list[Round]:
        """The session's rounds in creation order (round 0 first)."""
        session_id = validate.session_id(session_id)
        with self._read() as db:
            if db.get(SessionRow, session_id) is None:
                raise _no_session(session_id)
            return self._records(db, RoundRow.session_id == session_id)

    def round(self, round_id: int) -> Round:
        """One round by id."""
        round_id = validate.round_id(round_id)
        with self._read() as db:
            found = self._records(db, RoundRow.id == round_id)
        if not found:
            raise NotFoundError(f"There is no round {round_id}.")
        return found[0]

    def children(self, round_id: int) -> list[Round]:
        """The rounds made by editing `round_id`, oldest first."""
        round_id = validate.round_id(round_id)
        with self._read() as db:
            if db.get(RoundRow, round_id) is None:
                raise NotFoundError(f"There is no round {round_id}.")
            return self._records(db, RoundRow.parent_id == round_id)

    def current_round(self, session_id: str) -> Round | None:
        """The round the next edit starts from, or None for an empty session."""
        current = self.session(session_id).current_round_id
        return None if current is None else self.round(current)

    def checkout(self, session_id: str, round_id: int) -> None:
        """Make an earlier (or any) round of the session current; the next edit branches from it."""
        session_id = validate.session_id(session_id)
        round_id = validate.round_id(round_id)
        with self._write() as db:
            session_row = _lock_session(db, session_id)
            _check_round_target(db, session_id, round_id)
            session_row.current_round_id = round_id

    # messages

    def add_message(self, session_id: str, role: str, content: str, round_id: int | None = None) -> int:
        """Append a chat message (optionally about a round); returns its id."""
        session_id = validate.session_id(session_id)
        row = MessageRow(
            session_id=session_id,
            role=validate.role(role),
            content=links.redact(validate.text(content, "message")),
            round_id=None if round_id is None else validate.round_id(round_id),
        )
        with self._write() as db:
            _lock_session(db, session_id)
            _check_round_target(db, session_id, row.round_id)
            db.add(row)
        return row.id

    def messages(self, session_id: str) -> list[Message]:
        """The session's chat transcript, oldest first."""
        session_id = validate.session_id(session_id)
        with self._read() as db:
            if db.get(SessionRow, session_id) is None:
                raise _no_session(session_id)
            rows = db.execute(
                select(*MESSAGE_COLUMNS).where(MessageRow.session_id == session_id).order_by(MessageRow.id)
            )
            return [Message(*row) for row in rows]

    # sharing

    def share(self, session_id: str) -> ShareLink:
        """A new link that opens the session read-only (its token is shown, never stored)."""
        session_id = validate.session_id(session_id)
        with self._write() as db:
            _lock_session(db, session_id)
            row = ShareRow(session_id=session_id, salt=links.new_salt())
            db.add(row)
            db.flush()
            return self._link(row)

    def share_links(self, session_id: str) -> list[ShareLink]:
        """The session's share links, oldest first, revoked ones included (with their date)."""
        session_id = validate.session_id(session_id)
        with self._read() as db:
            if db.get(SessionRow, session_id) is None:
                raise _no_session(session_id)
            rows = db.scalars(select(ShareRow).where(ShareRow.session_id == session_id).order_by(ShareRow.id))
            return [self._link(row) for row in rows]

    def revoke(self, token_or_link_id: str | int, *, session_id: str | None = None) -> ShareLink:
        """Make a link (given by token or by id) open nothing from now on; revoking twice is
        harmless. With `session_id`, only a link of that session is accepted."""
        with self._write() as db:
            row = self._find_link(db, token_or_link_id)
            if row is None or (session_id is not None and row.session_id != session_id):
                raise NotFoundError("That share link is unknown.")
            if row.revoked is None:
                row.revoked = utcnow()
            return self._link(row)

    def open_shared(self, token: str) -> SharedSession:
        """A read-only view of the session behind `token`; unknown and revoked tokens open nothing."""
        resolve = partial(self._shared_session_id, token)
        resolve()
        return SharedSession(resolve, self)

    def _shared_session_id(self, token: str) -> str:
        """The session a live token opens."""
        if links.link_id(token) is not None:
            with self._read() as db:
                row = self._find_link(db, token)
                if row is not None and row.revoked is None:
                    return row.session_id
        raise NotFoundError("That share link is unknown or has been revoked.")

    def _find_link(self, db: Session, token_or_link_id: object) -> ShareRow | None:
        """The link row an id or a valid token names (a forged token names none)."""
        if isinstance(token_or_link_id, int) and not isinstance(token_or_link_id, bool):
            return db.get(ShareRow, token_or_link_id) if 0 < token_or_link_id <= 2**63 - 1 else None
        number = links.link_id(token_or_link_id)
        if number is None or number > 2**63 - 1:
            return None
        row = db.get(ShareRow, number)
        if row is None or not links.matches(
            self._share_secret(), str(token_or_link_id), row.id, row.session_id, row.salt
        ):
            return None
        return row

    def _link(self, row: ShareRow) -> ShareLink:
        token = links.token(self._share_secret(), row.id, row.session_id, row.salt)
        return ShareLink(id=row.id, token=token, created=row.created, revoked=row.revoked)

    def _share_secret(self) -> bytes:
        """The store secret, read (or made) on first use only: reading needs no secret."""
        if self._secret is None:
            self._secret = links.load_secret(self.url)
        return self._secret

    # export and import

    def export_bundle(self, session_id: str, path: str | Path) -> Path:
        """Write the whole session (round tree, pixels, messages) to a zip bundle at `path`."""
        session_id = validate.session_id(session_id)
        with self._read() as db:
            session_row = db.get(SessionRow, session_id)
            if session_row is None:
                raise _no_session(session_id)
            rounds = list(
                db.scalars(select(RoundRow).where(RoundRow.session_id == session_id).order_by(RoundRow.index))
            )
            messages = list(
                db.scalars(select(MessageRow).where(MessageRow.session_id == session_id).order_by(MessageRow.id))
            )
            hashes = sorted({link.sha256 for row in rounds for link in row.assets})
            assets = list(db.scalars(select(Asset).where(Asset.sha256.in_(hashes)).order_by(Asset.sha256)))
            manifest = bundle.build_manifest(session_row, rounds, messages, assets)
            return bundle.write_bundle(Path(path), manifest, lambda sha256: _verified_bytes(db, sha256, BundleError))

    def export_html(self, session_id: str, path: str | Path) -> Path:
        """Write a self-contained HTML page of the session's history (opens with no server); a
        damaged image refuses the page, which is then not written."""
        info = self.session(session_id)
        return html_export.write_history(Path(path), info, self.rounds(session_id), self.messages(session_id))

    def import_bundle(self, path: str | Path, *, owner: str = LOCAL_OWNER) -> str:
        """Import a bundle as a new session of `owner` (new ids, same tree, messages and current
        round; rounds are numbered 0, 1, 2... in the bundle's order of round numbers).

        The bundle is checked before and while it is read, inside one write transaction: a bad
        bundle raises `BundleError` and changes nothing.
        """
        with bundle.open_bundle(Path(path)) as reader, self._write() as db:
            return _import(db, reader, validate.owner(owner))

    # internals

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read-only ORM session (rolled back at the end)."""
        self._check_open()
        with _database_errors(self.url), self._reader() as db:
            yield db

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        self._check_open()
        with _database_errors(self.url), self._writer.begin() as db:
            yield db

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("The store has been closed.")

    def _load(self, sha256: str) -> Image.Image:
        """Decode one stored PNG, after checking its bytes still match their hash."""
        with self._read() as db:
            data = _verified_bytes(db, sha256, StoreError)
        try:
            return decode_asset(data)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            raise StoreError(f"The image {sha256[:12]} in the store cannot be read ({error}).") from error

    def _records(self, db: Session, where: ColumnElement[bool]) -> list[Round]:
        """`Round` records of the rounds matching `where`, by index, read as plain rows (two
        queries, no ORM instances: listing a long session stays fast)."""
        rows = db.execute(select(*ROUND_COLUMNS).where(where).order_by(RoundRow.index)).all()
        links = db.execute(
            select(RoundAsset.round_id, RoundAsset.role, RoundAsset.name, RoundAsset.sha256)
            .join(RoundRow, RoundRow.id == RoundAsset.round_id)
            .where(where)
            .order_by(RoundAsset.round_id, RoundAsset.role, RoundAsset.name)
        ).all()
        slots: dict[int, dict[tuple[str, str], str]] = defaultdict(dict)
        for link in links:
            slots[link.round_id][(link.role, link.name)] = link.sha256
        return [self._record(row, slots[row.id]) for row in rows]

    def _record(self, row: Row[Any], slots: Mapping[tuple[str, str], str]) -> Round:
        """A detached `Round` record (its pixels load through this store)."""
        return Round(
            id=row.id,
            session_id=row.session_id,
            parent_id=row.parent_id,
            index=row.number,
            instruction=row.instruction,
            action=row.action,
            seed=row.seed,
            params=dict(row.params),
            timings=dict(row.timings),
            created=row.created,
            image_sha256=slots[(IMAGE, "")],
            layer_sha256=slots.get((LAYER, "")),
            canvas_sha256=slots.get((CANVAS, "")),
            mask_sha256={name: sha for (role, name), sha in slots.items() if role == MASK},
            load=self._load,
        )


def _import(db: Session, reader: bundle.BundleReader, owner: str) -> str:
    """Insert a bundle's assets (verified one by one), rounds and messages as a new session."""
    manifest = reader.manifest
    session_row = SessionRow(id=uuid.uuid4().hex, title=manifest.title, owner=owner)
    db.add(session_row)
    existing = set(db.scalars(select(Asset.sha256).where(Asset.sha256.in_(list(manifest.assets)))))
    for entry in manifest.assets.values():
        asset = reader.read_asset(entry)
        if asset.sha256 not in existing:
            _insert_asset(db, asset)
    ids: dict[int, int] = {}
    number = {index: position for position, index in enumerate(sorted(spec.index for spec in manifest.rounds))}
    for spec in manifest.rounds:
        row = RoundRow(
            session_id=session_row.id,
            parent_id=None if spec.parent is None else ids[spec.parent],
            index=number[spec.index],
            instruction=spec.instruction,
            action=spec.action,
            seed=spec.seed,
            params=spec.params,
            timings=spec.timings,
            created=spec.created,
            assets=[RoundAsset(role=role, name=name, sha256=sha) for (role, name), sha in spec.assets],
        )
        db.add(row)
        db.flush()
        ids[spec.index] = row.id
    db.add_all(
        MessageRow(
            session_id=session_row.id,
            role=message.role,
            content=links.redact(message.content),
            round_id=None if message.round is None else ids[message.round],
            created=message.created,
        )
        for message in manifest.messages
    )
    session_row.current_round_id = None if manifest.current_round is None else ids[manifest.current_round]
    return session_row.id


def _slots(image: Any, layer: Any, canvas: Any, masks: Mapping[str, Any] | None) -> dict[tuple[str, str], Image.Image]:
    """The round's images keyed by (role, name), each checked to be storable."""
    slots = {(IMAGE, ""): as_storable(image, "image")}
    if layer is not None:
        slots[(LAYER, "")] = as_storable(layer, "layer")
    if canvas is not None:
        slots[(CANVAS, "")] = as_storable(canvas, "canvas")
    if masks is not None:
        if not isinstance(masks, Mapping):
            raise StoreError(f"The masks must be a dict of name to image, not {type(masks).__name__}.")
        for name, mask in masks.items():
            slots[(MASK, validate.mask_name(name))] = as_storable(mask, f"{name} mask")
    return slots


def _session_query() -> Select[SessionRow, int]:
    """SELECT of sessions with their number of rounds."""
    count = (
        select(func.count(RoundRow.id))
        .where(RoundRow.session_id == SessionRow.id)
        .correlate(SessionRow)
        .scalar_subquery()
    )
    return select(SessionRow, count)


def _session_info(row: SessionRow, round_count: int) -> SessionInfo:
    return SessionInfo(row.id, row.title, row.created, row.current_round_id, int(round_count), row.owner)


def _no_session(session_id: str) -> NotFoundError:
    return NotFoundError(f"There is no session {session_id!r}.")


def _lock_session(db: Session, session_id: str) -> SessionRow:
    """The session row, locked for this transaction on servers that lock rows (SQLite: whole db)."""
    row = db.get(SessionRow, session_id, with_for_update=True)
    if row is None:
        raise _no_session(session_id)
    return row


def _check_round_target(db: Session, session_id: str, round_id: int | None) -> None:
    """The session exists and `round_id` (if given) is one of its rounds."""
    if db.get(SessionRow, session_id) is None:
        raise _no_session(session_id)
    if round_id is None:
        return
    owner = db.scalar(select(RoundRow.session_id).where(RoundRow.id == round_id))
    if owner != session_id:
        raise NotFoundError(f"Session {session_id!r} has no round {round_id}.")


def _next_index(db: Session, session_id: str) -> int:
    """The next per-session round number (0 for the first round)."""
    last = db.scalar(select(func.max(RoundRow.index)).where(RoundRow.session_id == session_id))
    if last is not None and last >= MAX_ROUND_INDEX:
        raise StoreError(f"Session {session_id!r} has run out of round numbers; export it and import the bundle.")
    return 0 if last is None else last + 1


def _insert_asset(db: Session, asset: EncodedAsset) -> None:
    """INSERT one asset right away (a Core insert: the blob is not kept in the ORM session)."""
    db.execute(
        insert(Asset).values(
            sha256=asset.sha256,
            kind=asset.kind,
            mime=asset.mime,
            width=asset.width,
            height=asset.height,
            size=len(asset.data),
            data=asset.data,
        )
    )


def _verified_bytes(db: Session, sha256: str, error: type[StoreError]) -> bytes:
    """The PNG bytes of one stored asset; `error` when they no longer match their hash."""
    data = db.scalar(select(Asset.data).where(Asset.sha256 == sha256))
    if data is None:
        raise NotFoundError(f"The image {sha256[:12]} is missing from the store.")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise error(f"The image {sha256[:12]} in the store is damaged (its bytes no longer match their hash).")
    return bytes(data)


def _insert_assets(db: Session, assets: Iterable[EncodedAsset]) -> None:
    """Insert the assets not stored yet. A concurrent insert of the same content (possible on
    servers with row locking) is absorbed by a savepoint: the content is there either way."""
    wanted = {asset.sha256: asset for asset in assets}
    present = set(db.scalars(select(Asset.sha256).where(Asset.sha256.in_(list(wanted)))))
    for sha256, asset in wanted.items():
        if sha256 in present:
            continue
        try:
            with db.begin_nested():
                _insert_asset(db, asset)
        except IntegrityError:
            if db.scalar(select(Asset.sha256).where(Asset.sha256 == sha256)) is None:
                raise


@contextmanager
def _database_errors(url: str) -> Iterator[None]:
    """Turn driver failures (locked too long, disk full, not a database) into a `StoreError`."""
    try:
        yield
    except OperationalError as error:
        if "readonly" in str(error.orig).replace("-", "").lower():
            raise StoreError(
                f"The database at {engine.safe_url(url)} is read-only, so it cannot be changed."
            ) from error
        raise StoreError(
            f"The database at {engine.safe_url(url)} is unavailable ({_first_line(error.orig)})."
        ) from error
    except IntegrityError as error:
        raise StoreError(f"The database refused the change ({_first_line(error.orig)}).") from error
    except SQLAlchemyError as error:
        raise StoreError(f"The database at {engine.safe_url(url)} failed ({_first_line(error)}).") from error


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
