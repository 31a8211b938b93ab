"""Errors with one plain sentence for the person at the keyboard.

Every failure the user can cause or fix (bad image, bad instruction, missing model) is a
`ZoneError`; its `str()` is shown as is by the CLI and the app, never a traceback.
"""


class ZoneError(Exception):
    """Base class: the message is a complete, user-facing sentence."""


class BadImageError(ZoneError, ValueError):
    """The input is not a usable image (unreadable, truncated, empty or too large)."""


class BadInstructionError(ZoneError, ValueError):
    """The instruction is empty, too long or otherwise unusable."""


class BadMaskError(ZoneError, ValueError):
    """A caller-given mask cannot be used (unreadable, empty, wrong size)."""


class ModelNotFoundError(ZoneError, FileNotFoundError):
    """A model's weights are not on this machine and cannot be fetched."""


class ChecksumError(ZoneError, OSError):
    """A downloaded file is not the published one (its SHA-256 differs); it was deleted."""


class GpuMemoryError(ZoneError, MemoryError):
    """The accelerator ran out of memory during an edit."""
