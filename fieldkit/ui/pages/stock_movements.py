"""What the Materials & stock screen says about ledger movements: the line shown once a movement is
recorded, and voiding one (the question, the service call, the refusal).

The strings keep the ``StockPage`` translation context they had when this code lived in the page, so
the existing translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldkit.services import stock
from fieldkit.services.records import MovementRecord
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_datetime, format_number
from fieldkit.ui.labels import label
from fieldkit.ui.stock_models import MOVEMENT_KIND_LABELS

CONTEXT = "StockPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def recorded_text(movements: list[MovementRecord], code: str, places: dict[str, str]) -> str:
    """The line telling the officer what was just recorded; ``movements`` holds one movement, or the
    two halves of a transfer. ``places`` maps location ids to their names."""
    first = movements[0]
    if first.transfer_id and len(movements) == 2:
        text = (
            tr("Transferred %1 %2 from %3 to %4.")
            .replace("%1", format_count(abs(first.quantity)))
            .replace("%2", code)
            .replace("%3", places.get(first.location_id, ""))
            .replace("%4", places.get(movements[1].location_id, ""))
        )
    else:
        text = (
            tr("Recorded: %1 of %2 %3 at %4.")
            .replace("%1", label(MOVEMENT_KIND_LABELS, first.kind))
            .replace("%2", format_count(abs(first.quantity)))
            .replace("%3", code)
            .replace("%4", places.get(first.location_id, ""))
        )
    if first.forced_reason:
        text += " " + tr("Recorded below zero; reason: %1").replace("%1", first.forced_reason)
    return text


def void_movement(parent: QWidget, context: AppContext, movement: MovementRecord) -> str | None:
    """Ask, then void the movement (both halves of a transfer). Returns what was voided, in words; None
    when the officer said no or the service refused (the refusal is shown)."""
    what = (
        tr("%1 of %2 on %3")
        .replace("%1", label(MOVEMENT_KIND_LABELS, movement.kind))
        .replace("%2", format_number(movement.quantity, signed=True))
        .replace("%3", format_datetime(movement.occurred_at))
    )
    if movement.transfer_id:
        question = tr("Void the transfer (%1)? Both halves, out of one place and into the other, are undone.")
    else:
        question = tr("Void this movement (%1)? It stays in the ledger, marked as voided.")
    answer = QMessageBox.question(
        parent,
        tr("Void movement"),
        question.replace("%1", what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    store = context.require_store()
    try:
        if movement.transfer_id:
            stock.void_transfer(store, movement.transfer_id)
        else:
            stock.void_movement(store, movement.id)
    except KnownError as exc:
        QMessageBox.warning(parent, tr("Cannot void"), error_text(exc))
        return None
    return what
