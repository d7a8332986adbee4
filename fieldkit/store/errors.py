"""Errors the store raises. ``KnownError`` is for the user; anything else is a bug."""

from __future__ import annotations


class KnownError(Exception):
    """A problem the user can act on: the message says what happened and what to do."""


class StoreNotInitialised(KnownError):
    pass


class StoreTooNew(KnownError):
    pass


class StoreUnreadable(KnownError):
    pass


class IdentityMismatch(KnownError):
    """The store and the device key disagree: the store was copied or restored from a backup."""


class ValidationError(KnownError):
    """Input refused by a domain rule; the message names the field and the fix."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(KnownError):
    pass


def describe_operational_error(exc: BaseException) -> KnownError | None:
    """Map the SQLite failures a user can fix to a clear message; ``None`` means it is a bug."""
    text = str(exc).lower()
    if "database or disk is full" in text or "no space left" in text:
        return KnownError("The disk is full. Free some space, then try again; nothing was saved.")
    if "database is locked" in text or "database is busy" in text:
        return KnownError("The store is busy in another Field Kit window or command. Close it or wait, then try again.")
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return KnownError("The store file cannot be written. Check the data directory's permissions.")
    if "file is not a database" in text or "malformed" in text or "unable to open" in text:
        return StoreUnreadable(
            "The store file is damaged or is not a Field Kit store. Restore it from a backup "
            "in the data directory's 'backups' folder."
        )
    return None


class PassphraseRequired(KnownError):
    """The store is encrypted and no passphrase (or recovery key) was given."""


class WrongPassphrase(KnownError):
    """The passphrase or recovery key does not unlock the store; nothing was read or written."""
