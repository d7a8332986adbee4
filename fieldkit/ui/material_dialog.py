"""The material editor of the Materials & stock screen: add a material to the catalogue, or edit one
this laptop owns.

It saves through ``services.materials`` when Save (or Enter) is pressed and closes only when the service
accepted; a refusal is shown in the dialog and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import materials
from fieldkit.services.records import MaterialRecord
from fieldkit.services.vocab import LANGUAGES, MATERIAL_KINDS
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.labels import label
from fieldkit.ui.stock_models import MATERIAL_KIND_LABELS
from fieldkit.ui.widgets import ERROR_STYLE


class MaterialDialog(QDialog):
    """Add a material to the catalogue, or edit one this laptop owns (``existing``)."""

    def __init__(self, context: AppContext, existing: MaterialRecord | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.saved: MaterialRecord | None = None
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(40)
        self.kind_combo = QComboBox(self)
        for token in MATERIAL_KINDS:
            self.kind_combo.addItem(label(MATERIAL_KIND_LABELS, token), token)
        self.title_edits = {lang: QLineEdit(self) for lang in LANGUAGES}
        self.language_boxes = {lang: QCheckBox(self) for lang in LANGUAGES}
        languages = QHBoxLayout()
        for box in self.language_boxes.values():
            languages.addWidget(box)
        languages.addStretch(1)
        self.version_edit = QLineEdit(self)
        self.version_edit.setMaxLength(20)
        self.active_box = QCheckBox(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

        form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        for key, field in (
            ("code", self.code_edit), ("kind", self.kind_combo), ("az", self.title_edits["az"]),
            ("en", self.title_edits["en"]), ("ru", self.title_edits["ru"]),
        ):  # fmt: skip
            caption = QLabel(self)
            caption.setBuddy(field)
            self.captions[key] = caption
            form.addRow(caption, field)
        self.captions["languages"] = QLabel(self)
        form.addRow(self.captions["languages"], languages)
        self.captions["version"] = QLabel(self)
        self.captions["version"].setBuddy(self.version_edit)
        form.addRow(self.captions["version"], self.version_edit)
        form.addRow("", self.active_box)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(560)

        if existing is None:
            self.version_edit.setText("1")
            self.language_boxes["az"].setChecked(True)
            self.active_box.hide()
        else:
            self.code_edit.setText(existing.code)
            self.code_edit.setReadOnly(True)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(existing.kind), 0))
            for lang, edit in self.title_edits.items():
                edit.setText(getattr(existing, f"title_{lang}"))
            for lang, box in self.language_boxes.items():
                box.setChecked(lang in existing.languages)
            self.version_edit.setText(existing.version)
            self.active_box.setChecked(existing.active)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New material") if self.existing is None else self.tr("Edit material"))
        self.captions["code"].setText(self.tr("&Code"))
        self.code_edit.setPlaceholderText(self.tr("e.g. LF-2026-01"))
        self.captions["kind"].setText(self.tr("&Kind"))
        for index, token in enumerate(MATERIAL_KINDS):
            self.kind_combo.setItemText(index, label(MATERIAL_KIND_LABELS, token))
        self.captions["az"].setText(self.tr("Title (&Azerbaijani)"))
        self.captions["en"].setText(self.tr("Title (&English)"))
        self.captions["ru"].setText(self.tr("Title (&Russian)"))
        self.captions["version"].setText(self.tr("&Version"))
        self.captions["languages"].setText(self.tr("Languages printed"))
        self.language_boxes["az"].setText(self.tr("Azerbaijani"))
        self.language_boxes["en"].setText(self.tr("English"))
        self.language_boxes["ru"].setText(self.tr("Russian"))
        self.active_box.setText(self.tr("Acti&ve (offered for handouts and in tally mode)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        store = self.context.require_store()
        languages = [lang for lang, box in self.language_boxes.items() if box.isChecked()]
        kind = str(self.kind_combo.currentData())
        az, en, ru = (self.title_edits[lang].text() for lang in LANGUAGES)
        try:
            if self.existing is None:
                self.saved = materials.create_material(
                    store, code=self.code_edit.text(), kind=kind, title_az=az, title_en=en, title_ru=ru,
                    languages=languages or None, version=self.version_edit.text(),
                )  # fmt: skip
            else:
                self.saved = materials.edit_material(
                    store, self.existing.id, kind=kind, title_az=az, title_en=en, title_ru=ru, languages=languages,
                    version=self.version_edit.text(), active=self.active_box.isChecked(),
                )  # fmt: skip
        except KnownError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()
