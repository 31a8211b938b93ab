"""A local Ray instance serving two tiny-model edit replicas, shared by the module's tests."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ray = pytest.importorskip("ray")
serve = pytest.importorskip("ray.serve")

from serving.deployment import build_app  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, replicas: int, limit: float = 240.0) -> None:
    """Block until `replicas` replicas are alive and the route answers."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status = serve.status().applications.get("zone")
        alive = 0
        if status is not None:
            deployment = status.deployments.get("EditWorker")
            alive = 0 if deployment is None else deployment.replica_states.get("RUNNING", 0)
        if alive >= replicas:
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
        time.sleep(0.5)
    raise TimeoutError(f"the edit replicas at {url} did not come up in {limit:.0f} s")


@pytest.fixture(scope="package")
def workers() -> Iterator[str]:
    """The URL of two tiny-model replicas on 127.0.0.1."""
    port = _free_port()
    env = {
        "ZONE_MODELS": "tiny",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    ray.init(num_cpus=2, include_dashboard=False, runtime_env={"env_vars": env}, log_to_driver=False)
    try:
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        serve.run(build_app(2, cpus_per_replica=0.5, models="tiny"), name="zone", route_prefix="/", blocking=False)
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(url, 2)
        yield url
    finally:
        serve.shutdown()
        ray.shutdown()


@pytest.fixture
def wait_healthy() -> Callable[[str, int], None]:
    """Block until a number of replicas answer (after one was killed)."""
    return _wait_healthy
