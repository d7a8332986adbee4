"""The first-run wizard's helpline page: tick existing numbers, add new ones, each with the day it
was verified. Nothing is written until the wizard finishes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import helplines as helpline_service
from fieldkit.services import setup
from fieldkit.store.errors import KnownError
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_date, set_date_format
from fieldkit.ui.wizard_pages import WizardPage

if TYPE_CHECKING:
    from fieldkit.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex


# -- helplines --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HelplineDraft:
    label: str
    number: str
    verified_at: dt.date | None
    use: bool = True
    existing_id: str | None = None


COL_USE, COL_LABEL, COL_NUMBER, COL_VERIFIED = range(4)
HelplineIdRole = Qt.ItemDataRole.UserRole + 1
VerifiedDateRole = Qt.ItemDataRole.UserRole + 2
_HELPLINE_HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Use"),
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Label"),
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Number"),
    QT_TRANSLATE_NOOP("HelplineDraftModel", "Verified on"),
)


class HelplineDraftModel(QAbstractTableModel):
    """The helplines this laptop will use: ones already in the store (tick to use, set the date you
    verified them) and new ones typed in the wizard. Nothing is written until the wizard finishes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HelplineDraft] = []

    def drafts(self) -> list[HelplineDraft]:
        return list(self._rows)

    def set_drafts(self, rows: list[HelplineDraft]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add(self, draft: HelplineDraft) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(draft)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(_HELPLINE_HEADERS):
            return None
        return QCoreApplication.translate("HelplineDraftModel", _HELPLINE_HEADERS[section])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == COL_USE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_VERIFIED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        draft = self._rows[index.row()]
        column = index.column()
        if role == HelplineIdRole:
            return draft.existing_id
        if role == VerifiedDateRole:
            return draft.verified_at
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_USE:
            return Qt.CheckState.Checked if draft.use else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == COL_VERIFIED:
            day = draft.verified_at or dt.date.today()
            return QDate(day.year, day.month, day.day)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_LABEL:
            return draft.label
        if column == COL_NUMBER:
            return draft.number
        if column == COL_VERIFIED:
            if draft.verified_at is None:
                return QCoreApplication.translate("HelplineDraftModel", "Not verified")
            return format_date(draft.verified_at)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        draft = self._rows[index.row()]
        if index.column() == COL_USE and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self._rows[index.row()] = replace(draft, use=checked)
        elif index.column() == COL_VERIFIED and role == Qt.ItemDataRole.EditRole:
            day = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(day, dt.date) or day > dt.date.today():
                return False
            self._rows[index.row()] = replace(draft, verified_at=day, use=True)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True


class HelplinesPage(WizardPage):
    """The helpline numbers printed on leaflets, each with the day someone dialled it and got through."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = HelplineDraftModel(self)
        existing = helpline_service.list_helplines(context.require_store())
        self.model.set_drafts(
            [HelplineDraft(h.label, h.number, h.verified_at, use=True, existing_id=h.id) for h in existing]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)

        self.label_edit = QLineEdit(self)
        self.number_edit = QLineEdit(self)
        self.verified_box = QCheckBox(self)
        self.verified_date = QDateEdit(self)
        self.verified_date.setEnabled(False)  # claimed only when ticked: an unverified number is asked about later
        self.verified_date.setCalendarPopup(True)
        set_date_format(self.verified_date)
        self.verified_date.setMaximumDate(QDate.currentDate())
        self.verified_date.setDate(QDate.currentDate())
        self.verified_box.toggled.connect(self.verified_date.setEnabled)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_typed)
        for edit in (self.label_edit, self.number_edit):
            edit.installEventFilter(self)
        self.label_label = QLabel(self)
        self.label_label.setBuddy(self.label_edit)
        self.number_label = QLabel(self)
        self.number_label.setBuddy(self.number_edit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified_box)
        verified_row.addWidget(self.verified_date)
        verified_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.label_label, self.label_edit)
        form.addRow(self.number_label, self.number_edit)
        form.addRow("", verified_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        set_date_format(self.verified_date)  # the language may have changed on the first page
        self.setTitle(self.tr("Helpline"))
        self.setSubTitle(
            self.tr("The number printed on every leaflet, and the day someone dialled it and got through.")
        )
        self.intro.setText(
            self.tr(
                "Tick the helplines this laptop uses. Double-click a date to change it. To add a number, "
                "type it below: the full international number starting with +994, or a short code."
            )
        )
        self.label_label.setText(self.tr("&Label"))
        self.label_edit.setPlaceholderText(self.tr("e.g. National helpline"))
        self.number_label.setText(self.tr("N&umber"))
        self.number_edit.setPlaceholderText("+994 …")
        self.verified_box.setText(self.tr("I dialled it and reached the helpline on"))
        self.add_button.setText(self.tr("&Add helpline"))
        self.remove_button.setText(self.tr("&Remove"))
        self.note.setText(
            self.tr(
                "You can go on without one: your coordinator's helplines arrive with the next sync, and "
                "printing asks you to confirm a number that was never verified."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the add form adds the helpline; it does not move the wizard on.
        if watched in (self.label_edit, self.number_edit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_typed()
                return True
        return super().eventFilter(watched, event)

    def add_typed(self) -> bool:
        """Add the helpline typed in the form; False (with a message) when it is refused."""
        text, typed = self.label_edit.text().strip(), self.number_edit.text().strip()
        if not typed:
            self.show_error(self.tr("Type the helpline number first."))
            self.number_edit.setFocus()
            return False
        try:
            number = helpline_service.normalise_number(typed)
        except KnownError as exc:
            self.show_error(error_text(exc))
            self.number_edit.setFocus()
            return False
        if not text:
            self.show_error(self.tr("Give the number a label, e.g. National helpline."))
            self.label_edit.setFocus()
            return False
        if any(d.number == number for d in self.model.drafts()):
            self.show_error(self.tr("%1 is already in the list.").replace("%1", number))
            return False
        verified = self.verified_date.date().toPython() if self.verified_box.isChecked() else None
        assert verified is None or isinstance(verified, dt.date)
        self.model.add(HelplineDraft(text, number, verified))
        self.label_edit.clear()
        self.number_edit.clear()
        self.verified_box.setChecked(False)  # each number's verification is claimed on its own
        self.show_error("")
        self.label_edit.setFocus()
        return True

    def remove_selected(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return
        if index.siblingAtColumn(0).data(HelplineIdRole):  # already in the store: untick it instead
            self.model.setData(index.siblingAtColumn(COL_USE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        else:
            self.model.remove(index.row())

    def chosen(self) -> list[setup.HelplineChoice]:
        return [
            setup.HelplineChoice(d.label, d.number, d.verified_at, existing_id=d.existing_id)
            for d in self.model.drafts()
            if d.use
        ]

    def validatePage(self) -> bool:
        # A number typed but not added yet is added now, or the page says why it cannot be.
        if self.number_edit.text().strip() or self.label_edit.text().strip():
            return self.add_typed()
        return True
