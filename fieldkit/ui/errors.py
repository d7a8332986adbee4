"""Showing a service's message in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.store.errors import Said


def error_text(exc: BaseException | str) -> str:
    """The message of ``exc`` (or a message string) in the user's language: a ``Said`` message is
    translated from its template (context ``Errors``) and filled with its values; any other in English."""
    message = exc.args[0] if isinstance(exc, BaseException) and len(exc.args) == 1 else exc
    if isinstance(message, Said):
        return _translated(message)
    return str(exc)


def _translated(message: Said) -> str:
    """``message`` translated, and so is any value that is itself a ``Said`` (a message inside one)."""
    translated = QCoreApplication.translate("Errors", message.template)
    if not message.values:
        return translated
    values = {name: _translated(v) if isinstance(v, Said) else v for name, v in message.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: say it in English
        return str.__str__(message)
