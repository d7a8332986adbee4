"""The canonical export: the same records give the same bytes, on one laptop or on two, with deleted
rows and local bookkeeping (clocks, origin, sequence numbers) left out."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldkit.config import Paths
from fieldkit.services import attendance, events, helplines, materials, participants, stock
from fieldkit.services.export import EXPORT_FORMAT, canonical_export, write_export
from fieldkit.store.engine import Store
from fieldkit.store.models import SYNCED_MODELS, ChangeLog, Event, Helpline, Participant, StockMovement
from fieldkit.store.open import initialise_device, open_store

BOOKKEEPING_KEYS = {"created_hlc", "updated_hlc", "origin", "seq", "hlc", "deleted", "last_seq", "last_hlc"}


@pytest.fixture
def other_laptop(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[Store]:
    """A second device with its own data directory, set up as ``fieldkit init`` leaves it."""
    paths = Paths(tmp_path / "laptop-b")
    paths.data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], paths.store)
    store = open_store(paths)
    initialise_device(store, "Laptop B", "officer")
    yield store
    store.close()


def copy_rows(source: Store, target: Store, model: type, *ids: str) -> None:
    """Deliver rows the way sync will: same ids and values, applied without local change-log entries."""
    with source.read() as session:
        columns = [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
        values = [{c: getattr(session.get(model, i), c) for c in columns} for i in ids]
    with target.write(sync_apply=True) as session:
        for v in values:
            session.add(model(**v))


def fill(store: Store) -> dict[str, str]:
    """A realistic day: an event at the Red Bridge crossing, people, counts, leaflets handed out."""
    event = events.create_event(
        store,
        title="Sərhəddə maarifləndirmə",
        kind="awareness-session",
        start_date="2026-05-14",
        location="Qırmızı Körpü",
        pillar="prevention",
    )
    person = participants.create_participant(
        store, name="Günay Əliyeva", sex="female", age_band="25-34", consent=True, consent_date="2026-05-14"
    )
    gone = events.create_event(store, title="Ləğv edilmiş", kind="workshop", start_date="2026-05-15")
    events.delete_event(store, gone.id)
    materials.create_material(
        store, code="LF-2026-01", kind="leaflet", title_az="Diqqət: iş təklifi", title_en="Beware: a job offer"
    )
    receipt = stock.record_movement(
        store, "receipt", "LF-2026-01", 500, "Qırmızı Körpü", occurred_at="2026-05-13T09:00:00+04:00"
    )
    handout = stock.record_movement(
        store, "handout", "LF-2026-01", 40, "Qırmızı Körpü", event=event.id, occurred_at="2026-05-14T12:00:00+04:00"
    )
    line = helplines.add_helpline(store, label="Qaynar xətt (nümunə)", number="+994 12 000 00 00")
    attendance.check_in(store, event.id, person.id)
    attendance.set_headcount(store, event.id, group="Sərnişinlər", sex="male", age_band="unknown", count=23)
    return {
        "event": event.id,
        "person": person.id,
        "gone": gone.id,
        "receipt": receipt.id,
        "handout": handout.id,
        "helpline": line.id,
    }


def test_exporting_the_same_store_twice_gives_identical_bytes(store: Store, tmp_path: Path) -> None:
    fill(store)

    first, second = tmp_path / "a.json", tmp_path / "b.json"
    size = write_export(store, first)
    write_export(store, second)

    assert first.read_bytes() == second.read_bytes() == canonical_export(store)
    assert size == len(first.read_bytes())


def test_two_laptops_holding_the_same_records_export_identical_bytes(store: Store, other_laptop: Store) -> None:
    ids = fill(store)
    # What sync will deliver: the rows that carry a laptop-made id ...
    copy_rows(store, other_laptop, Event, ids["event"])
    copy_rows(store, other_laptop, Participant, ids["person"])
    copy_rows(store, other_laptop, StockMovement, ids["receipt"], ids["handout"])
    copy_rows(store, other_laptop, Helpline, ids["helpline"])
    # ... while records with a natural id are simply made again on laptop B.
    materials.create_material(
        other_laptop, code="lf-2026-01", kind="leaflet", title_az="Diqqət: iş təklifi", title_en="Beware: a job offer"
    )
    attendance.check_in(other_laptop, ids["event"], ids["person"])
    attendance.set_headcount(other_laptop, ids["event"], group="Sərnişinlər", sex="male", age_band="unknown", count=23)

    assert store.device_id != other_laptop.device_id
    assert canonical_export(other_laptop) == canonical_export(store)


def test_stores_that_differ_in_one_value_export_different_bytes(store: Store, other_laptop: Store) -> None:
    """The export is a real comparison: a single changed count shows."""
    ids = fill(store)
    copy_rows(store, other_laptop, Event, ids["event"])
    for target in (store, other_laptop):
        attendance.set_headcount(target, ids["event"], group="Qrup", sex="female", age_band="unknown", count=5)
    attendance.set_headcount(other_laptop, ids["event"], group="Qrup", sex="female", age_band="unknown", count=6)
    a = json.loads(canonical_export(store))
    b = json.loads(canonical_export(other_laptop))
    counts = {t["table"]: t["rows"] for t in b["tables"]}["headcounts"]
    assert [r["count"] for r in counts] == [6]
    assert a != b


def test_deleted_rows_are_left_out(store: Store) -> None:
    ids = fill(store)
    stock.void_movement(store, ids["handout"])
    attendance.remove_attendance(store, ids["event"], ids["person"])

    document = json.loads(canonical_export(store))
    rows = {t["table"]: t["rows"] for t in document["tables"]}

    assert [r["title"] for r in rows["events"]] == ["Sərhəddə maarifləndirmə"]
    assert [r["id"] for r in rows["stock_movements"]] == [ids["receipt"]]
    assert rows["attendance"] == []
    assert ids["gone"].encode() not in canonical_export(store)


def test_the_export_carries_no_clocks_origins_or_sequence_numbers(store: Store) -> None:
    fill(store)
    data = canonical_export(store)
    document = json.loads(data)

    for table in document["tables"]:
        for row in table["rows"]:
            assert not BOOKKEEPING_KEYS & set(row), (table["table"], sorted(BOOKKEEPING_KEYS & set(row)))
    assert store.device_id.encode() not in data
    with store.read() as session:
        clocks = {str(hlc) for hlc in session.scalars(select(ChangeLog.hlc))}
    assert clocks and not any(f": {c}" in data.decode() for c in clocks)


def test_the_export_is_in_canonical_order(store: Store) -> None:
    fill(store)
    pairs = json.loads(canonical_export(store), object_pairs_hook=list)
    top = dict(pairs)

    assert [k for k, _ in pairs] == ["format", "tables"]
    assert top["format"] == EXPORT_FORMAT
    tables = [dict(t) for t in top["tables"]]
    assert [t["table"] for t in tables] == [m.__tablename__ for m in SYNCED_MODELS]
    for table in tables:
        rows: list[list[tuple[str, Any]]] = table["rows"]
        assert all([k for k, _ in row] == sorted(k for k, _ in row) for row in rows), table["table"]
        row_ids = [dict(row)["id"] for row in rows]
        assert row_ids == sorted(row_ids), table["table"]
    assert len({t["table"]: t for t in tables}["locations"]["rows"]) > 100


def test_the_export_keeps_azerbaijani_letters_readable(store: Store) -> None:
    fill(store)
    text = canonical_export(store).decode("utf-8")
    assert "Sərhəddə maarifləndirmə" in text
    assert "Qırmızı Körpü" in text
    assert "\\u0259" not in text
