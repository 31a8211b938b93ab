"""Errors raised by the store, each carrying one user-facing sentence."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every storage error; `str(error)` is a sentence fit to show a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BundleError(StoreError):
    """A bundle could not be written or was refused on import; nothing was changed."""


class NotFoundError(StoreError, KeyError):
    """An unknown (or revoked) session, round or share token."""
