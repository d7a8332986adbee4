"""The Sync screen: a laptop writes a bundle to a folder through the page, a coordinator imports it
through its own page (file dialog, drag and drop), approves a device from quarantine or revokes it,
and sees the version vector and the history. Every check reads the receiving store afterwards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QMessageBox, QProgressDialog

from fieldkit.config import Paths, Settings
from fieldkit.services import attendance, enrolment, events, participants
from fieldkit.store.engine import Store
from fieldkit.store.open import initialise_device, open_store
from fieldkit.sync import exchange, trust
from fieldkit.sync.importer import BundleResult
from fieldkit.sync.trust import PeerRecord
from fieldkit.ui.context import EVENTS, PEOPLE, SYNC, AppContext
from fieldkit.ui.drives import Drive, removable_drives
from fieldkit.ui.pages import sync_page
from fieldkit.ui.pages.sync_page import SyncPage
from fieldkit.ui.sync_models import (
    HistoryModel,
    OriginRow,
    PeersModel,
    ResultsModel,
    VectorModel,
    gap_text,
)


@pytest.fixture
def hq(qapp: object, tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[AppContext]:
    """A coordinator's computer (Baku-HQ) with the shipped reference data."""
    paths = Paths(tmp_path / "hq")
    paths.data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], paths.store)
    store = open_store(paths)
    initialise_device(store, "Baku-HQ", "coordinator")
    ctx = AppContext(Settings(language="en"), paths, store)
    ctx.runner.synchronous = True
    yield ctx
    ctx.runner.wait()
    store.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    return path


def _enrol(officer: AppContext, hq: AppContext, tmp_path: Path) -> None:
    file = trust.write_enrolment(hq.require_store(), tmp_path / "enrol.json")
    enrolment.enrol_from_file(officer.require_store(), file)


def _record_a_workshop(store: Store) -> None:
    event = events.create_event(store, title="Workshop in Qazax", kind="workshop", start_date="2026-12-01")
    person = participants.create_participant(store, name="Aysel Məmmədova", sex="female", consent=True)
    attendance.check_in(store, event.id, person.id)


def _page(qtbot, ctx: AppContext) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _export_through_page(qtbot, officer: AppContext, usb: Path, monkeypatch: pytest.MonkeyPatch) -> SyncPage:
    page = _page(qtbot, officer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.destination_combo.currentData() == str(usb)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    return page


@dataclass
class Topics:
    seen: list[str]


@pytest.fixture
def hq_topics(hq: AppContext) -> Topics:
    topics = Topics([])
    hq.data_changed.connect(topics.seen.append)
    return topics


def test_a_bundle_exported_on_the_laptop_arrives_on_the_coordinator(
    qtbot, context: AppContext, hq: AppContext, hq_topics: Topics, usb: Path, tmp_path: Path, monkeypatch
) -> None:
    _enrol(context, hq, tmp_path)
    _record_a_workshop(context.require_store())

    sender = _export_through_page(qtbot, context, usb, monkeypatch)

    [bundle] = usb.glob("*.fkb")
    assert str(bundle) in sender.export_message.text()
    assert "Not encrypted" not in sender.export_message.text()  # enrolled: encrypted to Baku-HQ
    assert context.settings.extra["export_folder"] == str(usb)  # remembered for next time
    assert context.settings.sync_folder is None  # a one-off export does not turn on automatic folder sync
    assert sender.status_label.text().startswith("Changes waiting to be sent to the coordinator: 3")
    assert sender.history_model.rowCount() == 1

    receiver = _page(qtbot, hq)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bundle)], "*.fkb"))
    qtbot.mouseClick(receiver.import_files_button, Qt.MouseButton.LeftButton)

    [result] = receiver.results_model.records()
    assert result.status == "imported" and result.applied == 3
    assert receiver.results_model.index(0, ResultsModel.COL_RESULT).data() == "Imported"
    assert receiver.results_model.index(0, ResultsModel.COL_MESSAGE).data() == result.message
    assert receiver.tabs.currentWidget() is receiver.results_view
    assert "1 imported" in receiver.import_message.text()
    store = hq.require_store()
    assert [e.title for e in events.list_events(store)] == ["Workshop in Qazax"]
    assert [p.name for p in participants.search_participants(store)] == ["Aysel Məmmədova"]
    assert {PEOPLE, EVENTS, SYNC} <= set(hq_topics.seen)
    # the coordinator now shows the laptop in its vector and the bundle in its history
    vector = {row.label: row for row in receiver.vector_model.records()}
    assert vector["Test laptop"].contiguous == 3
    [received] = receiver.history_model.records()
    assert (received.direction, received.status, received.sender_name) == ("in", "imported", "Test laptop")


def test_an_unknown_laptops_bundle_waits_in_quarantine_until_the_coordinator_approves_it(
    qtbot, context: AppContext, hq: AppContext, usb: Path, monkeypatch
) -> None:
    _record_a_workshop(context.require_store())  # this laptop never enrolled
    sender = _export_through_page(qtbot, context, usb, monkeypatch)
    assert "Not encrypted" in sender.export_message.text()

    receiver = _page(qtbot, hq)
    _drop(receiver, [usb])  # the whole stick, dropped on the screen

    [result] = receiver.results_model.records()
    assert result.status == "quarantined"
    assert events.list_events(hq.require_store()) == []
    assert receiver.tabs.isTabVisible(receiver.tabs.indexOf(receiver.devices))
    [peer] = [receiver.devices.proxy.index(r, 0).data() for r in range(receiver.devices.proxy.rowCount())]
    assert peer == "Test laptop"
    officer_key = context.require_store().device
    assert officer_key is not None
    from fieldkit.sync.keys import fingerprint

    assert receiver.devices.proxy.index(0, PeersModel.COL_FINGERPRINT).data() == fingerprint(officer_key.public_key)
    assert "Bundles waiting for approval: 1" in receiver.status_label.text()

    asked: list[str] = []

    def yes(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert not receiver.devices.approve_button.isEnabled()  # nothing selected yet
    receiver.devices.view.selectRow(0)
    qtbot.mouseClick(receiver.devices.approve_button, Qt.MouseButton.LeftButton)

    assert fingerprint(officer_key.public_key) in asked[0]
    [imported] = receiver.results_model.records()
    assert imported.status == "imported"
    assert [e.title for e in events.list_events(hq.require_store())] == ["Workshop in Qazax"]
    assert [p.status for p in trust.list_peers(hq.require_store())] == ["trusted"]
    assert receiver.devices.proxy.rowCount() == 1  # every device is listed, with its last bundle
    receiver.devices.waiting_only.setChecked(True)
    assert receiver.devices.proxy.rowCount() == 0  # no one is waiting any more


def test_revoking_a_device_refuses_its_next_bundle(qtbot, context: AppContext, hq: AppContext, usb: Path, monkeypatch):
    _record_a_workshop(context.require_store())
    _export_through_page(qtbot, context, usb, monkeypatch)
    receiver = _page(qtbot, hq)
    _drop(receiver, [usb])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    receiver.devices.view.selectRow(0)
    qtbot.mouseClick(receiver.devices.revoke_button, Qt.MouseButton.LeftButton)
    assert [p.status for p in trust.list_peers(hq.require_store())] == ["quarantined"]  # said No

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(receiver.devices.revoke_button, Qt.MouseButton.LeftButton)

    assert [p.status for p in trust.list_peers(hq.require_store())] == ["revoked"]
    events.create_event(context.require_store(), title="Later", kind="training", start_date="2026-12-05")
    exchange.export_bundle(context.require_store(), usb)
    receiver.import_paths([usb])
    assert {r.status for r in receiver.results_model.records()} == {"rejected"}
    assert "revoked" in receiver.results_model.records()[-1].message


def _drop(page: SyncPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)


def test_import_chunks_group_small_bundles_and_keep_their_order(tmp_path: Path) -> None:
    sizes = {"a": 3, "b": 3, "c": 5, "d": 1}
    files = []
    for name, size in sizes.items():
        (tmp_path / f"{name}.fkb").write_bytes(b"x" * size)
        files.append(tmp_path / f"{name}.fkb")
    chunks = sync_page.import_chunks(files, limit=6)
    assert [[p.stem for p in chunk] for chunk in chunks] == [["a", "b"], ["c", "d"]]
    assert sync_page.import_chunks(files, limit=1) == [[f] for f in files]


def test_cancel_stops_between_bundles_and_says_how_many_were_left(
    qtbot, context: AppContext, hq: AppContext, usb: Path, tmp_path: Path, monkeypatch
) -> None:
    _enrol(context, hq, tmp_path)
    store = context.require_store()
    for title in ("First", "Second", "Third"):
        events.create_event(store, title=title, kind="workshop", start_date="2026-12-01")
        exchange.export_bundle(store, usb)
    receiver = _page(qtbot, hq)
    monkeypatch.setattr(sync_page, "IMPORT_CHUNK_BYTES", 1)  # as if each bundle were big
    real_import = exchange.import_paths

    def import_then_press_cancel(*args, **kwargs):
        results = real_import(*args, **kwargs)
        receiver.findChild(QProgressDialog).canceled.emit()  # the user presses Cancel during the first bundle
        return results

    monkeypatch.setattr(exchange, "import_paths", import_then_press_cancel)
    receiver.import_paths([usb])

    assert len(receiver.results_model.records()) == 1
    assert "Cancelled: 2 bundle(s) were not imported" in receiver.import_message.text()
    assert [e.title for e in events.list_events(hq.require_store())] == ["First"]


def test_an_officer_sends_only_to_its_coordinator_and_sees_no_device_list(qtbot, context: AppContext) -> None:
    page = _page(qtbot, context)
    assert [page.scope_combo.itemData(i) for i in range(page.scope_combo.count())] == ["coordinator"]
    assert not page.scope_combo.isEnabled()
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.devices))


def test_a_coordinator_chooses_the_scope_and_a_bundle_for_officers_carries_no_names(
    qtbot, hq: AppContext, usb: Path, monkeypatch
) -> None:
    _record_a_workshop(hq.require_store())
    page = _page(qtbot, hq)
    assert [page.scope_combo.itemData(i) for i in range(page.scope_combo.count())] == ["coordinator", "officer"]
    page.scope_combo.setCurrentIndex(1)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # no destination yet: asks for one

    [bundle] = usb.glob("*.fkb")
    [row] = page.history_model.records()
    # the event a coordinator planned goes down to the laptops; its participant and check-in stay here
    assert (row.scope, row.changes) == ("officer", 1)
    assert str(bundle) in page.export_message.text()


def test_nothing_to_import_says_so(qtbot, hq: AppContext, tmp_path: Path) -> None:
    page = _page(qtbot, hq)
    page.import_paths([tmp_path])
    assert page.import_message.text() == "No bundles (*.fkb) found there."
    assert page.results_model.rowCount() == 0


def test_a_store_that_refuses_writes_pauses_sync_with_the_reason(qtbot, context: AppContext) -> None:
    store = context.require_store()
    store.identity_problem = "This store was restored from a backup."
    page = _page(qtbot, context)
    assert not page.export_button.isEnabled() and not page.import_files_button.isEnabled()
    assert page.banner.isVisibleTo(page) and "restored from a backup" in page.banner.text()


class _Volume:
    def __init__(self, root: str, *, ready: bool = True, read_only: bool = False, fs: bytes = b"vfat") -> None:
        self.root, self.ready, self.read_only, self.fs = root, ready, read_only, fs

    def rootPath(self) -> str:
        return self.root

    def displayName(self) -> str:
        return self.root.rstrip("/").rsplit("/", 1)[-1]

    def isValid(self) -> bool:
        return True

    def isReady(self) -> bool:
        return self.ready

    def isReadOnly(self) -> bool:
        return self.read_only

    def bytesAvailable(self) -> int:
        return 2_000_000_000

    def fileSystemType(self) -> bytes:
        return self.fs


def test_removable_drives_on_linux_are_the_writable_ones_mounted_where_sticks_go() -> None:
    volumes = [
        _Volume("/"),
        _Volume("/home"),
        _Volume("/media/aysel/KINGSTON"),
        _Volume("/run/media/aysel/SANDISK"),
        _Volume("/mnt/usb"),
        _Volume("/media/aysel/CDROM", read_only=True),
        _Volume("/media/aysel/EJECTED", ready=False),
        _Volume("/mnt/locked"),
        _Volume("/mnt/sandbox", fs=b"tmpfs"),
        _Volume("/media"),
    ]
    found = removable_drives(volumes, platform="linux", writable=lambda path: path != "/mnt/locked")
    assert found == [
        Drive("/media/aysel/KINGSTON", "KINGSTON", 2_000_000_000),
        Drive("/mnt/usb", "usb", 2_000_000_000),
        Drive("/run/media/aysel/SANDISK", "SANDISK", 2_000_000_000),
    ]


def test_removable_drives_on_windows_are_the_drives_other_than_the_system_one() -> None:
    volumes = [_Volume("C:/", fs=b"NTFS"), _Volume("D:/", fs=b"NTFS"), _Volume("E:/", read_only=True)]
    found = removable_drives(volumes, platform="win32", system_drive="C:", writable=lambda _p: True)
    assert [d.path for d in found] == ["D:/"]


def test_removable_drives_on_a_mac_are_under_volumes() -> None:
    volumes = [_Volume("/"), _Volume("/Volumes/STICK"), _Volume("/Volumes/")]
    found = removable_drives(volumes, platform="darwin", writable=lambda _p: True)
    assert [d.name for d in found] == ["STICK"]


def test_detected_drives_are_offered_as_destinations(qtbot, context: AppContext, monkeypatch) -> None:
    stick = Drive("/media/aysel/KINGSTON", "KINGSTON", 3 * 1024**3)
    monkeypatch.setattr(sync_page, "detect_drives", lambda: [stick])
    page = _page(qtbot, context)
    assert page.destination_combo.currentData() == stick.path
    assert "KINGSTON" in page.destination_combo.currentText()


def _peer(status: str, waiting: int = 0) -> PeerRecord:
    return PeerRecord("0190aaaa-0000-7000-8000-000000000001", "Qazax-2", "officer", status, "ABCD-EFGH",
                      "2026-11-28T20:42:07+04:00", None, waiting)  # fmt: skip


def test_the_models_pass_qt_model_tests(qtmodeltester) -> None:
    results = ResultsModel()
    results.set_rows(
        [
            BundleResult("/usb/a.fkb", "imported", "From Qazax-2: 3 of 3 changes applied.", applied=3, changes=3),
            BundleResult("/usb/b.fkb", "rejected", "damaged", gaps=["Qazax-2: changes 4–9 missing"]),
        ]
    )
    peers = PeersModel()
    peers.set_rows([_peer("quarantined", 2), _peer("trusted")])
    vector = VectorModel()
    vector.set_rows([OriginRow("0190bbbb-0000-7000-8000-000000000002", "Qazax-2", 100, 250, ((101, 199), (201, 201)))])
    history = HistoryModel()
    history.set_rows(
        [
            enrolment.SyncBundleRecord(
                "0190cccc", "in", "x", "Qazax-2", "coordinator", "2026-11-28T20:42:07+04:00", "known", 5, 0, "m"
            )
        ]
    )
    for model in (results, peers, vector, history):
        qtmodeltester.check(model)
    assert vector.index(0, VectorModel.COL_MISSING).data() == "101–199, 201"
    assert gap_text(vector.record(0)) == ["Qazax-2: changes 101–199 missing", "Qazax-2: change 201 missing"]
    assert history.index(0, HistoryModel.COL_CHANGES).data() == "0 of 5 new"


class _Marking(QTranslator):
    """Marks every string it translates, so an untranslated one stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"


def _switch_language() -> None:
    """What installing a loaded translator does: tell every widget the language changed.

    (``isEmpty`` is not overridden above: a Python override of it crashes PySide at exit.)
    """
    QCoreApplication.postEvent(QCoreApplication.instance(), QEvent(QEvent.Type.LanguageChange))


def test_every_visible_string_is_translated_again_after_a_language_switch(qtbot, hq: AppContext) -> None:
    page = _page(qtbot, hq)
    page.show()
    marking = _Marking()
    QCoreApplication.installTranslator(marking)
    _switch_language()
    try:
        qtbot.waitUntil(lambda: page.export_button.text().startswith("«"))
        texts = [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        texts += [g.title() for g in page.findChildren(QGroupBox)]
        texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
        for model in (page.results_model, page.devices.model, page.vector_model, page.history_model):
            texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        texts += [page.scope_combo.itemText(i) for i in range(page.scope_combo.count())]
        texts += [page.title(), page.drop_hint.text(), page.heading.text()]
        assert texts and all(t.startswith("«") for t in texts), [t for t in texts if not t.startswith("«")]
        assert all(line.startswith("«") for line in page.status_label.text().splitlines())
    finally:
        QCoreApplication.removeTranslator(marking)
        _switch_language()
    qtbot.waitUntil(lambda: not page.export_button.text().startswith("«"))


def test_a_page_built_before_the_store_opened_catches_up_when_it_does(qtbot, hq: AppContext) -> None:
    store, hq.store = hq.store, None  # the window paints before the store is open
    page = _page(qtbot, hq)
    assert page.status_label.text() == "This laptop is not set up yet."
    assert not page.export_button.isEnabled()

    hq.store = store
    page.refresh()

    assert [page.scope_combo.itemData(i) for i in range(page.scope_combo.count())] == ["coordinator", "officer"]
    assert page.scope_combo.isEnabled() and page.export_button.isEnabled()
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.devices))


# -- the import centre: per device, the last bundle and contact, what is missing, refusals ----------


def test_the_devices_tab_shows_each_devices_last_bundle_its_refusals_and_lets_a_refused_file_be_retried(
    qtbot, context: AppContext, hq: AppContext, usb: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from fieldkit.ui.sync_activity import DevicesModel, ReceivedModel

    _record_a_workshop(context.require_store())
    _export_through_page(qtbot, context, usb, monkeypatch)  # never enrolled: it waits for approval
    receiver = _page(qtbot, hq)
    _drop(receiver, [usb])
    devices = receiver.devices
    assert devices.proxy.rowCount() == 1 and not devices.waiting_only.isChecked()  # every device, at first
    assert devices.proxy.index(0, DevicesModel.COL_LAST_BUNDLE).data().endswith(" · Waiting for approval")
    assert devices.proxy.index(0, DevicesModel.COL_LAST_CONTACT).data()  # the day it first wrote
    assert devices.proxy.index(0, DevicesModel.COL_REFUSED).data() == ""

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    devices.view.selectRow(0)
    qtbot.mouseClick(devices.revoke_button, Qt.MouseButton.LeftButton)
    events.create_event(context.require_store(), title="Later", kind="training", start_date="2026-12-05")
    later = tmp_path / "later"
    later.mkdir()
    exchange.export_bundle(context.require_store(), later)
    receiver.import_paths([later])  # refused: the device is revoked

    assert devices.selected_peer() is not None  # the choice survives the refresh
    assert devices.proxy.index(0, DevicesModel.COL_REFUSED).data() == "1"
    assert devices.proxy.index(0, DevicesModel.COL_LAST_BUNDLE).data().endswith(" · Refused")
    assert "Bundles received from Test laptop" in devices.detail_caption.text()
    assert [i.status for i in devices.received_model.records()] == ["rejected", "quarantined"]
    refused = devices.received_model.record(0)
    assert "revoked" in refused.message and Path(refused.path).parent == later
    assert not devices.show_file_button.isEnabled()  # nothing chosen in the list yet
    devices.received_view.selectRow(_proxy_row(devices.received_proxy, "rejected"))
    assert devices.show_file_button.isEnabled() and devices.reimport_button.isEnabled()
    assert devices.received_proxy.index(0, ReceivedModel.COL_FILE).data() == Path(refused.path).name

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(devices.show_file_button, Qt.MouseButton.LeftButton)
    assert opened == [str(later)]

    # Approved after all (its officer read the fingerprint): the waiting bundle comes in; then the refused one.
    assert devices.approve_button.isEnabled()
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    assert [e.title for e in events.list_events(hq.require_store())] == ["Workshop in Qazax"]
    devices.received_view.selectRow(_proxy_row(devices.received_proxy, "rejected"))
    qtbot.mouseClick(devices.reimport_button, Qt.MouseButton.LeftButton)

    assert [r.status for r in receiver.results_model.records()] == ["imported"]
    assert sorted(e.title for e in events.list_events(hq.require_store())) == ["Later", "Workshop in Qazax"]
    assert devices.proxy.index(0, DevicesModel.COL_REFUSED).data() == ""  # imported again: no longer refused
    assert devices.proxy.index(0, DevicesModel.COL_LAST_BUNDLE).data().endswith(" · Imported")
    assert "rejected" not in [i.status for i in devices.received_model.records()]


def _proxy_row(proxy, status: str) -> int:
    from fieldkit.ui.sync_models import RecordRole

    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(RecordRole).status == status)


def test_device_activity_brings_the_history_the_vector_and_refusals_together(qtmodeltester) -> None:
    from fieldkit.ui.sync_activity import DevicesModel, ReceivedModel, device_activity

    qazax, lankaran = _peer("trusted"), PeerRecord(
        "0190aaaa-0000-7000-8000-000000000002", "Lankaran-1", "officer", "quarantined", "WXYZ-1234",
        "2026-11-20T09:00:00+04:00", "2026-11-20T09:00:00+04:00", 1,
    )  # fmt: skip

    def bundle(sender: str, at: str, status: str) -> enrolment.SyncBundleRecord:
        return enrolment.SyncBundleRecord(
            f"b-{at}", "in", sender, "", "coordinator", at, status, 5, 5, f"{status} at {at}"
        )

    history = [
        bundle(qazax.device_id, "2026-11-27T10:00:00+04:00", "imported"),
        bundle(qazax.device_id, "2026-11-25T10:00:00+04:00", "known"),
        bundle(lankaran.device_id, "2026-11-20T09:00:00+04:00", "quarantined"),
        enrolment.SyncBundleRecord(
            "b-out", "out", "me", "Baku-HQ", "officer", "2026-11-28T10:00:00+04:00", "exported", 9, 0, ""
        ),
    ]
    vector = [OriginRow(qazax.device_id, "Qazax-2", 100, 250, ((101, 199), (201, 201)))]
    refused = [("2026-11-28T12:00:00+04:00", BundleResult("/usb/x.fkb", "rejected", "damaged", None, "Qazax-2"))]
    refused.append(("2026-11-28T12:00:01+04:00", BundleResult("/usb/y.fkb", "rejected", "damaged")))  # no sender

    activity = device_activity([qazax, lankaran], history, vector, refused)

    mine = activity[qazax.device_id]
    assert [i.status for i in mine.items] == ["rejected", "imported", "known"]  # newest first
    assert mine.last is not None and mine.last.path == "/usb/x.fkb"
    assert (mine.refused, mine.missing, mine.contiguous, mine.max_seen) == (1, 100, 100, 250)
    assert [i.status for i in activity[lankaran.device_id].items] == ["quarantined"]

    model = DevicesModel()
    model.set_rows([qazax, lankaran])
    model.set_activity(activity)
    qtmodeltester.check(model)
    assert model.index(0, DevicesModel.COL_MISSING).data() == "101–199, 201"
    assert model.index(0, DevicesModel.COL_REFUSED).data() == "1"
    assert model.index(0, DevicesModel.COL_LAST_BUNDLE).data() == "28 Nov 2026 12:00 · Refused"
    assert model.index(1, DevicesModel.COL_LAST_CONTACT).data() == "20 Nov 2026 09:00"
    assert model.index(1, DevicesModel.COL_MISSING).data() == ""
    received = ReceivedModel()
    received.set_rows(mine.items)
    qtmodeltester.check(received)
    assert received.index(0, ReceivedModel.COL_FILE).data() == "x.fkb"


def test_a_devices_missing_changes_are_named_under_its_bundles(qtbot, hq: AppContext) -> None:
    from fieldkit.ui.sync_devices import DevicesPanel

    panel = DevicesPanel(hq)
    qtbot.addWidget(panel)
    panel.retranslate()
    peer = _peer("trusted")
    panel.set_peers([peer], [], [OriginRow(peer.device_id, "Qazax-2", 100, 250, ((101, 199),))])
    assert panel.detail_caption.text() == "Choose a device to see the bundles received from it."
    panel.select_device(peer.device_id)
    assert "Changes 101–199 are missing" in panel.detail_caption.text()
    assert not panel.approve_button.isEnabled()  # trusted, nothing waiting
