"""`zone edit`, `zone models download|status`, `zone train-action` and `zone train-dialogue`: the core
from the shell."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from language.action import train as action_train
from language.dialogue import train as dialogue_train
from zone_tools.action import Action
from zone_tools.config import ZoneConfig
from zone_tools.download import download_models, model_status
from zone_tools.editor import ZoneEditor
from zone_tools.imageio import load_image, validate_instruction
from zone_tools.loading import runtime_summary
from zone_tools.outputs import OutputError, check_file, check_folder, write_all
from zone_tools.progress_bar import ProgressBar
from zone_tools.result import EditResult


def _edit(args: argparse.Namespace) -> int:
    image = load_image(args.image)
    instruction = validate_instruction(args.instruction)
    _check_targets(args)
    editor = args.make_editor(args.models)
    params = {"steps": args.steps} if args.steps else None
    with ProgressBar("loading models") as progress:
        result = editor.edit(
            image,
            instruction,
            action=args.action,
            mask=args.mask,
            seed=args.seed,
            params=params,
            on_progress=progress,
        )
    write_all(_pictures(result, args))
    print(
        f"{result.action.value}: wrote {args.output} (seed {result.seed}, {result.timings['total']:.1f} s "
        f"on {editor.runs_on})"
    )
    for note in result.notes:
        print(f"note: {note}")
    return 0


def _check_targets(args: argparse.Namespace) -> None:
    """Refuse outputs that could not be written before the models load and the edit runs."""
    check_file(args.output, "RGB")
    if args.layer:
        if args.layer.absolute() == args.output.absolute():
            raise OutputError(f"Cannot write the photo and the layer to the same file {args.output}.")
        check_file(args.layer, "RGBA")
    if args.masks:
        check_folder(args.masks)


def _pictures(result: EditResult, args: argparse.Namespace) -> dict[Path, Image.Image]:
    """The requested outputs by path: the photo, then the layer, then the masks, canvas and attention."""
    pictures = {args.output: result.image}
    if args.layer:
        pictures[args.layer] = result.layer
    if args.masks:
        for name, mask in result.mask_images().items():
            pictures[args.masks / f"{name}_mask.png"] = mask
        pictures[args.masks / "canvas.png"] = result.working_canvas
        pictures[args.masks / "attention.png"] = result.attention_image()
    return pictures


def _models(args: argparse.Namespace) -> int:
    config = ZoneConfig.from_env(models=args.models)
    if config.models == "tiny":
        print("tiny models are built in-process: nothing to download")
        return 0
    statuses = download_models(config) if args.action == "download" else model_status(config)
    for status in statuses:
        print(f"{'present' if status.present else 'MISSING':8} {status.name:28} {status.location}")
    print(f"runs on: {runtime_summary(config)}")
    return 0 if all(status.present for status in statuses) else 1


def register(sub: argparse._SubParsersAction, make_editor: Callable[[str | None], Any] = ZoneEditor.from_env) -> None:
    """Add `edit`, `models`, `train-action` and `train-dialogue` to the `zone` command; `zone edit` edits with the
    editor `make_editor(models)` gives (the `zone` command passes one that may be remote)."""
    edit = sub.add_parser("edit", help="edit one photo by an instruction")
    edit.add_argument("image", help="the photo to edit")
    edit.add_argument("instruction", help='what to do, e.g. "make his tie blue"')
    edit.add_argument("-o", "--output", type=Path, required=True, help="where to write the edited photo")
    edit.add_argument("--layer", type=Path, help="also write the edited layer (RGBA PNG)")
    edit.add_argument("--masks", type=Path, help="also write rough/refined/final masks, canvas and attention here")
    edit.add_argument("--action", choices=[action.value for action in Action], help="override the classifier")
    edit.add_argument("--mask", help="a mask picture of where to edit (replaces the attention region)")
    edit.add_argument("--seed", type=int, help="seed of the initial noise (repeatable results)")
    edit.add_argument("--steps", type=int, help="denoising steps (default 20)")
    edit.add_argument("--models", help="tiny, default or a folder (default: ZONE_MODELS)")
    edit.set_defaults(func=_edit, make_editor=make_editor)

    models = sub.add_parser("models", help="download the model weights or show which are present")
    models.add_argument("action", choices=["download", "status"])
    models.add_argument("--models", help="default or a folder (default: ZONE_MODELS)")
    models.set_defaults(func=_models)

    action_train.add_cli(sub)
    dialogue_train.add_cli(sub)
