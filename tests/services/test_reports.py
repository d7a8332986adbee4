"""Indicator reports on a coordinator's store made from real sync bundles, with numbers known by
construction; merged duplicates; small-cell suppression; and a seeded random store checked against
the definitions written out in plain Python.

The field: coordinator Baku-HQ publishes two materials; three laptops enrolled with it (Qazax-1 in
Gazakh-Tovuz, Lankaran-1 in Lankaran-Astara, Baku-1 in Baku) import them, record their events, people,
check-ins, headcounts and stock in two sittings each, and export a bundle after each (six bundles),
which the coordinator imports from one folder. Lankaran-1 registers a woman Qazax-1 also registered;
the coordinator merges the two. Every expected number below is worked out in the comments.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.cli import main
from fieldkit.config import Paths
from fieldkit.services import (
    attendance,
    events,
    locations,
    participants,
    report_stock,
    report_tables,
    reports,
    stock,
)
from fieldkit.services import report_on_hand as oh
from fieldkit.services import report_queries as q
from fieldkit.services.report_tables import HIDDEN, SUPPRESSED, TOTAL, grid, is_hidden, one_line_exposed
from fieldkit.services.reports import ReportFilters, resolve_filters
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.ids import reference_id
from fieldkit.store.models import Participant
from fieldkit.store.open import open_store

DSX, DIN, DMX, LABOUR = "DSX", "DİN", "DMX", "ƏƏSMN"
IOM, EDUCATION = "agency:iom", "agency:education"
RED_BRIDGE = reference_id("locations", "crossing:red-bridge")  # border crossing under Qazax (Gazakh-Tovuz)
SAHIL = reference_id("locations", "metro:sahil")  # metro station under Baku
GAZAKH_TOVUZ = reference_id("locations", "region:gazakh-tovuz")
BAKU = reference_id("locations", "region:baku")


def at(day: str) -> str:
    return f"{day}T10:00:00+04:00"


class Device:
    """One data directory, driven through the real command line in this process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def ok(self, *args: str | Path) -> str:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--data-dir", str(self.data_dir), *map(str, args)])
        assert code == 0, f"fieldkit {' '.join(map(str, args))} failed ({code}): {err.getvalue()}"
        return out.getvalue().strip()

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        store = open_store(Paths(self.data_dir))
        try:
            yield store
        finally:
            store.close()

    def export(self, folder: Path, *flags: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.ok("sync", "export", "--out", folder, *flags)


@dataclass
class Field:
    coordinator: Device
    ids: dict[str, str] = field(default_factory=dict)
    trained_before_merge: int = 0


def _agency(store: Store, key: str) -> str:
    return reference_id("agencies", key) if key.startswith("agency:") else key


def _people(store: Store, event: str, people: list[tuple[str, str, str, str | None, str]], ids: dict[str, str]) -> None:
    """Register and check in (key, name, sex, age band, agency, position) as participants."""
    for key, name, sex_band, agency, position in people:
        sex, band = sex_band.split()
        person = participants.create_participant(
            store, name=name, sex=sex, age_band=band, agency=_agency(store, agency) if agency else None,
            position=position, phone=f"+99450{len(ids):07d}", email=f"{key}@example.org", consent=True,
        )  # fmt: skip
        ids[key] = person.id
        attendance.check_in(store, event, person.id)


def _qazax(device: Device, ids: dict[str, str], sitting: int) -> None:
    with device.store() as s:
        if sitting == 1:
            e1 = events.create_event(s, title="Sərhəddə insan alveri: tanınma", kind="training",
                                     pillar="prevention", start_date="2026-03-10", location="AZ-QAZ", status="held",
                                     organiser=DSX).id  # fmt: skip
            ids["E1"] = e1
            # E1: seven named participants (F: p1 p2 p4 p5 g1; M: p3 p6) and a facilitator, who is not counted.
            _people(s, e1, [
                ("p1", "Leyla Həsənova", "female 25-34", DSX, "sərhədçi"),
                ("p2", "Aysel Quliyeva", "female 35-49", DSX, "inspektor"),
                ("p3", "Rəşad İsmayılov", "male 25-34", DSX, "sərhədçi"),
                ("p4", "Nigar Məmmədova", "female 35-49", "agency:education", "müəllim"),
                ("p5", "Səbinə Cəfərova", "female 50+", IOM, "Sosial işçi"),
                ("p6", "Elçin Babayev", "male 18-24", None, ""),
                ("g1", "Günay Əliyeva", "female 25-34", DSX, "sərhədçi"),
            ], ids)  # fmt: skip
            trainer = participants.create_participant(s, name="Aynur Hüseynova", sex="female", age_band="35-49",
                                                      agency=_agency(s, IOM), consent=True)  # fmt: skip
            attendance.check_in(s, e1, trainer.id, role="facilitator")
            attendance.set_headcount(s, e1, group="Könüllülər", sex="female", age_band="25-34", count=10)
            attendance.set_headcount(s, e1, group="Könüllülər", sex="male", age_band="25-34", count=7)
            stock.record_movement(s, "receipt", "LF-01", 500, RED_BRIDGE, occurred_at=at("2026-03-01"))
            stock.record_movement(s, "handout", "LF-01", 40, RED_BRIDGE, occurred_at=at("2026-03-05"))
            stock.record_movement(s, "handout", "LF-01", 30, RED_BRIDGE, event=e1, occurred_at=at("2026-03-10"))
            stock.record_movement(s, "print-run", "BR-02", 1000, "AZ-QAZ", occurred_at=at("2026-03-20"))
            return
        e2 = events.create_event(s, title="Dəyirmi masa", kind="round-table", pillar="partnership",
                                 start_date="2026-04-02", location="AZ-QAZ", status="held").id  # fmt: skip
        e3 = events.create_event(s, title="Planlaşdırılan seminar", kind="workshop", pillar="protection",
                                 start_date="2026-04-20", location="AZ-QAZ").id  # planned: never counted  # fmt: skip
        ids["E2"] = e2
        attendance.check_in(s, e2, ids["p1"])
        attendance.check_in(s, e2, ids["p6"])
        _people(s, e2, [
            ("p7", "Tural Quliyev", "male 35-49", DIN, "polis əməkdaşı"),
            ("p8", "Könül Abbasova", "female 25-34", DIN, "POLİS əməkdaşı"),
        ], ids)  # fmt: skip
        _people(s, e3, [("p9", "Fidan Rzayeva", "female 18-24", None, "")], ids)
        attendance.check_in(s, e2, ids["p9"])
        attendance.remove_attendance(s, e2, ids["p9"])  # checked in by mistake and removed: not counted
        stock.record_movement(s, "handout", "LF-01", 60, RED_BRIDGE, occurred_at=at("2026-04-07"))
        wrong = stock.record_movement(s, "handout", "LF-01", 25, RED_BRIDGE, occurred_at=at("2026-04-08"))
        stock.void_movement(s, wrong.id)  # voided: not counted


def _lankaran(device: Device, ids: dict[str, str], sitting: int) -> None:
    with device.store() as s:
        if sitting == 1:
            e4 = events.create_event(s, title="Miqrasiya və insan alveri", kind="training", pillar="prevention",
                                     start_date="2026-03-15", location="AZ-LAN", status="held").id  # fmt: skip
            ids["E4"] = e4
            _people(s, e4, [
                ("q1", "Ülviyyə Nəsirova", "female 35-49", DMX, "miqrasiya əməkdaşı"),
                ("q2", "Murad Əhmədov", "male 50+", LABOUR, "əmək müfəttişi"),
                ("q3", "Şəbnəm Kərimova", "female 18-24", None, "jurnalist"),
            ], ids)  # fmt: skip
            attendance.set_headcount(s, e4, group="", sex="female", age_band="50+", count=4)
            return
        _people(s, ids["E4"], [("g2", "Gunay Aliyeva", "female 25-34", DSX, "serhedci")], ids)  # g1 again
        stock.record_movement(s, "receipt", "BR-02", 200, "AZ-LAN", occurred_at=at("2026-03-02"))
        stock.record_movement(s, "handout", "BR-02", 20, "AZ-LAN", occurred_at=at("2026-03-16"))


def _baku(device: Device, ids: dict[str, str], sitting: int) -> None:
    with device.store() as s:
        if sitting == 1:
            e5 = events.create_event(s, title="Metroda maarifləndirmə", kind="awareness-session", pillar="prevention",
                                     start_date="2026-05-05", location=SAHIL, status="held").id  # fmt: skip
            ids["E5"] = e5
            attendance.set_headcounts(s, e5, {("female", "18-24"): 25, ("male", "18-24"): 20, ("female", "0-17"): 12})
            guide = participants.create_participant(s, name="Orxan Babayev", sex="male", age_band="35-49",
                                                    agency=_agency(s, IOM), consent=True)  # fmt: skip
            attendance.check_in(s, e5, guide.id, role="speaker")
            return
        e6 = events.create_event(s, title="Ləğv edilmiş təlim", kind="training", start_date="2026-05-20",
                                 location=SAHIL, status="cancelled").id  # fmt: skip
        attendance.set_headcount(s, e6, sex="female", age_band="25-34", count=9)  # cancelled: not counted
        stock.record_movement(s, "receipt", "LF-01", 1000, SAHIL, occurred_at=at("2026-05-01"))
        stock.record_movement(s, "handout", "LF-01", 100, SAHIL, event=ids["E5"], occurred_at=at("2026-05-05"))
        stock.record_movement(s, "handout", "LF-01", 150, SAHIL, occurred_at=at("2026-05-12"))


@pytest.fixture(scope="module")
def field_store(tmp_path_factory: pytest.TempPathFactory) -> Field:
    root = tmp_path_factory.mktemp("field")
    hq = Device(root / "Baku-HQ")
    hq.ok("init", "--name", "Baku-HQ", "--role", "coordinator")
    hq.ok("material", "add", "--code", "LF-01", "--kind", "leaflet", "--title-az", "Qaynar xətt vərəqəsi",
          "--title-en", "Helpline leaflet")  # fmt: skip
    hq.ok("material", "add", "--code", "BR-02", "--kind", "brochure", "--title-az", "Təhlükəsiz miqrasiya",
          "--title-en", "Safe migration")  # fmt: skip
    hq.export(root / "down", "--to", "officer")  # the catalogue, for the laptops
    laptops = {}
    for name, record in (("Qazax-1", _qazax), ("Lankaran-1", _lankaran), ("Baku-1", _baku)):
        device = Device(root / name)
        device.ok(
            "init", "--name", name, "--role", "officer", "--enroll", hq.ok("enroll", "--out", root / f"{name}.json")
        )
        device.ok("sync", "import", root / "down")
        laptops[name] = (device, record)
    result = Field(hq)
    for sitting in (1, 2):
        for device, record in laptops.values():
            record(device, result.ids, sitting)
            device.export(root / "up")  # six bundles in all
    assert len(list((root / "up").glob("*.fkb"))) == 6
    hq.ok("sync", "import", root / "up")
    with hq.store() as store:
        result.trained_before_merge = _named_trained(store)
        with store.write() as session:  # the duplicate review's merge: a synced field update
            duplicate = session.get(Participant, result.ids["g2"])
            assert duplicate is not None
            duplicate.merged_into = result.ids["g1"]
    return result


def _named_trained(store: Store, filters: ReportFilters = reports.NO_FILTERS) -> int:
    row = reports.people_trained(store, filters, suppress=False).tables[0].rows[0]
    assert str(row[0]).startswith("Named")
    return int(row[-1])  # type: ignore[arg-type]


def _rows(ind: reports.Indicator, key: str) -> dict[str, tuple[Any, ...]]:
    table = next(t for t in ind.tables if t.key == key)
    return {str(r[0]): r[1:] for r in table.rows}


@pytest.fixture
def hq(field_store: Field) -> Iterator[Store]:
    with field_store.coordinator.store() as store:
        yield store


def test_people_trained_counts_named_people_once_and_headcounts_at_held_trainings(hq: Store) -> None:
    # E1 and E4 are the held trainings (E3 is planned, E6 cancelled). Named: E1 p1 p2 p3 p4 p5 p6 g1,
    # E4 q1 q2 q3 and g2 (= g1): 10 people, F 7 (p1 p2 p4 p5 g1 q1 q3), M 3. Headcounts: E1 F10 M7, E4 F4.
    ind = reports.people_trained(hq, suppress=False)
    rows = _rows(ind, "by_sex")
    assert rows["Named participants (each counted once)"] == (7, 3, 0, 0, 10)
    assert rows["Headcounts (no names; cannot be de-duplicated)"] == (14, 7, 0, 0, 21)
    assert rows[TOTAL] == (21, 10, 0, 0, 31)
    assert ind.code == "PS.5.3-15" and ind.figures == (("People trained", 31),)


def test_a_merged_duplicate_counts_once(field_store: Field, hq: Store) -> None:
    assert field_store.trained_before_merge == 11
    assert _named_trained(hq) == 10
    people = reports.participants_by_agency(hq, suppress=False)
    assert people.figures == (("Participants", 12),)  # p1-p8, g1, q1-q3 (p9 was removed from E2)


def test_suppression_hides_small_counts_and_anything_that_would_give_them_away(hq: Store) -> None:
    rows = _rows(reports.people_trained(hq), "by_sex")
    # M 3 is under 5; F 7 in its row, then F 14 and M 7 in the columns are hidden so none can be worked out.
    assert rows["Named participants (each counted once)"] == (HIDDEN, SUPPRESSED, 0, 0, 10)
    assert rows["Headcounts (no names; cannot be de-duplicated)"] == (HIDDEN, HIDDEN, 0, 0, 21)
    assert rows[TOTAL] == (21, 10, 0, 0, 31)


def test_first_responders_by_agency_and_position(hq: Store) -> None:
    # Trained front-line people: DSX p1 p2 g1 (F) p3 (M); p5 of IOM as a social worker (position);
    # q1 of DMX; q2 of the labour ministry. Not p4 (a teacher), p6 or q3 (no front-line agency or role).
    ind = reports.first_responders_trained(hq, suppress=False)
    assert _rows(ind, "by_agency_sex") == {
        "BMqT": (1, 0, 0, 0, 1),
        "DMX": (1, 0, 0, 0, 1),
        "DSX": (3, 1, 0, 0, 4),
        "ƏƏSMN": (0, 1, 0, 0, 1),
        TOTAL: (5, 2, 0, 0, 7),
    }
    shown = reports.first_responders_trained(hq)
    assert _rows(shown, "by_agency_sex")["DSX"] == (SUPPRESSED, SUPPRESSED, 0, 0, SUPPRESSED)
    # Women 5 is hidden, or the men would be 7 - 5; and then the total too: an "x" is at least 5, so
    # with 7 published the men (two cells of at least 1) would be pinned to 1 + 1.
    assert _rows(shown, "by_agency_sex")[TOTAL] == (HIDDEN, SUPPRESSED, 0, 0, HIDDEN)
    assert shown.figures == (("First responders trained", HIDDEN),)


def test_participants_by_agency_and_age_band(hq: Store) -> None:
    rows = _rows(reports.participants_by_agency(hq, suppress=False), "by_agency_age")
    assert rows["DSX"] == (0, 3, 1, 0, 0, 4)  # p1 p3 g1 25-34, p2 35-49
    assert rows["DİN"] == (0, 1, 1, 0, 0, 2)
    assert rows["(no agency)"] == (2, 0, 0, 0, 0, 2)  # p6, q3
    assert rows[TOTAL] == (2, 4, 4, 2, 0, 12)


def test_reach_direct_and_indirect(hq: Store) -> None:
    # Direct: 12 named people at held events (E1 E2 E4; E5 has only a speaker) + headcounts at E1 E4 E5
    # (F 10+4+25+12, M 7+20). Indirect: handouts 40+30+60 (Qazax) + 20 (Lankaran) + 100+150 (Baku).
    ind = reports.reach(hq, suppress=False)
    assert ind.figures == (("Reached directly (people)", 90), ("Reached indirectly (items handed out)", 400))
    assert _rows(ind, "by_sex")[TOTAL] == (59, 31, 0, 0, 90)


def test_events_held_by_kind_pillar_region_and_month(hq: Store) -> None:
    ind = reports.events_held(hq)
    assert ind.figures == (("Events held", 4),)  # E1 E2 E4 E5
    assert _rows(ind, "by_kind")["Training"] == (2,)
    assert _rows(ind, "by_pillar") == {"Prevention": (3,), "Protection": (0,), "Prosecution": (0,),
                                       "Partnership": (1,), TOTAL: (4,)}  # fmt: skip
    assert _rows(ind, "by_region") == {"Baku": (1,), "Gazakh-Tovuz": (2,), "Lankaran-Astara": (1,), TOTAL: (4,)}
    assert _rows(ind, "by_month") == {"2026-03": (2,), "2026-04": (1,), "2026-05": (1,), TOTAL: (4,)}


def test_materials_by_material_location_type_region_and_month(hq: Store) -> None:
    ind = report_stock.materials_distributed(hq)
    assert ind.figures == (("Items handed out", 400),)
    assert _rows(ind, "by_material") == {"BR-02": ("Safe migration", 20), "LF-01": ("Helpline leaflet", 380),
                                         TOTAL: ("", 400)}  # fmt: skip
    assert _rows(ind, "by_location_type") == {"Border crossing": (100,), "District": (20,), "Event": (130,),
                                              "Metro station": (150,), TOTAL: (400,)}  # fmt: skip
    assert _rows(ind, "by_region") == {"Baku": (250,), "Gazakh-Tovuz": (130,), "Lankaran-Astara": (20,), TOTAL: (400,)}
    detail = next(t for t in ind.tables if t.key == "detail")
    assert detail.columns == ("Material", "Location type", "Economic region", "2026-03", "2026-04", "2026-05", TOTAL)
    rows = {r[:3]: r[3:] for r in detail.rows}
    assert rows["LF-01", "Event", "Gazakh-Tovuz"] == (30, 0, 0, 30)
    assert rows["LF-01", "Metro station", "Baku"] == (0, 0, 150, 150)
    assert sum(int(r[-1]) for r in detail.rows) == 400  # type: ignore[arg-type]
    assert [r[:3] for r in detail.rows] == sorted(rows)  # by code, then type label, then region
    assert ind == report_stock.materials_distributed(hq, ledger=True)


def test_stock_on_hand_and_print_runs(hq: Store) -> None:
    on_hand = report_stock.stock_on_hand(hq)
    assert on_hand.figures == (("Items in stock", 2300),)  # 370 Red Bridge, 1000 Qazax, 180 Lənkəran, 750 Sahil
    assert _rows(on_hand, "by_material") == {
        "BR-02": ("Safe migration", 2, 1180), "LF-01": ("Helpline leaflet", 2, 1120), TOTAL: ("", 4, 2300)
    }  # fmt: skip
    april = report_stock.stock_on_hand(hq, ReportFilters(date_to=dt.date(2026, 4, 30)))
    assert april.figures == (("Items in stock", 1550),)  # Sahil's receipt came in May
    runs = report_stock.print_runs(hq)
    assert runs.figures == (("Print runs", 1), ("Copies printed", 1000))


def test_stock_on_hand_reads_the_nearer_side_of_the_end_of_the_period() -> None:
    today = dt.date(2026, 11, 29)
    assert oh.nearer_side(dt.date(2026, 10, 31), "2024-01", today) == "after"  # the last month: take it back
    assert oh.nearer_side(dt.date(2024, 3, 31), "2024-01", today) == "before"  # the first months: sum them
    assert oh.nearer_side(dt.date(2026, 10, 31), None, today) == "before"  # no movements at all


def test_filters(hq: Store, field_store: Field) -> None:
    gt = ReportFilters(economic_region_id=GAZAKH_TOVUZ)
    assert reports.events_held(hq, gt).figures == (("Events held", 2),)
    assert reports.people_trained(hq, gt, suppress=False).figures == (("People trained", 24),)  # 7 named + 17
    assert report_stock.materials_distributed(hq, gt).figures == (("Items handed out", 130),)
    april = ReportFilters(date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 4, 30))
    assert reports.events_held(hq, april).figures == (("Events held", 1),)
    assert reports.people_trained(hq, april, suppress=False).figures == (("People trained", 0),)
    in_april = report_stock.materials_distributed(hq, april)
    assert in_april.figures == (("Items handed out", 60),)
    detail = next(t for t in in_april.tables if t.key == "detail")  # one month: one month column
    assert detail.columns[3:] == ("2026-04", TOTAL) and sum(int(r[3]) for r in detail.rows) == 60  # type: ignore[arg-type]
    assert in_april == report_stock.materials_distributed(hq, april, ledger=True)
    # The agency filter: the person's agency; headcounts, which have none, are left out.
    dsx = resolve_filters(hq, agency="DSX")
    trained = reports.people_trained(hq, dsx, suppress=False)
    assert trained.figures == (("People trained", 4),) and "left out" in " ".join(trained.notes)
    assert reports.events_held(hq, dsx).figures == (("Events held", 1),)  # organiser of E1
    training = ReportFilters(event_kind="training")
    assert report_stock.materials_distributed(hq, training).figures == (("Items handed out", 30),)  # at E1
    event = ReportFilters(location_type="event")
    assert report_stock.materials_distributed(hq, event).figures == (("Items handed out", 130),)
    metro = ReportFilters(location_type="metro-station")
    assert report_stock.materials_distributed(hq, metro).figures == (("Items handed out", 150),)
    qazax = resolve_filters(hq, region="AZ-QAZ")  # a district and the crossing under it
    assert report_stock.materials_distributed(hq, qazax).figures == (("Items handed out", 130),)
    assert report_stock.stock_on_hand(hq, qazax).figures == (("Items in stock", 1370),)
    lf = resolve_filters(hq, material="LF-01", economic_region="Baku")
    assert lf.economic_region_id == BAKU
    assert reports.reach(hq, lf, suppress=False).figures[1] == ("Reached indirectly (items handed out)", 250)


def test_filters_are_checked(hq: Store) -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        resolve_filters(hq, date_from="2026-05-01", date_to="2026-04-01")
    with pytest.raises(ValidationError, match="not an economic region"):
        resolve_filters(hq, economic_region="AZ-QAZ")
    with pytest.raises(ValidationError, match="pillar must be one of"):
        resolve_filters(hq, pillar="prevent")
    assert any("not applied" in n for n in reports.events_held(hq, ReportFilters(material_id="x")).notes)


def test_awareness_scores_are_reported_as_not_recorded(hq: Store) -> None:
    ind = reports.awareness_scores(hq)
    assert ind.figures == () and ind.tables[0].rows == ()
    assert "Not recorded yet" in ind.notes[0]


# -- small-cell suppression ----------------------------------------------------------------------------


def test_grid_hides_counts_under_five_and_keeps_zeros() -> None:
    result = grid([[12, 3, 0, 0]], suppress=True, margins=False)
    assert result.cells == ((HIDDEN, SUPPRESSED, 0, 0),) and result.row_totals == (15,)
    assert grid([[12, 3, 0, 0]], suppress=False, margins=False).cells == ((12, 3, 0, 0),)
    small = grid([[2, 1]], suppress=True, margins=False)
    assert small.cells == ((SUPPRESSED, SUPPRESSED),) and small.row_totals == (SUPPRESSED,)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=4, max_size=4), min_size=1, max_size=6), st.booleans())
def test_no_line_of_a_suppressed_table_gives_a_hidden_count_away(counts: list[list[int]], margins: bool) -> None:
    margins = margins or len(counts) > 1
    result = grid(counts, suppress=True, margins=margins)
    lines = [(cells, total) for cells, total in zip(result.cells, result.row_totals, strict=True)]
    if margins:
        lines.append((result.column_totals, result.grand_total))
        lines += [(tuple(r[j] for r in result.cells), result.column_totals[j]) for j in range(4)]
        lines.append((result.row_totals, result.grand_total))
    assert not any(one_line_exposed(cells, total) for cells, total in lines)
    raw = grid(counts, suppress=False, margins=margins)
    for shown, true in zip(_flat(result), _flat(raw), strict=True):
        assert (0 < true < 5) == (shown == SUPPRESSED)  # every small count hidden, and only they say <5
        assert is_hidden(shown) or shown == true  # whatever is shown is the true value
        assert shown != HIDDEN or true >= 5  # an x is never a zero
    # No hidden value can be pinned down by bounds, unless nothing more could be hidden: four counts
    # of 1 with a total of 4, say, are all "<5" and still give themselves away.
    assert _pinned(counts, result, margins) == set() or all(is_hidden(v) for v in _flat(result) if v)


def _flat(g: Any) -> list[Any]:
    return [v for row in g.cells for v in row] + list(g.row_totals) + list(g.column_totals) + [g.grand_total]


def _full(g: Any, margins: bool) -> list[list[Any]]:
    rows = [[*cells, total] for cells, total in zip(g.cells, g.row_totals, strict=True)]
    return [*rows, [*g.column_totals, g.grand_total]] if margins else rows


def _pinned(counts: list[list[int]], shown: Any, margins: bool) -> set[tuple[int, int]]:
    """The hidden values a reader pins down by narrowing bounds along the lines (the audit's attack)."""
    full, view = _full(grid(counts, suppress=False, margins=margins), margins), _full(shown, margins)
    hidden = {(i, j) for i, row in enumerate(view) for j, v in enumerate(row) if is_hidden(v)}
    return report_tables.exposed_by_bounds(full, report_tables._lines(full, margins), hidden)


def test_hiding_one_more_per_line_is_not_enough_when_bounds_pin_a_count() -> None:
    # First responders by agency (women, men): with one more hidden cell per line, the men of the
    # last-but-one agency (4) and of DSX (4) add up to 8 in the men's column; both being under 5 pins
    # them to 4 each, and then DSX's women (11) and the first agency's (1) follow.
    counts = [[1, 0], [5, 5], [5, 7], [11, 4], [5, 5], [5, 9], [0, 4], [14, 9]]
    full = _full(grid(counts, suppress=False), True)
    lines = report_tables._lines(full, True)
    line_rule = {(i, j) for i, row in enumerate(full) for j, v in enumerate(row) if 0 < v < 5}
    report_tables._close_lines(full, lines, line_rule)
    assert report_tables.exposed_by_bounds(full, lines, line_rule) == {(0, 0), (0, 2), (3, 0), (3, 1), (6, 1), (6, 2)}
    protected = grid(counts, suppress=True)
    assert _pinned(counts, protected, True) == set()
    assert protected.grand_total == 89  # still published


# -- a seeded random store against the definitions ---------------------------------------------------


def test_random_store_matches_the_definitions(store: Store) -> None:
    rng = random.Random(7)
    places = [r.id for r in locations.list_locations(store) if r.kind in ("district", "border-crossing")]
    agencies = [None, *(a.id for a in locations.list_agencies(store))]
    event_ids = []
    for n in range(25):
        event_ids.append(events.create_event(
            store, title=f"Tədbir {n}", kind=rng.choice(["training", "workshop", "round-table", "campaign"]),
            start_date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(150)), location=rng.choice(places),
            status=rng.choice(["held", "held", "planned", "cancelled"]),
        ).id)  # fmt: skip
    people = [
        participants.create_participant(store, name=f"Şəxs {n}", sex=rng.choice(["female", "male", "undisclosed"]),
                                        age_band=rng.choice(["18-24", "35-49", "unknown"]), agency=rng.choice(agencies))
        for n in range(60)
    ]  # fmt: skip
    pairs = set()
    for _ in range(220):
        pair = (rng.choice(event_ids), rng.choice(people).id)
        attendance.check_in(store, *pair, rng.choice(["participant"] * 5 + ["speaker"]))
        pairs.add(pair)
    merged = {p.id: rng.choice(people[:40]).id for p in people[50:]}
    with store.write() as session:
        for dup, keep in merged.items():
            row = session.get(Participant, dup)
            assert row is not None
            row.merged_into = keep
    for person in rng.sample(people[:50], 3):  # removed people do not count, nor do removed check-ins
        participants.delete_participant(store, person.id)
    for pair in rng.sample(sorted(pairs), 20):
        attendance.remove_attendance(store, *pair)
    for e in rng.sample(event_ids, 10):
        attendance.set_headcount(
            store, e, sex=rng.choice(["female", "male"]), age_band="18-24", count=rng.randrange(30)
        )

    # The definitions, in Python, over every record.
    with store.read() as session:
        from fieldkit.store.models import Attendance, Event, Headcount

        ev = {e.id: e for e in session.query(Event) if not e.deleted and e.status == "held"}
        person = {p.id: p for p in session.query(Participant)}
        expected_trained: dict[str, set[str]] = defaultdict(set)
        expected_agency_age: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        for a in session.query(Attendance):
            if a.deleted or a.role != "participant" or a.event_id not in ev:
                continue
            who = person[person[a.participant_id].merged_into or a.participant_id]
            if who.deleted:
                continue
            expected_agency_age[(who.agency_id, who.age_band)].add(who.id)
            if ev[a.event_id].kind in ("training", "workshop"):
                expected_trained[who.sex].add(who.id)
        heads: dict[str, int] = defaultdict(int)
        for h in session.query(Headcount):
            if not h.deleted and h.event_id in ev and ev[h.event_id].kind in ("training", "workshop"):
                heads[h.sex] += h.count
    named = _rows(reports.people_trained(store, suppress=False), "by_sex")["Named participants (each counted once)"]
    assert named[:4] == tuple(len(expected_trained[s]) for s in ("female", "male", "other", "undisclosed"))
    counted = _rows(reports.people_trained(store, suppress=False), "by_sex")[
        "Headcounts (no names; cannot be de-duplicated)"
    ]
    assert counted[:2] == (heads["female"], heads["male"])
    totals = _rows(reports.participants_by_agency(store, suppress=False), "by_agency_age")[TOTAL]
    bands = ("18-24", "25-34", "35-49", "50+", "unknown")
    by_band = [len({p for (_, b), ids in expected_agency_age.items() if b == band for p in ids}) for band in bands]
    assert totals == (*by_band, len({p for ids in expected_agency_age.values() for p in ids}))

    # The two plans of the people statements (every person tested, or the chosen events' check-ins
    # gathered first) count the same people under any filters.
    from fieldkit.store.engine import raw_connection

    choices = [
        ReportFilters(),
        ReportFilters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 3, 15)),
        ReportFilters(event_kind="workshop"),
        ReportFilters(region_id=places[0]),
        ReportFilters(agency_id=agencies[1], date_to=dt.date(2026, 4, 1)),
    ]
    with store.read() as session:
        con = raw_connection(session)
        for f in choices:
            for each, gathered in (
                (q.people_by_sex(f, training=t, by_event=False), q.people_by_sex(f, training=t, by_event=True))
                for t in (True, False)
            ):
                assert (
                    con.execute(each.sql, each.params).fetchall()
                    == con.execute(gathered.sql, gathered.params).fetchall()
                ), f
            for grouped in (q.people_by_agency_age, q.first_responders_by_agency_sex):
                each, gathered = grouped(f, by_event=False), grouped(f, by_event=True)
                assert Counter(con.execute(each.sql, each.params).fetchall()) == Counter(
                    con.execute(gathered.sql, gathered.params).fetchall()
                ), f
