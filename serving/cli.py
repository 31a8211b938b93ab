"""`zone serve`: run the edit workers on a local Ray instance until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `zone serve` to the `zone` command."""
    serve = subparsers.add_parser(
        "serve",
        help="run ZONE edit workers on Ray Serve (point the app at them with ZONE_EDITOR_URL)",
        description="Run N editor replicas behind one HTTP address; one GPU each where there are GPUs.",
    )
    serve.add_argument(
        "--replicas", type=_positive, default=None, help="number of replicas (default: one per GPU, else 1)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--models", help="tiny, default or a folder (default: ZONE_MODELS)")
    serve.add_argument("--preload", action="store_true", help="load the models when a replica starts")
    serve.set_defaults(func=_serve)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _serve(args: argparse.Namespace) -> int:
    import ray
    import torch
    from ray import serve

    from serving.deployment import build_app

    gpus = torch.cuda.device_count()
    replicas = args.replicas or max(gpus, 1)
    ray.init(include_dashboard=False)
    serve.start(http_options={"host": args.host, "port": args.port})
    serve.run(
        build_app(replicas, gpus_per_replica=1.0 if gpus else 0.0, models=args.models, preload=args.preload),
        name="zone",
        route_prefix="/",
    )
    print(
        f"zone serve: {replicas} replica(s) at http://{args.host}:{args.port} "
        f"({'one GPU each' if gpus else 'CPU'}); set ZONE_EDITOR_URL to use them. Ctrl-C stops.",
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    serve.shutdown()
    ray.shutdown()
    return 0
