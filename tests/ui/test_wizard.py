"""The first-run wizard, driven page by page on a new store, as an officer would on a new laptop."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWizard

from fieldkit.config import Paths, Settings, load_settings
from fieldkit.i18n import install_translators
from fieldkit.services import helplines
from fieldkit.services.setup import SetupError
from fieldkit.store.engine import Store
from fieldkit.store.ids import reference_id
from fieldkit.store.open import initialise_device, open_store
from fieldkit.sync.keys import fingerprint
from fieldkit.sync.trust import list_peers, write_enrolment
from fieldkit.ui import wizard as wizard_module
from fieldkit.ui.context import AppContext
from fieldkit.ui.wizard import (
    PAGE_ENROLMENT,
    PAGE_HELPLINES,
    PAGE_LANGUAGE,
    PAGE_LOCATION,
    PAGE_NAME,
    PAGE_ROLE,
    PAGE_SUMMARY,
    FirstRunWizard,
)
from fieldkit.ui.wizard_helplines import HelplineDraft
from fieldkit.ui.wizard_location import LocationIdRole

RED_BRIDGE = reference_id("locations", "crossing:red-bridge")
ASTARA = reference_id("locations", "crossing:astara")
GAZAKH_TOVUZ = reference_id("locations", "region:gazakh-tovuz")


def yesterday() -> dt.date:
    """Read at each use: a run can cross midnight."""
    return dt.date.today() - dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    """A language switch installs translators application-wide; later tests expect English."""
    yield
    install_translators("en")


@pytest.fixture
def new_context(qapp: object, paths: Paths) -> Iterator[AppContext]:
    """A laptop's first run: the store is created and open, but not set up."""
    store = open_store(paths, create=True)
    context = AppContext(Settings(language="en"), paths, store)
    context.runner.synchronous = True
    yield context
    store.close()


@pytest.fixture
def enrolment_file(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[tuple[Path, str]]:
    """An enrolment file issued by a real coordinator store, and that coordinator's public key."""
    hq = Paths(tmp_path / "hq")
    hq.data_dir.mkdir()
    shutil.copyfile(store_templates["bare"], hq.store)
    store = open_store(hq)
    try:
        device = initialise_device(store, "Baku-HQ", "coordinator")
        yield write_enrolment(store, tmp_path / "enrol.json", hub_url="https://hub.example.org"), device.public_key
    finally:
        store.close()


def _store(context: AppContext) -> Store:
    return context.require_store()


def _next(qtbot, wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _finish(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def _start(qtbot, context: AppContext) -> FirstRunWizard:
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PAGE_LANGUAGE
    return wizard


def _answer_up_to_helplines(qtbot, wizard: FirstRunWizard, *, role: str = "officer") -> None:
    _next(qtbot, wizard)  # language
    assert wizard.currentId() == PAGE_NAME
    wizard.name_page.name_edit.setText("Aysel Məmmədova")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ROLE
    wizard.role_page.buttons[role].click()
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_LOCATION
    page = wizard.location_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no home location yet
    page.select_region(GAZAKH_TOVUZ)
    page.search_edit.setText("qirmizi")  # typed on an English keyboard: finds Qırmızı Körpü
    assert page.home_location_id() == RED_BRIDGE
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_HELPLINES


def test_an_officer_sets_up_the_laptop_from_start_to_finish(
    qtbot, new_context: AppContext, paths: Paths, enrolment_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    enrolment, coordinator_key = enrolment_file
    wizard = _start(qtbot, new_context)
    wizard.language_page.buttons["az"].click()
    assert wizard.language == "az"
    _answer_up_to_helplines(qtbot, wizard)

    page = wizard.helplines_page
    page.label_edit.setText("Milli qaynar xətt")
    page.number_edit.setText("+994 12 000 00 00")
    page.verified_box.setChecked(True)
    page.verified_date.setDate(QDate(yesterday().year, yesterday().month, yesterday().day))
    QTest.keyClick(page.number_edit, Qt.Key.Key_Return)  # Enter adds the helpline; the wizard stays here
    assert wizard.currentId() == PAGE_HELPLINES
    page.label_edit.setText("Qısa nömrə")
    page.number_edit.setText("1234")  # not verified: left unticked
    _next(qtbot, wizard)  # the typed one is added on the way
    assert [(d.number, d.verified_at) for d in page.model.drafts()] == [("+994120000000", yesterday()), ("1234", None)]
    assert wizard.currentId() == PAGE_ENROLMENT

    _choose_file(monkeypatch, enrolment)
    enrol_page = wizard.enrolment_page
    qtbot.mouseClick(enrol_page.choose_button, Qt.MouseButton.LeftButton)
    assert enrol_page.coordinator_value.text() == "Baku-HQ"
    assert enrol_page.fingerprint_value.text() == fingerprint(coordinator_key)
    assert enrol_page.hub_value.text() == "https://hub.example.org"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # not until the officer accepts it
    enrol_page.confirm_box.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    assert "Baku-HQ" in wizard.summary_page.answers["coordinator"][1].text()

    _finish(qtbot, wizard)

    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    store = _store(new_context)
    assert store.device is not None and (store.device.name, store.device.role) == ("Aysel Məmmədova", "officer")
    numbers = {h.number: h for h in helplines.list_helplines(store)}
    assert (numbers["+994120000000"].verified_at, numbers["+994120000000"].verified_by) == (
        yesterday(),
        "Aysel Məmmədova",
    )
    assert numbers["1234"].verified_at is None
    [peer] = list_peers(store)
    assert (peer.name, peer.status) == ("Baku-HQ", "trusted")
    for settings in (new_context.settings, load_settings(paths.settings)):
        assert settings.language == "az"
        assert settings.home_location_id == RED_BRIDGE
        assert settings.default_helpline_id == numbers["+994120000000"].id
        assert settings.hub_url == "https://hub.example.org"
    assert wizard.setup_result is not None and wizard.setup_result.coordinator is not None


def test_a_corrupt_enrolment_file_is_refused_on_its_page(
    qtbot, new_context: AppContext, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _start(qtbot, new_context)
    _answer_up_to_helplines(qtbot, wizard)
    _next(qtbot, wizard)
    bad = tmp_path / "enrol.json"
    bad.write_text('{"format": "fieldkit-enrolment/1", "coordinator": {}}', encoding="utf-8")
    _choose_file(monkeypatch, bad)

    qtbot.mouseClick(wizard.enrolment_page.choose_button, Qt.MouseButton.LeftButton)

    page = wizard.enrolment_page
    assert page.error_label.isVisible()
    assert "is not a Field Kit enrolment file" in page.error_label.text()
    assert page.preview is None and page.path_edit.text() == "" and not page.details.isVisible()
    assert wizard.currentId() == PAGE_ENROLMENT and wizard.isVisible()
    assert not _store(new_context).initialised and not paths.settings.exists()


def test_an_enrolment_file_damaged_before_finish_brings_the_wizard_back_and_writes_nothing(
    qtbot, new_context: AppContext, paths: Paths, enrolment_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    enrolment, _ = enrolment_file
    wizard = _start(qtbot, new_context)
    _answer_up_to_helplines(qtbot, wizard)
    _next(qtbot, wizard)
    _choose_file(monkeypatch, enrolment)
    qtbot.mouseClick(wizard.enrolment_page.choose_button, Qt.MouseButton.LeftButton)
    wizard.enrolment_page.confirm_box.setChecked(True)
    _next(qtbot, wizard)
    document = json.loads(enrolment.read_text(encoding="utf-8"))
    document["hub_url"] = "https://evil.example.org"  # altered after it was checked: the signature breaks
    enrolment.write_text(json.dumps(document), encoding="utf-8")

    _finish(qtbot, wizard)

    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    assert wizard.currentId() == PAGE_ENROLMENT
    assert "signature does not match" in wizard.enrolment_page.error_label.text()
    store = _store(new_context)
    store.refresh_identity()
    assert not store.initialised and not paths.device_key.exists() and not paths.settings.exists()
    assert helplines.list_helplines(store) == []
    # what the officer typed is still there
    assert wizard.name_page.name_edit.text() == "Aysel Məmmədova"
    assert wizard.location_page.home_location_id() == RED_BRIDGE


def test_a_refusal_from_set_up_is_shown_on_the_page_that_asked(
    qtbot, new_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _start(qtbot, new_context)
    _answer_up_to_helplines(qtbot, wizard, role="coordinator")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY  # a coordinator's laptop has no enrolment page

    def refuse(*_args: object) -> None:
        raise SetupError("No location with id …", "location")

    monkeypatch.setattr(wizard_module.setup, "set_up", refuse)
    _finish(qtbot, wizard)

    assert wizard.currentId() == PAGE_LOCATION
    assert wizard.location_page.error_label.text() == "No location with id …"
    assert not _store(new_context).initialised


def test_enter_moves_on_and_a_name_of_blank_spaces_is_refused(qtbot, new_context: AppContext) -> None:
    wizard = _start(qtbot, new_context)
    _next(qtbot, wizard)
    edit = wizard.name_page.name_edit
    edit.setText("   ")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_NAME
    assert "name" in wizard.name_page.error_label.text()

    edit.setText("Qazax-2")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_ROLE


class _Shouting(QTranslator):
    """Stands in for a compiled translation: every string comes back marked, so a retranslation shows."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"RU:{source}"

    def isEmpty(self) -> bool:  # an empty translator would not make Qt send LanguageChange
        return False


def test_switching_language_retranslates_at_once_and_esc_puts_it_back(
    qtbot, new_context: AppContext, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed: list[QTranslator] = []

    def fake_install(language: str) -> bool:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in installed:
            app.removeTranslator(translator)
        installed.clear()
        if language == "ru":
            installed.append(_Shouting(app))
            app.installTranslator(installed[0])
        return True

    monkeypatch.setattr(wizard_module, "install_translators", fake_install)
    wizard = _start(qtbot, new_context)

    wizard.language_page.buttons["ru"].click()

    assert wizard.language_page.title() == "RU:Welcome to Field Kit"
    assert wizard.name_page.name_label.text() == "RU:&Name"
    assert wizard.location_page.region_label.text() == "RU:&Economic region"
    assert wizard.helplines_page.model.headerData(1, Qt.Orientation.Horizontal) == "RU:Label"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "RU:&Next >"
    # place names follow the language too
    wizard.location_page.select_location(RED_BRIDGE)
    assert wizard.location_page.home_location_name().startswith("Красный мост / Qırmızı Körpü")

    QTest.keyClick(wizard, Qt.Key.Key_Escape)

    assert wizard.result() == QWizard.DialogCode.Rejected and not wizard.isVisible()
    assert installed == []  # back to English
    assert wizard.language_page.title() == "Welcome to Field Kit"
    assert not _store(new_context).initialised and not paths.settings.exists()


def test_home_location_list_follows_the_region(qtbot, new_context: AppContext, qtmodeltester) -> None:
    wizard = _start(qtbot, new_context)
    page = wizard.location_page
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)

    def visible() -> set[str]:
        return {page.proxy.index(r, 0).data(LocationIdRole) for r in range(page.proxy.rowCount())}

    everything = visible()
    assert {RED_BRIDGE, ASTARA} <= everything and GAZAKH_TOVUZ not in everything  # regions are not homes
    page.select_region(GAZAKH_TOVUZ)
    in_region = visible()
    assert RED_BRIDGE in in_region and ASTARA not in in_region
    assert reference_id("locations", "airport:llk") in in_region  # region unknown: listed everywhere
    assert page.select_location(ASTARA)  # a place outside the region widens the filter to find it
    assert page.home_location_id() == ASTARA


def test_helpline_model_ticks_and_dates(qtbot, new_context: AppContext, qtmodeltester) -> None:
    wizard = _start(qtbot, new_context)
    model = wizard.helplines_page.model
    model.set_drafts([HelplineDraft("Milli", "+994120000000", None, use=False, existing_id="x")])
    qtmodeltester.check(model)

    use = model.index(0, 0)
    assert model.setData(use, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    verified = model.index(0, 3)
    assert model.data(verified) == "Not verified"
    assert not model.setData(verified, QDate.currentDate().addDays(1))  # never in the future
    assert model.setData(verified, QDate(yesterday().year, yesterday().month, yesterday().day))
    assert model.data(verified) == yesterday().strftime("%-d %b %Y")  # as the English UI writes it
    [choice] = wizard.helplines_page.chosen()
    assert (choice.existing_id, choice.verified_at) == ("x", yesterday())

    wizard.helplines_page.table.setCurrentIndex(wizard.helplines_page.proxy.index(0, 1))
    wizard.helplines_page.remove_selected()  # an existing helpline is unticked, not dropped
    assert model.rowCount() == 1 and wizard.helplines_page.chosen() == []


def test_the_wizard_refuses_a_store_that_is_already_set_up(context: AppContext) -> None:
    with pytest.raises(RuntimeError):
        FirstRunWizard(context)


def test_a_disk_failure_during_set_up_keeps_the_wizard_open_and_finish_works_after(
    qtbot, new_context: AppContext, paths: Paths, enrolment_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    enrolment, _ = enrolment_file
    wizard = _start(qtbot, new_context)
    _answer_up_to_helplines(qtbot, wizard)
    _next(qtbot, wizard)
    _choose_file(monkeypatch, enrolment)
    qtbot.mouseClick(wizard.enrolment_page.choose_button, Qt.MouseButton.LeftButton)
    wizard.enrolment_page.confirm_box.setChecked(True)
    _next(qtbot, wizard)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wizard_module.setup, "_pin_coordinator", disk_full)
    _finish(qtbot, wizard)

    assert wizard.isVisible() and wizard.currentId() == PAGE_SUMMARY
    assert "No space left on device" in wizard.summary_page.error_label.text()
    store = _store(new_context)
    assert not store.initialised and not paths.device_key.exists() and not paths.settings.exists()

    monkeypatch.undo()
    _finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert store.initialised and list_peers(store)[0].name == "Baku-HQ"
