"""Field clocks kept on the rows: what local edits leave there, what the 0004 migration computes from
an older store's change log, and that a merge against them takes exactly the newer fields."""

from __future__ import annotations

import json
import sqlite3

from fieldkit.config import Paths
from fieldkit.services.participants import create_participant, edit_participant
from fieldkit.store import clocks
from fieldkit.store.engine import Store, init_engine, raw_connection
from fieldkit.store.migrate import upgrade
from fieldkit.store.open import open_store
from fieldkit.sync.bundle import Entry
from fieldkit.sync.merge import apply_entries

A = "aaaaaaaa-0000-4000-8000-000000000001"
B = "bbbbbbbb-0000-4000-8000-000000000002"
ROW = "01900000-0000-7000-8000-0000000000a1"
LONELY = "01900000-0000-7000-8000-0000000000a2"
SHIPPED = "01900000-0000-7000-8000-0000000000a3"


def row_clocks(store: Store, table: str, row_id: str) -> tuple[int, str, str | None]:
    with store.read() as session:
        con = raw_connection(session)
        created, origin, raw = con.execute(
            f"SELECT created_hlc, origin, clocks FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
    return created, origin, raw


def test_encode_keeps_only_the_fields_whose_clock_is_not_the_base() -> None:
    base = (100, A)
    assert clocks.encode({"name": (100, A), "phone": (100, A)}, base) is None
    assert clocks.encode({"name": (200, B), "phone": (100, A)}, base) == f'{{"name":[200,"{B}"]}}'
    # with the columns given, a field no change carried is at clock zero, which is not the base
    assert json.loads(clocks.encode({"name": (100, A)}, base, ["name", "phone"]) or "") == {"phone": [0, ""]}
    assert clocks.decode(clocks.encode({"name": (200, B)}, base)) == {"name": (200, B)}
    assert clocks.base_clock(0, "reference") == clocks.ZERO
    assert clocks.decode(None) == {}


def test_a_local_edit_stamps_only_the_edited_fields(quick_store: Store) -> None:
    person = create_participant(quick_store, name="Günay Əliyeva", sex="female", age_band="25-34")
    created, origin, raw = row_clocks(quick_store, "participants", person.id)
    assert raw is None and origin == quick_store.device_id
    edit_participant(quick_store, person.id, position="müəllim")
    _, _, raw = row_clocks(quick_store, "participants", person.id)
    stamped = clocks.decode(raw)
    assert set(stamped) == {"position"}
    assert stamped["position"][0] > created and stamped["position"][1] == quick_store.device_id


def test_a_merge_takes_newer_fields_only_and_records_their_clocks(quick_store: Store) -> None:
    person = create_participant(quick_store, name="Orxan Quliyev", sex="male", age_band="18-24")
    created, _, _ = row_clocks(quick_store, "participants", person.id)
    older = Entry(A, 1, created - 1, "participants", person.id, "update", {"name": "Köhnə ad", "position": "tələbə"})
    newer = Entry(B, 1, created + 5, "participants", person.id, "update", {"position": "həkim"})
    with quick_store.write(sync_apply=True) as session:
        stats = apply_entries(raw_connection(session), [newer, older])
    assert stats.applied == 2 and stats.tables["participants"].superseded == 1  # "older" won nothing
    with quick_store.read() as session:
        name, position = (
            raw_connection(session)
            .execute("SELECT name, position FROM participants WHERE id = ?", (person.id,))
            .fetchone()
        )
    # "older" loses name to the creation and wins nothing on position against "newer"; the order
    # within the batch does not matter
    assert (name, position) == ("Orxan Quliyev", "həkim")
    _, _, raw = row_clocks(quick_store, "participants", person.id)
    assert clocks.decode(raw) == {"position": (created + 5, B)}


def test_a_row_arriving_before_its_creation_keeps_unknown_fields_at_zero(quick_store: Store) -> None:
    update = Entry(A, 7, 500, "participants", ROW, "update", {"position": "polis"})
    insert = Entry(B, 3, 400, "participants", ROW, "insert", {"name": "Leyla", "sex": "female", "age_band": "35-44"})
    with quick_store.write(sync_apply=True) as session:
        apply_entries(raw_connection(session), [update])
    _, _, raw = row_clocks(quick_store, "participants", ROW)
    stamped = clocks.decode(raw)
    # the update is the row's base clock; every field it did not carry is at zero
    assert "position" not in stamped and stamped["name"] == clocks.ZERO and stamped["sex"] == clocks.ZERO
    with quick_store.write(sync_apply=True) as session:
        apply_entries(raw_connection(session), [insert])  # the creation, later and older
    with quick_store.read() as session:
        name, position = (
            raw_connection(session).execute("SELECT name, position FROM participants WHERE id = ?", (ROW,)).fetchone()
        )
    assert (name, position) == ("Leyla", "polis")


def test_migration_0004_computes_field_clocks_from_the_change_log(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    engine = init_engine(paths.store)
    try:
        upgrade(engine, "0003")
    finally:
        engine.dispose()
    con = sqlite3.connect(paths.store)
    person = (
        "INSERT INTO participants (id, created_hlc, updated_hlc, origin, deleted, name, sex, age_band, position) "
        "VALUES (?, ?, ?, ?, 0, ?, 'female', '25-34', '')"
    )
    log = "INSERT INTO change_log (origin, seq, hlc, table_name, row_id, op, fields) VALUES (?, ?, ?, ?, ?, ?, ?)"
    everything = json.dumps(
        {k: None for k in ("name", "sex", "age_band", "agency_id", "position", "phone", "email", "region_id",
                           "consent_date", "consent_text_version", "merged_into", "deleted")}
    )  # fmt: skip
    with con:
        con.execute(person, (ROW, 10, 30, A, "Aysel"))
        con.execute(log, (A, 1, 10, "participants", ROW, "insert", everything))
        con.execute(log, (B, 1, 30, "participants", ROW, "update", '{"name": "Aysel Həsənova"}'))
        con.execute(log, (A, 2, 20, "participants", ROW, "update", '{"name": "Aysel H.", "position": "x"}'))
        con.execute(person, (LONELY, 5, 5, A, "Heç bir qeydsiz"))  # a row the log knows nothing of
        con.execute(person, (SHIPPED, 0, 0, "reference", "Göndərilmiş"))
    con.close()

    store = open_store(paths)
    try:
        assert clocks.decode(row_clocks(store, "participants", ROW)[2]) == {"name": (30, B), "position": (20, A)}
        lonely = clocks.decode(row_clocks(store, "participants", LONELY)[2])
        assert lonely and set(lonely.values()) == {clocks.ZERO}
        assert row_clocks(store, "participants", SHIPPED)[2] is None
        with store.read() as session:
            names = {r[1] for r in raw_connection(session).execute("PRAGMA index_list(change_log)")}
        assert "ix_change_log_row" not in names and "ix_change_log_reference" in names
    finally:
        store.close()
