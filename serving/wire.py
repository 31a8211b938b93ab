"""The HTTP format of one remote edit: a JSON request, and a stream of JSON lines back.

Request: the image and mask travel as base64 PNG (or NPY for an array mask), the rest as JSON.
Response: NDJSON lines, `{"progress": [step, total, stage]}` while the edit runs, then one
`{"result": ...}` (images as base64 PNG, arrays as base64 NPY, the rest as JSON) or one
`{"error": sentence, "kind": class name}`. The result is rebuilt field by field from
`EditResult`'s own dataclass fields, so both ends stay in step with it.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import json
from typing import Any

import numpy as np
from PIL import Image

from zone_tools import errors
from zone_tools.action import Action
from zone_tools.result import EditResult

ZONE_ERRORS: dict[str, type[errors.ZoneError]] = {
    cls.__name__: cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.ZoneError)
}


def encode_image(image: Image.Image) -> str:
    """`image` as base64 PNG text (lossless; the compression level favours speed)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def decode_image(text: str) -> Image.Image:
    """The image of `encode_image`, fully loaded."""
    image = Image.open(io.BytesIO(base64.b64decode(text, validate=True)))
    image.load()
    return image


def encode_array(array: np.ndarray) -> str:
    """`array` as base64 NPY text (dtype and shape kept, no pickling)."""
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array), allow_pickle=False)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def decode_array(text: str) -> np.ndarray:
    """The array of `encode_array`."""
    return np.load(io.BytesIO(base64.b64decode(text, validate=True)), allow_pickle=False)


def edit_request(
    image: Image.Image,
    instruction: str,
    *,
    action: Action | str | None,
    mask: np.ndarray | Image.Image | None,
    seed: int | None,
    params: dict[str, Any] | None,
) -> dict[str, Any]:
    """The JSON body of one edit request."""
    body: dict[str, Any] = {
        "image": encode_image(image),
        "instruction": instruction,
        "action": None if action is None else Action(action).value,
        "seed": seed,
        "params": params,
    }
    if isinstance(mask, Image.Image):
        body["mask_png"] = encode_image(mask)
    elif mask is not None:
        body["mask_npy"] = encode_array(np.asarray(mask))
    return body


def request_arguments(body: dict[str, Any]) -> tuple[Image.Image, str, dict[str, Any]]:
    """Image, instruction and the editor's keyword arguments of a request body."""
    mask: np.ndarray | Image.Image | None = None
    if "mask_png" in body:
        mask = decode_image(body["mask_png"])
    elif "mask_npy" in body:
        mask = decode_array(body["mask_npy"])
    options = {"action": body.get("action"), "mask": mask, "seed": body.get("seed"), "params": body.get("params")}
    return decode_image(body["image"]), body["instruction"], options


def progress_line(step: int, total: int, stage: str) -> bytes:
    """One progress report as an NDJSON line."""
    return _line({"progress": [step, total, stage]})


def error_line(error: BaseException) -> bytes:
    """A failed edit as an NDJSON line: the user-facing sentence and its error class."""
    return _line({"error": str(error), "kind": type(error).__name__})


def result_line(result: EditResult) -> bytes:
    """A finished edit as an NDJSON line."""
    fields: dict[str, Any] = {}
    for item in dataclasses.fields(result):
        value = getattr(result, item.name)
        if isinstance(value, Image.Image):
            fields[item.name] = {"png": encode_image(value)}
        elif isinstance(value, np.ndarray):
            fields[item.name] = {"npy": encode_array(value)}
        elif isinstance(value, Action):
            fields[item.name] = value.value
        else:
            fields[item.name] = value
    return _line({"result": fields})


def parse_result(fields: dict[str, Any]) -> EditResult:
    """The `EditResult` of a result line."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(EditResult):
        value = fields[item.name]
        if isinstance(value, dict) and set(value) == {"png"}:
            value = decode_image(value["png"])
        elif isinstance(value, dict) and set(value) == {"npy"}:
            value = decode_array(value["npy"])
        values[item.name] = value
    values["action"] = Action(values["action"])
    return EditResult(**values)


def raise_error(message: str, kind: str) -> None:
    """Raise the error a worker reported: the same `ZoneError` class, a `ValueError` for settings
    the editor refused (as the in-process editor raises it), else a `ZoneError` saying where."""
    if kind in ZONE_ERRORS:
        raise ZONE_ERRORS[kind](message)
    if kind == "ValueError":
        raise ValueError(message)
    raise errors.ZoneError(f"The edit worker failed ({kind}: {message}); nothing was stored.")


def _line(document: dict[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode("utf-8") + b"\n"
