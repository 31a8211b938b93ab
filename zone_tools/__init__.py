"""The ZONE method: image + instruction in, local edit out. Knows nothing of chat or storage."""

from zone_tools.action import Action
from zone_tools.config import EditParams, ZoneConfig
from zone_tools.editor import ZoneEditor
from zone_tools.errors import BadImageError, BadInstructionError, BadMaskError, ModelNotFoundError, ZoneError
from zone_tools.result import EditResult

__all__ = [
    "Action",
    "BadImageError",
    "BadInstructionError",
    "BadMaskError",
    "EditParams",
    "EditResult",
    "ModelNotFoundError",
    "ZoneConfig",
    "ZoneEditor",
    "ZoneError",
]
