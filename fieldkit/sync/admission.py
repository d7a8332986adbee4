"""The checks a bundle passes before an import touches the store, after ``open_bundle`` has read the
container: its manifest (complete, well formed, a known schema, a valid signature) and its recipient
(not this device's own bundle, this device's role, this device's key). Trust in the sender is the
importer's next step (``fieldkit.sync.importer``)."""

from __future__ import annotations

from fieldkit.store.engine import Store
from fieldkit.store.ids import is_uuid
from fieldkit.store.version import SCHEMA_HEAD
from fieldkit.sync.bundle import BundleError, OpenedBundle
from fieldkit.sync.keys import fingerprint, verify


def check_manifest(opened: OpenedBundle) -> None:
    """The manifest has what an import needs, in the right form, from a schema this Field Kit knows,
    and its signature verifies with the sender's key it names."""
    m = opened.manifest
    try:
        sender = m["sender"]
        required = (
            m["bundle_id"],
            m["created_at"],
            sender["device_id"],
            sender["name"],
            sender["role"],
            sender["sign_key"],
            m["recipient"]["scope"],
        )
    except (KeyError, TypeError) as exc:
        raise BundleError("damaged", f"{opened.path.name}: its manifest lacks {exc}; it is damaged.") from exc
    if not all(isinstance(v, str) for v in required) or not (is_uuid(m["bundle_id"]) and is_uuid(sender["device_id"])):
        raise BundleError("damaged", f"{opened.path.name}: its manifest is malformed; it is damaged.")
    if str(m.get("schema", "")) > SCHEMA_HEAD:
        raise BundleError(
            "future_schema",
            f"{opened.path.name} was made by a newer Field Kit (schema {m.get('schema')}; "
            f"this one knows up to {SCHEMA_HEAD}). Update Field Kit, then import it again.",
        )
    if not verify(sender["sign_key"], opened.signature, opened.manifest_bytes):
        raise BundleError(
            "bad_signature",
            f"{opened.path.name}: the signature does not match the contents. The file "
            "was altered or damaged on the way; ask the sender to export it again.",
        )


def check_recipient(store: Store, opened: OpenedBundle) -> None:
    """The bundle is for this device: not its own, addressed to its role, encrypted to its key."""
    device = store.device
    assert device is not None
    m = opened.manifest
    if m["sender"]["device_id"] in (device.device_id, *device.retired_ids):
        raise BundleError("own_bundle", f"{opened.path.name} was exported by this device; nothing to import.")
    scope = m["recipient"]["scope"]
    if scope == "coordinator" and device.role != "coordinator":
        raise BundleError(
            "wrong_recipient",
            f"{opened.path.name} is addressed to a coordinator, and this laptop is an "
            "officer's. Take it to the coordinator.",
        )
    encryption = (m.get("payload") or {}).get("encryption")
    if encryption and encryption.get("recipient_box_key") != device.box_public_key:
        raise BundleError(
            "wrong_recipient",
            f"{opened.path.name} is encrypted for another coordinator (key "
            f"{fingerprint(encryption.get('recipient_box_key') or '00')}); this device cannot open it.",
        )
