"""Encryption at rest: an SQLCipher store unlocked by a passphrase or a recovery key, its write-ahead log
and its backups unreadable without them; a wrong passphrase that changes nothing; a plain store turned
into an encrypted one in place, keeping every record even when the conversion is killed halfway."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.config import Paths
from fieldkit.services import backup
from fieldkit.services.export import canonical_export
from fieldkit.services.participants import create_participant
from fieldkit.store import cipher, keys
from fieldkit.store.encrypt import encrypt_store
from fieldkit.store.engine import Store, init_engine, raw_connection
from fieldkit.store.errors import KnownError, PassphraseRequired, WrongPassphrase
from fieldkit.store.migrate import upgrade
from fieldkit.store.open import initialise_device, open_store
from fieldkit.store.quick import peek

PASSPHRASE = "qırmızı körpü üç dəfə"
NAME = "Gülnarə Zeynalova"
MARKERS = (NAME.encode("utf-8"), b"Zeynalova", NAME.encode("utf-16-le"))
FAST_COST = 2**12


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap scrypt for the many keys these tests make (the real cost is checked once below)."""
    monkeypatch.setattr(keys, "PASSPHRASE_COST", FAST_COST)


@pytest.fixture
def opened() -> Iterator[list[Store]]:
    stores: list[Store] = []
    yield stores
    for store in stores:
        store.close()


def _encrypted_store(paths: Paths, opened: list[Store]) -> tuple[Store, keys.NewKeys]:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    new = keys.create_keys(paths, PASSPHRASE)
    store = open_store(paths, create=True, key=new.key)
    opened.append(store)
    initialise_device(store, "Şəki-1", "officer")
    return store, new


def _add_people(store: Store, count: int) -> None:
    create_participant(store, name=NAME, sex="female", phone="+994501234567", consent=True)
    for i in range(count):
        create_participant(store, name=f"{NAME} {i}", sex="female", consent=True)


def _leaks(path: Path) -> list[str]:
    data = path.read_bytes()
    return [f"{path.name}: {marker!r}" for marker in MARKERS if marker in data]


def _digests(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_the_default_passphrase_cost_makes_guessing_slow(monkeypatch: pytest.MonkeyPatch, paths: Paths) -> None:
    monkeypatch.undo()  # the module's own cost, not this file's cheap one
    # scrypt N = 2**17, r = 8: 128 MiB and about half a second per guess (OWASP's minimum for scrypt)
    assert keys.PASSPHRASE_COST >= 2**17 and keys.SCRYPT_R >= 8
    keys.create_keys(paths, PASSPHRASE)
    slot = keys.read_key_file(paths)["slots"]["passphrase"]
    assert (slot["kdf"], slot["n"], slot["r"], slot["cipher"]) == ("scrypt", keys.PASSPHRASE_COST, 8, "aes-256-gcm")


def test_a_name_is_nowhere_in_the_store_its_wal_or_its_backups(paths: Paths, opened: list[Store]) -> None:
    store, new = _encrypted_store(paths, opened)
    _add_people(store, 1500)
    wal = Path(f"{paths.store}-wal")
    assert wal.stat().st_size > 100_000  # the rows are still in the write-ahead log: not checkpointed yet
    assert _leaks(wal) == [] and _leaks(paths.store) == []

    taken = backup.back_up_now(paths, key=new.key)  # while the store is open, WAL and all
    assert cipher.is_encrypted(taken.path) and _leaks(taken.path) == []

    with store.write() as session:
        raw_connection(session).execute("SELECT 1")
    with store.read() as session:
        assert raw_connection(session).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    assert wal.stat().st_size == 0 and _leaks(paths.store) == []
    store.close()
    leaks = [leak for p in paths.data_dir.rglob("*") if p.is_file() for leak in _leaks(p)]
    assert leaks == []

    # and the copies do hold the name, for whoever has the key
    con = cipher.connect(taken.path, new.key)
    try:
        assert con.execute("SELECT count(*) FROM participants WHERE name = ?", (NAME,)).fetchone()[0] == 1
    finally:
        con.close()


def test_the_same_search_finds_the_name_in_a_plain_store(paths: Paths, opened: list[Store]) -> None:
    """The byte search above is not blind: on a plain store it finds the name in the WAL and the backup."""
    store = open_store(paths, create=True)
    opened.append(store)
    initialise_device(store, "Şəki-1", "officer")
    _add_people(store, 200)
    assert _leaks(Path(f"{paths.store}-wal"))
    assert _leaks(backup.back_up_now(paths).path)


def test_the_backup_before_a_migration_is_encrypted(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    new = keys.create_keys(paths, PASSPHRASE)
    engine = init_engine(paths.store, new.key)
    try:
        upgrade(engine, "0003")
    finally:
        engine.dispose()
    con = cipher.connect(paths.store, new.key)
    with con:
        con.execute(
            "INSERT INTO participants (id, created_hlc, updated_hlc, origin, deleted, name, sex, age_band, position) "
            "VALUES ('01900000-0000-7000-8000-000000000002', 2, 2, 'x', 0, ?, 'female', '25-34', '')",
            (NAME,),
        )
    con.close()

    store = open_store(paths, key=new.key)  # migrates 0003 -> head, behind a backup
    store.close()

    [made] = backup.list_backups(paths)
    assert made.reason == "migration"
    assert cipher.is_encrypted(made.path) and _leaks(made.path) == []
    con = cipher.connect(made.path, new.key)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
        assert con.execute("SELECT name FROM participants").fetchone()[0] == NAME
    finally:
        con.close()


def test_a_wrong_passphrase_leaves_every_file_untouched(paths: Paths, opened: list[Store]) -> None:
    store, _new = _encrypted_store(paths, opened)
    _add_people(store, 20)
    store.close()
    before = _digests(paths.data_dir)

    with pytest.raises(WrongPassphrase, match="does not unlock"):
        keys.unlock(paths, "qırmızı körpü iki dəfə")
    with pytest.raises(PassphraseRequired):
        open_store(paths)

    assert _digests(paths.data_dir) == before


def test_a_key_file_from_another_store_is_refused_before_anything_is_written(
    paths: Paths, tmp_path: Path, opened: list[Store]
) -> None:
    store, _new = _encrypted_store(paths, opened)
    store.close()
    other = Paths(tmp_path / "other")
    other.data_dir.mkdir()
    wrong = keys.create_keys(other, PASSPHRASE)  # same passphrase, another store's key
    before = _digests(paths.data_dir)

    with pytest.raises(WrongPassphrase, match="does not open the store") as refused:
        open_store(paths, key=wrong.key)

    assert "Nothing was changed" in str(refused.value)
    assert _digests(paths.data_dir) == before
    assert not Path(f"{paths.store}-wal").exists() and not paths.backups.exists()


def test_a_missing_key_file_is_explained(paths: Paths, opened: list[Store]) -> None:
    store, new = _encrypted_store(paths, opened)
    store.close()
    keys.keys_path(paths).rename(paths.data_dir.parent / "elsewhere.keys")

    with pytest.raises(KnownError, match=r"store\.keys is missing"):
        open_store(paths, key=new.key)  # without store.keys the file looks like no store at all
    with pytest.raises(KnownError, match=r"store\.keys"):
        keys.unlock(paths, PASSPHRASE)


def test_the_recovery_key_unlocks_however_it_is_typed(paths: Paths, opened: list[Store]) -> None:
    store, new = _encrypted_store(paths, opened)
    store.close()
    groups = new.recovery_key.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)

    typed = " ".join(groups).lower().replace("o", "0")  # lower case, spaces, a zero for an O
    assert keys.unlock(paths, typed) == new.key
    assert keys.unlock(paths, new.recovery_key, recovery=True) == new.key
    with pytest.raises(WrongPassphrase):
        keys.unlock(paths, new.recovery_key, recovery=False)  # it is not the passphrase
    reopened = open_store(paths, key=keys.unlock(paths, new.recovery_key))
    opened.append(reopened)
    assert reopened.device is not None and reopened.device.name == "Şəki-1"


def test_a_new_recovery_key_replaces_the_old_one(paths: Paths, opened: list[Store]) -> None:
    store, new = _encrypted_store(paths, opened)
    store.close()
    fresh = keys.new_recovery_key(paths, PASSPHRASE)
    assert keys.unlock(paths, fresh) == new.key
    with pytest.raises(WrongPassphrase):
        keys.unlock(paths, new.recovery_key)


def test_changing_the_passphrase_rewraps_the_key_without_rewriting_the_store(paths: Paths, opened: list[Store]) -> None:
    store, new = _encrypted_store(paths, opened)
    _add_people(store, 5)
    store.close()
    store_bytes = paths.store.read_bytes()

    keys.change_passphrase(paths, PASSPHRASE, "a brand new passphrase")

    with pytest.raises(WrongPassphrase):
        keys.unlock(paths, PASSPHRASE)
    assert keys.unlock(paths, "a brand new passphrase") == new.key
    assert keys.unlock(paths, new.recovery_key) == new.key  # the recovery key still works
    assert paths.store.read_bytes() == store_bytes
    # the recovery key may also set a new passphrase when the old one is lost
    keys.change_passphrase(paths, new.recovery_key, "found again")
    assert keys.unlock(paths, "found again") == new.key


def test_the_start_up_peek_steps_aside_for_an_encrypted_store(paths: Paths, opened: list[Store]) -> None:
    store, _new = _encrypted_store(paths, opened)
    store.close()
    assert peek(paths.store) is None


def test_a_plain_store_never_loads_sqlcipher(paths: Paths, opened: list[Store]) -> None:
    store = open_store(paths, create=True)
    initialise_device(store, "Plain", "officer")
    store.close()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from fieldkit.config import Paths
        from fieldkit.services.participants import create_participant
        from fieldkit.store.open import open_store
        store = open_store(Paths(Path({str(paths.data_dir)!r})))
        create_participant(store, name="Plain", sex="male")
        store.close()
        print("sqlcipher3" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# -- encrypting a plain store in place -------------------------------------------------------------
@pytest.fixture
def plain(store: Store, paths: Paths) -> bytes:
    """A plain officer's store holding people and a plain backup; closed; its canonical export."""
    _add_people(store, 300)
    backup.back_up_now(paths)
    expected = canonical_export(store)
    store.close()
    assert _leaks(paths.store) and _leaks(backup.list_backups(paths)[0].path)
    return expected


def _canonical(paths: Paths, key: bytes | None) -> bytes:
    store = open_store(paths, key=key)
    try:
        return canonical_export(store)
    finally:
        store.close()


def test_encrypting_a_plain_store_keeps_every_record_and_leaves_no_plain_copy(paths: Paths, plain: bytes) -> None:
    result = encrypt_store(paths, PASSPHRASE, canonical_export)

    assert result.recovery_key is not None and result.backups_encrypted == 1
    assert cipher.is_encrypted(paths.store)
    key = keys.unlock(paths, PASSPHRASE)
    assert _canonical(paths, key) == plain
    assert keys.unlock(paths, result.recovery_key) == key
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert [leak for p in files for leak in _leaks(p)] == []
    assert not [p for p in files if p.name.endswith((".plain", ".encrypting"))]
    [copy] = backup.list_backups(paths)
    assert cipher.is_encrypted(copy.path) and cipher.integrity_ok(copy.path, key)

    with pytest.raises(KnownError, match="already encrypted"):
        encrypt_store(paths, PASSPHRASE, canonical_export)


def test_encrypting_is_refused_while_another_process_has_the_store_open(paths: Paths, plain: bytes) -> None:
    hold = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('SELECT count(*) FROM events').fetchone()\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", hold, str(paths.store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "ready"
            with pytest.raises(KnownError, match="open in another"):
                encrypt_store(paths, PASSPHRASE, canonical_export)
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
    assert not cipher.is_encrypted(paths.store) and not keys.has_keys(paths)
    assert _canonical(paths, None) == plain


CRASH = """
import os, sys
from pathlib import Path
from fieldkit.config import Paths
from fieldkit.services.export import canonical_export
from fieldkit.store import encrypt, keys

keys.PASSPHRASE_COST = {cost}
step, no_links = sys.argv[2], sys.argv[3] == "1"
if no_links:
    def refuse(*_args, **_kwargs):
        raise OSError("hard links not supported here")
    os.link = refuse

def crash(name):
    if name == step:
        os._exit(77)

encrypt.step_hook = crash
encrypt.encrypt_store(Paths(Path(sys.argv[1])), {passphrase!r}, canonical_export)
"""


@pytest.mark.parametrize(
    ("step", "no_links"),
    [
        ("keys-written", False),
        ("locked", False),
        ("exported", False),
        ("verified", False),
        ("linked", False),
        ("moved-aside", True),
        ("swapped", False),
        ("swapped", True),
        ("backup-exported", False),
    ],
)
def test_a_crash_at_any_step_leaves_a_usable_store_and_a_rerun_finishes(
    paths: Paths, plain: bytes, step: str, no_links: bool
) -> None:
    script = CRASH.format(cost=FAST_COST, passphrase=PASSPHRASE)
    run = subprocess.run(
        [sys.executable, "-c", script, str(paths.data_dir), step, "1" if no_links else "0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 77, run.stderr  # killed at that step, with no clean-up

    encrypted = cipher.is_encrypted(paths.store)
    assert encrypted == (step in ("swapped", "backup-exported"))
    key = keys.unlock(paths, PASSPHRASE) if encrypted else None
    assert _canonical(paths, key) == plain  # usable, every record there
    if encrypted:  # opening finished the swap: no plain copy of the store is left beside it
        assert not Path(f"{paths.store}.plain").exists()
        assert _leaks(paths.store) == []

    result = encrypt_store(paths, PASSPHRASE, canonical_export)  # the officer runs it again
    key = keys.unlock(paths, PASSPHRASE)
    assert _canonical(paths, key) == plain
    assert (result.recovery_key is None) == encrypted
    leaks = [leak for p in paths.data_dir.rglob("*") if p.is_file() for leak in _leaks(p)]
    assert leaks == []


# -- backups and restore ---------------------------------------------------------------------------
def test_an_encrypted_backup_restores_and_stays_encrypted(paths: Paths, opened: list[Store]) -> None:
    store, new = _encrypted_store(paths, opened)
    _add_people(store, 3)
    taken = backup.back_up_now(paths, key=new.key)
    create_participant(store, name="Added later", sex="male")
    store.close()

    result = backup.restore_backup(paths, taken.path, key=new.key)

    assert cipher.is_encrypted(paths.store)
    assert result.kept_current_as is not None and cipher.is_encrypted(result.kept_current_as)
    restored = open_store(paths, key=new.key)
    opened.append(restored)
    with restored.read() as session:
        names = {r[0] for r in raw_connection(session).execute("SELECT name FROM participants")}
    assert NAME in names and "Added later" not in names
    assert [leak for p in paths.data_dir.rglob("*") if p.is_file() for leak in _leaks(p)] == []


def test_a_plain_backup_restored_into_an_encrypted_store_is_encrypted_on_the_way_in(paths: Paths, plain: bytes) -> None:
    [old] = backup.list_backups(paths)
    kept_plain = paths.data_dir.parent / "kept-plain.db"
    kept_plain.write_bytes(old.path.read_bytes())  # a plain copy kept outside the data directory
    encrypt_store(paths, PASSPHRASE, canonical_export)
    key = keys.unlock(paths, PASSPHRASE)
    keys.remember(paths, key)  # as the app does once unlocked
    try:
        backup.restore_backup(paths, kept_plain)
    finally:
        keys.forget(paths)

    assert cipher.is_encrypted(paths.store)
    assert [leak for p in paths.data_dir.rglob("*") if p.is_file() for leak in _leaks(p)] == []
    assert _canonical(paths, key) == plain


def test_backing_up_an_encrypted_store_needs_its_key(paths: Paths, opened: list[Store]) -> None:
    store, _new = _encrypted_store(paths, opened)
    store.close()
    with pytest.raises(PassphraseRequired):
        backup.back_up_now(paths)


def test_the_reports_run_on_an_encrypted_store(paths: Paths, opened: list[Store]) -> None:
    """Stock on hand fills a TEMP table of the places it shows; on SQLCipher temp storage is in memory."""
    from fieldkit.services import materials, report_stock, reports, stock
    from fieldkit.services.reference import load_reference

    store, _ = _encrypted_store(paths, opened)
    load_reference(store)
    materials.create_material(store, code="LF-01", kind="leaflet", title_az="Qaynar xətt")
    stock.record_movement(store, "receipt", "LF-01", 500, "AZ-QAZ")
    on_hand = report_stock.stock_on_hand(store)
    assert on_hand.figures == (("Items in stock", 500),)
    assert [row[0] for row in on_hand.tables[1].rows] == ["LF-01"]
    with store.read() as session:
        assert raw_connection(session).execute("PRAGMA temp_store").fetchone() == (2,)  # MEMORY
    assert reports.build_report(store).indicators
