"""Missing models fetched on first use: SAM's checkpoint from a server on 127.0.0.1, with progress,
a verified SHA-256 (a corrupt copy is deleted and fetched again) and never when offline."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import huggingface_hub.constants
import numpy as np
import pytest
import torch

from tests.core.conftest import FAST
from zone_tools import ChecksumError, ModelNotFoundError, ZoneConfig, ZoneEditor, loading, progress
from zone_tools import download as download_module
from zone_tools.config import Checkpoint
from zone_tools.download import CHUNK, download_file, fetch_sam, sam_checkpoint_path
from zone_tools.tiny import tiny_models, tiny_sam

PAYLOAD = bytes(range(256)) * (CHUNK // 256 * 2 + 3)  # two full chunks and a bit: several progress calls
DIGEST = hashlib.sha256(PAYLOAD).hexdigest()


@dataclass
class Server:
    """What the server serves: `bodies` in turn (the last one from then on), and the paths asked."""

    base: str
    bodies: list[bytes]
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[Server]:
    """An HTTP server on 127.0.0.1 serving its `bodies` at every path."""
    state = Server("", [PAYLOAD])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            body = state.bodies[min(len(state.requests), len(state.bodies)) - 1]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Keep the test output quiet."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}/sam/"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    """huggingface_hub's offline flag off (the only server reached is the one on 127.0.0.1)."""
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)


@pytest.fixture
def tiny_checkpoint(monkeypatch: pytest.MonkeyPatch) -> Checkpoint:
    """vit_b's published file name with the digest of the served payload."""
    checkpoint = Checkpoint("sam_vit_b_01ec64.pth", DIGEST)
    monkeypatch.setitem(download_module.SAM_CHECKPOINTS, "vit_b", checkpoint)
    return checkpoint


def config_for(server: Server, tmp_path: Path) -> ZoneConfig:
    return ZoneConfig(sam_type="vit_b", sam_url=server.base, cache_dir=str(tmp_path / "cache"), device="cpu")


def test_known_digests_are_the_published_ones() -> None:
    assert download_module.SAM_CHECKPOINTS["vit_h"].sha256.startswith("a7bf3b02")
    assert all(len(c.sha256) == 64 for c in download_module.SAM_CHECKPOINTS.values())


def test_download_reports_progress_and_verifies(server: Server, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    target = download_file(server.base + "x.pth", tmp_path / "x.pth", DIGEST, lambda *call: calls.append(call))
    assert target.read_bytes() == PAYLOAD
    assert calls[-1] == (len(PAYLOAD), len(PAYLOAD), "download") and len(calls) >= 3
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)
    assert list(tmp_path.iterdir()) == [target]


def test_a_corrupt_download_is_deleted_and_fetched_again(server: Server, tmp_path: Path) -> None:
    server.bodies = [PAYLOAD[:-1] + b"!", PAYLOAD]
    target = download_file(server.base + "x.pth", tmp_path / "x.pth", DIGEST, lambda *call: None)
    assert target.read_bytes() == PAYLOAD and len(server.requests) == 2


def test_a_copy_corrupt_every_time_is_refused_and_nothing_remains(server: Server, tmp_path: Path) -> None:
    server.bodies = [b"not a checkpoint"]
    with pytest.raises(ChecksumError, match="SHA-256") as caught:
        download_file(server.base + "x.pth", tmp_path / "x.pth", DIGEST, lambda *call: None)
    assert "\n" not in str(caught.value)
    assert len(server.requests) == 2 and list(tmp_path.iterdir()) == []


def test_sam_is_fetched_on_first_use_from_the_configured_url(
    server: Server, tmp_path: Path, online: None, tiny_checkpoint: Checkpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = config_for(server, tmp_path)
    loaded: list[str] = []

    def build(checkpoint: str) -> torch.nn.Module:
        loaded.append(checkpoint)
        return torch.nn.Module()

    monkeypatch.setitem(loading.sam_model_registry, "vit_b", build)
    calls: list[tuple[int, int, str]] = []
    with progress.reporting(lambda *call: calls.append(call)):
        loading.load_sam(config, torch.device("cpu"))
    path = sam_checkpoint_path(config)
    assert loaded == [str(path)] and path.read_bytes() == PAYLOAD
    assert server.requests == ["/sam/sam_vit_b_01ec64.pth"]
    assert calls[-1] == (len(PAYLOAD), len(PAYLOAD), "download")
    fetch_sam(config)
    assert len(server.requests) == 1, "a present checkpoint is not fetched again"


def test_offline_never_downloads(server: Server, tmp_path: Path, tiny_checkpoint: Checkpoint) -> None:
    with pytest.raises(ModelNotFoundError, match="HF_HUB_OFFLINE") as caught:
        fetch_sam(config_for(server, tmp_path))
    message = str(caught.value)
    assert "\n" not in message and message.count(". ") == 0 and message.endswith(".")
    assert server.requests == []


def test_the_download_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONE_SAM_URL", "http://127.0.0.1:9/mirror/")
    monkeypatch.setenv("ZONE_SAM", "vit_l")
    assert download_module.sam_url(ZoneConfig.from_env()) == "http://127.0.0.1:9/mirror/sam_vit_l_0b3195.pth"


def test_an_edit_reports_the_download_of_a_model_it_loads_on_first_use(
    server: Server, tmp_path: Path, online: None, tiny_checkpoint: Checkpoint, coffee
) -> None:
    config = config_for(server, tmp_path)
    sam = tiny_sam().eval()
    fetching = replace(tiny_models(seed=0), load_sam=lambda: fetch_sam(config) and sam)
    editor = ZoneEditor(lambda: fetching, ZoneEditor.tiny().params)
    stages: list[str] = []
    mask = np.zeros((coffee.height, coffee.width), dtype=bool)
    mask[100:200, 100:300] = True
    editor.edit(
        coffee,
        "make the cup blue",
        action="change",
        mask=mask,
        seed=0,
        params=FAST,
        on_progress=lambda done, total, stage: stages.append(stage),
    )
    assert stages.index("download") < stages.index("segment") and stages[0] == "denoise"
    assert sam_checkpoint_path(config).read_bytes() == PAYLOAD


def test_hub_snapshot_progress_counts_files_and_keeps_byte_bars_quiet() -> None:
    calls: list[tuple[int, int, str]] = []
    bar_class = download_module._files_tqdm(lambda *call: calls.append(call))
    with bar_class(total=2, desc="Fetching 2 files") as files, bar_class(total=0, unit="B") as transfer:
        transfer.update(4096)
        files.update(1)
        files.update(1)
    assert calls == [(1, 2, "download"), (2, 2, "download")]
