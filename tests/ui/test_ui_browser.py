"""The app in a real browser: Debian's Chromium driven by Playwright against `streamlit run`.

Attach a photo, ask for an edit, see the result, go back to round 0, and open the share link in a
second page that shows the same rounds read-only. Screenshots are saved under the test's tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from skimage import data
from ui_browser import CHROMIUM, CHROMIUM_ARGS, needs_chromium, settled, streamlit_app

from storage import Store

EDIT_TIMEOUT_MS = 180_000
pytestmark = needs_chromium


@pytest.fixture
def app_url(tmp_path: Path, db_url: str) -> Iterator[str]:
    """`streamlit run streamlit_app.py` on 127.0.0.1, tiny models, this test's database."""
    with streamlit_app(db_url, tmp_path / "streamlit.log") as url:
        yield url


def test_edit_go_back_and_share_in_a_real_browser(app_url: str, db_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    photo = tmp_path / "coffee.png"
    Image.fromarray(data.coffee()).save(photo)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            page.goto(app_url)
            chat = page.get_by_test_id("stChatInput")
            expect(chat).to_be_visible(timeout=60_000)
            expect(page.get_by_text("edits are noise")).to_be_visible()

            chat.locator("input[type=file]").set_input_files(str(photo))
            page.get_by_test_id("stChatInputTextArea").fill("remove the cup")
            send = page.get_by_role("button", name="Send message")
            expect(send).to_be_enabled(timeout=30_000)
            send.click()
            result = page.get_by_test_id("stImageCaption").filter(has_text="Round 1: remove the cup")
            expect(result).to_be_visible(timeout=EDIT_TIMEOUT_MS)
            expect(page.get_by_test_id("stImageCaption").filter(has_text="Round 0: your photo")).to_be_visible()
            expect(page.get_by_role("tab", name="Before / after")).to_be_visible()
            settled(page)
            expect(page.get_by_role("button", name="Continue from here")).to_be_visible()
            page.screenshot(path=str(tmp_path / "edit.png"))
            work = page.get_by_test_id("stExpander").filter(has_text="What I did")
            work.get_by_text("What I did").click()
            expect(work.get_by_text("edit_image")).to_be_visible()
            work.screenshot(path=str(tmp_path / "what-i-did.png"))

            store = Store(db_url)
            [session] = store.sessions()
            root, edited = store.rounds(session.id)
            assert edited.parent_id == root.id and edited.instruction == "remove the cup"

            page.locator(f".st-key-round-{root.id}").get_by_role("button", name="Continue from here").click()
            expect(page.locator(f".st-key-round-{root.id}")).to_contain_text("current")
            expect(
                page.locator(f".st-key-round-{edited.id}").get_by_role("button", name="Continue from here")
            ).to_be_visible()
            assert store.current_round(session.id).id == root.id

            page.get_by_role("tab", name="Share").click()
            page.get_by_role("button", name="Share", exact=True).click()
            link = page.get_by_test_id("stSidebar").get_by_test_id("stCode").inner_text(timeout=30_000).strip()
            assert "?share=" in link

            shared = browser.new_page(viewport={"width": 1400, "height": 1400})
            shared.goto(link)
            expect(shared.get_by_text("Read-only view of a shared session")).to_be_visible(timeout=60_000)
            captions = shared.get_by_test_id("stImageCaption")
            expect(captions.filter(has_text="Round 1: remove the cup")).to_be_visible()
            expect(captions.filter(has_text="Round 0: your photo")).to_be_visible()
            expect(shared.locator(f".st-key-round-{root.id}")).to_contain_text("current")
            expect(shared.get_by_test_id("stChatInput")).to_have_count(0)
            expect(shared.get_by_role("button", name="Continue from here")).to_have_count(0)
            settled(shared)
            expect(shared.get_by_role("button", name="Download bundle (.zip)")).to_be_visible()
            shared.screenshot(path=str(tmp_path / "share.png"))
            store.close()
        finally:
            browser.close()
