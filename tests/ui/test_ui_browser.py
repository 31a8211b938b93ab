"""The app in a real browser: Debian's Chromium driven by Playwright against `streamlit run`.

Attach a photo, ask for an edit, see the result, go back to round 0, and open the share link in a
second page that shows the same rounds read-only. Screenshots are saved under the test's tmp_path.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from skimage import data

from storage import Store

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
EDIT_TIMEOUT_MS = 180_000

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's Chromium is missing at /usr/bin/chromium (apt-get install chromium)"
)


def free_port() -> int:
    """A localhost TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    """Block until Streamlit answers its health check; fail with its log if it dies or never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not become healthy in {seconds} s:\n{log.read_text()}")


def settled(page: Any) -> None:
    """Wait until the app's script run is over, so the page shows no stale elements."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=60_000)


@pytest.fixture
def app_url(tmp_path: Path, db_url: str) -> Iterator[str]:
    """`streamlit run streamlit_app.py` on a free port, tiny models, this test's database."""
    port = free_port()
    env = {**os.environ, "ZONE_MODELS": "tiny", "ZONE_DB_URL": db_url, "HF_HUB_OFFLINE": "1"}
    env.pop("ZONE_LLM", None)
    log = tmp_path / "streamlit.log"
    streamlit = Path(sys.executable).with_name("streamlit")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(streamlit), "run", "streamlit_app.py", "--server.headless", "true", "--server.port", str(port),
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://localhost:{port}"
    try:
        wait_until_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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

            store = Store(db_url)
            [session] = store.sessions()
            root, edited = store.rounds(session.id)
            assert edited.parent_id == root.id and edited.instruction == "remove the cup"

            page.locator(f".st-key-round-{root.id}").get_by_role("button", name="Continue from here").click()
            expect(page.locator(f".st-key-round-{root.id}")).to_contain_text("current")
            expect(page.locator(f".st-key-round-{edited.id}").get_by_role("button", name="Continue from here")
                   ).to_be_visible()
            assert store.current_round(session.id).id == root.id

            page.get_by_role("tab", name="Share").click()
            page.get_by_role("button", name="Share").click()
            link = page.get_by_test_id("stCode").inner_text(timeout=30_000).strip()
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
