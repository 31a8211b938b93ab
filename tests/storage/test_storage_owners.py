"""Sessions belong to an owner: listing and opening by owner, with no oracle for other owners' ids."""

from __future__ import annotations

import pytest

from storage import LOCAL_OWNER, NotFoundError, Store, StoreError


def test_sessions_are_listed_per_owner(store: Store) -> None:
    local = store.create_session("mine")
    alice = store.create_session("alice's", owner="alice")
    bob = store.create_session("bob's", owner="bob")
    assert [info.id for info in store.sessions()] == [local]
    assert [info.id for info in store.sessions(owner="alice")] == [alice]
    assert [(info.id, info.owner) for info in store.sessions(owner="bob")] == [(bob, "bob")]
    assert store.session(local).owner == LOCAL_OWNER
    assert store.sessions(owner="nobody") == []


def test_another_owners_session_reads_exactly_like_a_missing_one(store: Store) -> None:
    alice = store.create_session(owner="alice")
    assert store.session(alice, owner="alice").id == alice
    assert store.session(alice).owner == "alice"
    with pytest.raises(NotFoundError) as foreign:
        store.session(alice, owner="bob")
    missing = "f" * 32
    with pytest.raises(NotFoundError) as absent:
        store.session(missing, owner="bob")
    assert str(foreign.value).replace(alice, "ID") == str(absent.value).replace(missing, "ID")
    assert type(foreign.value) is type(absent.value)


def test_imported_bundle_belongs_to_the_importer(store: Store, make_image, tmp_path) -> None:
    session = store.create_session("trip", owner="alice")
    store.add_round(session, make_image())
    bundle = store.export_bundle(session, tmp_path / "trip.zip")
    imported = store.import_bundle(bundle, owner="bob")
    assert store.session(imported, owner="bob").title == "trip"
    assert store.import_bundle(bundle) in {info.id for info in store.sessions()}


@pytest.mark.parametrize("owner", ["", None, 5, "x" * 201, "\ud800"])
def test_bad_owners_are_refused_and_change_nothing(store: Store, snapshot, owner: object) -> None:
    before = snapshot()
    with pytest.raises(StoreError):
        store.create_session(owner=owner)  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.sessions(owner=owner)  # type: ignore[arg-type]
    assert snapshot() == before
