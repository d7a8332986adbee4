"""Errors the store raises. ``KnownError`` is for the user; anything else is a bug.

A message the app's screens show in the user's language is made with ``said``: an English string
(what the command line prints and the tests read) that keeps its template and values, so the UI can
translate the template (context ``Errors``; ``scripts/i18n.py`` finds the literal templates) and fill
the values in (``fieldkit.ui.errors.error_text``)."""

from __future__ import annotations

from typing import Any


class Said(str):
    """An English message that remembers its template and the values put into it."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Said:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[type[Said], tuple[str, dict[str, Any]]]:
        return Said, (self.template, self.values)


def said(template: str, **values: Any) -> Said:
    """A message for the user: ``template`` (a literal, with ``{name}`` fields) filled with ``values``."""
    return Said(template, values)


def message_of(exc: BaseException) -> str:
    """The message of ``exc``, as a ``Said`` when it is one (to put inside another message)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Said) else str(exc)


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
        return KnownError(said("The disk is full. Free some space, then try again; nothing was saved."))
    if "database is locked" in text or "database is busy" in text:
        return KnownError(
            said("The store is busy in another Field Kit window or command. Close it or wait, then try again.")
        )
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return KnownError(said("The store file cannot be written. Check the data directory's permissions."))
    if "file is not a database" in text or "malformed" in text or "unable to open" in text:
        return StoreUnreadable(
            said(
                "The store file is damaged or is not a Field Kit store. Restore it from a backup "
                "in the data directory's 'backups' folder."
            )
        )
    return None


class PassphraseRequired(KnownError):
    """The store is encrypted and no passphrase (or recovery key) was given."""


class WrongPassphrase(KnownError):
    """The passphrase or recovery key does not unlock the store; nothing was read or written."""
