"""Migrations at start-up: an empty store reaches the head schema, an older store keeps its rows and is
backed up first, a store from a newer Field Kit is refused untouched, and a file that is not a store
gets a message the officer can act on."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from fieldkit.config import Paths
from fieldkit.services import audit
from fieldkit.services import report_on_hand as oh
from fieldkit.services import report_queries as q
from fieldkit.services.events import create_event, get_event
from fieldkit.services.participants import search_participants
from fieldkit.services.report_filters import ReportFilters
from fieldkit.store.engine import Store, init_engine
from fieldkit.store.errors import StoreTooNew, StoreUnreadable
from fieldkit.store.migrate import KNOWN_REVISIONS, MIGRATIONS_DIR, SCHEMA_HEAD, backup_file, upgrade
from fieldkit.store.models import SYNCED_MODELS, Base
from fieldkit.store.open import initialise_device, open_store

SCRIPTS = ScriptDirectory(str(MIGRATIONS_DIR))
OLDER_REVISIONS = [r for r in KNOWN_REVISIONS if r != SCHEMA_HEAD]

EVENT_ID = "01900000-0000-7000-8000-000000000001"
PERSON_ID = "01900000-0000-7000-8000-000000000002"
DEVICE_ID = "5f0c6a52-1d7e-4f51-9a43-3c1b2e8d9a10"


def schema_differences(engine: Engine) -> list[object]:
    """What Alembic autogenerate would still change to make the file match the models."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def revision_in_file(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def build_store_at(paths: Paths, revision: str) -> None:
    """A store file made by ``revision`` of the schema, holding rows written with plain SQL."""
    paths.data_dir.mkdir(parents=True)
    engine = init_engine(paths.store)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    conn = sqlite3.connect(paths.store)
    try:
        with conn:
            conn.execute(
                "INSERT INTO local_device (slot, device_id, name, role, public_key, created_at, last_hlc, "
                "last_seq, retired_ids) VALUES (1, ?, 'Qazax-2', 'officer', ?, '2026-03-01T09:00:00+04:00', "
                "?, 2, '[]')",
                (DEVICE_ID, "ab" * 32, 1_750_000_000_000 << 16),
            )
            conn.execute(
                "INSERT INTO events (id, created_hlc, updated_hlc, origin, deleted, kind, pillar, title, "
                "start_date, end_date, location_id, organiser_agency_id, partner_agency_ids, audience, "
                "language, status, notes) VALUES (?, 1, 1, ?, 0, 'round-table', 'prevention', "
                "'Dəyirmi masa: İnsan alverinə qarşı', '2026-03-05', '2026-03-05', NULL, NULL, '[]', "
                "'məktəb müəllimləri', 'az', 'held', '')",
                (EVENT_ID, DEVICE_ID),
            )
            conn.execute(
                "INSERT INTO participants (id, created_hlc, updated_hlc, origin, deleted, name, sex, "
                "age_band, agency_id, position, phone, email, region_id, consent_date, "
                "consent_text_version, merged_into) VALUES (?, 2, 2, ?, 0, 'Günay Əliyeva', 'female', "
                "'25-34', NULL, 'müəllim', NULL, NULL, NULL, '2026-03-05', '2026-1', NULL)",
                (PERSON_ID, DEVICE_ID),
            )
            conn.execute(
                "INSERT INTO change_log (origin, seq, hlc, table_name, row_id, op, fields) "
                "VALUES (?, 1, 1, 'events', ?, 'insert', '{\"title\": \"Dəyirmi masa\"}')",
                (DEVICE_ID, EVENT_ID),
            )
    finally:
        conn.close()


def test_opening_a_new_data_directory_creates_a_store_at_the_head_schema(paths: Paths) -> None:
    store = open_store(paths, create=True)
    try:
        assert schema_differences(store.engine) == []
        assert not store.initialised
    finally:
        store.close()
    assert revision_in_file(paths.store) == SCHEMA_HEAD
    assert not paths.backups.exists(), "a brand-new store has nothing to back up"


def test_a_new_store_can_be_initialised_and_reopened_without_migrating_again(paths: Paths) -> None:
    store = open_store(paths, create=True)
    initialise_device(store, "Qazax-2", "officer")
    store.close()
    again = open_store(paths)
    try:
        assert again.initialised
        assert again.identity_problem is None
        assert schema_differences(again.engine) == []
    finally:
        again.close()


def test_a_store_made_by_the_first_revision_keeps_its_rows_and_reaches_head(paths: Paths) -> None:
    build_store_at(paths, "0001")

    store = open_store(paths)
    try:
        assert schema_differences(store.engine) == []
        event = get_event(store, EVENT_ID)
        assert event.title == "Dəyirmi masa: İnsan alverinə qarşı"
        assert event.start_date == dt.date(2026, 3, 5)
        assert event.status == "held"
        assert [p.name for p in search_participants(store, "Günay")] == ["Günay Əliyeva"]
        assert store.device is not None and store.device.device_id == DEVICE_ID
        assert store.device.last_seq == 2
    finally:
        store.close()
    assert revision_in_file(paths.store) == SCHEMA_HEAD
    conn = sqlite3.connect(paths.store)
    try:
        assert conn.execute("SELECT origin, seq, op FROM change_log").fetchall() == [(DEVICE_ID, 1, "insert")]
    finally:
        conn.close()


@pytest.mark.parametrize(
    "revision",
    OLDER_REVISIONS
    or [pytest.param(None, marks=pytest.mark.skip(reason="only one schema revision so far: nothing to migrate"))],
)
def test_migrating_an_older_store_first_copies_it_into_backups(paths: Paths, revision: str) -> None:
    build_store_at(paths, revision)

    store = open_store(paths)
    store.close()

    backups = sorted(paths.backups.glob("*.db"))
    assert len(backups) == 1, backups
    assert f"from-{revision}" in backups[0].name
    assert revision_in_file(backups[0]) == revision, "the backup is the store as it was before migrating"
    assert revision_in_file(paths.store) == SCHEMA_HEAD
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT title FROM events").fetchall() == [("Dəyirmi masa: İnsan alverinə qarşı",)]
    finally:
        conn.close()


def test_0005_adds_the_audit_log_and_project_settings_and_keeps_every_row(paths: Paths) -> None:
    build_store_at(paths, "0004")

    store = open_store(paths)
    try:
        assert schema_differences(store.engine) == []
        assert get_event(store, EVENT_ID).title == "Dəyirmi masa: İnsan alverinə qarşı"
        assert [p.name for p in search_participants(store, "Günay")] == ["Günay Əliyeva"]
        assert audit.list_entries(store) == [] and audit.verify_chain(store).ok
        audit.record(store, "settings", {"key": "retention_months", "value": 12})
        assert audit.verify_chain(store).ok
    finally:
        store.close()
    conn = sqlite3.connect(paths.store)
    try:
        assert conn.execute("SELECT origin, seq FROM change_log").fetchall() == [(DEVICE_ID, 1)]
        (index,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_change_log_reference'").fetchone()
        assert "'project_settings'" in index and "'leaflet_texts'" in index
        with pytest.raises(sqlite3.IntegrityError, match="append-only"), conn:
            conn.execute("DELETE FROM audit_log")
    finally:
        conn.close()


def test_opening_a_store_already_at_head_makes_no_backup(bare_store: Store) -> None:
    paths = bare_store.paths
    bare_store.close()
    open_store(paths).close()
    assert not paths.backups.exists()


def test_the_pre_migration_backup_holds_committed_rows_while_the_store_is_open(bare_store: Store) -> None:
    """The copy is made with SQLite's backup API, so rows still in the WAL file are in it too."""
    event = create_event(bare_store, title="Seminar", kind="workshop", start_date="2026-04-01")

    target = backup_file(bare_store.paths, "before-test")

    assert target is not None and target.parent == bare_store.paths.backups
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT title FROM events WHERE id = ?", (event.id,)).fetchall() == [("Seminar",)]
    finally:
        conn.close()


def test_only_the_newest_backups_are_kept(bare_store: Store) -> None:
    made = [backup_file(bare_store.paths, f"n{i}", keep=3) for i in range(5)]

    kept = sorted(bare_store.paths.backups.glob("*.db"))
    assert kept == sorted(p for p in made[-3:] if p is not None)


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert SCRIPTS.get_heads() == [SCHEMA_HEAD]


def test_known_revisions_lists_every_migration_script_once() -> None:
    scripted = [script.revision for script in SCRIPTS.walk_revisions()]
    assert sorted(KNOWN_REVISIONS) == sorted(scripted)
    assert len(set(KNOWN_REVISIONS)) == len(KNOWN_REVISIONS)


def test_every_synced_table_exists_after_migration(bare_store: Store) -> None:
    conn = sqlite3.connect(bare_store.paths.store)
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    wanted = {m.__tablename__ for m in SYNCED_MODELS} | {"change_log", "local_device", "alembic_version"}
    assert wanted <= tables


def test_a_store_from_a_newer_field_kit_is_refused_and_left_byte_for_byte_unchanged(paths: Paths) -> None:
    store = open_store(paths, create=True)
    initialise_device(store, "Qazax-2", "officer")
    store.close()
    conn = sqlite3.connect(paths.store)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = paths.store.read_bytes()
    files_before = sorted(p.name for p in paths.data_dir.iterdir())

    with pytest.raises(StoreTooNew) as refused:
        open_store(paths)

    message = str(refused.value)
    assert "newer Field Kit" in message
    assert "9999" in message
    assert SCHEMA_HEAD in message
    assert paths.store.read_bytes() == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == files_before
    assert not paths.backups.exists()


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"Name,Sex\nG\xc3\xbcnay,female\n" * 200, id="a-csv-file"),
        pytest.param(b"SQLite format 3\x00" + b"\xff" * 200, id="a-truncated-sqlite-header"),
    ],
)
def test_a_file_that_is_not_a_store_is_refused_with_a_clear_message(paths: Paths, content: bytes) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.store.write_bytes(content)

    with pytest.raises(StoreUnreadable) as refused:
        open_store(paths)

    message = str(refused.value)
    assert "cannot be read" in message
    assert "not a Field Kit store" in message
    assert "backups" in message
    assert paths.store.read_bytes() == content


def _index_columns(conn: sqlite3.Connection, index: str) -> list[str]:
    return [row[2] for row in conn.execute(f"PRAGMA index_info({index})")]


def _plan(conn: sqlite3.Connection, query: q.Query) -> str:
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + query.sql, query.params))


def test_0006_reshapes_the_ledger_index_and_adds_the_handouts_index(paths: Paths) -> None:
    build_store_at(paths, "0005")

    store = open_store(paths)
    try:
        assert schema_differences(store.engine) == []
    finally:
        store.close()
    conn = sqlite3.connect(paths.store)
    try:
        ledger = ["material_id", "location_id", "deleted", "occurred_at", "quantity"]
        assert _index_columns(conn, q.LEDGER_INDEX) == ledger
        assert _index_columns(conn, q.HANDOUTS_INDEX) == ["kind", "deleted", "occurred_at", "quantity"]
        assert q.ledger_covered(conn)
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)
    finally:
        conn.close()


def test_the_reports_read_the_ledger_indexes_alone(paths: Paths) -> None:
    open_store(paths, create=True).close()
    conn = sqlite3.connect(paths.store)
    try:
        for statement in oh.shown_places("[]"):
            conn.execute(statement.sql, statement.params)
        stock = _plan(conn, oh.stock_on_hand(ReportFilters(), covered=True))
        assert f"COVERING INDEX {q.LEDGER_INDEX}" in stock
        for filters in (ReportFilters(), ReportFilters(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))):
            assert q.handouts_covered(filters)
            assert f"COVERING INDEX {q.HANDOUTS_INDEX}" in _plan(conn, q.handout_total(filters))
        assert not q.handouts_covered(ReportFilters(material_id="m"))
    finally:
        conn.close()


def _insert_movements(paths: Paths, movements: list[tuple[str, str, str, str | None, int, str, int]]) -> None:
    """Ledger rows written straight into the file, ids mv-0, mv-1, ...: (kind, material, place, event,
    quantity, occurred_at, deleted)."""
    conn = sqlite3.connect(paths.store)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO stock_movements (id, created_hlc, updated_hlc, origin, deleted, kind, material_id, "
                "location_id, event_id, quantity, occurred_at, note) VALUES (?, 3, 3, ?, ?, ?, ?, ?, ?, ?, ?, '')",
                [
                    (f"mv-{n}", DEVICE_ID, d, k, m, p, e, qty, at)
                    for n, (k, m, p, e, qty, at, d) in enumerate(movements)
                ],
            )
    finally:
        conn.close()


def test_0008_builds_stock_monthly_from_the_ledger_and_keeps_it_with_triggers(paths: Paths) -> None:
    build_store_at(paths, "0007")
    ledger = """SELECT kind, substr(occurred_at, 1, 7), material_id, location_id, event_id IS NOT NULL,
        SUM(quantity), COUNT(*) FROM stock_movements WHERE deleted = 0 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"""
    summary = """SELECT kind, month, material_id, location_id, at_event, quantity, movements FROM stock_monthly
        ORDER BY 1, 2, 3, 4, 5"""
    movements = [  # (kind, material, place, event, quantity, occurred_at, deleted)
        ("receipt", "m1", "p1", None, 500, "2026-02-27T09:00:00+04:00", 0),
        ("handout", "m1", "p1", None, -40, "2026-03-01T10:00:00+04:00", 0),
        ("handout", "m1", "p1", None, -25, "2026-03-31T23:59:00+04:00", 0),
        ("handout", "m1", "p1", EVENT_ID, -30, "2026-03-10T10:00:00+04:00", 0),
        ("handout", "m1", "p1", None, -99, "2026-03-11T10:00:00+04:00", 1),  # voided: not summed
        ("handout", "m2", "p2", None, -5, "2026-04-02T10:00:00+04:00", 0),
        ("write-off", "m2", "p2", None, -1, "2026-04-03T10:00:00+04:00", 1),  # voided: no cell at all
    ]
    _insert_movements(paths, movements)

    store = open_store(paths)
    try:
        assert schema_differences(store.engine) == []
    finally:
        store.close()
    conn = sqlite3.connect(paths.store)
    try:
        assert conn.execute(summary).fetchall() == [
            ("handout", "2026-03", "m1", "p1", 0, -65, 2),
            ("handout", "2026-03", "m1", "p1", 1, -30, 1),
            ("handout", "2026-04", "m2", "p2", 0, -5, 1),
            ("receipt", "2026-02", "m1", "p1", 0, 500, 1),
        ]
        assert conn.execute(summary).fetchall() == conn.execute(ledger).fetchall()
        triggers = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"stock_monthly_insert", "stock_monthly_update", "stock_monthly_delete"} <= triggers
        assert {"place_classes_stale_insert", "place_classes_stale_update", "place_classes_stale_delete"} <= triggers
        # The places are classified, and handout_cells built, by the first report that reads them.
        assert conn.execute("SELECT slot, stale FROM stock_summary_state").fetchall() == [(1, 1)]
        with conn:  # the triggers carry on from the rebuilt cells
            conn.execute("UPDATE stock_movements SET deleted = 0 WHERE id = 'mv-4'")  # restored
            conn.execute("UPDATE stock_movements SET occurred_at = '2026-05-01T08:00:00+04:00' WHERE id = 'mv-5'")
            conn.execute("UPDATE stock_movements SET deleted = 1 WHERE id = 'mv-0'")  # its cell goes
        assert conn.execute(summary).fetchall() == conn.execute(ledger).fetchall()
        assert ("receipt", "2026-02", "m1", "p1", 0, 500, 1) not in conn.execute(summary).fetchall()
    finally:
        conn.close()


def test_0009_builds_stock_balances_and_the_people_indexes(paths: Paths) -> None:
    build_store_at(paths, "0008")
    ledger = """SELECT material_id, location_id, SUM(quantity), COUNT(*) FROM stock_movements WHERE deleted = 0
        GROUP BY 1, 2 ORDER BY 1, 2"""
    balances = "SELECT material_id, location_id, quantity, movements FROM stock_balances ORDER BY 1, 2"
    movements = [  # (material, place, quantity, deleted)
        ("m1", "p1", 500, 0),
        ("m1", "p1", -40, 0),
        ("m1", "p1", -99, 1),  # voided: not summed
        ("m1", "p2", 30, 0),
        ("m2", "p2", -1, 1),  # voided: no balance at all
    ]
    _insert_movements(
        paths, [("adjustment", m, p, None, qty, "2026-03-01T10:00:00+04:00", d) for m, p, qty, d in movements]
    )

    store = open_store(paths)
    try:
        assert schema_differences(store.engine) == []
    finally:
        store.close()
    conn = sqlite3.connect(paths.store)
    try:
        assert conn.execute(balances).fetchall() == [("m1", "p1", 460, 2), ("m1", "p2", 30, 1)]
        with conn:  # the triggers carry on from the built balances
            conn.execute("UPDATE stock_movements SET deleted = 0 WHERE id = 'mv-4'")  # restored: a new balance
            conn.execute("UPDATE stock_movements SET location_id = 'p3' WHERE id = 'mv-3'")  # moved: p2 goes
            conn.execute("UPDATE stock_movements SET quantity = -50 WHERE id = 'mv-1'")
            conn.execute("DELETE FROM stock_movements WHERE id = 'mv-0'")
        assert conn.execute(balances).fetchall() == conn.execute(ledger).fetchall()
        assert conn.execute(balances).fetchall() == [("m1", "p1", -50, 1), ("m1", "p3", 30, 1), ("m2", "p2", -1, 1)]
        assert _index_columns(conn, "ix_attendance_person") == ["participant_id", "role", "deleted", "event_id"]
        assert _index_columns(conn, "ix_participants_merged") == ["merged_into"]
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_attendance_participant'").fetchone() is None
    finally:
        conn.close()


def test_the_people_reports_test_each_person_through_the_person_index(paths: Paths) -> None:
    open_store(paths, create=True).close()
    conn = sqlite3.connect(paths.store)
    try:
        for query in (
            q.people_by_sex(ReportFilters(), training=True),
            q.people_by_agency_age(ReportFilters(date_from=dt.date(2025, 1, 1))),
            q.first_responders_by_agency_sex(ReportFilters(agency_id="a")),
        ):
            plan = _plan(conn, query)
            assert "COVERING INDEX ix_attendance_person (participant_id=? AND role=? AND deleted=?)" in plan, plan
            assert "ix_participants_merged (merged_into=?)" in plan, plan
        few = ReportFilters(economic_region_id="r", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 3, 31))
        for query in (
            q.people_by_sex(few, training=True, by_event=True),
            q.people_by_agency_age(few, by_event=True),
            q.first_responders_by_agency_sex(few, by_event=True),
        ):
            plan = _plan(conn, query)  # few events: their check-ins are gathered once, through the event index
            assert "ix_attendance_event_id (event_id=?)" in plan and "ix_attendance_person" not in plan, plan
            assert "ix_participants_merged (merged_into=?)" in plan, plan
    finally:
        conn.close()
