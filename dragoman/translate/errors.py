"""Errors of the model manager; ``str(error)`` is one sentence a person can act on."""

from __future__ import annotations

from dragoman.errors import UserFacingError


class PackageError(UserFacingError):
    """A package could not be listed, installed, removed or downloaded."""


class DownloadCancelled(PackageError):
    """The person cancelled a download; nothing was installed."""
