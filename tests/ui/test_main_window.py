"""The main window: the start-up peek, the first-run wizard, navigation by mouse and keyboard, the
status bar, the identity banner, and screens kept in step through the data-change topics."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWizard

from fieldkit.config import Paths, Settings
from fieldkit.i18n import install_translators
from fieldkit.services import events
from fieldkit.store.engine import Store
from fieldkit.store.ids import reference_id
from fieldkit.store.open import open_store
from fieldkit.store.quick import peek
from fieldkit.ui.context import EVENTS
from fieldkit.ui.main_window import PAGE_KEYS, MainWindow

RED_BRIDGE = reference_id("locations", "crossing:red-bridge")
GAZAKH_TOVUZ = reference_id("locations", "region:gazakh-tovuz")


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    yield
    install_translators("en")


def _soon(days: int = 3) -> dt.date:
    return dt.date.today() + dt.timedelta(days=days)


def _window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(Settings(language="en", home_location_id=RED_BRIDGE), store.paths, store=store)
    qtbot.addWidget(window)
    window.context.runner.synchronous = True
    window.resize(1366, 768)
    window.show()
    return window


def test_a_new_laptop_gets_the_wizard_then_the_home_screen(qtbot, paths: Paths) -> None:
    store = open_store(paths, create=True)
    window = MainWindow(Settings(language="en"), paths, store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    assert window.stack.currentWidget() is window.welcome_view and not window.nav.isVisible()

    wizard = window.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()  # language: English
    wizard.name_page.name_edit.setText("Qazax-2")
    next_button.click()
    wizard.role_page.buttons["officer"].click()
    next_button.click()
    wizard.location_page.select_region(GAZAKH_TOVUZ)
    wizard.location_page.search_edit.setText("qirmizi")
    next_button.click()
    next_button.click()  # no helpline yet
    next_button.click()  # no enrolment file
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert store.device is not None and store.device.name == "Qazax-2"
    assert window.nav.isVisible() and window.current_page() is window.pages["home"]
    assert window.settings.home_location_id == RED_BRIDGE
    assert "Qazax-2" in window.device_label.text()
    assert "Never synced" in window.last_sync_label.text()
    window.close()


def test_the_window_paints_from_the_peek_then_opens_the_store_and_builds_the_screens(qtbot, store: Store) -> None:
    events.create_event(store, title="Dəyirmi masa", kind="round-table", start_date=_soon(), location="AZ-QAZ")
    store.close()
    snapshot = peek(store.paths.store)
    assert snapshot is not None and snapshot.device is not None

    window = MainWindow(Settings(language="en"), store.paths, snapshot=snapshot)
    qtbot.addWidget(window)
    assert window.store is None and window.pages == {}
    assert "Events: 1" in window.startup_view.summary.text()
    assert "Dəyirmi masa" in window.startup_view.events.text()
    with qtbot.waitSignal(window.store_ready, timeout=5000):
        window.show()
    assert window.store is not None and window.store.device_id == snapshot.device.device_id
    assert list(window.pages) == list(PAGE_KEYS)
    assert window.current_page() is window.pages["home"]
    window.close()


def test_every_screen_is_reachable_by_its_shortcut_and_by_the_navigation(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index, key in enumerate(PAGE_KEYS):
        target = window.focusWidget() or window
        QTest.keyClick(target, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key], key
    window.nav.setCurrentRow(PAGE_KEYS.index("people"))
    assert window.current_page() is window.pages["people"]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Home", "Events", "People", "Materials & stock", "Leaflets", "Sync", "Reports", "Settings"]
    window.close()


def test_a_change_on_one_screen_reaches_the_others_and_the_status_bar(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    before = int(window.pending_label.text().split(":")[1].split()[0])
    home, events_page = window.pages["home"], window.pages["events"]
    assert not events_page.stale or events_page is not window.current_page()

    events.create_event(store, title="Məktəbdə görüş", kind="awareness-session", start_date=dt.date.today())
    window.context.notify(EVENTS)
    assert events_page.stale  # hidden: refreshed when next shown
    after = int(window.pending_label.text().split(":")[1].split()[0])
    assert after == before + 1
    window.go("events")
    assert not events_page.stale
    assert home is not window.current_page()
    window.close()


def test_home_quick_actions_open_the_screen_they_name(qtbot, store: Store) -> None:
    event = events.create_event(store, title="Sərhəd məntəqəsində görüş", kind="campaign", start_date=_soon())
    window = _window(qtbot, store)
    home = window.pages["home"]
    home.navigate_requested.emit("stock", "tally")
    assert window.current_page() is window.pages["stock"] and window.pages["stock"].in_tally_mode()
    window.pages["stock"].leave_tally()
    home.navigate_requested.emit("events", f"open-event:{event.id}")
    assert window.current_page() is window.pages["events"]
    assert window.pages["events"].current is not None and window.pages["events"].current.id == event.id
    home.navigate_requested.emit("sync", "")
    assert window.current_page() is window.pages["sync"]
    window.close()


def test_switching_the_language_at_run_time_changes_the_navigation(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    assert window.nav.item(1).text() == "Events"
    window.context.set_language("az")
    if window.nav.item(1).text() == "Events":
        pytest.skip("no compiled Azerbaijani translation in translations/ yet")
    assert window.nav.item(1).text() == "Tədbirlər"
    assert window.windowTitle() == "Field Kit"
    window.context.set_language("en")
    assert window.nav.item(1).text() == "Events"
    window.close()


def test_a_copied_store_shows_the_banner_and_renewing_clears_it(qtbot, store: Store, tmp_path, monkeypatch) -> None:
    store.close()
    copy = Paths(tmp_path / "copy")
    copy.data_dir.mkdir()
    shutil.copy(store.paths.store, copy.store)
    copied = open_store(copy)
    window = _window(qtbot, copied)
    assert window.identity_banner.isVisible()
    assert "fieldkit identity renew" in window.identity_banner.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.renew_button.click()
    assert not window.identity_banner.isVisible()
    assert copied.identity_problem is None
    window.close()


def test_recent_and_upcoming_matches_the_peek(store: Store) -> None:
    """The start-up peek and the service list the same events, so the first frame is not a different list."""
    for day in range(0, 60, 7):
        events.create_event(store, title=f"Tədbir {day}", kind="workshop", start_date=_soon(day - 40))
    listed = events.recent_and_upcoming(store)
    store.close()
    snapshot = peek(store.paths.store)
    assert snapshot is not None
    assert snapshot.events == listed
    assert all(e.end_date >= _soon(-31) for e in listed)
