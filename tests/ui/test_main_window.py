"""The minimal main window: first set-up, the start-up peek, the identity banner, the events table."""

from __future__ import annotations

import shutil

from fieldkit.config import Paths, Settings
from fieldkit.services import events
from fieldkit.store.open import open_store
from fieldkit.store.quick import peek
from fieldkit.ui.events_model import COL_TITLE, EventIdRole, EventsModel
from fieldkit.ui.main_window import MainWindow


def test_first_run_sets_up_the_laptop_from_the_window(qtbot, paths):
    store = open_store(paths, create=True)
    window = MainWindow(Settings(), paths, store=store)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.setup_panel

    window.setup_panel.submit_button.click()  # no name yet
    assert "name" in window.setup_panel.error_label.text()
    assert not store.initialised

    window.setup_panel.name_edit.setText("Qazax-2")  # non-ASCII-safe: setText, not keyClicks
    window.setup_panel.role_combo.setCurrentIndex(window.setup_panel.role_combo.findData("coordinator"))
    window.setup_panel.submit_button.click()

    assert window.pages.currentWidget() is window.overview
    assert store.device is not None and store.device.role == "coordinator"
    assert "Qazax-2" in window.heading.text()
    assert "Events: 0" in window.summary.text()
    assert paths.device_key.exists()
    window.close()


def test_window_paints_from_the_peek_then_opens_the_store(qtbot, store):
    event = events.create_event(store, title="Dəyirmi masa", kind="round-table", start_date=_soon(), location="AZ-QAZ")
    store.close()
    snapshot = peek(store.paths.store)
    assert snapshot is not None and snapshot.device is not None

    window = MainWindow(Settings(), store.paths, snapshot=snapshot)
    qtbot.addWidget(window)
    assert window.store is None
    assert window.events_model.rowCount() == 1
    assert "Events: 1" in window.summary.text()
    with qtbot.waitSignal(window.store_ready, timeout=5000):
        window.show()
    assert window.store is not None and window.store.device_id == snapshot.device.device_id
    index = window.events_model.index(0, COL_TITLE)
    assert window.events_model.data(index) == "Dəyirmi masa"
    assert window.events_model.data(index, EventIdRole) == event.id
    window.close()


def test_copied_store_shows_the_banner_and_renewing_clears_it(qtbot, store, tmp_path, monkeypatch):
    store.close()
    copy = Paths(tmp_path / "copy")
    copy.data_dir.mkdir()
    shutil.copy(store.paths.store, copy.store)
    copied = open_store(copy)
    window = MainWindow(Settings(), copy, store=copied)
    qtbot.addWidget(window)
    window.show()
    assert window.identity_banner.isVisible()
    assert "fieldkit identity renew" in window.identity_banner.text()

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.renew_button.click()
    assert not window.identity_banner.isVisible()
    assert copied.identity_problem is None
    window.close()


def test_events_model_passes_the_model_tester(qtmodeltester, store):
    events.create_event(store, title="Seminar", kind="workshop", start_date=_soon())
    events.create_event(store, title="Təlim", kind="training", start_date=_soon(), pillar="protection")
    model = EventsModel()
    model.set_events(events.recent_and_upcoming(store))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_recent_and_upcoming_matches_the_peek(store):
    """The start-up peek and the service list the same events, so the first frame is not a different list."""
    for day in range(0, 60, 7):
        events.create_event(store, title=f"Tədbir {day}", kind="workshop", start_date=_soon(day - 40))
    listed = events.recent_and_upcoming(store)
    store.close()
    snapshot = peek(store.paths.store)
    assert snapshot is not None
    assert snapshot.events == listed
    assert all(e.end_date >= _soon(-31) for e in listed)


def _soon(days: int = 3):
    import datetime as dt

    return dt.date.today() + dt.timedelta(days=days)
