"""The first-run wizard: language, the laptop's name, its role, region and home location, helplines
and the coordinator's enrolment file, then one call to ``fieldkit.services.setup`` on Finish.

It runs when the store is open but not set up yet. Nothing is written before Finish; a refused
answer brings the wizard back to the page that asked for it, with the message there, and the store
stays not set up. Esc cancels. Switching the language retranslates the wizard at once.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from fieldkit.i18n import LANGUAGES, install_translators
from fieldkit.services import setup
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import REFERENCE, SETTINGS, SYNC, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_date
from fieldkit.ui.labels import ROLE_LABELS, label
from fieldkit.ui.wizard_helplines import HelplinesPage
from fieldkit.ui.wizard_location import LocationPage
from fieldkit.ui.wizard_pages import EnrolmentPage, WizardPage

log = logging.getLogger(__name__)

PAGE_LANGUAGE, PAGE_NAME, PAGE_ROLE, PAGE_LOCATION, PAGE_HELPLINES, PAGE_ENROLMENT, PAGE_SUMMARY = range(7)
STEP_PAGES = {
    "language": PAGE_LANGUAGE,
    "name": PAGE_NAME,
    "role": PAGE_ROLE,
    "location": PAGE_LOCATION,
    "helplines": PAGE_HELPLINES,
    "enrolment": PAGE_ENROLMENT,
}
# Each language is named in itself, so whoever reads the page finds theirs.
LANGUAGE_NAMES = {"az": "Azərbaycanca", "en": "English", "ru": "Русский"}
ROLE_HELP: dict[str, Any] = {
    "officer": QT_TRANSLATE_NOOP(
        "RolePage",
        "Plans and records events, attendance and handouts, prints leaflets, and sends them to the coordinator.",
    ),
    "coordinator": QT_TRANSLATE_NOOP(
        "RolePage", "Imports the laptops' files, publishes materials, texts and helplines, and writes donor reports."
    ),
}


class LanguagePage(WizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for code in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code], self)
            self.buttons[code] = button
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on, c=code: wizard.switch_language(c) if on else None)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        self.buttons.get(wizard.language, self.buttons["az"]).setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Field Kit"))
        self.setSubTitle(self.tr("A few questions set up this laptop. Nothing is saved until you press Finish."))
        self.intro.setText(self.tr("Choose the language of the application. You can change it later in Settings."))


class NamePage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.registerField("name*", self.name_edit)
        self.name_edit.textChanged.connect(lambda _t: self.show_error(""))
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your name"))
        self.setSubTitle(self.tr("The name this laptop goes by."))
        self.intro.setText(
            self.tr(
                "Your coordinator sees this name on everything this laptop sends, and it is recorded as the "
                "person who verified the helpline. Use your own name or the laptop's, e.g. Qazax-2."
            )
        )
        self.name_label.setText(self.tr("&Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Aysel Məmmədova or Qazax-2"))

    def validatePage(self) -> bool:
        if not self.name_edit.text().strip():
            self.show_error(self.tr("Type a name: blank spaces are not one."))
            return False
        return True


class RolePage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.help_labels: dict[str, QLabel] = {}
        for role in ROLE_LABELS:
            button = QRadioButton(self)
            help_label = QLabel(self)
            help_label.setWordWrap(True)
            help_label.setContentsMargins(24, 0, 0, 8)
            self.group.addButton(button)
            self.buttons[role], self.help_labels[role] = button, help_label
            layout.addWidget(button)
            layout.addWidget(help_label)
        self.buttons["officer"].setChecked(True)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Role"))
        self.setSubTitle(self.tr("What this laptop is used for."))
        self.intro.setText(self.tr("Most laptops are a regional officer's. There are only a few coordinators."))
        for role, button in self.buttons.items():
            button.setText(label(ROLE_LABELS, role))
            self.help_labels[role].setText(QCoreApplication.translate("RolePage", ROLE_HELP[role]))

    def role(self) -> str:
        return next(role for role, button in self.buttons.items() if button.isChecked())

    def set_role(self, role: str) -> None:
        self.buttons[role].setChecked(True)


class SummaryPage(WizardPage):
    ANSWERS = ("language", "name", "role", "location", "helplines", "coordinator")

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.answers: dict[str, tuple[QLabel, QLabel]] = {}
        for key in self.ANSWERS:
            caption, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.answers[key] = (caption, value)
            form.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check your answers, then press Finish to set up this laptop."))
        self.intro.setText(self.tr("Go back to change anything. Finish writes everything at once."))
        captions = (
            self.tr("Language:"),
            self.tr("Name:"),
            self.tr("Role:"),
            self.tr("Home location:"),
            self.tr("Helplines:"),
            self.tr("Coordinator:"),
        )
        for key, text in zip(self.ANSWERS, captions, strict=True):
            self.answers[key][0].setText(text)
        if self.owner.currentId() == PAGE_SUMMARY:
            self.initializePage()

    def _helpline(self, choice: setup.HelplineChoice) -> str:
        if choice.verified_at is None:
            state = self.tr("not verified")
        else:
            state = self.tr("verified on %1").replace("%1", format_date(choice.verified_at))
        return f"{choice.label}: {choice.number} ({state})"

    def initializePage(self) -> None:
        self.show_error("")
        wizard = self.owner
        preview = wizard.enrolment_page.preview if wizard.role() == "officer" else None
        values = {
            "language": LANGUAGE_NAMES[wizard.language],
            "name": wizard.device_name(),
            "role": label(ROLE_LABELS, wizard.role()),
            "location": wizard.location_page.home_location_name(),
            "helplines": "\n".join(self._helpline(h) for h in wizard.helplines_page.chosen()) or self.tr("none yet"),
            "coordinator": (
                f"{preview.coordinator_name} ({preview.fingerprint})" if preview else self.tr("not enrolled yet")
            ),
        }
        for key, text in values.items():
            self.answers[key][1].setText(text)

    def validatePage(self) -> bool:
        return self.owner.run_setup()


class FirstRunWizard(QWizard):
    """Sets up a laptop whose store is open but not set up: ``FirstRunWizard(context).exec()``.

    On Finish it calls ``services.setup.set_up`` once, which writes the store and ``context.settings``
    (saved to the data directory); ``setup_result`` then holds the ``SetupResult``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        store = context.require_store()
        if store.initialised:
            raise RuntimeError("the first-run wizard needs a store that is not set up yet")
        self.context = context
        self.initial_language = context.settings.language if context.settings.language in LANGUAGES else "az"
        self.language = self.initial_language
        self.setup_result: setup.SetupResult | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 480)
        self.resize(760, 560)

        self.language_page = LanguagePage(self)
        self.name_page = NamePage(self)
        self.role_page = RolePage(self)
        self.location_page = LocationPage(context, self)
        self.helplines_page = HelplinesPage(context, self)
        self.enrolment_page = EnrolmentPage(context, self)
        self.summary_page = SummaryPage(self)
        pages: dict[int, WizardPage] = {
            PAGE_LANGUAGE: self.language_page,
            PAGE_NAME: self.name_page,
            PAGE_ROLE: self.role_page,
            PAGE_LOCATION: self.location_page,
            PAGE_HELPLINES: self.helplines_page,
            PAGE_ENROLMENT: self.enrolment_page,
            PAGE_SUMMARY: self.summary_page,
        }
        for page_id, page in pages.items():
            self.setPage(page_id, page)
        self.pages = pages
        self.retranslate()

    # -- language --------------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        """Install the translators for ``language`` and set every string again, at once."""
        if language == self.language:
            return
        self.language = language
        install_translators(language)
        self.location_page.set_language(language)
        self.retranslate()
        for page in self.pages.values():
            page.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Field Kit"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- answers ---------------------------------------------------------------------------------
    def device_name(self) -> str:
        return self.name_page.name_edit.text().strip()

    def role(self) -> str:
        return self.role_page.role()

    def nextId(self) -> int:
        # An enrolment file is an officer's; a coordinator's laptop issues them instead.
        if self.currentId() == PAGE_HELPLINES and self.role() != "officer":
            return PAGE_SUMMARY
        return super().nextId()

    def request(self) -> setup.SetupRequest:
        enrolment = self.enrolment_page.enrolment_file() if self.role() == "officer" else None
        return setup.SetupRequest(
            name=self.device_name(),
            role=self.role(),
            language=self.language,
            home_location_id=self.location_page.home_location_id(),
            helplines=tuple(self.helplines_page.chosen()),
            enrolment_file=enrolment,
        )

    # -- finishing -------------------------------------------------------------------------------
    def run_setup(self) -> bool:
        """Set the laptop up in one call; on a refusal, show it on the page that asked."""
        store = self.context.require_store()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.setup_result = setup.set_up(store, self.request(), self.context.settings)
        except setup.SetupError as exc:
            self._show_refusal(STEP_PAGES.get(exc.step, PAGE_SUMMARY), error_text(exc))
            return False
        except KnownError as exc:
            if store.initialised:  # set up, but the settings could not be saved: say so and finish
                self.summary_page.show_error(error_text(exc))
            else:
                self._show_refusal(PAGE_SUMMARY, error_text(exc))
                return False
        except Exception as exc:  # a bug: the transaction rolled back; keep the wizard, say what happened
            log.exception("first-run set-up failed")
            self._show_refusal(PAGE_SUMMARY, self.tr("Set-up failed unexpectedly: %1").replace("%1", repr(exc)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        for topic in (SETTINGS, REFERENCE, SYNC):
            self.context.notify(topic)
        if self.language != self.initial_language:
            self.context.language_changed.emit(self.language)
        return True

    def _show_refusal(self, page_id: int, message: str) -> None:
        while self.currentId() > page_id and self.currentId() != -1:
            self.back()
        self.pages[page_id].show_error(message)

    def reject(self) -> None:
        """Esc or Cancel: nothing was written; put the language back as it was."""
        self.switch_language(self.initial_language)
        super().reject()
