"""Images in and out of the store: validation, PNG encoding (parallel), hashing and decoding."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Hashable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from PIL import Image

from storage.errors import StoreError
from storage.png import COLOR_TYPES, encode_png

PNG_MIME = "image/png"
STORABLE_MODES = tuple(COLOR_TYPES)
CHANNEL_MODES = {2: "LA", 3: "RGB", 4: "RGBA"}
MAX_IMAGE_PIXELS = 50_000_000  # the editor's limit (zone_tools.imageio.MAX_PIXELS); storage cannot import it

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class EncodedAsset:
    """A PNG ready to store: its bytes, their SHA-256 and the image's mode and size."""

    sha256: str
    kind: str
    width: int
    height: int
    data: bytes

    @property
    def mime(self) -> str:
        return PNG_MIME


def as_storable(image: Any, what: str) -> Image.Image:
    """`image` as a PIL image in a mode the store keeps bit-exactly (L, LA, RGB, RGBA).

    Accepts PIL images and numpy arrays (bool masks become L with 0/255, like PIL's mode "1").
    `what` names the image in the error message.
    """
    if isinstance(image, np.ndarray):
        image = _from_array(image, what)
    if not isinstance(image, Image.Image):
        raise StoreError(f"The {what} must be a PIL image or a numpy array, not {type(image).__name__}.")
    if image.mode == "1":
        image = image.convert("L")
    if image.mode not in STORABLE_MODES:
        raise StoreError(f"The {what} is a {image.mode} image; convert it to RGB, RGBA or L before storing it.")
    if image.width < 1 or image.height < 1:
        raise StoreError(f"The {what} is empty ({image.width}x{image.height} pixels).")
    return image


def _from_array(array: np.ndarray, what: str) -> Image.Image:
    """A PIL image from a uint8 HxW or HxWxC (C = 1..4) array, or from a bool HxW mask."""
    if array.dtype == np.bool_ and array.ndim == 2:
        return Image.fromarray(array.astype(np.uint8) * np.uint8(255), "L")
    if array.dtype != np.uint8:
        raise StoreError(f"The {what} array must be uint8 (or a bool mask), not {array.dtype}.")
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim == 2:
        mode = "L"
    elif array.ndim == 3 and array.shape[2] in CHANNEL_MODES:
        mode = CHANNEL_MODES[array.shape[2]]
    else:
        raise StoreError(f"The {what} array has shape {array.shape}; expected HxW, HxWx3 or HxWx4.")
    return Image.fromarray(np.ascontiguousarray(array), mode)


def encode_asset(image: Image.Image) -> EncodedAsset:
    """Encode one storable image as PNG and hash the bytes."""
    data = encode_png(image)
    return EncodedAsset(hashlib.sha256(data).hexdigest(), image.mode, image.width, image.height, data)


def encode_assets(images: Mapping[K, Image.Image]) -> dict[K, EncodedAsset]:
    """Encode several images at once, largest first, on as many threads as there are CPUs."""
    if not images:
        return {}
    order = sorted(images, key=lambda key: -images[key].width * images[key].height * len(images[key].mode))
    workers = min(len(order), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="png") as pool:
        encoded = dict(zip(order, pool.map(lambda key: encode_asset(images[key]), order), strict=True))
    return {key: encoded[key] for key in images}


def decode_asset(data: bytes) -> Image.Image:
    """A stored PNG as a fully loaded PIL image."""
    image = Image.open(io.BytesIO(data), formats=["PNG"])
    image.load()
    return image
