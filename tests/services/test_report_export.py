"""Donor exports (XLSX, CSV, PDF) read back the way their readers read them, the raw export for analysts,
and the audit log: the figures are there, small counts are suppressed, no name, phone or e-mail
ever reaches a donor export, and only a coordinator makes the raw export, which holds them."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fieldkit.config import Paths
from fieldkit.services import (
    attendance,
    audit,
    events,
    materials,
    participants,
    report_export,
    report_raw,
    reports,
    stock,
)
from fieldkit.services.report_export import SHEET_NAMES
from fieldkit.services.report_tables import HIDDEN, SUPPRESSED
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.open import initialise_device, open_store

# Named people: (name, sex, agency, phone, e-mail, consent)
PEOPLE = [
    ("Leyla Həsənova", "female", "DSX", "+994501110001", "leyla@example.org", True),
    ("Aysel Quliyeva", "female", "DSX", "+994501110002", "aysel@example.org", True),
    ("Günay Əliyeva", "female", "DSX", "+994501110003", None, True),
    ("Nərmin Məmmədova", "female", None, "+994501110004", None, True),
    ("Fidan İsmayılova", "female", None, None, None, True),
    ("Rəşad Hüseynov", "male", "DSX", "+994501110006", "resad@example.org", True),
    ("Işıq Babayev", "male", None, "+994501110007", None, False),  # no consent: phone never exported
]
SECRETS = [p[0] for p in PEOPLE] + [p[3] for p in PEOPLE if p[3]] + [p[4] for p in PEOPLE if p[4]]


@pytest.fixture
def filled(store: Store) -> Store:
    """A laptop with a held training in Lənkəran, the seven people above and a headcount; a leaflet
    handed out."""
    return _fill(store)


@pytest.fixture
def office(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[Store]:
    """The same records in a coordinator's store, where the raw export is made."""
    paths = Paths(tmp_path / "office")
    paths.data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], paths.store)
    store = open_store(paths)
    initialise_device(store, "Baku-HQ", "coordinator")
    yield _fill(store)
    store.close()


def _fill(store: Store) -> Store:
    training = events.create_event(
        store, title="Təlim", kind="training", pillar="prevention", start_date="2026-03-10", location="AZ-LAN",
        status="held",
    ).id  # fmt: skip
    for name, sex, agency, phone, email, consent in PEOPLE:
        person = participants.create_participant(
            store, name=name, sex=sex, age_band="25-34", agency=agency, phone=phone, email=email, consent=consent
        )
        attendance.check_in(store, training, person.id)
    attendance.set_headcounts(store, training, {("female", "18-24"): 30, ("male", "18-24"): 12})
    materials.create_material(store, code="LF-01", kind="leaflet", title_az="Vərəqə", title_en="Helpline leaflet")
    stock.record_movement(store, "receipt", "LF-01", 300, "AZ-LAN", occurred_at="2026-03-01T09:00:00+04:00")
    stock.record_movement(
        store, "handout", "LF-01", 120, "AZ-LAN", event=training, occurred_at="2026-03-10T12:00:00+04:00"
    )
    return store


def _all_text(path: Path) -> str:
    if path.is_dir():
        return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(path.glob("*.csv")))
    if path.suffix == ".xlsx":
        wb = load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_xlsx_holds_one_sheet_per_indicator_with_numbers_as_numbers(filled: Store, tmp_path: Path) -> None:
    report = reports.build_report(filled)
    report_export.export_report(filled, report, "xlsx", tmp_path / "report.xlsx")
    wb = load_workbook(tmp_path / "report.xlsx")
    assert wb.sheetnames == ["Summary", *SHEET_NAMES.values()]
    trained = wb["PS.5.3-15 Trained"]
    cells = {(c.row, c.column): c.value for row in trained.iter_rows() for c in row if c.value is not None}
    labels = {v: k for k, v in cells.items() if isinstance(v, str)}
    assert trained["A1"].value == "PS.5.3-15 — People trained in the prevention of human trafficking"
    assert cells[(labels["People trained"][0], 2)] == 49  # 7 named + 42 counted
    assert "Generated" in labels and "Filter: Period" in labels and "Small-cell suppression" in labels
    named = labels["Named participants (each counted once)"][0]
    # F 5, M 2: M is under 5, and F is hidden with it (the row total would give it away).
    assert [trained.cell(named, c).value for c in range(2, 7)] == [HIDDEN, SUPPRESSED, 0, 0, 7]
    assert trained.cell(named, 6).data_type == "n" and trained.cell(named, 3).data_type == "s"
    assert trained.column_dimensions["A"].width >= len("Headcounts (no names; cannot be de-duplicated)")
    summary = {r[2]: r[3] for r in wb["Summary"].iter_rows(values_only=True) if r and r[2]}
    assert summary["Items handed out"] == 120 and summary["Reached directly (people)"] == 49
    first_rows: dict[object, tuple[object, ...]] = {}
    for r in wb["Stock on hand"].iter_rows(values_only=True):
        first_rows.setdefault(r[0], r[1:])
    assert first_rows["LF-01"][:3] == ("Helpline leaflet", 1, 180)  # the by-material table comes first


def test_csv_is_a_folder_of_tables_and_a_header_file(filled: Store, tmp_path: Path) -> None:
    report = reports.build_report(filled, suppress=False)
    out = tmp_path / "report"
    report_export.export_report(filled, report, "csv", out)
    with (out / "report.csv").open(encoding="utf-8-sig") as handle:
        meta = dict(csv.reader(handle))
    assert meta["Small-cell suppression"].startswith("OFF")
    assert meta["people_trained: People trained"] == "49"
    with (out / "people_trained.by_sex.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Counted as", "Female", "Male", "Other", "Undisclosed", "Total"]
    assert rows[1] == ["Named participants (each counted once)", "5", "2", "0", "0", "7"]
    with (out / "materials_distributed.detail.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.DictReader(handle)) == [
            {"Material": "LF-01", "Location type": "Event", "Economic region": "Lankaran-Astara", "2026-03": "120",
             "Total": "120"}
        ]  # fmt: skip
    expected = {f"{i.key}.{t.key}.csv" for i in report.indicators for t in i.tables} | {"report.csv"}
    assert {p.name for p in out.iterdir()} == expected


def test_pdf_renders_and_its_text_carries_the_figures(filled: Store, tmp_path: Path) -> None:
    report = reports.build_report(filled, lang="az")
    path = tmp_path / "report.pdf"
    report_export.export_report(filled, report, "pdf", path)
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert len(pdf) >= 8  # a title page and a section per indicator
        image = pdf[1].render(scale=60 / 72).to_pil().convert("L")
        assert image.getextrema()[0] < 100  # something dark was drawn
    finally:
        pdf.close()
    text = _all_text(path)
    for figure in ("PS.5.3-15", "PS.5.1-28", "People trained: 49", "Items handed out: 120", "Lənkəran–Astara"):
        assert figure in text
    assert "<5" in text and "Not recorded yet" in text
    reader = PdfReader(path)
    fonts = {
        str(f.get_object()["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"].get_object()["/Font"].get_object().values()
    }
    assert fonts and all("NotoSans" in f for f in fonts), fonts  # embedded Noto Sans, never Helvetica
    assert b"Helvetica" not in path.read_bytes()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
@pytest.mark.parametrize("suppress", [True, False])
def test_no_personal_data_in_a_donor_export(filled: Store, tmp_path: Path, fmt: str, suppress: bool) -> None:
    report = reports.build_report(filled, suppress=suppress)
    out = tmp_path / f"report.{fmt}"
    report_export.export_report(filled, report, fmt, out)
    text = _all_text(out)
    assert "Leyla" not in text and "@" not in text and "+99450" not in text
    assert not [s for s in SECRETS if s in text]


def test_raw_export_marks_personal_columns_and_is_audited(office: Store, tmp_path: Path) -> None:
    report = reports.report_header(office)
    entry = report_raw.write_raw(office, report, "xlsx", tmp_path / "raw.xlsx")
    wb = load_workbook(tmp_path / "raw.xlsx")
    assert wb.sheetnames == ["About", "events", "attendance", "headcounts", "stock_movements"]
    rows = list(wb["attendance"].iter_rows(values_only=True))
    header = rows[0]
    assert {h for h in header if h and h.endswith("[personal]")} == {
        "name [personal]", "position [personal]", "phone [personal]", "email [personal]", "consent_date [personal]"
    }  # fmt: skip
    by_name = {r[header.index("name [personal]")]: r for r in rows[1:]}
    assert set(by_name) == {p[0] for p in PEOPLE}
    assert by_name["Leyla Həsənova"][header.index("phone [personal]")] == "+994501110001"
    assert by_name["Işıq Babayev"][header.index("phone [personal]")] is None  # no consent, no phone
    [audited] = audit.list_entries(office, actions=["raw_export"])
    assert entry["audit_id"] == audited.id and entry["who"] == audited.actor == "Baku-HQ"
    assert audited.details["kind"] == "raw-export" and audited.details["format"] == "xlsx"
    assert audited.details["rows"] == {"events": 1, "attendance": 7, "headcounts": 2, "stock_movements": 2}
    assert audited.details["path"] == entry["path"] == str((tmp_path / "raw.xlsx").resolve())
    assert not [s for s in SECRETS if s in str(audited.details)], "the audit log names no one"


def test_an_officer_laptop_cannot_make_the_personal_data_export(filled: Store, tmp_path: Path) -> None:
    report = reports.report_header(filled)
    out = tmp_path / "usb"
    out.mkdir()
    for fmt in ("xlsx", "csv"):
        with pytest.raises(ValidationError, match="only a coordinator makes it"):
            report_raw.write_raw(filled, report, fmt, out / f"raw.{fmt}")
    assert list(out.iterdir()) == [], "nothing was written"
    assert audit.list_entries(filled) == []


def test_every_export_is_recorded_in_the_audit_log(office: Store, tmp_path: Path) -> None:
    report = reports.build_report(office, reports.resolve_filters(office, date_from="2026-03-01"))
    report_export.export_report(office, report, "pdf", tmp_path / "a.pdf")
    report_raw.write_raw(office, report, "csv", tmp_path / "raw")
    entries = audit.list_entries(office)
    assert [(e.action, e.details["kind"]) for e in entries] == [
        ("export", "donor-report"),
        ("raw_export", "raw-export"),
    ]
    donor = entries[0].details
    assert donor["filters"] == {"date_from": "2026-03-01"} and donor["suppression"] is True
    assert donor["filters_in_words"]["Period"] == "2026-03-01 to the last record"
    assert audit.verify_chain(office).ok
    assert (
        (tmp_path / "raw" / "attendance.csv")
        .read_text(encoding="utf-8-sig")
        .startswith("event_id,event_date,participant_id,person_id,role,name [personal]")
    )
