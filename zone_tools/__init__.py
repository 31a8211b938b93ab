"""The ZONE method: image + instruction in, local edit out. Knows nothing of chat or storage.

Names are imported on first use, so `import zone_tools.stages.localize` (numpy only) does not pay for
torch and diffusers.
"""

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Action": "zone_tools.action",
    "EditParams": "zone_tools.config",
    "ZoneConfig": "zone_tools.config",
    "ZoneEditor": "zone_tools.editor",
    "EditResult": "zone_tools.result",
    "ZoneError": "zone_tools.errors",
    "BadImageError": "zone_tools.errors",
    "BadInstructionError": "zone_tools.errors",
    "BadMaskError": "zone_tools.errors",
    "ModelNotFoundError": "zone_tools.errors",
    "ChecksumError": "zone_tools.errors",
    "ProgressCallback": "zone_tools.progress",
    "GpuMemoryError": "zone_tools.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import an exported name from its module on first access."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'zone_tools' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
