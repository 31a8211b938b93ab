"""Who sees what, in a real browser against a real OpenID Connect provider on 127.0.0.1.

oidc-provider-mock serves the provider on a thread; `streamlit run` gets it as `[auth]` in a secrets
file of its own, so the editor asks for sign-in (Streamlit's `st.login`, Authlib under it). Alice and
Bob sign in in two browser contexts: neither sees the other's sessions, and Alice's session id in
Bob's URL opens nothing. A share link then opens Alice's session read-only for a signed-out visitor,
and once Alice revokes it, the open page's downloads and the page itself stop working.
"""

from __future__ import annotations

import io
import json
import secrets
import threading
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from ui_browser import CHROMIUM, CHROMIUM_ARGS, needs_chromium, settled, streamlit_app

from storage import Store

pytestmark = needs_chromium


@pytest.fixture
def provider() -> Iterator[str]:
    """An OpenID Connect provider on 127.0.0.1 (any client, any subject typed into its form)."""
    import werkzeug.serving

    with warnings.catch_warnings():  # the mock still imports authlib.jose, deprecated since Authlib 1.6
        warnings.filterwarnings("ignore", message="authlib.jose module is deprecated")
        import oidc_provider_mock

    server = werkzeug.serving.make_server("127.0.0.1", 0, oidc_provider_mock.app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)


@pytest.fixture
def app_url(tmp_path: Path, db_url: str, provider: str) -> Iterator[str]:
    """The app with sign-in through `provider`, on the same host name as its redirect_uri."""
    secrets_file = tmp_path / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "zone-test"\n'
        'client_secret = "zone-test-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
    )
    with streamlit_app(db_url, tmp_path / "streamlit.log", ["--secrets.files", str(secrets_file)]) as url:
        yield url


def sign_in(page: Any, url: str, subject: str) -> None:
    """Open the app, sign in at the provider as `subject`, and come back signed in."""
    from playwright.sync_api import expect

    page.goto(url)
    page.get_by_role("button", name="Sign in").click()
    page.locator("input[name=sub]").fill(subject)
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_test_id("stChatInput")).to_be_visible(timeout=60_000)
    settled(page)


def upload(page: Any, photo: Path) -> None:
    """Attach `photo` with no words: a new session holding it as round 0."""
    from playwright.sync_api import expect

    page.get_by_test_id("stChatInput").locator("input[type=file]").set_input_files(str(photo))
    send = page.get_by_role("button", name="Send message")
    expect(send).to_be_enabled(timeout=30_000)
    send.click()
    expect(page.get_by_test_id("stImageCaption").filter(has_text="Round 0: your photo").first).to_be_visible(
        timeout=60_000
    )
    settled(page)


def sessions_tab(page: Any) -> Any:
    page.get_by_role("tab", name="Sessions").click()
    return page.get_by_test_id("stSidebar")


def test_two_people_their_sessions_and_a_revoked_share_link(app_url: str, db_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import expect, sync_playwright

    photos = {}
    for name, colour in (("alice", (200, 40, 40)), ("bob", (40, 40, 200))):
        photos[name] = tmp_path / f"{name}.png"
        Image.new("RGB", (96, 72), colour).save(photos[name])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            alice = browser.new_context(viewport={"width": 1400, "height": 1200}).new_page()
            bob = browser.new_context(viewport={"width": 1400, "height": 1200}).new_page()
            visitor = browser.new_context(viewport={"width": 1400, "height": 1200}, accept_downloads=True).new_page()

            visitor.goto(app_url)
            expect(visitor.get_by_role("button", name="Sign in")).to_be_visible(timeout=60_000)
            expect(visitor.get_by_test_id("stChatInput")).to_have_count(0)
            visitor.screenshot(path=str(tmp_path / "signed-out.png"))

            sign_in(alice, app_url, "alice")
            upload(alice, photos["alice"])
            sign_in(bob, app_url, "bob")
            upload(bob, photos["bob"])

            store = Store(db_url)
            alice_id = alice.url.split("session=", 1)[1].split("&", 1)[0]
            bob_id = bob.url.split("session=", 1)[1].split("&", 1)[0]
            assert alice_id != bob_id
            owners = {store.session(alice_id).owner, store.session(bob_id).owner}
            assert len(owners) == 2 and all(owner.endswith(("#alice", "#bob")) for owner in owners)

            for page, mine, theirs in ((alice, alice_id, bob_id), (bob, bob_id, alice_id)):
                panel = sessions_tab(page)
                expect(panel.locator(f".st-key-open-{mine}")).to_have_count(1)
                expect(panel.locator(f".st-key-open-{theirs}")).to_have_count(0)

            bob.goto(f"{app_url}/?session={alice_id}")
            expect(bob.get_by_text("There is no such session")).to_be_visible(timeout=60_000)
            settled(bob)
            expect(bob.get_by_test_id("stImage")).to_have_count(0)
            assert alice_id not in bob.url
            bob.screenshot(path=str(tmp_path / "bob-opens-alices-id.png"))

            alice.get_by_role("tab", name="Share").click()
            alice.get_by_role("button", name="Share", exact=True).click()
            link = alice.get_by_test_id("stSidebar").get_by_test_id("stCode").inner_text(timeout=30_000).strip()
            assert link.startswith(f"{app_url}/?share=")
            settled(alice)
            alice.screenshot(path=str(tmp_path / "alice-share-tab.png"))

            visitor.goto(link)
            expect(visitor.get_by_text("Read-only view of a shared session")).to_be_visible(timeout=60_000)
            expect(
                visitor.get_by_test_id("stImageCaption").filter(has_text="Round 0: your photo").first
            ).to_be_visible()
            settled(visitor)
            expect(visitor.get_by_test_id("stChatInput")).to_have_count(0)
            expect(visitor.get_by_role("tab", name="Sessions")).to_have_count(0)
            expect(visitor.get_by_test_id("stButton")).to_have_count(0)
            assert alice_id not in visitor.content() and bob_id not in visitor.content()
            with visitor.expect_download() as bundle_download:
                visitor.get_by_role("button", name="Download bundle (.zip)").click()
            bundle = bundle_download.value
            assert alice_id not in bundle.suggested_filename
            data = Path(bundle.path()).read_bytes()
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                manifest = archive.read("manifest.json").decode()
            assert alice_id not in manifest and link.rsplit("=", 1)[1] not in manifest
            json.loads(manifest)
            visitor.screenshot(path=str(tmp_path / "shared.png"))

            alice.locator(".st-key-link-1, [class*='st-key-link-']").get_by_role("button", name="Revoke").first.click()
            expect(alice.get_by_text("1 revoked link open nothing any more.")).to_be_visible(timeout=30_000)
            expect(alice.get_by_test_id("stSidebar").get_by_test_id("stCode")).to_have_count(0)

            with pytest.raises(PlaywrightError), visitor.expect_download(timeout=10_000):
                visitor.get_by_role("button", name="Download bundle (.zip)").click()
            visitor.screenshot(path=str(tmp_path / "shared-after-revoke-download.png"))
            visitor.reload()
            expect(visitor.get_by_text("does not open a session")).to_be_visible(timeout=60_000)
            expect(visitor.get_by_test_id("stImage")).to_have_count(0)
            visitor.screenshot(path=str(tmp_path / "shared-after-revoke.png"))
            store.close()
        finally:
            browser.close()
