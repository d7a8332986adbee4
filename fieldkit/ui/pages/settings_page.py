"""The Settings screen: the profile (device name, role, funder, language, home location, default
helpline, low-stock threshold, tally step, auto-lock period), places and helpline numbers, this device's keys and its
coordinator, the data directory with its backups, the store's encryption (``settings_security``), and
this device's audit log.

The profile is saved with Save (or Enter) into ``settings.json`` through ``AppContext.save_settings``;
the language switches at once. Restoring a backup replaces the store file: the page then emits
``store_replaced(RestoreResult)``, and the main window must open ``result.paths`` again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.i18n import LANGUAGES
from fieldkit.services import enrolment, helplines, locations
from fieldkit.services.records import HelplineRecord
from fieldkit.store.errors import KnownError
from fieldkit.text import az_fold, az_loose
from fieldkit.ui.context import REFERENCE, SETTINGS, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.pages.base import Page
from fieldkit.ui.settings_audit import AuditPanel
from fieldkit.ui.settings_data import DataPanel, KeysPanel
from fieldkit.ui.settings_reference import ReferencePanel, location_completer, place_labels, place_names
from fieldkit.ui.settings_security import SecurityPanel
from fieldkit.ui.sync_models import ROLE_LABELS, status_label
from fieldkit.ui.widgets import ERROR_STYLE

# Each language is offered under its own name, whatever the UI language is.
LANGUAGE_NAMES = {"az": "Azərbaycanca", "en": "English", "ru": "Русский"}
OK_STYLE = "color: #1d4d1d;"


class SettingsPage(Page):
    topics = frozenset({SETTINGS, REFERENCE})
    #: the store file was replaced by a backup (``RestoreResult``): open ``result.paths`` again
    store_replaced = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._dirty = False
        self._places: dict[str, str] = {}
        self._helplines: list[HelplineRecord] = []
        self._build()
        context.language_changed.connect(self._language_changed)
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.tabs = QTabWidget(self)

        self.profile = QWidget(self)
        self.device_name = QLineEdit(self.profile)
        self.device_name.setMaxLength(120)
        self.role_value = QLabel(self.profile)
        self.funder = QLineEdit(self.profile)
        self.language_combo = QComboBox(self.profile)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.activated.connect(self._language_chosen)
        self.home_edit = QLineEdit(self.profile)
        self.home_edit.setClearButtonEnabled(True)
        self._place_names = location_completer(self.home_edit)
        self.helpline_combo = QComboBox(self.profile)
        self.threshold_spin = QSpinBox(self.profile)
        self.threshold_spin.setRange(0, 1_000_000)
        self.tally_spin = QSpinBox(self.profile)
        self.tally_spin.setRange(1, 1000)
        self.lock_spin = QSpinBox(self.profile)
        self.lock_spin.setRange(0, 240)
        self.save_button = QPushButton(self.profile)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self.profile)
        self.message.setWordWrap(True)
        for edit in (self.device_name, self.funder, self.home_edit):
            edit.textChanged.connect(self._edited)
        for spin in (self.threshold_spin, self.tally_spin, self.lock_spin):
            spin.valueChanged.connect(self._edited)
        self.helpline_combo.activated.connect(self._edited)
        self.form = QFormLayout()
        self.fields: list[QWidget] = [
            self.device_name,
            self.role_value,
            self.funder,
            self.language_combo,
            self.home_edit,
            self.helpline_combo,
            self.threshold_spin,
            self.tally_spin,
            self.lock_spin,
        ]
        self.captions = [QLabel(self.profile) for _ in self.fields]
        for caption, field in zip(self.captions, self.fields, strict=True):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        profile_layout = QVBoxLayout(self.profile)
        holder = QWidget(self.profile)
        holder.setLayout(self.form)
        holder.setMaximumWidth(720)
        profile_layout.addWidget(holder)
        profile_layout.addLayout(buttons)
        profile_layout.addStretch(1)
        for field in self.fields:
            field.installEventFilter(self)  # Enter in any field saves

        self.reference = ReferencePanel(self.context, self)
        self.reference.changed.connect(self.refresh)  # new helplines and places for the profile
        self.keys = KeysPanel(self.context, self)
        self.keys.renewed.connect(lambda _device: self.refresh())
        self.data = DataPanel(self.context, self)
        self.data.store_replaced.connect(self.store_replaced)
        self.audit = AuditPanel(self.context, self)
        self.security = SecurityPanel(self.context, self)
        self.security.store_replaced.connect(self.store_replaced)
        for widget in (self.profile, self.reference, self.keys, self.data, self.security, self.audit):
            self.tabs.addTab(widget, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        for widget, text in (
            (self.profile, self.tr("Profile")),
            (self.reference, self.tr("Places and helplines")),
            (self.keys, self.tr("Device and coordinator")),
            (self.data, self.tr("Data and backups")),
            (self.security, self.tr("Security")),
            (self.audit, self.tr("Audit log")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        captions = (
            self.tr("&Device name"),
            self.tr("Role"),
            self.tr("&Funder"),
            self.tr("&Language"),
            self.tr("&Home location"),
            self.tr("Default &helpline"),
            self.tr("Low &stock below"),
            self.tr("&Tally step"),
            self.tr("Loc&k after"),
        )
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(caption)
        self.device_name.setToolTip(self.tr("The name your coordinator sees on this laptop's bundles."))
        self.funder.setPlaceholderText(self.tr("printed on leaflets, e.g. the donor of the project"))
        self.home_edit.setPlaceholderText(self.tr("where this laptop usually works: type part of the name"))
        self.threshold_spin.setSuffix(self.tr(" items"))
        self.tally_spin.setToolTip(self.tr("How many items one press of the tally button counts."))
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setSpecialValueText(self.tr("never"))
        self.lock_spin.setToolTip(
            self.tr(
                "An encrypted store locks the window after this many minutes without use; its passphrase "
                "unlocks it. 0 never locks."
            )
        )
        self.save_button.setText(self.tr("&Save"))
        self._fill_helplines()
        self._show_role()
        for panel in (self.reference, self.keys, self.data, self.security, self.audit):
            panel.retranslate()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.stale = False
        store = self.context.store
        if store is None or not store.initialised:
            return
        places = locations.list_locations(store)
        self._places = place_labels(places, self.context.settings.language)
        self._place_names.setStringList(place_names(self._places))
        self._helplines = helplines.list_helplines(store)
        self._fill_helplines()
        if not self._dirty:
            self._load_profile()
        self._show_role()
        for panel in (self.reference, self.keys, self.data, self.security, self.audit):
            panel.refresh()

    def _show_role(self) -> None:
        self.role_value.setText(status_label(ROLE_LABELS, self.context.role))

    def _fill_helplines(self) -> None:
        chosen = self.helpline_combo.currentData() if self._dirty else self.context.settings.default_helpline_id
        self.helpline_combo.clear()
        self.helpline_combo.addItem(self.tr("(none)"), None)
        for helpline in self._helplines:
            self.helpline_combo.addItem(f"{helpline.label} — {helpline.number}", helpline.id)
        self.helpline_combo.setCurrentIndex(max(self.helpline_combo.findData(chosen), 0) if chosen else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self.fields
            and not (isinstance(watched, QComboBox) and watched.view().isVisible())
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _load_profile(self) -> None:
        settings = self.context.settings
        device = self.context.store.device if self.context.store is not None else None
        for widget in (self.threshold_spin, self.tally_spin, self.lock_spin):
            widget.blockSignals(True)
        try:
            self.device_name.setText(device.name if device is not None else "")
            self.funder.setText(settings.funder)
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
            home = next((text for text, pid in self._places.items() if pid == settings.home_location_id), "")
            self.home_edit.setText(home)
            self.threshold_spin.setValue(settings.low_stock_threshold)
            self.tally_spin.setValue(settings.tally_step)
            self.lock_spin.setValue(settings.lock_after_minutes)
        finally:
            for widget in (self.threshold_spin, self.tally_spin, self.lock_spin):
                widget.blockSignals(False)
        self._dirty = False

    def _edited(self, *_args: object) -> None:
        self._dirty = True

    def _home_location(self) -> str | None:
        """The id of the place typed in Home location; raises KnownError when none matches."""
        text = self.home_edit.text().strip()
        if not text:
            return None
        if text in self._places:
            return self._places[text]
        for fold in (az_fold, az_loose):  # Azerbaijani rules first, then as typed on an English keyboard
            folded = fold(text)
            matches = {pid for label, pid in self._places.items() if fold(label) == folded}
            if len(matches) == 1:
                return matches.pop()
        raise KnownError(self.tr("No place called '%1'. Choose one from the list as you type.").replace("%1", text))

    # -- actions --------------------------------------------------------------------------------
    def save(self) -> None:
        """Save the profile; on a refusal nothing is saved and everything typed stays."""
        settings = self.context.settings
        try:
            home = self._home_location()
            name = self.device_name.text().strip()
            store = self.context.store
            if store is not None and store.device is not None and name != store.device.name:
                enrolment.rename_device(store, name)
        except KnownError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc))
            return
        settings.funder = " ".join(self.funder.text().split())
        settings.home_location_id = home
        settings.default_helpline_id = self.helpline_combo.currentData()
        settings.low_stock_threshold = self.threshold_spin.value()
        settings.tally_step = self.tally_spin.value()
        settings.lock_after_minutes = self.lock_spin.value()
        try:
            self.context.save_settings()
        except OSError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("The settings could not be saved: %1").replace("%1", error_text(exc)))
            return
        self._dirty = False
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Saved."))

    def _language_chosen(self, index: int) -> None:
        language = self.language_combo.itemData(index)
        if language and language != self.context.settings.language:
            self.context.set_language(language)

    def _language_changed(self, _language: str) -> None:
        """Place names follow the UI language; Qt's LanguageChange retranslates the rest."""
        self.retranslate()
        if self.context.store is not None and self.context.store.initialised:
            home = self._home_location_or_none()
            places = locations.list_locations(self.context.store)
            self._places = place_labels(places, self.context.settings.language)
            self._place_names.setStringList(place_names(self._places))
            self.home_edit.setText(next((t for t, pid in self._places.items() if pid == home), self.home_edit.text()))
            self.reference.refresh()

    def _home_location_or_none(self) -> str | None:
        try:
            return self._home_location()
        except KnownError:
            return None
