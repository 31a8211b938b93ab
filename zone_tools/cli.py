"""`zone edit`, `zone models download|status`, `zone train-action` and `zone train-dialogue`: the core from the shell."""

from __future__ import annotations

import argparse
from pathlib import Path

from tqdm import tqdm

from language.action import train as action_train
from language.dialogue import train as dialogue_train
from zone_tools.action import Action
from zone_tools.config import ZoneConfig
from zone_tools.download import download_models, model_status
from zone_tools.editor import ZoneEditor
from zone_tools.imageio import load_image, validate_instruction
from zone_tools.result import EditResult

STAGE_LABELS = {"denoise": "denoising", "localize": "localizing", "segment": "segmenting",
                "smooth": "smoothing", "blend": "blending"}


def _edit(args: argparse.Namespace) -> int:
    image = load_image(args.image)
    instruction = validate_instruction(args.instruction)
    editor = ZoneEditor.from_env(args.models)
    params = {"steps": args.steps} if args.steps else None
    with tqdm(total=1, unit="step", desc="loading models") as bar:

        def progress(step: int, total: int, stage: str) -> None:
            bar.set_description(STAGE_LABELS.get(stage, stage))
            bar.total = total
            bar.n = step
            bar.refresh()

        result = editor.edit(
            image, instruction, action=args.action, mask=args.mask,
            seed=args.seed, params=params, on_progress=progress,
        )
    _save(result, args)
    print(f"{result.action.value}: wrote {args.output} (seed {result.seed}, {result.timings['total']:.1f} s)")
    for note in result.notes:
        print(f"note: {note}")
    return 0


def _save(result: EditResult, args: argparse.Namespace) -> None:
    """Write the requested outputs, only once the edit has fully succeeded."""
    args.output.parent.mkdir(parents=True, exist_ok=True)
    result.image.save(args.output)
    if args.layer:
        args.layer.parent.mkdir(parents=True, exist_ok=True)
        result.layer.save(args.layer)
    if args.masks:
        args.masks.mkdir(parents=True, exist_ok=True)
        for name, mask in result.mask_images().items():
            mask.save(args.masks / f"{name}_mask.png")
        result.canvas.save(args.masks / "canvas.png")
        result.attention_image().save(args.masks / "attention.png")


def _models(args: argparse.Namespace) -> int:
    config = ZoneConfig.from_env(models=args.models)
    if config.models == "tiny":
        print("tiny models are built in-process: nothing to download")
        return 0
    statuses = download_models(config) if args.action == "download" else model_status(config)
    for status in statuses:
        print(f"{'present' if status.present else 'MISSING':8} {status.name:28} {status.location}")
    return 0 if all(status.present for status in statuses) else 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add `edit`, `models`, `train-action` and `train-dialogue` to the `zone` command."""
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
    edit.set_defaults(func=_edit)

    models = sub.add_parser("models", help="download the model weights or show which are present")
    models.add_argument("action", choices=["download", "status"])
    models.add_argument("--models", help="default or a folder (default: ZONE_MODELS)")
    models.set_defaults(func=_models)

    action_train.add_cli(sub)
    dialogue_train.add_cli(sub)
