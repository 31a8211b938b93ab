"""The self-contained HTML history page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from storage import Store


class Collector(HTMLParser):
    """Collects element names and the URLs the page would load."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.sources += [value or "" for name, value in attrs if name in ("src", "srcset")]
        self.sources += [value or "" for name, value in attrs if name == "href" and tag == "link"]


def test_history_page_is_self_contained_and_escaped(store: Store, make_image, edit, tmp_path: Path) -> None:
    session = store.create_session("Tie <b>test</b>")
    upload = store.add_round(session, make_image(seed=0))
    tie = store.add_round(session, make_image(seed=1), parent_id=upload, **edit(1, "<script>alert(1)</script>"))
    store.checkout(session, upload)
    store.add_round(session, make_image(seed=2), parent_id=upload, **edit(2, "give him a hat"))
    store.add_message(session, "user", "make it <img src=x onerror=alert(1)>", round_id=tie)
    page = store.export_html(session, tmp_path / "out" / "history.html").read_text("utf-8")
    parser = Collector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert parser.sources and all(src.startswith("data:image/") for src in parser.sources)
    assert len(parser.sources) == 3 + 2 * 5
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "Tie &lt;b&gt;test&lt;/b&gt;" in page
    assert "give him a hat" in page and 'href="#round-2"' in page
    assert "Content-Security-Policy" in page
    assert not re.search(r"https?://", page)
