"""Issue 4, "Bad input": every bad bundle is refused with a message that says what is wrong and what to
do, ``fieldkit sync import`` exits 1, and the coordinator's canonical export is byte-identical before
and after. The bad bundles are made from real ones, on disk, the way they go wrong in the field: cut
short on a USB stick, bit-flipped, tampered with, replayed, crafted, or simply taken to the wrong office.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from fieldkit.services import events
from fieldkit.store.hlc import Clock, wall_millis
from fieldkit.store.open import open_store
from fieldkit.sync import bundle as bundle_format
from fieldkit.sync.bundle import MANIFEST, PAYLOAD, PAYLOAD_ENCRYPTED, SIGNATURE
from fieldkit.sync.exchange import BundleResult, import_one
from fieldkit.sync.keys import fingerprint, signing_key

if TYPE_CHECKING:
    from conftest import Device, Lab

DAMAGED = "is damaged or incomplete"
ASK_AGAIN = "ask the sender for the file again"
BAD_SIGNATURE = "the signature does not match the contents"


# -- making bad bundles from good ones ------------------------------------------------------------
def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_zip(path: Path, content: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in content.items():
            zf.writestr(name, data)
    return path


def manifest_of(path: Path) -> dict[str, Any]:
    return dict(json.loads(members(path)[MANIFEST]))


def encode_manifest(manifest: dict[str, Any]) -> bytes:
    """The manifest serialised the way Field Kit writes it."""
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def resign(source: Path, target: Path, signer: Device, edit: Callable[[dict[str, Any]], None]) -> Path:
    """The bundle with its manifest edited and signed again with ``signer``'s real device key."""
    content = members(source)
    manifest = json.loads(content[MANIFEST])
    edit(manifest)
    content[MANIFEST] = encode_manifest(manifest)
    content[SIGNATURE] = signing_key(signer.paths).sign(content[MANIFEST])
    return write_zip(target, content)


def data_span(path: Path, name: str) -> range:
    """Where a member's bytes lie inside the zip file."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    with path.open("rb") as fh:
        fh.seek(info.header_offset)
        name_length, extra_length = struct.unpack("<HH", fh.read(30)[26:30])
    start = info.header_offset + 30 + name_length + extra_length
    return range(start, start + info.compress_size)


def flipped(source: Path, target: Path, position: int, mask: int = 0xFF) -> Path:
    data = bytearray(source.read_bytes())
    data[position] ^= mask
    target.write_bytes(bytes(data))
    return target


def refused(
    device: Device, bundle: Path, code: str | set[str], *phrases: str, status: str = "rejected"
) -> dict[str, Any]:
    """Import ``bundle`` as a person would, then with ``--json``; both refuse it (with ``code``, or one
    of the set) and change nothing. The report is returned."""
    before = device.canonical()
    shown = device.run("sync", "import", bundle)
    assert shown.code == 1, shown
    line = next(line for line in shown.out.splitlines() if bundle.name in line)
    assert line.startswith(status.upper()), line
    for phrase in phrases:
        assert phrase in line, f"{phrase!r} not in {line!r}"
    result = device.sync_import(bundle)
    assert result.code == 1, result
    [report] = result.data["bundles"]
    codes = code if isinstance(code, set) else {code}
    assert report["status"] == status and report["code"] in codes, report
    assert report["message"] in line
    assert result.data["ok"] is False
    assert device.canonical() == before
    return dict(report)


@pytest.fixture
def bundle(officer: Device, usb: Path) -> Path:
    """A real bundle from the enrolled officer: one event and one named participant, encrypted."""
    officer.add_event("Seminar in Qazax")
    officer.add_participant("Günel Səfərova")
    return officer.sync_export(usb)


# -- cut short and bit-flipped ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "where",
    ["inside the manifest", "inside the signature", "inside the payload", "in the last few bytes", "to nothing"],
)
def test_a_truncated_bundle_is_refused_as_damaged(coordinator: Device, bundle: Path, where: str) -> None:
    spans = {"manifest": data_span(bundle, MANIFEST), "payload": data_span(bundle, PAYLOAD_ENCRYPTED)}
    cut = {
        "inside the manifest": spans["manifest"][len(spans["manifest"]) // 2],
        "inside the signature": data_span(bundle, SIGNATURE)[10],
        "inside the payload": spans["payload"][len(spans["payload"]) // 2],
        "in the last few bytes": bundle.stat().st_size - 3,
        "to nothing": 0,
    }[where]
    short = bundle.with_name("short.fkb")
    short.write_bytes(bundle.read_bytes()[:cut])
    refused(coordinator, short, "damaged", DAMAGED, ASK_AGAIN, "Nothing was imported from it")


@pytest.mark.parametrize("member", [PAYLOAD_ENCRYPTED, MANIFEST, SIGNATURE])
@pytest.mark.parametrize("mask", [0x01, 0xFF])
def test_a_flipped_byte_inside_a_member_is_refused(coordinator: Device, bundle: Path, member: str, mask: int) -> None:
    span = data_span(bundle, member)
    bad = flipped(bundle, bundle.with_name("flipped.fkb"), span[len(span) // 3], mask)
    report = refused(coordinator, bad, {"damaged", "bad_signature"})
    assert DAMAGED in report["message"] or BAD_SIGNATURE in report["message"]


def test_a_manifest_altered_behind_the_zip_checksums_fails_its_signature(coordinator: Device, bundle: Path) -> None:
    """The zip's own CRCs are recomputed, so only the Ed25519 signature can notice."""
    content = members(bundle)
    content[MANIFEST] = content[MANIFEST].replace(b'"changes": 2', b'"changes": 1')
    assert b'"changes": 1' in content[MANIFEST]
    tampered = write_zip(bundle.with_name("tampered.fkb"), content)
    refused(coordinator, tampered, "bad_signature", BAD_SIGNATURE, "ask the sender to export it again")


def test_a_payload_altered_behind_the_zip_checksums_fails_its_signed_hash(coordinator: Device, bundle: Path) -> None:
    content = members(bundle)
    payload = bytearray(content[PAYLOAD_ENCRYPTED])
    payload[40] ^= 0x01
    content[PAYLOAD_ENCRYPTED] = bytes(payload)
    tampered = write_zip(bundle.with_name("tampered.fkb"), content)
    refused(coordinator, tampered, "damaged", DAMAGED, "checksum does not match its signed manifest")


def test_a_manifest_signed_by_another_device_is_refused(lab: Lab, coordinator: Device, bundle: Path) -> None:
    """Same manifest, but ``manifest.sig`` made with some other laptop's key."""
    stranger = lab.officer("Stranger")
    content = members(bundle)
    content[SIGNATURE] = signing_key(stranger.paths).sign(content[MANIFEST])
    forged = write_zip(bundle.with_name("forged.fkb"), content)
    refused(coordinator, forged, "bad_signature", BAD_SIGNATURE)


# -- every byte, every cut: a sweep over one real bundle -------------------------------------------
KNOWN_CONTAINER_CODES = {"damaged", "bad_signature", "not_a_bundle", "unsafe_name", "unknown_format", "too_large"}


@dataclass(frozen=True)
class Outcome:
    label: str
    result: BundleResult | None
    crash: BaseException | None


@pytest.fixture(scope="module")
def sweep(
    tmp_path_factory: pytest.TempPathFactory, make_lab: type[Lab]
) -> Iterator[tuple[BundleResult, list[Outcome]]]:
    """One bundle cut short at every length and with bytes flipped everywhere, each damaged file
    imported with ``--dry-run`` (the same checks as an import, without the commit) through the import
    service, in-process: some 2,000 files."""
    root = tmp_path_factory.mktemp("sweep")
    lab = make_lab(root)
    coordinator = lab.coordinator()
    officer = lab.officer("Qazax-2", enrolled_with=coordinator)
    officer.add_event("Seminar in Qazax")
    usb = root / "usb"
    assert coordinator.sync_import(officer.sync_export(usb)).code == 0  # the coordinator now trusts the officer
    officer.add_participant("Günel Səfərova")
    good = officer.sync_export(root / "usb2")
    data = good.read_bytes()
    contents = set().union(*(data_span(good, name) for name in (MANIFEST, SIGNATURE, PAYLOAD_ENCRYPTED)))
    # Zip headers and directory: every byte, several ways. Member contents: a sample (a flip there is
    # always caught by the zip CRC, the signature or the payload hash, whichever reads it first).
    structure = [p for p in range(len(data)) if p not in contents]
    sample = sorted(contents)[::7]
    before = coordinator.canonical()
    bad = root / "bad.fkb"
    outcomes: list[Outcome] = []
    with coordinator.store() as store:

        def attempt(label: str, content: bytes) -> None:
            bad.write_bytes(content)  # a new file each time: rewriting one in place is slow on ext4
            try:
                outcomes.append(Outcome(label, import_one(store, bad, dry_run=True), None))
            except Exception as exc:  # a crash is what the sweep looks for
                outcomes.append(Outcome(label, None, exc))
            finally:
                bad.unlink()

        pristine = import_one(store, good, dry_run=True)
        for cut in sorted([*structure, *sample]):
            attempt(f"cut at {cut}", data[:cut])
        for where, positions, masks in [("structure", structure, (0x01, 0xFF)), ("contents", sample, (0x01,))]:
            for position in positions:
                for mask in masks:
                    changed = bytearray(data)
                    changed[position] ^= mask
                    attempt(f"flip in {where}: byte {position} ^ {mask:#04x}", bytes(changed))
    assert coordinator.canonical() == before
    assert coordinator.sync_import(good).code == 0  # --dry-run left the bundle importable
    yield pristine, outcomes


def test_every_cut_and_flipped_byte_is_refused_clearly_or_harmless(sweep: tuple[BundleResult, list[Outcome]]) -> None:
    """A cut, or a flip inside a member, is always refused: the zip CRC, the signature or the payload
    hash catches it. A flip in zip metadata that none of them covers (a time stamp, a version field) may
    be harmless; then the bundle imports exactly as the undamaged one would. Every refusal names the
    file and is one of the container messages."""
    pristine, outcomes = sweep
    assert pristine.status == "imported" and pristine.tables["participants"]["new"] == 1
    unclear = []
    for outcome in outcomes:
        r = outcome.result
        if r is None:
            assert outcome.label.startswith("flip in structure"), outcome  # crashes: see the next test
        elif r.status == "imported":
            if outcome.label.startswith(("cut", "flip in contents")) or (r.changes, r.applied, r.tables) != (
                pristine.changes,
                pristine.applied,
                pristine.tables,
            ):
                unclear.append((outcome.label, r))
        elif r.status != "rejected" or r.code not in KNOWN_CONTAINER_CODES or "bad.fkb" not in r.message:
            unclear.append((outcome.label, r))
    assert not unclear, unclear[:10]
    cut_codes = {o.result.code for o in outcomes if o.label.startswith("cut") and o.result}
    assert cut_codes == {"damaged"}
    content_codes = {o.result.code for o in outcomes if o.label.startswith("flip in contents") and o.result}
    assert content_codes <= {"damaged", "bad_signature"}


def test_no_flipped_byte_crashes_the_import(sweep: tuple[BundleResult, list[Outcome]]) -> None:
    _, outcomes = sweep
    crashes = [(o.label, repr(o.crash)) for o in outcomes if o.crash is not None]
    assert not crashes, f"{len(crashes)} crashes, e.g. {crashes[:6]}"


def test_a_zip_marking_its_manifest_encrypted_is_refused_and_the_batch_goes_on(
    lab: Lab, coordinator: Device, bundle: Path, usb: Path
) -> None:
    """Bit 0 of the general-purpose flags of manifest.json in the zip directory says "encrypted with a
    password"; one flipped bit on a USB stick gives exactly this file."""
    with zipfile.ZipFile(bundle) as zf:
        directory = zf.start_dir
    bad = flipped(bundle, usb / "a-flipped.fkb", directory + 8, 0x01)
    bundle.unlink()
    other = lab.officer("Şəki-1", enrolled_with=coordinator)
    other.add_event("Round-table in Şəki")
    good = other.sync_export(usb)
    result = coordinator.sync_import(bad, good)
    assert result.code == 1
    reports = {Path(r["path"]).name: r for r in result.data["bundles"]}
    assert (reports[bad.name]["status"], reports[bad.name]["code"]) == ("rejected", "damaged")
    assert reports[good.name]["status"] == "imported"
    assert "Round-table in Şəki" in coordinator.canonical().decode()


# -- who sent it -----------------------------------------------------------------------------------
def test_a_bundle_from_an_unknown_device_waits_in_quarantine_until_approved(lab: Lab, coordinator: Device) -> None:
    stranger = lab.officer("Şəki-1")  # set up without the coordinator's enrolment file
    stranger.add_event("Round-table in Şəki")
    sent = stranger.sync_export(lab.root / "usb")
    device_id, print_ = stranger.device_id, fingerprint(stranger.public_key)

    report = refused(
        coordinator,
        sent,
        "unknown_signer",
        "is not a known device",
        print_,
        f"fieldkit trust approve {device_id}",
        status="quarantined",
    )
    assert report["sender"] == "Şəki-1"
    [peer] = [p for p in json.loads(coordinator.ok("trust", "list", "--json")) if p["device_id"] == device_id]
    assert (peer["name"], peer["status"], peer["fingerprint"], peer["quarantined_bundles"]) == (
        "Şəki-1",
        "quarantined",
        print_,
        1,
    )
    assert print_ in coordinator.ok("trust", "list")

    approved = coordinator.ok("trust", "approve", device_id)
    assert f"Trusted {device_id}" in approved and "IMPORTED" in approved
    assert "Round-table in Şəki" in coordinator.canonical().decode()
    [peer] = [p for p in json.loads(coordinator.ok("trust", "list", "--json")) if p["device_id"] == device_id]
    assert (peer["status"], peer["quarantined_bundles"]) == ("trusted", 0)


def test_the_officer_can_read_out_the_fingerprint_the_coordinator_lists(lab: Lab) -> None:
    laptop = lab.officer("Şəki-1")
    assert fingerprint(laptop.public_key) in laptop.ok("identity", "show")


def test_a_bundle_signed_with_another_key_than_the_trusted_one_is_refused(
    lab: Lab, coordinator: Device, officer: Device, bundle: Path
) -> None:
    """The coordinator trusts Qazax-2's key; a bundle that claims to be from Qazax-2 but carries (and is
    validly signed with) another key is a forgery, or a laptop whose key was replaced."""
    assert coordinator.sync_import(bundle).code == 0
    forger = lab.officer("Forger")
    forger.add_event("Fake event")
    own = forger.sync_export(lab.root / "forger-usb")

    def impersonate(manifest: dict[str, Any]) -> None:
        manifest["sender"].update(device_id=officer.device_id, name=officer.name, name_slug="qazax-2")

    forged = resign(own, lab.root / "forged.fkb", forger, impersonate)
    refused(coordinator, forged, "key_mismatch", "claims to come from Qazax-2", "Possibly forged; refused")


def test_a_replayed_bundle_changes_nothing(coordinator: Device, bundle: Path) -> None:
    first = coordinator.sync_import(bundle)
    assert (first.code, first.data["bundles"][0]["status"]) == (0, "imported")
    refused(coordinator, bundle, "replayed", "from Qazax-2) was already imported on", "Nothing was changed")
    copy = bundle.with_name("copy-from-email.fkb")
    copy.write_bytes(bundle.read_bytes())
    refused(coordinator, copy, "replayed", "was already imported on")


def files_around(lab: Lab, *more: Path) -> set[Path]:
    """Every file near the devices: the lab folder's parent, and the other given folders."""
    return {p for root in (lab.root.parent, *more) for p in root.rglob("*")}


@pytest.mark.parametrize("name", ["../evil", "/abs", "..\\evil", "payload/../../evil", "C:evil"])
def test_a_zip_with_a_path_escaping_name_is_refused_and_writes_nothing(
    tmp_path: Path, lab: Lab, coordinator: Device, bundle: Path, name: str
) -> None:
    content = {**members(bundle), name: b"#!/bin/sh\necho owned\n"}
    crafted = write_zip(bundle.with_name("crafted.fkb"), content)
    before = files_around(lab, tmp_path)
    refused(coordinator, crafted, "unsafe_name", "contains an unsafe file name", repr(name))
    assert not [p for p in files_around(lab, tmp_path) - before if "evil" in p.name or "abs" in p.name]
    assert not Path("/abs").exists() and not (Path.cwd().parent / "evil").exists()


def test_a_quarantined_bundle_is_kept_inside_the_quarantine_folder(lab: Lab, coordinator: Device) -> None:
    stranger = lab.officer("Stranger")
    stranger.add_event("Round-table")
    sent = stranger.sync_export(lab.root / "usb")
    crafted = resign(sent, lab.root / "crafted.fkb", stranger, lambda m: m.update(bundle_id="../../escaped"))
    before = files_around(lab)
    coordinator.sync_import(crafted)
    outside = [p for p in files_around(lab) - before if coordinator.data_dir not in p.parents]
    assert not outside


@pytest.mark.parametrize("field", ["sender.name", "created_at"])
def test_a_malformed_manifest_from_an_unknown_device_does_not_stop_the_batch(
    lab: Lab, coordinator: Device, officer: Device, field: str
) -> None:
    stranger = lab.officer("Stranger")
    stranger.add_event("Round-table")
    usb = lab.root / "usb"
    sent = stranger.sync_export(usb)

    def drop(manifest: dict[str, Any]) -> None:
        *parents, leaf = field.split(".")
        node = manifest
        for key in parents:
            node = node[key]
        del node[leaf]

    resign(sent, usb / "a-crafted.fkb", stranger, drop)
    sent.unlink()
    officer.add_event("Seminar in Qazax")
    officer.sync_export(usb)
    result = coordinator.sync_import(usb)
    assert result.code == 1
    statuses = sorted((r["status"], r["code"]) for r in result.data["bundles"])
    assert statuses == [("imported", None), ("rejected", "damaged")]
    assert "Seminar in Qazax" in coordinator.canonical().decode()


# -- size limits -----------------------------------------------------------------------------------
def test_a_payload_member_inflating_past_its_signed_size_is_refused(coordinator: Device, bundle: Path) -> None:
    """Real limits: the signed manifest says the payload is a few hundred bytes; the zip member claims
    16 MiB and inflates to it from some 16 KiB of deflated zeros. Reading stops at the signed size."""
    content = members(bundle)
    bomb = bundle.with_name("bomb.fkb")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, content[MANIFEST])
        zf.writestr(SIGNATURE, content[SIGNATURE])
        with zf.open(PAYLOAD_ENCRYPTED, "w", force_zip64=True) as member:
            for _ in range(16):
                member.write(bytes(1 << 20))
    with zipfile.ZipFile(bomb) as zf:
        assert zf.getinfo(PAYLOAD_ENCRYPTED).file_size == 16 << 20 > manifest_of(bundle)["payload"]["bytes"]
    assert bomb.stat().st_size < 100_000
    refused(coordinator, bomb, "too_large", "'payload.jsonl.gz.enc' is larger than Field Kit accepts; refused")


def test_a_manifest_member_inflating_past_4_mib_is_refused(coordinator: Device, bundle: Path) -> None:
    """Real limit (4 MiB): 5 MiB of spaces after the JSON deflate to a few kilobytes."""
    content = members(bundle)
    content[MANIFEST] += b" " * (5 << 20)
    bomb = write_zip(bundle.with_name("bomb.fkb"), content, zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 100_000
    refused(coordinator, bomb, "too_large", "'manifest.json' is larger than Field Kit accepts")


def test_a_gzip_bomb_payload_signed_by_a_trusted_laptop_is_refused(
    coordinator: Device, officer: Device, bundle: Path
) -> None:
    """Real limit (200:1): the payload's own gzip stream holds 8 MiB of zeros in 8 KiB. The sender is
    trusted and its signature and hash are right; only the expansion limit stops it."""
    payload = gzip.compress(bytes(8 << 20), compresslevel=9)
    content = members(bundle)
    del content[PAYLOAD_ENCRYPTED]
    content[PAYLOAD] = payload
    manifest = json.loads(content[MANIFEST])
    manifest["payload"] = {
        "name": PAYLOAD,
        "bytes": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "encryption": None,
    }
    content[MANIFEST] = encode_manifest(manifest)
    content[SIGNATURE] = signing_key(officer.paths).sign(content[MANIFEST])
    bomb = write_zip(bundle.with_name("bomb.fkb"), content)
    refused(coordinator, bomb, "too_large", "expands to more than Field Kit accepts (a zip bomb?)")


@pytest.mark.parametrize(
    ("limit", "value", "phrase"),
    [
        ("MAX_BUNDLE_BYTES", 1000, "more than a bundle may be; refused"),
        ("MAX_PAYLOAD_BYTES", 200, "expands to more than Field Kit accepts"),
        ("MAX_MANIFEST_BYTES", 500, "'manifest.json' is larger than Field Kit accepts"),
    ],
)
def test_each_size_limit_refuses_a_bundle_just_over_it(
    monkeypatch: pytest.MonkeyPatch, coordinator: Device, bundle: Path, limit: str, value: int, phrase: str
) -> None:
    """The limits lowered in-process, so an ordinary bundle is just over each of them."""
    monkeypatch.setattr(bundle_format, limit, value)
    refused(coordinator, bundle, "too_large", phrase)
    monkeypatch.undo()
    assert coordinator.sync_import(bundle).data["bundles"][0]["status"] == "imported"


# -- from the future -------------------------------------------------------------------------------
def test_a_bundle_from_a_newer_schema_asks_to_update_field_kit(
    coordinator: Device, officer: Device, bundle: Path
) -> None:
    newer = resign(bundle, bundle.with_name("newer.fkb"), officer, lambda m: m.update(schema="9999"))
    refused(coordinator, newer, "future_schema", "was made by a newer Field Kit (schema 9999", "Update Field Kit")


def test_a_bundle_in_a_newer_format_is_refused(coordinator: Device, officer: Device, bundle: Path) -> None:
    newer = resign(bundle, bundle.with_name("newer.fkb"), officer, lambda m: m.update(format="fieldkit-bundle/2"))
    refused(coordinator, newer, "unknown_format", "in a format this Field Kit does not read")


def test_changes_stamped_two_days_ahead_are_quarantined_until_allowed(
    coordinator: Device, officer: Device, usb: Path
) -> None:
    """A laptop whose clock runs two days fast: its changes carry HLCs more than 24 hours ahead."""
    ahead = dt.timedelta(days=2) // dt.timedelta(milliseconds=1)
    store = open_store(officer.paths, clock=Clock(lambda: wall_millis() + ahead))
    try:
        events.create_event(store, title="Seminar from the future", kind="workshop", start_date="2026-12-01")
    finally:
        store.close()
    sent = officer.sync_export(usb)
    refused(
        coordinator,
        sent,
        "future_clock",
        "more than 24 hours ahead of this computer's clock",
        "Check the date and time on both computers",
        "kept in quarantine",
        status="quarantined",
    )
    status = json.loads(coordinator.ok("sync", "status", "--json"))
    assert status["quarantined"] == 1
    allowed = coordinator.sync_import(sent, "--allow-future-clock")
    assert (allowed.code, allowed.data["bundles"][0]["status"]) == (0, "imported")
    assert "Seminar from the future" in coordinator.canonical().decode()


# -- the wrong office ------------------------------------------------------------------------------
def test_a_bundle_encrypted_for_another_coordinator_is_refused(lab: Lab, officer: Device, bundle: Path) -> None:
    other = lab.coordinator("Gəncə-HQ")
    intended = json.loads(next(lab.root.glob("enrol-Baku-HQ-*.json")).read_text())["coordinator"]["box_key"]
    refused(other, bundle, "wrong_recipient", "is encrypted for another coordinator", fingerprint(intended))


@pytest.mark.parametrize("sender", ["coordinator", "another officer"])
def test_a_bundle_for_a_coordinator_is_refused_on_an_officer_laptop(
    lab: Lab, coordinator: Device, officer: Device, usb: Path, sender: str
) -> None:
    if sender == "coordinator":
        sent = coordinator.sync_export(usb, "--to", "coordinator")
    else:
        colleague = lab.officer("Şəki-1", enrolled_with=coordinator)
        colleague.add_event("Round-table in Şəki")
        sent = colleague.sync_export(usb)
    assert manifest_of(sent)["recipient"]["scope"] == "coordinator"
    refused(officer, sent, "wrong_recipient", "is addressed to a coordinator", "Take it to the coordinator")


# -- batches, dry runs and privacy -----------------------------------------------------------------
def test_one_bad_bundle_does_not_stop_the_good_ones_in_a_batch(
    lab: Lab, coordinator: Device, officer: Device, usb: Path
) -> None:
    titles = {"Qazax-2": "Seminar in Qazax", "Şəki-1": "Round-table in Şəki", "Lənkəran-3": "Training in Lənkəran"}
    sent = {}
    for name, title in titles.items():
        laptop = officer if name == officer.name else lab.officer(name, enrolled_with=coordinator)
        laptop.add_event(title)
        sent[name] = laptop.sync_export(usb)
    broken = sent["Şəki-1"]
    broken.write_bytes(broken.read_bytes()[:-40])

    result = coordinator.sync_import(usb)
    assert result.code == 1 and result.data["ok"] is False
    reports = {Path(r["path"]).name: r for r in result.data["bundles"]}
    assert (reports[broken.name]["status"], reports[broken.name]["code"]) == ("rejected", "damaged")
    assert [reports[sent[n].name]["status"] for n in ("Qazax-2", "Lənkəran-3")] == ["imported", "imported"]
    export = coordinator.canonical().decode()
    assert "Seminar in Qazax" in export and "Training in Lənkəran" in export
    assert "Round-table in Şəki" not in export


def test_a_dry_run_reports_new_updated_and_known_per_table_and_changes_nothing(
    coordinator: Device, officer: Device, usb: Path
) -> None:
    seminar = officer.add_event("Seminar in Qazax")
    officer.add_participant("Günel Səfərova")
    assert coordinator.sync_import(officer.sync_export(usb / "1")).code == 0
    officer.ok("event", "edit", seminar, "--title", "Seminar in Qazax (moved)")
    officer.add_event("Round-table in Qazax")
    second = officer.sync_export(usb / "2")  # not acknowledged yet: carries the first changes again
    before = coordinator.canonical()
    status_before = json.loads(coordinator.ok("sync", "status", "--json"))

    shown = coordinator.run("sync", "import", second, "--dry-run")
    assert shown.code == 0
    assert "events: 1 new, 1 updated, 1 already known" in shown.out
    assert "participants: 0 new, 0 updated, 1 already known" in shown.out
    dry = coordinator.sync_import(second, "--dry-run")
    assert dry.code == 0 and dry.data["dry_run"] is True
    tables = dry.data["bundles"][0]["tables"]
    assert {t: (s["new"], s["updated"], s["known"]) for t, s in tables.items()} == {
        "events": (1, 1, 1),
        "participants": (0, 0, 1),
    }
    assert coordinator.canonical() == before
    assert json.loads(coordinator.ok("sync", "status", "--json")) == status_before

    real = coordinator.sync_import(second)
    assert real.data["bundles"][0]["tables"] == tables
    assert "Seminar in Qazax (moved)" in coordinator.canonical().decode()


def test_a_dry_run_of_a_new_laptops_bundle_leaves_the_trust_list_alone(
    coordinator: Device, officer: Device, bundle: Path
) -> None:
    before = coordinator.ok("trust", "list", "--json")
    assert coordinator.sync_import(bundle, "--dry-run").code == 0
    assert coordinator.ok("trust", "list", "--json") == before


def test_an_enrolled_laptops_bundle_does_not_reveal_names(officer: Device, usb: Path) -> None:
    name = "Günel Səfərova"
    officer.add_participant(name)
    sealed = officer.sync_export(usb / "sealed")
    assert name.encode() not in sealed.read_bytes()
    assert manifest_of(sealed)["payload"]["encryption"] is not None
    for data in members(sealed).values():
        assert name.encode() not in data

    # The check above is meaningful: the same change, unencrypted, shows the name after unzip + gunzip.
    plain = officer.sync_export(usb / "plain", "--no-encrypt")
    assert name.encode() not in plain.read_bytes()  # compressed, but not protected
    assert name.encode() in gzip.decompress(members(plain)[PAYLOAD])
