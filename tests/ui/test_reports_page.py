"""The Reports screen on a real store with known numbers: choosing an indicator shows its values,
filters change them, suppressed counts show as "<5" (or "x") and the chart leaves them out, and the
exports through the screen write files that openpyxl and pypdf read back with the figures. Officers
see no raw export and no suppression switch; a coordinator gets both, behind a confirmation. The
Qt models pass the model tester."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from fieldkit.config import Paths, Settings
from fieldkit.services import attendance, events, materials, participants, stock
from fieldkit.services.report_tables import HIDDEN, SUPPRESSED, TOTAL, Table
from fieldkit.store.engine import Store
from fieldkit.store.ids import reference_id
from fieldkit.store.open import initialise_device, open_store
from fieldkit.ui.context import AppContext
from fieldkit.ui.pages.reports_page import ReportsPage
from fieldkit.ui.periods import period_range
from fieldkit.ui.report_charts import chart_spec
from fieldkit.ui.report_exports import unique_path
from fieldkit.ui.report_models import IndicatorsModel, ReportTableModel, ValueRole

RED_BRIDGE = reference_id("locations", "crossing:red-bridge")  # under Qazax, in Gazakh-Tovuz
GAZAKH_TOVUZ = reference_id("locations", "region:gazakh-tovuz")
EDUCATION = reference_id("agencies", "agency:education")


def at(day: str) -> str:
    return f"{day}T10:00:00+04:00"


def record_the_field(store: Store) -> None:
    """Two held events and a planned one, people, a headcount and handouts; every number known.

    E1, a held training in Qazax (Gazakh-Tovuz), March: DSX border guards F 4, M 2; teachers of the
    Ministry of Education F 3, M 1; a headcount of F 10, M 7. E2, a held round-table in Lənkəran
    (Lankaran-Astara), April: two of the guards again and a man with no agency. E3, a planned workshop:
    never counted. Leaflets handed out: 40 + 30 (at E1) at the Red Bridge in March, 60 in Lənkəran in April.
    """
    e1 = events.create_event(store, title="Sərhəddə təlim", kind="training", pillar="prevention",
                             start_date="2026-03-10", location="AZ-QAZ", status="held", organiser="DSX").id  # fmt: skip
    e2 = events.create_event(store, title="Dəyirmi masa", kind="round-table", pillar="partnership",
                             start_date="2026-04-02", location="AZ-LAN", status="held").id  # fmt: skip
    e3 = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-04-20", location="AZ-LAN").id
    people = [("female", "DSX", "sərhədçi")] * 4 + [("male", "DSX", "sərhədçi")] * 2
    people += [("female", EDUCATION, "müəllim")] * 3 + [("male", EDUCATION, "müəllim")]
    ids = []
    for n, (sex, agency, position) in enumerate(people):
        person = participants.create_participant(
            store, name=f"Şəxs {n}", sex=sex, age_band="25-34", agency=agency, position=position, consent=True,
            phone=f"+99450000{n:04d}",
        )  # fmt: skip
        ids.append(person.id)
        attendance.check_in(store, e1, person.id)
    attendance.set_headcounts(store, e1, {("female", "25-34"): 10, ("male", "25-34"): 7})
    attendance.check_in(store, e2, ids[0])
    attendance.check_in(store, e2, ids[1])
    walk_in = participants.create_participant(store, name="Elçin Babayev", sex="male", age_band="18-24")
    attendance.check_in(store, e2, walk_in.id)
    planned = participants.create_participant(store, name="Fidan Rzayeva", sex="female", age_band="18-24")
    attendance.check_in(store, e3, planned.id)
    materials.create_material(store, code="LF-01", kind="leaflet", title_az="Vərəqə", title_en="Helpline leaflet")
    stock.record_movement(store, "receipt", "LF-01", 500, RED_BRIDGE, occurred_at=at("2026-03-01"))
    stock.record_movement(store, "handout", "LF-01", 40, RED_BRIDGE, occurred_at=at("2026-03-05"))
    stock.record_movement(store, "handout", "LF-01", 30, RED_BRIDGE, event=e1, occurred_at=at("2026-03-10"))
    stock.record_movement(store, "receipt", "LF-01", 200, "AZ-LAN", occurred_at=at("2026-03-02"))
    stock.record_movement(store, "handout", "LF-01", 60, "AZ-LAN", occurred_at=at("2026-04-07"))


@pytest.fixture
def officer(context: AppContext) -> AppContext:
    record_the_field(context.require_store())
    return context


@pytest.fixture
def coordinator(qapp: object, tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[AppContext]:
    """The national office (Baku-HQ) with the same records."""
    paths = Paths(tmp_path / "hq")
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(store_templates["reference"], paths.store)
    store = open_store(paths)
    initialise_device(store, "Baku-HQ", "coordinator")
    record_the_field(store)
    ctx = AppContext(Settings(language="en"), paths, store)
    ctx.runner.synchronous = True
    yield ctx
    ctx.runner.wait()
    store.close()


def _page(qtbot, ctx: AppContext) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    page.stale = False
    page.refresh()
    assert page.report is not None
    return page


def _shown(page: ReportsPage) -> dict[str, list[str]]:
    """The table on screen, as text: first column → the other cells."""
    model = page.table_model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def _choose(page: ReportsPage, indicator: str, table: str) -> None:
    page.select_indicator(indicator)
    page.select_table(table)
    assert page.current_table() is not None and page.current_table().key == table  # type: ignore[union-attr]


def _wait_for(qtbot, page: ReportsPage, **filters: object) -> None:
    qtbot.waitUntil(
        lambda: page.report is not None and all(getattr(page.report.filters, k) == v for k, v in filters.items())
    )


def test_choosing_an_indicator_shows_its_values(qtbot, officer: AppContext) -> None:
    page = _page(qtbot, officer)
    assert page.indicators_model.rowCount() == 9
    assert page.current_indicator().key == "events_held"  # type: ignore[union-attr]
    assert page.title_label.text() == "Events held"
    assert page.figures_label.text() == "Events held: 2"  # E1 and E2; E3 is only planned

    _choose(page, "events_held", "by_kind")
    shown = _shown(page)
    assert shown["Training"] == ["1"] and shown["Round-table"] == ["1"] and shown["Workshop"] == ["0"]
    assert shown["Total"] == ["2"]

    _choose(page, "materials_distributed", "by_region")
    assert _shown(page) == {"Gazakh-Tovuz": ["70"], "Lankaran-Astara": ["60"], "Total": ["130"]}
    _choose(page, "materials_distributed", "by_month")
    assert _shown(page) == {"Mar 2026": ["70"], "Apr 2026": ["60"], "Total": ["130"]}
    line = page.chart.chart().series()
    assert line and all(isinstance(s, QLineSeries) for s in line)  # a line over the months
    assert [(p.x(), p.y()) for p in line[0].points()] == [(0, 70), (1, 60)]


def test_filters_change_the_values(qtbot, officer: AppContext) -> None:
    page = _page(qtbot, officer)
    page.filter_bar.region_combo.setCurrentIndex(page.filter_bar.region_combo.findData(GAZAKH_TOVUZ))
    _wait_for(qtbot, page, economic_region_id=GAZAKH_TOVUZ)
    assert page.figures_label.text() == "Events held: 1"
    _choose(page, "materials_distributed", "by_region")
    assert _shown(page) == {"Gazakh-Tovuz": ["70"], "Total": ["70"]}

    page.filter_bar.clear()
    _wait_for(qtbot, page, economic_region_id=None)
    page.filter_bar.kind_combo.setCurrentIndex(page.filter_bar.kind_combo.findData("round-table"))
    _wait_for(qtbot, page, event_kind="round-table")
    page.select_indicator("events_held")
    assert page.figures_label.text() == "Events held: 1"
    page.select_indicator("people_trained")
    assert "People trained: 0" in page.figures_label.text()
    assert "not a training or workshop" in page.notes_label.text()

    page.filter_bar.clear()
    page.filter_bar.period_combo.setCurrentIndex(page.filter_bar.period_combo.findData("custom"))
    assert page.filter_bar.from_edit.isVisible() and page.filter_bar.to_edit.isVisible()
    page.filter_bar.from_edit.setDate(dt.date(2026, 4, 1))
    page.filter_bar.to_edit.setDate(dt.date(2026, 4, 30))
    _wait_for(qtbot, page, date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 4, 30), event_kind=None)
    page.select_indicator("materials_distributed")
    assert page.figures_label.text() == "Items handed out: 60"


def test_small_counts_show_as_suppressed_and_the_chart_leaves_them_out(qtbot, officer: AppContext) -> None:
    page = _page(qtbot, officer)
    assert not page.filter_bar.suppression_box.isVisible()  # officers cannot turn suppression off
    _choose(page, "people_trained", "by_sex")
    # Named: F 7, M 3 (under 5), so F is hidden too; then headcounts F 10 and M 7, or M 3 = 10 - 7 would show.
    shown = _shown(page)
    assert shown["Named participants (each counted once)"] == ["x", "<5", "0", "0", "10"]
    assert shown["Headcounts (no names; cannot be de-duplicated)"] == ["x", "x", "0", "0", "17"]
    assert shown["Total"] == ["17", "10", "0", "0", "27"]
    assert page.suppression_note.isVisible() and "<5" in page.suppression_note.text()
    assert page.figures_label.text() == "People trained: 27"
    cell = page.table_model.index(0, 2)
    assert cell.data(ValueRole) == SUPPRESSED and "1 to 4" in cell.data(Qt.ItemDataRole.ToolTipRole)

    # First responders by agency and sex: DSX F 4, M 2, both under 5. With hidden cells the chart shows
    # each agency's total instead of a bar per sex.
    _choose(page, "first_responders_trained", "by_agency_sex")
    assert _shown(page) == {"DSX": ["<5", "<5", "0", "0", "6"], "Total": ["<5", "<5", "0", "0", "6"]}
    [bars] = page.chart.chart().series()
    assert isinstance(bars, QBarSeries)
    assert [(s.label(), [s.at(i) for i in range(s.count())]) for s in bars.barSets()] == [("Total", [6.0])]

    # Participants by agency and age band: DSX 6 (25-34), the teachers 4 (25-34), the walk-in 1 (18-24).
    # The two small rows are left out of the chart of totals, and the caption says so.
    _choose(page, "participants_by_agency", "by_agency_age")
    shown = _shown(page)
    assert shown["DSX"] == ["0", "6", "0", "0", "0", "6"]
    assert shown["(no agency)"] == ["<5", "0", "0", "0", "0", "<5"]
    assert shown["Total"] == ["<5", "x", "0", "0", "0", "11"]  # 10 hidden, or 10 - 6 would give the 4 away
    spec = page.chart.spec
    assert spec is not None and spec.categories == ("DSX",) and spec.series == (("Total", (6,)),)
    assert set(spec.missing) == {"Ministry of Science and Education", "(no agency)"}
    assert page.chart.caption.isVisible() and "(no agency)" in page.chart.caption.text()
    [bars] = page.chart.chart().series()
    assert [[s.at(i) for i in range(s.count())] for s in bars.barSets()] == [[6.0]]  # never a number for <5


def test_a_coordinator_can_show_small_counts_for_internal_use(qtbot, coordinator: AppContext) -> None:
    page = _page(qtbot, coordinator)
    assert page.filter_bar.suppression_box.isVisible() and "internal use" in page.filter_bar.suppression_box.text()
    _choose(page, "people_trained", "by_sex")
    page.filter_bar.suppression_box.setChecked(True)
    qtbot.waitUntil(lambda: page.report is not None and not page.report.suppression)
    assert _shown(page)["Named participants (each counted once)"] == ["7", "3", "0", "0", "10"]
    assert "internal use only" in page.suppression_note.text()


def _sheet_rows(sheet) -> list[list[object]]:
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    return rows


def test_the_xlsx_export_through_the_screen_holds_the_values(
    qtbot, officer: AppContext, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, officer)
    target = tmp_path / "out" / "report"  # no suffix typed: .xlsx is added
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.xlsx"))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)

    written = target.with_name("report.xlsx")
    assert str(written) in page.message.text()
    wb = load_workbook(written)
    summary = {(r[1].value or "", r[2].value): r[3].value for r in wb["Summary"].iter_rows() if len(r) > 3}
    assert summary[("", "Events held")] == 2
    assert summary[("PS.5.3-15", "People trained")] == 27
    assert summary[("", "Items handed out")] == 130
    trained = _sheet_rows(wb["PS.5.3-15 Trained"])
    assert ["Named participants (each counted once)", HIDDEN, SUPPRESSED, 0, 0, 10] in trained
    assert ["Gazakh-Tovuz", 70] in _sheet_rows(wb["Materials distributed"])  # names in English, for donors
    audit = page.exports.last_export  # the service's audit entry
    assert audit is not None and audit["what"] == "donor-report" and audit["format"] == "xlsx"
    assert officer.settings.extra["report_folder"] == str(written.parent)  # the next export starts there


def test_the_donor_pdf_and_the_csv_folder_through_the_screen(
    qtbot, officer: AppContext, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, officer)
    page.filter_bar.region_combo.setCurrentIndex(page.filter_bar.region_combo.findData(GAZAKH_TOVUZ))
    _wait_for(qtbot, page, economic_region_id=GAZAKH_TOVUZ)
    pdf = tmp_path / "donor.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "*.pdf"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Gazakh-Tovuz" in text and "Events held" in text
    assert "Şəxs" not in text and "+99450" not in text  # no personal data in a donor report

    (tmp_path / "exports").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "exports"))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)  # again: a second folder, the first kept
    folders = sorted(p.name for p in (tmp_path / "exports").iterdir())
    today = dt.date.today().isoformat()
    assert folders == [f"fieldkit-report-{today}", f"fieldkit-report-{today}-2"]
    by_region = (tmp_path / "exports" / folders[0] / "materials_distributed.by_region.csv").read_text("utf-8-sig")
    assert by_region.splitlines() == ["Economic region,Items", "Gazakh-Tovuz,70", "Total,70"]


def test_officers_see_no_raw_export_and_cannot_run_it(qtbot, officer: AppContext, monkeypatch) -> None:
    page = _page(qtbot, officer)
    assert page.raw_button.isHidden()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file dialog for officers"))
    page.exports.export_raw()
    assert warned and "Only a coordinator" in warned[0]


def test_a_coordinators_raw_export_warns_of_personal_data_and_is_logged(
    qtbot, coordinator: AppContext, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, coordinator)
    assert not page.raw_button.isHidden()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    out = tmp_path / "raw.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbooks (*.xlsx)"))
    qtbot.mouseClick(page.raw_button, Qt.MouseButton.LeftButton)  # Cancel: nothing written
    assert "personal data" in asked[0] and "audit log" in asked[0] and not out.exists()
    qtbot.mouseClick(page.raw_button, Qt.MouseButton.LeftButton)
    wb = load_workbook(out)
    header = [c.value for c in next(wb["attendance"].iter_rows())]
    assert "name [personal]" in header
    assert wb["attendance"].max_row - 1 == 14  # ten at E1, three at E2, one at the planned E3 (raw: every record)
    audit = page.exports.last_export
    assert audit is not None and audit["what"] == "raw-export" and audit["path"] == str(out.resolve())


def test_chart_specs_leave_suppressed_counts_out_and_break_lines() -> None:
    rows = (("DSX", 12, 9, 21), ("DMX", 30, 40, 70), (TOTAL, 42, 49, 91))
    by_agency = Table("by_agency_sex", "By agency", ("Agency", "Female", "Male", TOTAL), 1, rows, ("rows", "columns"))
    grouped = chart_spec(by_agency)  # nothing hidden: a bar per sex in each agency
    assert grouped is not None and grouped.categories == ("DSX", "DMX")
    assert grouped.series == (("Female", (12, 30)), ("Male", (9, 40)))
    by_region = Table("by_region", "By economic region", ("Economic region", "Events"), 1,
                      (("Baku", 12), ("Quba", SUPPRESSED), (TOTAL, 15)), chart=("rows",))  # fmt: skip
    spec = chart_spec(by_region)
    assert spec is not None and spec.kind == "bar"
    assert spec.categories == ("Baku",) and spec.series == (("Events", (12,)),) and spec.missing == ("Quba",)
    by_month = Table("by_month", "By month", ("Month", "Events"), 1,
                     (("2026-01", 3), ("2026-02", HIDDEN), ("2026-03", 4), (TOTAL, 9)), chart=("rows",))  # fmt: skip
    line = chart_spec(by_month)
    assert line is not None and line.kind == "line" and line.series[0][1] == (3, None, 4)
    assert line.categories == ("Jan 2026", "Feb 2026", "Mar 2026") and line.missing == ("Feb 2026",)
    detail = Table("detail", "Detail", ("Month", "Events"), 1, (("2026-01", 3),), detail=True)
    assert chart_spec(detail) is None


def test_named_periods() -> None:
    today = dt.date(2026, 1, 15)
    assert period_range("this-month", today) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert period_range("last-month", today) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_range("this-quarter", today) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert period_range("last-quarter", today) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert period_range("last-year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_range("any", today) == (None, None)
    # the Events screen's periods, from the same function: both days included
    assert period_range("upcoming", today) == (today, None)
    assert period_range("last-30", today) == (dt.date(2025, 12, 16), today)
    december = dt.date(2026, 12, 10)  # "this month" is December only, not every later event
    assert period_range("this-month", december) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))


def test_unique_path_never_reuses_a_folder(tmp_path: Path) -> None:
    assert unique_path(tmp_path / "a") == tmp_path / "a"
    (tmp_path / "a").mkdir()
    (tmp_path / "a-2").mkdir()
    assert unique_path(tmp_path / "a") == tmp_path / "a-3"


def test_the_models_pass_qt_model_tests(qtmodeltester, qtbot, officer: AppContext) -> None:
    page = _page(qtbot, officer)
    indicators = IndicatorsModel()
    assert page.report is not None
    indicators.set_indicators(page.report.indicators)
    qtmodeltester.check(indicators)
    for ind in page.report.indicators:
        for table in ind.tables:
            model = ReportTableModel()
            model.set_table(table)
            qtmodeltester.check(model)
    empty = ReportTableModel()
    qtmodeltester.check(empty)


def test_the_indicators_are_counted_off_the_gui_thread(qtbot, officer: AppContext) -> None:
    officer.runner.synchronous = False
    page = ReportsPage(officer)
    qtbot.addWidget(page)
    page.show()
    page.stale = False
    page.refresh()
    assert page.report is None  # queued to the worker: the window keeps painting meanwhile
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.figures_label.text() == "Events held: 2"
    officer.runner.wait()
    officer.runner.synchronous = True


def test_an_export_with_small_counts_shown_is_confirmed_first(
    qtbot, coordinator: AppContext, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, coordinator)
    page.filter_bar.suppression_box.setChecked(True)
    qtbot.waitUntil(lambda: page.report is not None and not page.report.suppression)
    asked: list[str] = []

    def cancel(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    out = tmp_path / "internal.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "*.xlsx"))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert "never send it to donors" in asked[0] and not out.exists()


class _Marking(QTranslator):
    """Marks every string it translates, so an untranslated one stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"


def test_every_visible_string_is_translated_again_after_a_language_switch(qtbot, coordinator: AppContext) -> None:
    page = _page(qtbot, coordinator)
    _choose(page, "people_trained", "by_sex")
    marking = _Marking()
    QCoreApplication.installTranslator(marking)
    QCoreApplication.postEvent(QCoreApplication.instance(), QEvent(QEvent.Type.LanguageChange))
    try:
        qtbot.waitUntil(lambda: page.xlsx_button.text().startswith("«"))
        texts = [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        combos = [*page.filter_bar.combos(), page.breakdown_combo]
        texts += [c.itemText(0) for c in combos]  # "All agencies"…; names of places and agencies stay as they are
        model = page.table_model
        texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        texts += [model.index(r, 0).data() for r in range(model.rowCount())]
        texts += [page.indicators_model.index(r, 0).data() for r in range(page.indicators_model.rowCount())]
        texts += [page.title(), page.breakdown_label.text(), page.suppression_note.text(), page.chart.chart().title()]
        assert texts and all(t.startswith("«") for t in texts), [t for t in texts if not t.startswith("«")]
        assert page.figures_label.text().startswith("«")
    finally:
        QCoreApplication.removeTranslator(marking)
        QCoreApplication.postEvent(QCoreApplication.instance(), QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: not page.xlsx_button.text().startswith("«"))
