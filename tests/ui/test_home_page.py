"""The Home screen on an officer's laptop: today's event, a material running low, sync, quick actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

from fieldkit.services import events, materials, stock
from fieldkit.store.ids import reference_id
from fieldkit.ui.context import AppContext
from fieldkit.ui.pages.home_page import (
    QUICK_ACTIONS,
    EventIdRole,
    HomeEventsModel,
    HomePage,
    LowStockModel,
    MaterialIdRole,
)


def current_date() -> dt.date:
    """Read at each use: a run can cross midnight."""
    return dt.date.today()


RED_BRIDGE = reference_id("locations", "crossing:red-bridge")


@pytest.fixture
def page(qtbot, context: AppContext) -> Iterator[HomePage]:
    context.settings.home_location_id = RED_BRIDGE
    context.settings.low_stock_threshold = 50
    home = HomePage(context)
    qtbot.addWidget(home)
    yield home


def _seed(context: AppContext) -> tuple[str, str]:
    store = context.require_store()
    today = events.create_event(
        store, title="Sərhəddə maarifləndirmə", kind="awareness-session", start_date=current_date(), location=RED_BRIDGE
    )
    events.create_event(store, title="Next month", kind="workshop", start_date=current_date() + dt.timedelta(days=20))
    leaflet = materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə", title_en="Leaflet")
    materials.create_material(store, code="PS-1", kind="poster", title_az="Plakat")
    stock.record_movement(store, "receipt", "LF-1", 100, RED_BRIDGE)
    stock.record_movement(store, "handout", "LF-1", 70, RED_BRIDGE)
    stock.record_movement(store, "receipt", "PS-1", 500, RED_BRIDGE)
    return today.id, leaflet.id


def test_home_shows_todays_event_and_the_material_running_low(page: HomePage, context: AppContext, qtmodeltester):
    event_id, leaflet_id = _seed(context)

    page.refresh()

    assert page.greeting.text() == "Hello, Test laptop"
    assert "Home location: Red Bridge" in page.subline.text()
    assert page.events_proxy.rowCount() == 1  # the event 20 days away is beyond the fortnight
    row = page.events_proxy.index(0, HomeEventsModel.COL_WHEN)
    assert row.data() == "Today" and row.data(EventIdRole) == event_id
    font = row.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert page.events_proxy.index(0, HomeEventsModel.COL_TITLE).data() == "Sərhəddə maarifləndirmə"
    assert page.events_proxy.index(0, HomeEventsModel.COL_PLACE).data() == "Red Bridge"
    assert not page.events_empty.isVisibleTo(page)

    assert page.stock_proxy.rowCount() == 1  # the posters (500) are not low
    assert page.stock_proxy.index(0, LowStockModel.COL_MATERIAL).data() == "LF-1 — Leaflet"
    assert page.stock_proxy.index(0, LowStockModel.COL_ON_HAND).data() == "30"
    assert page.stock_proxy.index(0, 0).data(MaterialIdRole) == leaflet_id
    assert page.stock_proxy.index(0, LowStockModel.COL_ON_HAND).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "This month: 1 event(s), 70 item(s) handed out" in page.counts.text()
    # every change so far waits to be sent (2 events, 2 materials, 3 movements)
    assert "Changes waiting to be sent: 7" in page.sync_label.text()
    assert "Last export: never" in page.sync_label.text()
    for model in (page.events_model, page.events_proxy, page.stock_model, page.stock_proxy):
        qtmodeltester.check(model)

    stock.record_movement(context.require_store(), "handout", "LF-1", 30, RED_BRIDGE)
    page.refresh()
    on_hand = page.stock_proxy.index(0, LowStockModel.COL_ON_HAND)
    assert on_hand.data() == "0" and on_hand.data(Qt.ItemDataRole.ForegroundRole) is not None  # none left: red


def test_an_empty_fortnight_says_so(page: HomePage) -> None:
    page.refresh()
    assert page.events_model.rowCount() == 0 and page.events_empty.isVisibleTo(page)
    assert page.stock_empty.isVisibleTo(page) and "Nothing below 50" in page.stock_empty.text()


def test_quick_actions_ask_the_window_to_navigate(qtbot, page: HomePage) -> None:
    page.refresh()
    emitted: list[tuple[str, str]] = []
    page.navigate_requested.connect(lambda key, action: emitted.append((key, action)))

    for key, action, _text in QUICK_ACTIONS:
        button = page.action_buttons[(key, action)]
        if button.isVisibleTo(page):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert emitted == [
        ("events", "new-event"),
        ("events", "check-in"),
        ("stock", "tally"),
        ("stock", "receive"),
        ("leaflets", "print"),
        ("people", "new-person"),
        ("sync", "export"),  # an officer exports; importing is the coordinator's
        ("settings", ""),
    ]
    with qtbot.waitSignal(page.navigate_requested) as blocker:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["sync", ""]


def test_opening_an_event_or_a_low_material_navigates_to_it(qtbot, page: HomePage, context: AppContext) -> None:
    event_id, leaflet_id = _seed(context)
    page.refresh()
    page.show()

    page.events_view.setCurrentIndex(page.events_proxy.index(0, 1))
    with qtbot.waitSignal(page.navigate_requested) as blocker:
        QTest.keyClick(page.events_view, Qt.Key.Key_Return)
    assert blocker.args == ["events", f"open-event:{event_id}"]

    page.stock_view.setCurrentIndex(page.stock_proxy.index(0, 0))
    with qtbot.waitSignal(page.navigate_requested) as blocker:
        QTest.keyClick(page.stock_view, Qt.Key.Key_Return)
    assert blocker.args == ["stock", f"material:{leaflet_id}"]


class _Shouting(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"AZ:{source}"

    def isEmpty(self) -> bool:  # an empty translator would not make Qt send LanguageChange
        return False


def test_a_language_change_retranslates_the_page(qtbot, page: HomePage) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translator = _Shouting(app)
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.action_buttons[("events", "new-event")].text() == "AZ:&New event")
        assert page.events_model.headerData(0, Qt.Orientation.Horizontal) == "AZ:When"
        assert page.title() == "AZ:Home"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.action_buttons[("events", "new-event")].text() == "&New event")
