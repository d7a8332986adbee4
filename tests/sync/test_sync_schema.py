"""The ``schema`` a bundle carries is ``SYNC_SCHEMA``, the oldest store schema that reads it, not the
sender's newest migration: a laptop that has not updated yet still imports a coordinator's bundles
after an update that only added local tables or indexes. The snapshot below is what is synced as of
``SYNC_SCHEMA``; a migration that changes it must raise ``SYNC_SCHEMA`` (and then this snapshot)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import orjson
import pytest

from fieldkit.store.version import KNOWN_REVISIONS, SCHEMA_HEAD, SYNC_SCHEMA
from fieldkit.sync import admission
from fieldkit.sync.merge import SPECS

from ..devices import Device

# Every synced table's fields (name: kind) as of SYNC_SCHEMA.
SYNCED_AS_OF_SYNC_SCHEMA = {
    "agencies": (
        "abbreviation:str",
        "active:bool",
        "deleted:bool",
        "kind:str",
        "name_az:str",
        "name_en:str",
        "name_ru:str",
        "note:str",
        "ref_key:str",
    ),
    "attendance": ("deleted:bool", "event_id:str", "participant_id:str", "role:str"),
    "events": (
        "audience:str",
        "deleted:bool",
        "end_date:date",
        "kind:str",
        "language:str",
        "location_id:str",
        "notes:str",
        "organiser_agency_id:str",
        "partner_agency_ids:json",
        "pillar:str",
        "start_date:date",
        "status:str",
        "title:str",
    ),
    "headcounts": ("age_band:str", "count:int", "deleted:bool", "event_id:str", "group_label:str", "sex:str"),
    "helplines": ("active:bool", "deleted:bool", "label:str", "number:str", "verified_at:date", "verified_by:str"),
    "leaflet_texts": (
        "content:json",
        "deleted:bool",
        "language:str",
        "published_at:str",
        "published_by:str",
        "set_key:str",
        "version:int",
    ),
    "locations": (
        "active:bool",
        "code:str",
        "deleted:bool",
        "iso_code:str",
        "kind:str",
        "name_az:str",
        "name_en:str",
        "name_ru:str",
        "note:str",
        "parent_id:str",
        "ref_key:str",
        "subdivision_type:str",
        "verified:bool",
    ),
    "materials": (
        "active:bool",
        "code:str",
        "deleted:bool",
        "kind:str",
        "languages:str",
        "title_az:str",
        "title_en:str",
        "title_ru:str",
        "version:str",
    ),
    "participants": (
        "age_band:str",
        "agency_id:str",
        "consent_date:date",
        "consent_text_version:str",
        "deleted:bool",
        "email:str",
        "merged_into:str",
        "name:str",
        "phone:str",
        "position:str",
        "region_id:str",
        "sex:str",
    ),
    "project_settings": ("deleted:bool", "key:str", "set_at:str", "set_by:str", "value:json"),
    "stock_movements": (
        "deleted:bool",
        "event_id:str",
        "forced_reason:str",
        "kind:str",
        "location_id:str",
        "material_id:str",
        "note:str",
        "occurred_at:str",
        "quantity:int",
        "transfer_id:str",
    ),
}


def test_what_is_synced_has_not_changed_since_sync_schema() -> None:
    now = {table: tuple(sorted(f"{n}:{s.kind}" for n, s in specs.items())) for table, specs in SPECS.items()}
    assert now == SYNCED_AS_OF_SYNC_SCHEMA, (
        "A synced table or its fields changed: set SYNC_SCHEMA in fieldkit/store/version.py to the migration "
        "that changed them (older stores cannot read these bundles), then update this snapshot."
    )
    assert SYNC_SCHEMA in KNOWN_REVISIONS and SYNC_SCHEMA <= SCHEMA_HEAD


def _manifest(bundle: Path) -> dict[str, object]:
    with zipfile.ZipFile(bundle) as archive:
        manifest: dict[str, object] = orjson.loads(archive.read("manifest.json"))
    return manifest


def test_a_laptop_one_update_behind_imports_the_coordinators_bundle(
    coordinator: Device, officer: Device, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator.ok("material", "add", "--code", "LF-09", "--kind", "leaflet", "--title-az", "Vərəqə")
    down = coordinator.sync_export(usb / "down", "--to", "officer")
    assert _manifest(down)["schema"] == SYNC_SCHEMA
    monkeypatch.setattr(admission, "SCHEMA_HEAD", SYNC_SCHEMA)  # the officer's Field Kit knows no later migration
    result = officer.sync_import(down)
    assert result.code == 0 and result.data["bundles"][0]["status"] == "imported", result.out
    assert "LF-09" in officer.ok("material", "list")
