"""Automatic sync in the desktop app, against a real hub: ``fieldkit hub serve`` in its own process on
an SQLite file, and a laptop set up with ``fieldkit init --enroll`` from the hub's enrolment file.

The window runs its rounds on its own worker thread, as in the field; the intervals are shortened
through ``FIELDKIT_AUTOSYNC`` so the probe and its backoff run in seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fieldkit.cli import main
from fieldkit.config import Paths, Settings, load_settings
from fieldkit.services import events
from fieldkit.store.engine import Store
from fieldkit.store.open import open_store
from fieldkit.sync.exchange import local_pending
from fieldkit.ui.autosync import ENV_INTERVALS, Intervals
from fieldkit.ui.context import EVENTS
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.sync_status import ago, describe

FAST = "settle=0.3,online=60,backoff_min=0.3,backoff_max=1,folder=60,timeout=3"
CALM = "settle=60,online=600,backoff_min=600,backoff_max=600,folder=600,timeout=3"


def cli(*args: str | Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*map(str, args)])
    assert code == 0, f"fieldkit {' '.join(map(str, args))} failed: {err.getvalue()}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Hub:
    db: Path
    port: int
    log: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [sys.executable, "-m", "fieldkit", "hub", "serve", "--db", str(self.db), "--port", str(self.port)]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.2)
        raise AssertionError(f"the hub did not start: {self.log.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


@dataclass
class Laptop:
    paths: Paths
    store: Store

    def settings(self) -> Settings:
        settings = load_settings(self.paths.settings)  # the hub address, from the enrolment file
        settings.language = "en"
        return settings


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    hub = Hub(tmp_path / "hub.db", free_port(), tmp_path / "hub.log")
    cli("hub", "init", "--db", hub.db)
    yield hub
    hub.stop()


@pytest.fixture
def laptop(hub: Hub, tmp_path: Path) -> Iterator[Laptop]:
    enrolment = tmp_path / "enrolment.json"
    cli("hub", "enroll", "--db", hub.db, "--url", hub.url, "--out", enrolment)
    paths = Paths(tmp_path / "laptop")
    cli("--data-dir", paths.data_dir, "init", "--name", "Qazax-1", "--role", "officer", "--enroll", enrolment)
    store = open_store(paths)
    yield Laptop(paths, store)
    store.close()


def _record_events(store: Store, n: int) -> int:
    for i in range(n):
        events.create_event(store, title=f"Seminar {i}", kind="workshop", start_date=dt.date.today(), location="AZ-QAZ")
    return local_pending(store)


def _window(qtbot, laptop: Laptop) -> MainWindow:
    window = MainWindow(laptop.settings(), laptop.paths, store=laptop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _status(window: MainWindow) -> str:
    return window.sync_status.label.text()


def test_the_status_bar_goes_from_offline_to_synced_when_the_hub_comes_up(
    qtbot, hub: Hub, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_INTERVALS, FAST)
    waiting = _record_events(laptop.store, 3)
    assert waiting >= 3

    window = _window(qtbot, laptop)  # the hub is down
    # the network itself is up (or unknown) here: it is the hub that is offline
    qtbot.waitUntil(lambda: _status(window) == f"Hub offline — {waiting} changes waiting", timeout=15_000)
    assert not window.pending_label.isVisible()  # the sync status says it, once
    assert "Synced" not in window.sync_status.label.toolTip().split("\n")[0]

    hub.start()  # and nobody touches the window
    qtbot.waitUntil(lambda: _status(window).startswith("Synced"), timeout=30_000)
    assert _status(window) == "Synced just now"
    assert local_pending(laptop.store) == 0  # the hub acknowledged every change
    panel = window.pages["sync"].hub_panel  # type: ignore[attr-defined]
    assert hub.url in panel.hub.text()
    assert f"{waiting} changes sent, 0 received." in panel.hub.text()
    window.close()


def test_sync_now_sends_a_new_change_at_once(qtbot, hub: Hub, laptop: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_INTERVALS, CALM)  # no timer fires during the test: only the start and the button
    hub.start()
    window = _window(qtbot, laptop)
    qtbot.waitUntil(lambda: _status(window) == "Synced just now", timeout=20_000)

    _record_events(laptop.store, 1)
    window.context.notify(EVENTS)  # as the Events screen does after a save
    assert _status(window) == "Synced just now · 1 changes waiting"
    assert window.sync_status.button.isEnabled()
    qtbot.mouseClick(window.sync_status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(window) == "Synced just now", timeout=20_000)
    assert local_pending(laptop.store) == 0
    window.close()


def test_a_device_the_hub_refuses_says_so_and_never_claims_synced(
    qtbot, hub: Hub, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_INTERVALS, CALM)
    with sqlite3.connect(hub.db) as con:  # the coordinator revoked the enrolment file before first contact
        con.execute("UPDATE hub_enrolments SET revoked = 1")
    hub.start()
    window = _window(qtbot, laptop)
    qtbot.waitUntil(lambda: _status(window).startswith("Hub refused"), timeout=20_000)
    assert _status(window) == "Hub refused: device not enrolled"
    assert "Ask the coordinator for a new enrolment file" in window.sync_status.label.toolTip()
    window.close()


def test_a_laptop_revoked_after_syncing_is_told_in_its_own_language(
    qtbot, hub: Hub, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_INTERVALS, CALM)
    hub.start()
    window = _window(qtbot, laptop)
    qtbot.waitUntil(lambda: _status(window) == "Synced just now", timeout=20_000)
    cli("hub", "revoke", "--db", hub.db, laptop.store.device_id)  # the coordinator: this laptop was lost
    _record_events(laptop.store, 1)
    window.context.set_language("az")
    qtbot.mouseClick(window.sync_status.button, Qt.MouseButton.LeftButton)
    told = "Server rədd etdi: bu noutbukun icazəsi ləğv edilib — koordinatora müraciət edin"
    qtbot.waitUntil(lambda: _status(window) == told, timeout=20_000)
    assert "this device was revoked" in window.sync_status.label.toolTip()  # the hub's own words, for support
    window.context.set_language("en")
    assert _status(window) == "Hub refused: this laptop was revoked — ask the coordinator"
    assert local_pending(laptop.store) == 1
    window.close()


def test_a_shared_folder_gets_this_laptops_bundle_by_itself(
    qtbot, quick_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_INTERVALS, CALM)
    shared = tmp_path / "Nextcloud" / "fieldkit"
    shared.mkdir(parents=True)
    _record_events(quick_store, 2)
    window = MainWindow(Settings(language="en", sync_folder=str(shared)), quick_store.paths, store=quick_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: _status(window) == "Folder synced just now", timeout=20_000)
    assert len(list(shared.glob("*.fkb"))) == 1
    window.close()


def test_settings_choose_and_clear_the_shared_folder_and_allow_plain_http(
    qtbot, quick_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_INTERVALS, CALM)
    window = MainWindow(Settings(language="en"), quick_store.paths, store=quick_store)
    qtbot.addWidget(window)
    window.show()
    assert _status(window) == "Not enrolled with a hub"
    box = window.pages["settings"].keys.sync_box  # type: ignore[attr-defined]
    window.go("settings")
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(box.browse_button, Qt.MouseButton.LeftButton)
    assert box.folder_edit.text() == str(usb)
    assert load_settings(quick_store.paths.settings).sync_folder == str(usb)
    qtbot.waitUntil(lambda: _status(window) == "Folder synced just now", timeout=20_000)

    box.http_check.setChecked(True)
    assert load_settings(quick_store.paths.settings).extra["allow_plain_http"] is True
    assert box.http_warning.text().startswith("Without https")
    qtbot.mouseClick(box.clear_button, Qt.MouseButton.LeftButton)
    assert load_settings(quick_store.paths.settings).sync_folder is None
    qtbot.waitUntil(lambda: _status(window) == "Not enrolled with a hub", timeout=20_000)  # after the round in flight
    window.close()


def test_relative_times_and_intervals_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    now = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
    assert ago((now - dt.timedelta(seconds=20)).isoformat(), now) == "just now"
    assert ago((now - dt.timedelta(minutes=2, seconds=5)).isoformat(), now) == "2 min ago"
    assert ago((now - dt.timedelta(hours=3)).isoformat(), now) == "3 h ago"
    assert ago(None, now) == "never"
    monkeypatch.setenv(ENV_INTERVALS, "settle=1.5, online=5,backoff_min=x,nonsense=3,folder=-1")
    assert Intervals.from_env() == Intervals(settle=1.5, online=5)


def test_the_probe_backs_off_while_the_hub_is_down_and_the_network_coming_back_retries_at_once(
    qtbot, hub: Hub, laptop: Laptop
) -> None:
    from fieldkit.ui.autosync import AutoSync
    from fieldkit.ui.context import AppContext

    context = AppContext(laptop.settings(), laptop.paths, laptop.store)  # enrolled; the hub is not started
    sync = AutoSync(context, intervals=Intervals(settle=0.2, backoff_min=0.2, backoff_max=0.5, timeout=2))
    waits: list[float] = []
    sync.round_done.connect(lambda _result: waits.append(sync._backoff))
    sync.start()
    qtbot.waitUntil(lambda: len(waits) >= 3, timeout=15_000)
    assert waits[:3] == [0.2, 0.4, 0.5]  # doubling, then capped
    assert sync.view("hub") is not None and sync.view("hub").code == "offline"  # type: ignore[union-attr]
    sync.network_changed("offline")  # the system says the laptop itself is offline: no round, and it says so
    assert describe(sync, 4).text == "Offline — 4 changes waiting"

    sync._hub_timer.stop()
    with qtbot.waitSignal(sync.round_done, timeout=10_000):
        sync.network_changed("online")  # no waiting for the backoff
    assert waits[-1] == 0.2  # reset, then the first step again

    sync._hub_timer.stop()
    with qtbot.waitSignal(sync.round_done, timeout=10_000):
        context.notify(EVENTS)  # a local change: a round once it has settled
    sync.stop()
