"""Dates and numbers in the UI language, and tables that sort and filter text by the Azerbaijani
alphabet and its case rules (issue 9, part 3). The locale is set the way the app sets it
(``QLocale.setDefault``); ``conftest.english_locale`` puts English back after each test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDateEdit, QWidget

from fieldkit.config import Settings
from fieldkit.i18n import install_translators
from fieldkit.services import events
from fieldkit.services.backup import BackupRecord
from fieldkit.services.participants import AttendedEvent
from fieldkit.store.engine import Store
from fieldkit.ui.context import AppContext
from fieldkit.ui.events_table import COL_DATE
from fieldkit.ui.formats import (
    count_text,
    format_count,
    format_date,
    format_datetime,
    format_number,
    set_date_format,
)
from fieldkit.ui.main_window import PAGE_KEYS, MainWindow
from fieldkit.ui.participants_model import AttendedEventsModel, attended_events_proxy
from fieldkit.ui.settings_models import BackupsModel
from fieldkit.ui.settings_reference import ReferencePanel
from fieldkit.ui.sorting import AzSortFilterProxy
from fieldkit.ui.sync_models import make_table

NAMES = ["Şahin", "Ömər", "İlham", "Orxan", "Səbinə", "Eldar", "Ilqar", "Əli"]
AZ_ORDER = ["Eldar", "Əli", "Ilqar", "İlham", "Orxan", "Ömər", "Səbinə", "Şahin"]


def _speak(language: str) -> None:
    QLocale.setDefault(QLocale(language))  # what install_translators does


@pytest.mark.parametrize(
    ("language", "day", "moment", "seconds"),
    [
        ("az", "28.11.2026", "28.11.2026 13:45", "02.03.2026 09:05:07"),
        ("ru", "28.11.2026", "28.11.2026 13:45", "02.03.2026 09:05:07"),
        ("en", "28 Nov 2026", "28 Nov 2026 13:45", "2 Mar 2026 09:05:07"),
    ],
)
def test_dates_and_times_are_written_as_the_ui_language_writes_them(
    qapp: object, language: str, day: str, moment: str, seconds: str
) -> None:
    _speak(language)
    assert format_date(dt.date(2026, 11, 28)) == day
    assert format_date("2026-11-28") == day  # as stored
    assert format_datetime("2026-11-28T13:45:00+04:00") == moment  # as recorded, not moved to UTC
    assert format_datetime("2026-11-28 13:45") == moment
    assert format_datetime(dt.datetime(2026, 3, 2, 9, 5, 7), seconds=True) == seconds
    assert format_date(None) == format_datetime("") == ""
    assert format_date("not a date") == "not a date"  # shown as it is rather than lost


@pytest.mark.parametrize(
    ("language", "thousands", "millions", "fraction"),
    [
        ("az", "1.257", "1.234.567", "12,5"),
        ("ru", "1\N{NO-BREAK SPACE}257", "1\N{NO-BREAK SPACE}234\N{NO-BREAK SPACE}567", "12,5"),
        ("en", "1,257", "1,234,567", "12.5"),
    ],
)
def test_numbers_are_grouped_as_the_ui_language_groups_them(
    qapp: object, language: str, thousands: str, millions: str, fraction: str
) -> None:
    _speak(language)
    assert format_count(1257) == format_number(1257) == thousands
    assert format_number(1_234_567) == millions
    assert format_number(12.5) == fraction
    assert format_number(25, signed=True) == "+25" and format_number(-25, signed=True) == "-25"
    assert count_text("1257 person(s)", 1257) == f"{thousands} person(s)"  # Qt's %n has no grouping
    assert count_text("7 person(s)", 7) == "7 person(s)"


def test_a_date_field_shows_the_four_digit_year_the_tables_show(qtbot) -> None:
    _speak("az")  # Qt's own short Azerbaijani format has a two-digit year
    edit = QDateEdit()
    qtbot.addWidget(edit)
    set_date_format(edit)
    edit.setDate(dt.date(2026, 11, 28))
    assert edit.text() == "28.11.2026"
    _speak("en")
    set_date_format(edit)  # as retranslate() does after a language switch
    assert edit.text() == "28 Nov 2026"


def _names_model(names: list[str]) -> QStandardItemModel:
    model = QStandardItemModel()
    for name in names:
        model.appendRow(QStandardItem(name))
    return model


def _column(proxy: QSortFilterProxyModel, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_table_proxy_sorts_names_in_azerbaijani_order(qapp: object, qtmodeltester) -> None:
    proxy = AzSortFilterProxy()
    proxy.setSourceModel(_names_model(NAMES))
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _column(proxy) == AZ_ORDER
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(proxy) == AZ_ORDER[::-1]
    qtmodeltester.check(proxy)

    plain = QSortFilterProxyModel()  # what the tables used before: code point order
    plain.setSourceModel(_names_model(NAMES))
    plain.sort(0)
    assert _column(plain) != AZ_ORDER


def test_sorting_ignores_case_by_azerbaijani_rules(qapp: object) -> None:
    proxy = AzSortFilterProxy()
    proxy.setSourceModel(_names_model(["ilham", "IRADƏ", "ılqar", "İlkin", "əli", "ELDAR"]))
    proxy.sort(0)
    assert _column(proxy) == ["ELDAR", "əli", "ılqar", "IRADƏ", "ilham", "İlkin"]  # I is capital ı


def test_typed_filters_fold_case_by_azerbaijani_rules(qapp: object) -> None:
    proxy = AzSortFilterProxy()
    proxy.setSourceModel(_names_model(NAMES))
    proxy.set_search("ilham")  # an English keyboard: İ/i and I/ı both match
    assert _column(proxy) == ["İlham"]
    proxy.set_search("İLHAM")
    assert _column(proxy) == ["İlham"]
    proxy.set_search("ILQAR")
    assert _column(proxy) == ["Ilqar"]
    proxy.set_search("ılq")  # typed with Azerbaijani letters: strict, ı is not i
    assert _column(proxy) == ["Ilqar"]
    proxy.set_search("il")
    assert sorted(_column(proxy)) == ["Ilqar", "İlham"]
    proxy.set_search("İl")  # strict: İ is capital i, so not Ilqar (ı)
    assert _column(proxy) == ["İlham"]
    proxy.set_search("  ")
    assert proxy.rowCount() == len(NAMES)


def test_tables_sort_dates_and_sizes_by_value_not_by_the_text_shown(qtbot) -> None:
    _speak("az")
    backups = [
        BackupRecord(Path("b.db"), dt.datetime(2026, 2, 3, 9, 0), 1_000_000, "manual"),  # "03.02.2026"
        BackupRecord(Path("a.db"), dt.datetime(2026, 1, 15, 9, 0), 999, "manual"),  # "15.01.2026"
    ]
    model = BackupsModel()
    model.set_rows(backups)
    holder = QWidget()
    qtbot.addWidget(holder)
    _view, proxy = make_table(model, holder)
    proxy.sort(BackupsModel.COL_TAKEN, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, BackupsModel.COL_TAKEN) == ["15.01.2026 09:00:00", "03.02.2026 09:00:00"]
    proxy.sort(BackupsModel.COL_SIZE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, BackupsModel.COL_FILE) == ["a.db", "b.db"]

    attended = AttendedEventsModel()
    attended.set_events(
        [
            AttendedEvent("1", "Ömər üçün", dt.date(2026, 2, 3), "Şəki", "participant"),
            AttendedEvent("2", "Orxan üçün", dt.date(2026, 1, 15), "Zaqatala", "participant"),
        ]
    )
    events = attended_events_proxy(attended)
    events.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column(events, 1) == ["15.01.2026", "03.02.2026"]
    events.sort(0, Qt.SortOrder.AscendingOrder)
    assert _column(events) == ["Orxan üçün", "Ömər üçün"]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # the popup, offscreen
def test_the_places_filter_and_completer_find_a_place_by_azerbaijani_case_rules(qtbot, context: AppContext) -> None:
    context.settings.language = "az"
    panel = ReferencePanel(context)
    qtbot.addWidget(panel)
    panel.retranslate()
    panel.refresh()

    for typed in ("ismayıllı", "İSMAYILLI", "ismayilli"):  # Qt's own filter misses the first two
        panel.places_filter.setText(typed)
        names = _column(panel.places_proxy)
        assert "İsmayıllı" in names, typed

    panel.parent_edit.textEdited.emit("ismay")  # typed on an English keyboard
    completer = panel.parent_edit.completer()
    assert completer is not None
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionModel().rowCount())]
    assert any(text.startswith("İsmayıllı") for text in offered)
    completer.popup().hide()


def test_switching_the_language_rewrites_the_dates_in_the_events_table(qtbot, store: Store) -> None:
    events.create_event(store, title="Sərhəddə görüş", kind="campaign", start_date="2026-11-28")
    window = MainWindow(Settings(language="en"), store.paths, store=store)
    qtbot.addWidget(window)
    window.context.runner.synchronous = True
    window.show()
    page = window.pages["events"]
    window.nav.setCurrentRow(PAGE_KEYS.index("events"))
    try:
        assert page.proxy.index(0, COL_DATE).data() == "28 Nov 2026"
        window.context.set_language("az")  # Qt posts LanguageChange; the page retranslates on it
        qtbot.waitUntil(lambda: page.proxy.index(0, COL_DATE).data() == "28.11.2026")
        window.context.set_language("en")
        qtbot.waitUntil(lambda: page.proxy.index(0, COL_DATE).data() == "28 Nov 2026")
    finally:
        install_translators("en")
        window.close()
