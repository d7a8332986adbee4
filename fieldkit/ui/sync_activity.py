"""What a coordinator importing hundreds of bundles needs to see per device: the last bundle received
(when, and what became of it), the last contact, the changes still missing (the gaps of the version
vector), and every bundle received from it, refused or waiting ones with their reasons.

``device_activity`` gathers this from plain records (the peers, the sync history, the version vector,
and the bundles refused during this session's imports) so it is tested without a widget. Refused
bundles are not kept in the store's history (the importer logs what it imported or quarantined), so
they are known from the imports made since the screen opened; a refused bundle names its sender only
by device name, which is how it is matched to a device.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fieldkit.services.enrolment import SyncBundleRecord
from fieldkit.sync.importer import BundleResult
from fieldkit.sync.trust import PeerRecord
from fieldkit.ui.formats import format_count, format_datetime, parse_stamp
from fieldkit.ui.sync_models import STATUS_LABELS, OriginRow, PeersModel, RecordsModel, stamp_value, status_label


@dataclass(frozen=True)
class ReceivedItem:
    """A bundle received from a device: from the store's history, or refused during this session."""

    when: str | None  # ISO 8601 with offset
    status: str  # imported | known | quarantined | rejected
    changes: int
    message: str
    path: str = ""  # the file, when known (a refused bundle)
    bundle_id: str = ""


@dataclass(frozen=True)
class DeviceActivity:
    """One device as the import centre shows it; ``items`` newest first."""

    items: tuple[ReceivedItem, ...] = ()
    contiguous: int = 0
    max_seen: int = 0
    gaps: tuple[tuple[int, int], ...] = ()

    @property
    def last(self) -> ReceivedItem | None:
        return self.items[0] if self.items else None

    @property
    def refused(self) -> int:
        return sum(item.status == "rejected" for item in self.items)

    @property
    def missing(self) -> int:
        return sum(b - a + 1 for a, b in self.gaps)


def device_activity(
    peers: Sequence[PeerRecord],
    history: Iterable[SyncBundleRecord],
    vector: Iterable[OriginRow],
    refused: Iterable[tuple[str, BundleResult]] = (),
) -> dict[str, DeviceActivity]:
    """Per device id: its received bundles (history and refused ones, newest first) and its gaps."""
    items: dict[str, list[ReceivedItem]] = {p.device_id: [] for p in peers}
    by_name = {p.name: p.device_id for p in peers}
    for when, result in reversed(list(refused)):  # first: a refusal comes after a bundle logged the same second
        device = by_name.get(result.sender or "")
        if result.status == "rejected" and device is not None:
            items[device].append(
                ReceivedItem(when, "rejected", result.changes, result.message, result.path, result.bundle_id or "")
            )
    for record in history:
        if record.direction == "in" and record.sender_id in items:
            items[record.sender_id].append(
                ReceivedItem(record.handled_at, record.status, record.changes, record.message, "", record.bundle_id)
            )
    origins = {row.origin: row for row in vector}
    activity = {}
    for device, received in items.items():
        received.sort(key=_moment, reverse=True)  # stable: ties keep the order above
        row = origins.get(device)
        activity[device] = DeviceActivity(
            tuple(received),
            row.contiguous if row else 0,
            row.max_seen if row else 0,
            row.gaps if row else (),
        )
    return activity


def _moment(item: ReceivedItem) -> float:
    stamp = parse_stamp(item.when) if item.when else None
    return stamp.timestamp() if stamp is not None and stamp.tzinfo is not None else 0.0


def gaps_text(gaps: Sequence[tuple[int, int]]) -> str:
    """``101–199, 201``"""
    return ", ".join(format_count(a) if a == b else f"{format_count(a)}–{format_count(b)}" for a, b in gaps)


class DevicesModel(PeersModel):
    """The devices with what the import centre adds: last contact, last bundle, missing, refused."""

    COL_LAST_CONTACT, COL_LAST_BUNDLE, COL_MISSING, COL_REFUSED = range(6, 10)
    headers: tuple[object, ...] = (  # type: ignore[assignment]  # the base's six, and four more
        *PeersModel.headers,
        QT_TRANSLATE_NOOP("SyncModels", "Last contact"),
        QT_TRANSLATE_NOOP("SyncModels", "Last bundle"),
        QT_TRANSLATE_NOOP("SyncModels", "Missing changes"),
        QT_TRANSLATE_NOOP("SyncModels", "Refused"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._activity: dict[str, DeviceActivity] = {}

    def set_activity(self, activity: dict[str, DeviceActivity]) -> None:
        self._activity = dict(activity)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 6), self.index(self.rowCount() - 1, len(self.headers) - 1))

    def activity(self, device_id: str) -> DeviceActivity:
        return self._activity.get(device_id) or DeviceActivity()

    def display(self, record: PeerRecord, column: int) -> str:
        if column < self.COL_LAST_CONTACT:
            return super().display(record, column)
        act = self.activity(record.device_id)
        if column == self.COL_LAST_CONTACT:
            return format_datetime(record.last_contact)
        if column == self.COL_LAST_BUNDLE:
            last = act.last
            if last is None:
                return ""
            return f"{format_datetime(last.when)} · {status_label(STATUS_LABELS, last.status)}"
        if column == self.COL_MISSING:
            return gaps_text(act.gaps)
        return format_count(act.refused) if act.refused else ""

    def sort_value(self, record: PeerRecord, column: int) -> Any:
        act = self.activity(record.device_id)
        if column == self.COL_LAST_CONTACT:
            return stamp_value(record.last_contact)
        if column == self.COL_LAST_BUNDLE:
            return stamp_value(act.last.when if act.last else None)
        if column == self.COL_MISSING:
            return act.missing
        if column == self.COL_REFUSED:
            return act.refused
        return super().sort_value(record, column)

    def tooltip(self, record: PeerRecord, column: int) -> str:
        act = self.activity(record.device_id)
        if column == self.COL_LAST_BUNDLE and act.last is not None:
            return act.last.message
        return super().tooltip(record, column)


class ReceivedModel(RecordsModel):
    """The bundles received from one device, newest first, with what became of each and why."""

    COL_WHEN, COL_RESULT, COL_CHANGES, COL_MESSAGE, COL_FILE = range(5)
    icon_column = COL_RESULT
    headers = (
        QT_TRANSLATE_NOOP("SyncModels", "When"),
        QT_TRANSLATE_NOOP("SyncModels", "Result"),
        QT_TRANSLATE_NOOP("SyncModels", "Changes"),
        QT_TRANSLATE_NOOP("SyncModels", "What happened"),
        QT_TRANSLATE_NOOP("SyncModels", "File"),
    )

    def display(self, record: ReceivedItem, column: int) -> str:
        if column == self.COL_WHEN:
            return format_datetime(record.when)
        if column == self.COL_RESULT:
            return status_label(STATUS_LABELS, record.status)
        if column == self.COL_CHANGES:
            return format_count(record.changes)
        if column == self.COL_MESSAGE:
            return record.message
        return record.path.replace("\\", "/").rsplit("/", 1)[-1]

    def sort_value(self, record: ReceivedItem, column: int) -> Any:
        if column == self.COL_WHEN:
            return stamp_value(record.when)
        if column == self.COL_CHANGES:
            return record.changes
        return self.display(record, column)

    def status_of(self, record: ReceivedItem) -> str:
        return record.status

    def tooltip(self, record: ReceivedItem, column: int) -> str:
        return "\n".join(x for x in (record.path, record.message) if x)
