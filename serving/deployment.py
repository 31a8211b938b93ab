"""The editor as a Ray Serve deployment: `POST /edit` streams progress lines, then the result.

Each replica holds one `ZoneEditor` (models loaded once, on the first edit or at start with
`preload`) and runs one edit at a time; Ray Serve spreads requests over the replicas and restarts
one that dies. The request runs the edit on a worker thread and forwards the editor's progress
reports as they happen.
"""

import asyncio
import threading
from collections.abc import AsyncIterator
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse
from ray import serve
from ray.serve import Application, Deployment

from serving import wire

api = FastAPI(title="ZONE edit worker")

NDJSON = "application/x-ndjson"


@serve.deployment(max_ongoing_requests=1, health_check_period_s=2, health_check_timeout_s=30)
@serve.ingress(api)
class EditWorker:
    """One replica: a ZONE editor behind HTTP."""

    def __init__(self, models: str | None = None, preload: bool = False) -> None:
        from zone_tools.editor import ZoneEditor

        self.editor = ZoneEditor.from_env(models)
        if preload:
            self.editor.load()

    @api.get("/health")
    def health(self) -> dict[str, Any]:
        """Liveness, and whether this replica's models are in memory."""
        return {"ok": True, "loaded": self.editor.is_loaded}

    @api.post("/edit")
    async def edit(self, request: Request) -> StreamingResponse:
        """Run one edit; the body is `wire.edit_request`, the answer NDJSON lines (see `wire`)."""
        body = await request.json()
        return StreamingResponse(self._run(body), media_type=NDJSON)

    async def _run(self, body: dict[str, Any]) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        lines: asyncio.Queue[bytes | None] = asyncio.Queue()

        def report(step: int, total: int, stage: str) -> None:
            loop.call_soon_threadsafe(lines.put_nowait, wire.progress_line(step, total, stage))

        def work() -> None:
            try:
                image, instruction, options = wire.request_arguments(body)
                line = wire.result_line(self.editor.edit(image, instruction, on_progress=report, **options))
            except Exception as error:  # every failure goes back to the client as one line
                line = wire.error_line(error)
            loop.call_soon_threadsafe(lines.put_nowait, line)
            loop.call_soon_threadsafe(lines.put_nowait, None)

        threading.Thread(target=work, name="zone-edit", daemon=True).start()
        while (line := await lines.get()) is not None:
            yield line


def build_app(
    replicas: int = 1,
    *,
    gpus_per_replica: float = 0.0,
    cpus_per_replica: float = 1.0,
    models: str | None = None,
    preload: bool = False,
    env: dict[str, str] | None = None,
) -> Application:
    """The deployment with `replicas` replicas, each given `gpus_per_replica` GPUs and the
    environment variables `env` (e.g. ZONE_MODELS, ZONE_DEVICE)."""
    actor_options: dict[str, Any] = {"num_cpus": cpus_per_replica, "num_gpus": gpus_per_replica}
    if env:
        actor_options["runtime_env"] = {"env_vars": dict(env)}
    deployment = cast(Deployment, EditWorker)  # `serve.deployment` made the class a Deployment
    return deployment.options(num_replicas=replicas, ray_actor_options=actor_options).bind(models, preload)
