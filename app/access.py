"""Who is looking at the page, and what they may open.

On this machine alone (the server listens on a loopback address and no OpenID Connect provider is
set) the app is a single-person app: everything belongs to `storage.LOCAL_OWNER`, as in the CLI.
When it listens beyond this machine, or `[auth]` is set in `.streamlit/secrets.toml`, the editor
needs sign-in with Streamlit's own `st.login` (Authlib under it); each person is an owner, known by
their provider's issuer and subject, and sees and opens only their own sessions.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import streamlit as st

from storage import LOCAL_OWNER


@dataclass(frozen=True)
class Person:
    """The owner string the store files this person's sessions under, and a name to greet them by."""

    owner: str
    name: str | None = None

    @property
    def signed_in(self) -> bool:
        return self.owner != LOCAL_OWNER


def listens_beyond_this_machine() -> bool:
    """True unless the server is bound to a loopback address (no address at all means every interface)."""
    address = (st.get_option("server.address") or "").strip().strip("[]")
    if not address:
        return True
    if address == "localhost":
        return False
    try:
        return not ipaddress.ip_address(address).is_loopback
    except ValueError:
        return True


def providers() -> list[str | None]:
    """The OpenID Connect providers set in `[auth]` of secrets.toml (None: the unnamed default one)."""
    if not st.secrets.load_if_toml_exists() or "auth" not in st.secrets:
        return []
    auth: Mapping[str, Any] = st.secrets["auth"]
    named = [name for name, value in auth.items() if isinstance(value, Mapping) and "client_id" in value]
    return ([None] if "client_id" in auth else []) + sorted(named)


def sign_in_required() -> bool:
    """Whether the editor is for signed-in people only (listening beyond this machine, or a provider set)."""
    return listens_beyond_this_machine() or bool(providers())


def owner_of(user: Mapping[str, Any]) -> str | None:
    """A signed-in person's owner string: their provider's issuer and their subject (else e-mail)."""
    subject = user.get("sub") or user.get("email")
    if not subject:
        return None
    return f"{user.get('iss') or 'oidc'}#{subject}"


def current_person() -> Person | None:
    """The person at this page; None while sign-in is required and they have not signed in."""
    if not sign_in_required():
        return Person(LOCAL_OWNER)
    if not providers() or not st.user.is_logged_in:
        return None
    owner = owner_of(dict(st.user))
    if owner is None:
        return None
    name = st.user.get("name") or st.user.get("email") or st.user.get("sub")
    return Person(owner, str(name) if name else None)


def sign_in_page() -> None:
    """The page of someone who must sign in first: a button per provider, or why there is none."""
    st.title("ZONE chat editor")
    found = providers()
    if not found:
        st.error(
            "This app listens beyond this machine, so it needs sign-in, and no OpenID Connect provider "
            "is set in .streamlit/secrets.toml ([auth]). Set one, or run it for yourself alone with "
            "`make run` (it listens on 127.0.0.1)."
        )
        return
    st.markdown("Sign in to edit your photos. Your sessions are yours alone: nobody else sees or opens them.")
    for provider in found:
        label = "Sign in" if provider is None else f"Sign in with {provider}"
        if st.button(label, key=f"login-{provider or 'default'}", icon=":material/login:", type="primary"):
            if provider is None:
                st.login()
            else:
                st.login(provider)


def account_panel(person: Person) -> None:
    """Who is signed in, and the way out."""
    st.caption(f"Signed in as {person.name or 'you'}.")
    if st.button("Sign out", key="logout", icon=":material/logout:"):
        st.logout()
