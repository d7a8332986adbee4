"""The Settings screen's audit log: this device's own log (``fieldkit.services.audit``) as a table of
when, what and a summary of the details, a check of its hash chain, and an export to CSV.

Every device shows its own log: what was done on it, with ids, counts, paths and formats but no names
(``docs/privacy.md``). The newest entries come first; the table holds the latest ``SHOWN`` of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldkit.services import audit
from fieldkit.services.audit import AuditRecord
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_datetime
from fieldkit.ui.sync_models import RecordsModel, make_table, noop_table
from fieldkit.ui.widgets import ERROR_STYLE

CONTEXT = "AuditModel"
SHOWN = 1000
OK_STYLE = "color: #1d4d1d;"

ACTION_LABELS = noop_table(
    {
        "export": QT_TRANSLATE_NOOP("AuditModel", "Export"),
        "raw_export": QT_TRANSLATE_NOOP("AuditModel", "Export with personal data"),
        "import": QT_TRANSLATE_NOOP("AuditModel", "Import"),
        "merge": QT_TRANSLATE_NOOP("AuditModel", "Merge"),
        "unmerge": QT_TRANSLATE_NOOP("AuditModel", "Merge undone"),
        "delete": QT_TRANSLATE_NOOP("AuditModel", "Deletion"),
        "purge": QT_TRANSLATE_NOOP("AuditModel", "Personal data purged"),
        "consent_withdrawn": QT_TRANSLATE_NOOP("AuditModel", "Consent withdrawn"),
        "login": QT_TRANSLATE_NOOP("AuditModel", "Login"),
        "unlock": QT_TRANSLATE_NOOP("AuditModel", "Unlocked after the auto-lock"),
        "passphrase_change": QT_TRANSLATE_NOOP("AuditModel", "Passphrase changed"),
        "settings": QT_TRANSLATE_NOOP("AuditModel", "Project setting published"),
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return tr(source) if source else action


def summary(details: dict[str, Any]) -> str:
    """The details on one line, as ``key: value`` pairs (ids, counts, paths and formats only)."""

    def value(v: Any) -> str:
        if isinstance(v, list):
            return ", ".join(value(x) for x in v)
        if isinstance(v, dict):
            return json.dumps(v, ensure_ascii=False, sort_keys=True)
        return str(v)

    return "; ".join(f"{key}: {value(v)}" for key, v in details.items())


class AuditModel(RecordsModel):
    COL_AT, COL_ACTION, COL_DETAILS = range(3)
    header_context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("AuditModel", "When"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Details"),
    )

    def display(self, record: AuditRecord, column: int) -> str:
        if column == self.COL_AT:
            return format_datetime(record.at, seconds=True)
        if column == self.COL_ACTION:
            return action_label(record.action)
        return summary(record.details)

    def sort_value(self, record: AuditRecord, column: int) -> Any:
        if column == self.COL_AT:
            return record.id
        return self.display(record, column)

    def tooltip(self, record: AuditRecord, column: int) -> str:
        return f"#{record.id} · {record.actor} · {record.device_id}\n{summary(record.details)}"


class AuditPanel(QWidget):
    """This device's audit log: the table, Verify (the hash chain) and Export CSV…."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.model = AuditModel(self)
        self.view, self.proxy = make_table(
            self.model, self, (AuditModel.COL_DETAILS,), (AuditModel.COL_AT, Qt.SortOrder.DescendingOrder)
        )
        self.view.setColumnWidth(AuditModel.COL_AT, 170)
        self.view.setColumnWidth(AuditModel.COL_ACTION, 220)
        self.count = QLabel(self)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_csv)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._total = 0

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "What was done on this computer: exports and imports, merges, deletions and purges, logins and "
                "passphrase changes. Entries can only be added; Verify shows whether any was changed or removed."
            )
        )
        self.verify_button.setText(self.tr("&Verify"))
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.model.retranslate()
        self._show_count()

    def refresh(self) -> None:
        store = self.context.store
        if store is None or not store.initialised:
            return
        with store.read() as session:
            from sqlalchemy import func, select

            from fieldkit.store.audit_models import AuditEntry

            self._total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        after = max(0, self._total - SHOWN)
        rows = audit.list_entries(store, after=after if after else None, limit=None)
        self.model.set_rows(rows)
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:
        # Entries are added by work on other screens, which this page does not listen to: read the log
        # again whenever it comes into view.
        self.refresh()
        super().showEvent(event)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if shown < self._total:
            self.count.setText(
                self.tr("The latest %1 of %2 entries")
                .replace("%1", format_count(shown))
                .replace("%2", format_count(self._total))
            )
        else:
            self.count.setText(self.tr("Entries: %1").replace("%1", format_count(shown)))

    def verify(self) -> None:
        check = audit.verify_chain(self.context.require_store())
        if check.ok:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(
                self.tr("The log is intact: all %1 entries are in order and unchanged.").replace(
                    "%1", format_count(check.entries)
                )
            )
        else:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(
                self.tr("The log was tampered with: %1. Tell your coordinator.").replace("%1", check.problem)
            )

    def export_csv(self) -> None:
        start = str(Path.home() / "fieldkit-audit.csv")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), start, self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            count = audit.export_csv(self.context.require_store(), path)
        except (KnownError, OSError) as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("The audit log could not be exported: %1").replace("%1", error_text(exc)))
            return
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(
            self.tr("%1 entries exported to %2.").replace("%1", format_count(count)).replace("%2", str(path))
        )
        self.refresh()  # the export itself is an entry
