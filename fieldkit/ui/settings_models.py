"""Table models of the Settings screen: places, helpline numbers and backups (``RecordsModel`` rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from fieldkit.services.backup import BackupRecord
from fieldkit.services.records import HelplineRecord, LocationRecord
from fieldkit.ui.formats import format_date, format_datetime
from fieldkit.ui.sync_models import RecordsModel, noop_table

CONTEXT = "SettingsModels"

LOCATION_KIND_LABELS = noop_table(
    {
        "economic-region": QT_TRANSLATE_NOOP("SettingsModels", "Economic region"),
        "district": QT_TRANSLATE_NOOP("SettingsModels", "District or city"),
        "border-crossing": QT_TRANSLATE_NOOP("SettingsModels", "Border crossing"),
        "airport": QT_TRANSLATE_NOOP("SettingsModels", "Airport"),
        "metro-station": QT_TRANSLATE_NOOP("SettingsModels", "Metro station"),
        "school": QT_TRANSLATE_NOOP("SettingsModels", "School"),
        "office": QT_TRANSLATE_NOOP("SettingsModels", "Office"),
        "venue": QT_TRANSLATE_NOOP("SettingsModels", "Venue"),
        "other": QT_TRANSLATE_NOOP("SettingsModels", "Other"),
    }
)
BACKUP_REASON_LABELS = noop_table(
    {
        "manual": QT_TRANSLATE_NOOP("SettingsModels", "Made by hand"),
        "restore": QT_TRANSLATE_NOOP("SettingsModels", "Before a restore"),
        "migration": QT_TRANSLATE_NOOP("SettingsModels", "Before an update of Field Kit"),
        "other": QT_TRANSLATE_NOOP("SettingsModels", "Other copy"),
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    source = LOCATION_KIND_LABELS.get(kind)
    return tr(source) if source else kind


def location_name(record: LocationRecord, language: str) -> str:
    """The name in the UI language, falling back to the Azerbaijani one every place has."""
    return {"en": record.name_en, "ru": record.name_ru}.get(language) or record.name_az


class LocationsModel(RecordsModel):
    COL_NAME, COL_NAME_EN, COL_KIND, COL_CODE, COL_VERIFIED = range(5)
    header_context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("SettingsModels", "Name (Azerbaijani)"),
        QT_TRANSLATE_NOOP("SettingsModels", "Name (English)"),
        QT_TRANSLATE_NOOP("SettingsModels", "Kind"),
        QT_TRANSLATE_NOOP("SettingsModels", "Code"),
        QT_TRANSLATE_NOOP("SettingsModels", "Checked"),
    )

    def display(self, record: LocationRecord, column: int) -> str:
        if column == self.COL_NAME:
            return record.name_az
        if column == self.COL_NAME_EN:
            return record.name_en
        if column == self.COL_KIND:
            return kind_label(record.kind)
        if column == self.COL_CODE:
            return record.iso_code or record.code or ""
        return tr("yes") if record.verified else tr("not yet")


class HelplinesModel(RecordsModel):
    COL_LABEL, COL_NUMBER, COL_VERIFIED_AT, COL_VERIFIED_BY = range(4)
    header_context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("SettingsModels", "Label"),
        QT_TRANSLATE_NOOP("SettingsModels", "Number"),
        QT_TRANSLATE_NOOP("SettingsModels", "Verified on"),
        QT_TRANSLATE_NOOP("SettingsModels", "Verified by"),
    )

    def display(self, record: HelplineRecord, column: int) -> str:
        if column == self.COL_LABEL:
            return record.label
        if column == self.COL_NUMBER:
            return record.number
        if column == self.COL_VERIFIED_AT:
            return format_date(record.verified_at) if record.verified_at else tr("never")
        return record.verified_by or ""

    def sort_value(self, record: HelplineRecord, column: int) -> Any:
        if column == self.COL_VERIFIED_AT:
            return record.verified_at
        return self.display(record, column)

    def status_of(self, record: HelplineRecord) -> str | None:
        return None if record.verified_at else "quarantined"  # an unverified number stands out

    def tooltip(self, record: HelplineRecord, column: int) -> str | None:
        if record.verified_at is None:
            return tr("Nobody has dialled this number to check it yet.")
        if record.is_short_code:
            return tr("A short code cannot be dialled from abroad.")
        return None


class BackupsModel(RecordsModel):
    COL_TAKEN, COL_REASON, COL_SIZE, COL_FILE = range(4)
    header_context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("SettingsModels", "Made on"),
        QT_TRANSLATE_NOOP("SettingsModels", "Why"),
        QT_TRANSLATE_NOOP("SettingsModels", "Size"),
        QT_TRANSLATE_NOOP("SettingsModels", "File"),
    )

    def display(self, record: BackupRecord, column: int) -> str:
        if column == self.COL_TAKEN:
            return format_datetime(record.taken_at, seconds=True)
        if column == self.COL_REASON:
            source = BACKUP_REASON_LABELS.get(record.reason, BACKUP_REASON_LABELS["other"])
            return tr(source)
        if column == self.COL_SIZE:
            return QLocale().formattedDataSize(record.size)
        return record.path.name

    def sort_value(self, record: BackupRecord, column: int) -> Any:
        if column == self.COL_TAKEN:
            return record.taken_at
        if column == self.COL_SIZE:
            return record.size
        return self.display(record, column)

    def tooltip(self, record: BackupRecord, column: int) -> str:
        return str(record.path)
