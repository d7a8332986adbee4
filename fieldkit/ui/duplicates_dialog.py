"""The duplicate-people review, opened from the People screen: groups of people who are probably one
person (registered on two laptops, typed in Latin on one and in Cyrillic on another), each with its
score and reasons, the records side by side, a choice of the record to keep, and Merge (after a
confirmation) or Skip. Enter merges, Esc closes.

The search (``services.duplicates.find_duplicates``) runs behind the progress dialog, so a coordinator's
100,000 people never freeze the window. Merging is for coordinators; an officer's laptop shows the
review with Merge disabled and says why. Contacts of people without consent stay withheld here too.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.duplicates import DEFAULT_MIN_SCORE, DuplicateGroup, DuplicateSearch
from fieldkit.ui.context import PEOPLE, AppContext
from fieldkit.ui.duplicates_models import ComparisonModel, GroupsModel, reasons_text
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import count_text


class DuplicatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search_result: DuplicateSearch | None = None
        self.merged = 0  # groups merged while the dialog was open
        self._searched_once = False
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.score_label = QLabel(self)
        self.score_spin = QSpinBox(self)
        self.score_spin.setRange(0, 100)
        self.score_spin.setValue(DEFAULT_MIN_SCORE)
        self.score_label.setBuddy(self.score_spin)
        self.search_button = QPushButton(self)
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.score_label)
        top.addWidget(self.score_spin)
        top.addWidget(self.search_button)
        top.addWidget(self.status_label, 1)

        self.groups = GroupsModel(self)
        self.groups_view = self._table(self.groups)
        header = self.groups_view.horizontalHeader()
        header.setSectionResizeMode(GroupsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((GroupsModel.COL_COUNT, 64), (GroupsModel.COL_SCORE, 56), (GroupsModel.COL_REASONS, 170)):
            self.groups_view.setColumnWidth(column, width)
        self.groups_view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current.row()))

        self.reasons_label = QLabel(self)
        self.reasons_label.setWordWrap(True)
        self.comparison = ComparisonModel(self)
        self.comparison_view = self._table(self.comparison)
        self.comparison_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.comparison_view.verticalHeader().show()
        self.comparison_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.dataChanged.connect(lambda *_a: self._update_buttons())
        self.comparison.modelReset.connect(self._update_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reasons_label)
        right_layout.addWidget(self.comparison_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.groups_view)
        self.splitter.addWidget(right)
        self.splitter.setSizes([440, 660])
        self.splitter.setChildrenCollapsible(False)

        self.role_note = QLabel(self)
        self.role_note.setWordWrap(True)
        self.role_note.setVisible(self.context.role != "coordinator")
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.merge_button.setDefault(True)  # Enter merges (after the confirmation); Esc closes
        self.skip_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge_current)
        self.skip_button.clicked.connect(self.skip_current)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.role_note)
        layout.addWidget(self.buttons)
        self.resize(1120, 600)
        self._update_buttons()

    def _table(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        return view

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicate people"))
        self.score_label.setText(self.tr("Show pairs &scoring at least"))
        self.score_spin.setToolTip(self.tr("Out of 100. A shared phone counts 45, the same name 35."))
        self.search_button.setText(self.tr("Search &again"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the ticked records into the record kept (Enter)"))
        self.skip_button.setText(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Not the same person, or decide later: go to the next group"))
        self.role_note.setText(
            self.tr("Only a coordinator merges people. You can look through the candidates on this laptop.")
        )
        for model in (self.groups, self.comparison):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(model.columnCount() - 1, 0))
        self.comparison.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(ComparisonModel.ROWS) - 1)
        self.comparison.relabel()
        self.groups.relabel()
        self._show(self.groups_view.currentIndex().row())
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._searched_once:  # after the dialog has painted, so the progress has a window
            self._searched_once = True
            QTimer.singleShot(0, self, self.search)

    # -- searching ------------------------------------------------------------------------------
    def search(self) -> None:
        from fieldkit.services.duplicates import find_duplicates
        from fieldkit.ui.progress import run_with_progress

        store = self.context.require_store()
        min_score, lang = self.score_spin.value(), self.context.settings.language
        self.status_label.setText(self.tr("Looking for people registered twice…"))
        run_with_progress(
            self,
            self.context.runner,
            self.tr("Looking for duplicate people"),
            lambda task: find_duplicates(store, min_score=min_score, lang=lang, progress=task.progress),
            self._found,
        )

    def _found(self, result: DuplicateSearch) -> None:
        self.search_result = result
        self.groups.set_groups(result.groups)
        self._select(0)
        self._show_status()

    def _show_status(self) -> None:
        result = self.search_result
        if result is None:
            self.status_label.setText("")
            return
        groups = self.groups.rowCount()
        text = count_text(self.tr("%n group(s) of possible duplicates", "", groups), groups)
        text += " · " + count_text(self.tr("%n people compared", "", result.people_compared), result.people_compared)
        if result.too_common:
            common = self.tr("%n with very common names compared by phone only", "", result.too_common)
            text += " · " + count_text(common, result.too_common)
        self.status_label.setText(text)

    # -- the chosen group ---------------------------------------------------------------------------
    def _select(self, row: int) -> None:
        if self.groups.rowCount() == 0:
            self.groups_view.clearSelection()
            self._show(-1)
            return
        row = max(0, min(row, self.groups.rowCount() - 1))
        self.groups_view.setCurrentIndex(self.groups.index(row, GroupsModel.COL_NAME))
        self._show(row)

    def current_group(self) -> DuplicateGroup | None:
        row = self.groups_view.currentIndex().row()
        return self.groups.groups[row] if 0 <= row < self.groups.rowCount() else None

    def _show(self, row: int) -> None:
        group = self.groups.groups[row] if 0 <= row < self.groups.rowCount() else None
        shown = tuple(p.id for p in group.people) if group is not None else ()
        if shown != tuple(p.id for p in self.comparison.people):  # a new group (keep the choices made)
            self.comparison.set_group(group)
        if group is None:
            none_found = self.search_result is not None
            self.reasons_label.setText(self.tr("No possible duplicates left.") if none_found else "")
        else:
            self.reasons_label.setText(
                self.tr("Score %1 of 100: %2")
                .replace("%1", str(group.score))
                .replace("%2", reasons_text(group.reasons))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_group = bool(self.comparison.people)
        self.merge_button.setEnabled(self.context.role == "coordinator" and self.comparison.chosen() is not None)
        self.skip_button.setEnabled(has_group)

    # -- actions --------------------------------------------------------------------------------
    def merge_current(self) -> None:
        """Merge the ticked records into the kept one, after a confirmation."""
        from fieldkit.services.duplicates import merge_people
        from fieldkit.store.errors import KnownError

        chosen = self.comparison.chosen()
        row = self.groups_view.currentIndex().row()
        if chosen is None or not self.merge_button.isEnabled():
            return
        keep_id, duplicate_ids = chosen
        kept = next(p for p in self.comparison.people if p.id == keep_id)
        answer = QMessageBox.question(
            self,
            self.tr("Merge people"),
            self.tr(
                "Merge %n record(s) into the record of %1 (registered on %2)? Nothing is deleted: the merged "
                "records are hidden from lists and counted as this person, and empty details of the kept record "
                "are filled from them. The merge reaches other coordinators with the next sync.",
                "",
                len(duplicate_ids),
            )
            .replace("%1", kept.name)
            .replace("%2", kept.registered_on),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            merge_people(self.context.require_store(), keep_id, duplicate_ids)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Merge people"), error_text(exc))
            return
        self.merged += 1
        self.groups.remove(row)
        self._select(row)
        self._show_status()
        self.context.notify(PEOPLE)

    def skip_current(self) -> None:
        row = self.groups_view.currentIndex().row()
        if not 0 <= row < self.groups.rowCount():
            return
        self.groups.skip(row)
        self._select(row + 1)
