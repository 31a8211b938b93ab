"""The settings panel: what the person asks of the next edit beyond their words."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import streamlit as st
from PIL import Image

from assistant import presentation as view
from zone_tools import EditParams

PHOTO_TYPES = ["png", "jpg", "jpeg", "webp"]
ACTIONS = {"auto": None, "add": "add", "remove": "remove", "change": "change"}


@dataclass(frozen=True)
class EditChoices:
    """What the settings panel asks of the next edit: parameters, an action, and where (box or mask)."""

    params: dict[str, Any]
    action: str | None
    box: view.Box | None = None
    mask: Image.Image | None = None

    def send_kwargs(self, size: tuple[int, int] | None) -> dict[str, Any]:
        """`Assistant.send` keywords for a base image of `size`: params, action and the mask, if any."""
        mask = self.mask
        if mask is None and self.box is not None and size is not None:
            mask = view.rect_mask(size, self.box)
        return {"params": self.params, "action": self.action, "mask": mask}


def uploaded_mask(upload: Any) -> Image.Image | None:
    """The uploaded mask picture, or None (said in the panel) when it cannot be read."""
    try:
        mask = Image.open(io.BytesIO(upload.getvalue()))
        mask.load()
    except (OSError, ValueError):
        st.error("That mask is not a picture I can read: use a PNG, white where the edit goes.")
        return None
    return mask


def settings_panel(preview: Image.Image | None, tiny: bool) -> EditChoices:
    """Steps, seed, guidance, thresholds, action override and an optional mask."""
    defaults = EditParams()
    params: dict[str, Any] = {
        "steps": int(st.number_input("Denoising steps", 1, 200, 2 if tiny else defaults.steps, key="steps")),
        "text_guidance": st.slider("Text guidance", 1.0, 15.0, defaults.text_guidance, 0.5, key="text_g"),
        "image_guidance": st.slider("Image guidance", 1.0, 3.0, defaults.image_guidance, 0.1, key="image_g"),
        "tau": st.slider("Localization threshold tau", 0, 255, defaults.tau, key="tau"),
        "dilate_iterations": st.slider("Mask dilation", 0, 16, defaults.dilate_iterations, key="dilate"),
        "smoother_threshold": st.slider(
            "Edge smoother threshold", 0.0, 100.0, defaults.smoother_threshold, 1.0, key="smooth"
        ),
    }
    seed = st.number_input("Seed (empty: random)", 0, 2**31 - 1, value=None, key="seed")
    if seed is not None:
        params["seed"] = int(seed)
    action = ACTIONS[st.selectbox("Action", list(ACTIONS), key="action", help="auto: read from your words")]
    where = st.radio("Where", ["Anywhere (found by ZONE)", "Rectangle", "Mask image"], key="where")
    if where == "Rectangle":
        left, right = st.slider("Left – right (%)", 0, 100, (25, 75), key="box_x")
        top, bottom = st.slider("Top – bottom (%)", 0, 100, (25, 75), key="box_y")
        box = (left / 100, top / 100, right / 100, bottom / 100)
        if preview is not None:
            st.image(view.draw_box(preview, box), caption="The edit stays inside the box", width="stretch")
        return EditChoices(params, action, box=box)
    if where == "Mask image":
        upload = st.file_uploader("Mask (white = edit here)", type=PHOTO_TYPES, key="mask_upload")
        return EditChoices(params, action, mask=uploaded_mask(upload) if upload is not None else None)
    return EditChoices(params, action)
