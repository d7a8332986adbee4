"""The tables of the Materials & stock screen: how the balances, ledger and catalogue views are set up,
and how a view finds its material again after a reload (the page replaces the rows on every refresh)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtWidgets import QTableView, QWidget

from fieldkit.ui.sorting import AzSortFilterProxy
from fieldkit.ui.stock_models import BalancesModel, LedgerModel, MaterialCodeRole, MaterialsModel, SortRole


def stock_proxy(parent: QWidget, model: MaterialsModel | BalancesModel | LedgerModel) -> AzSortFilterProxy:
    proxy = AzSortFilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy


def select_material_row(view: QTableView, proxy: QSortFilterProxyModel, code: str | None) -> None:
    """Select the row of this material code again after a reload (or the first row)."""
    rows = proxy.rowCount()
    target = 0
    for row in range(rows):
        if code is not None and proxy.index(row, 0).data(MaterialCodeRole) == code:
            target = row
            break
    if rows:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(proxy.index(target, 0), flags)
