"""Small pieces the screens share: the error text style, read-only list tables, and filter combo
boxes that are refilled or reset without announcing a change."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

ERROR_STYLE = "color: #a40000;"


def list_table(parent: QWidget, proxy: QSortFilterProxyModel, stretch: Iterable[int] = ()) -> QTableView:
    """A sortable, read-only table of whole rows, one line each; the ``stretch`` columns share the
    width the others leave."""
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    wide = set(stretch)
    for column in range(proxy.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in wide else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return view


def refill(combo: QComboBox, items: Sequence[tuple[Any, str]], anything: str = "") -> None:
    """Replace the choices (data, text), first ``anything`` (data None) if given, keeping the chosen
    one where it is still there, without announcing a change."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if anything:
        combo.addItem(anything, None)
    for token, text in items:
        combo.addItem(text, token)
    combo.setCurrentIndex(max(combo.findData(keep), 0))
    combo.blockSignals(False)


def reset(combos: Iterable[QComboBox]) -> None:
    """Each back to its first choice, without announcing a change."""
    for combo in combos:
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
