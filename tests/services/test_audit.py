"""The audit log: each audited action writes its entry, in the same transaction as the work; the hash
chain verifies, and an edited, removed or cut-off entry is found; the log names no one; it exports to
CSV."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.services import (
    attendance,
    audit,
    duplicates,
    events,
    participants,
    privacy,
    report_export,
    report_raw,
    reports,
)
from fieldkit.services.export import write_export
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.sync.exchange import export_bundle, import_one, import_paths

from .peers import make_device, pin

NAMES = ("Günay Əliyeva", "Гюнай Алиева", "Leyla Həsənova")


@pytest.fixture
def pair(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[tuple[Store, Store]]:
    """Laptop Qazax-2 and coordinator Baku-HQ, trusting each other."""
    laptop = make_device(tmp_path, store_templates["reference"], "Qazax-2", "officer")
    hq = make_device(tmp_path, store_templates["reference"], "Baku-HQ", "coordinator")
    pin(laptop, hq)
    pin(hq, laptop)
    yield laptop, hq
    laptop.close()
    hq.close()


def _sql(store: Store, *statements: str) -> None:
    """Raw SQL on the store file, as someone with the file (and its key) could run it."""
    con = sqlite3.connect(store.paths.store)
    try:
        with con:
            for statement in statements:
                con.execute(statement)
    finally:
        con.close()


def _actions(store: Store) -> list[str]:
    return [e.action for e in audit.list_entries(store)]


# -- each action writes its entry ------------------------------------------------------------------


def test_each_audited_action_writes_its_entry(pair: tuple[Store, Store], tmp_path: Path) -> None:
    laptop, hq = pair
    usb = tmp_path / "usb"
    event = events.create_event(laptop, title="Təlim", kind="training", start_date="2026-03-10", status="held").id
    gunay = participants.create_participant(laptop, name=NAMES[0], sex="female", consent=True).id
    attendance.check_in(laptop, event, gunay)
    spare = participants.create_participant(laptop, name=NAMES[2], sex="female").id
    participants.delete_participant(laptop, spare)
    bundle = export_bundle(laptop, usb)
    assert import_one(hq, bundle.path).ok

    again = participants.create_participant(hq, name=NAMES[1], sex="female").id
    merge = duplicates.merge_people(hq, gunay, [again])
    duplicates.unmerge_person(hq, again)
    participants.withdraw_consent(hq, again)
    privacy.set_retention(hq, 12)
    privacy.purge(hq, "2099-01-01")
    report = reports.build_report(hq)
    report_export.export_report(hq, report, "csv", tmp_path / "report")
    report_raw.write_raw(hq, report, "csv", tmp_path / "raw")
    write_export(hq, tmp_path / "canonical.json")
    audit.record_login(hq, "passphrase", failed_attempts=2)
    audit.record_login(hq, "pin", after_lock=True)
    audit.record_passphrase_change(hq)
    events.delete_event(hq, event)

    assert _actions(laptop) == ["delete", "export"]
    deleted, exported = audit.list_entries(laptop)
    assert deleted.details == {"table": "participants", "id": spare}
    assert exported.details["kind"] == "bundle" and exported.details["bundle_id"] == bundle.bundle_id
    assert exported.details["scope"] == "coordinator" and exported.details["encrypted"] is True

    assert _actions(hq) == [
        "import", "merge", "unmerge", "consent_withdrawn", "settings", "purge", "export", "raw_export", "export",
        "login", "unlock", "passphrase_change", "delete",
    ]  # fmt: skip
    entries = {e.action: e.details for e in audit.list_entries(hq)}
    assert entries["import"]["bundle_id"] == bundle.bundle_id and entries["import"]["status"] == "imported"
    assert entries["import"]["sender"] == "Qazax-2" and entries["import"]["applied"] == bundle.changes
    assert entries["merge"] == {"kept": gunay, "merged": [again], "repointed": [], "filled": list(merge.filled)}
    assert entries["unmerge"] == {"person": again, "was_merged_into": gunay}
    assert entries["consent_withdrawn"] == {"participant_id": again, "cleared": [again]}
    assert entries["settings"] == {"key": "retention_months", "value": 12, "previous": None}
    assert entries["purge"]["count"] == 2 and set(entries["purge"]["ids"]) == {gunay, spare}
    assert entries["raw_export"]["kind"] == "raw-export" and entries["raw_export"]["format"] == "csv"
    assert entries["login"] == {"method": "passphrase", "failed_attempts": 2}
    assert entries["unlock"] == {"method": "pin"}
    assert entries["passphrase_change"] == {"what": "passphrase"}
    assert entries["delete"] == {"table": "events", "id": event}
    kinds = [e.details["kind"] for e in audit.list_entries(hq, actions=["export"])]
    assert kinds == ["donor-report", "canonical"]

    for store in pair:
        assert audit.verify_chain(store).ok
        assert {e.actor for e in audit.list_entries(store)} == {store.device.name}  # type: ignore[union-attr]
        assert {e.device_id for e in audit.list_entries(store)} == {store.device_id}
        text = str([e.details for e in audit.list_entries(store)])
        assert not [n for n in NAMES if n in text], "the audit log names no one"


def test_every_bundle_of_an_import_is_audited_even_a_refused_one(pair: tuple[Store, Store], tmp_path: Path) -> None:
    laptop, hq = pair
    participants.create_participant(laptop, name=NAMES[0], sex="female", consent=True)
    good = export_bundle(laptop, tmp_path / "usb").path
    damaged = tmp_path / "usb" / "damaged.fkb"
    damaged.write_bytes(good.read_bytes()[:-40])

    results = import_paths(hq, [good, damaged])
    assert [r.status for r in results] == ["imported", "rejected"]
    import_paths(hq, [good], dry_run=True)  # a dry run changes nothing, the log included

    entries = audit.list_entries(hq, actions=["import"])
    assert [(e.details["status"], e.details["code"]) for e in entries] == [("imported", None), ("rejected", "damaged")]
    assert entries[1].details["path"] == str(damaged)


def test_an_entry_recorded_in_a_transaction_that_fails_is_not_kept(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        audit.record(session, "delete", {"table": "events", "id": "x"})
        raise RuntimeError("the work failed")
    assert audit.list_entries(store) == []
    audit.record(store, "settings", {"key": "k", "value": 1})
    assert _actions(store) == ["settings"] and audit.verify_chain(store).ok


def test_an_unknown_action_is_a_bug(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown audit action"):
        audit.record(store, "lunch")


# -- the chain -----------------------------------------------------------------------------------


@pytest.fixture
def logged(store: Store) -> Store:
    for n in range(1, 6):
        audit.record(store, "export", {"kind": "bundle", "n": n})
    return store


def test_the_log_is_append_only(logged: Store) -> None:
    for statement in ("UPDATE audit_log SET actor = 'someone else' WHERE id = 2", "DELETE FROM audit_log WHERE id = 5"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            _sql(logged, statement)
    assert [e.id for e in audit.list_entries(logged)] == [1, 2, 3, 4, 5]
    assert audit.verify_chain(logged) == audit.ChainCheck(True, 5)


@pytest.mark.parametrize(
    ("tampering", "broken_at", "problem"),
    [
        ('UPDATE audit_log SET details = \'{"kind":"bundle","n":30}\' WHERE id = 3', 3, "entry 3 was changed"),
        ("UPDATE audit_log SET action = 'import' WHERE id = 1", 1, "entry 1 was changed"),
        ("DELETE FROM audit_log WHERE id = 2", 3, "entry 2 is missing before entry 3"),
        ("UPDATE audit_log SET id = id + 10 WHERE id >= 4", 14, "entries 4–13 are missing before entry 14"),
        ("DELETE FROM audit_log WHERE id >= 4", 4, "entries 4–5 are removed from the end"),
    ],
    ids=["details-edited", "action-edited", "middle-removed", "renumbered", "tail-cut"],
)
def test_tampering_is_detected(logged: Store, tampering: str, broken_at: int, problem: str) -> None:
    """Someone with the file drops the triggers and edits the log; the chain shows where."""
    _sql(logged, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete", tampering)

    check = audit.verify_chain(logged)

    assert not check.ok and check.broken_at == broken_at
    assert problem in check.problem


def test_a_rewritten_entry_with_a_recomputed_hash_still_breaks_the_next_link(logged: Store) -> None:
    from fieldkit.store.audit_models import chain_hash

    [first, second, *_rest] = audit.list_entries(logged)
    forged = '{"kind":"bundle","n":99}'
    forged_hash = chain_hash("", first.id, first.at, first.device_id, first.actor, first.action, forged)
    _sql(
        logged,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET details = '{forged}', hash = '{forged_hash}' WHERE id = 1",
    )
    check = audit.verify_chain(logged)
    assert not check.ok and check.broken_at == second.id


def test_new_entries_after_a_cut_keep_the_gap_visible(logged: Store) -> None:
    _sql(logged, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 5")
    audit.record(logged, "settings", {"key": "k"})
    assert [e.id for e in audit.list_entries(logged)] == [1, 2, 3, 4, 6]
    check = audit.verify_chain(logged)
    assert not check.ok and check.broken_at == 6 and "entry 5 is missing" in check.problem


# -- reading and exporting ------------------------------------------------------------------------


def test_listing_filters_by_action_and_day_and_pages(logged: Store) -> None:
    audit.record(logged, "settings", {"key": "k"})
    assert [e.id for e in audit.list_entries(logged, actions=["settings"])] == [6]
    assert [e.id for e in audit.list_entries(logged, limit=2)] == [1, 2]
    assert [e.id for e in audit.list_entries(logged, after=2, limit=2)] == [3, 4]
    assert len(audit.list_entries(logged, since="2000-01-01")) == 6
    assert audit.list_entries(logged, since="2999-01-01") == []
    with pytest.raises(ValidationError, match="not a date"):
        audit.list_entries(logged, since="yesterday")


def test_the_csv_export_holds_every_entry_and_is_itself_recorded(logged: Store, tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    assert audit.export_csv(logged, out) == 5
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert list(rows[0]) == list(audit.CSV_COLUMNS)
    assert rows[2]["details"] == '{"kind":"bundle","n":3}' and rows[2]["actor"] == "Test laptop"
    last = audit.list_entries(logged)[-1]
    assert last.action == "export" and last.details == {"kind": "audit_log", "path": str(out.resolve()), "entries": 5}
    assert audit.verify_chain(logged).ok
