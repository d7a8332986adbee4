"""The Leaflets screen: pick a template, languages and helpline; preview; print or save as PDF.

The PDF is rendered by ``fieldkit.print`` in a worker thread (the request is built from the store in
the GUI thread, so only plain data crosses). Printing rasterises each page with QtPdf onto the
printer chosen in QPrintDialog; when it finishes, a print run of the chosen material is recorded at
the chosen location: copies × items in the PDF.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import Settings
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_date
from fieldkit.ui.labels import TEMPLATE_LABELS, label
from fieldkit.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from fieldkit.print import RenderResult
    from fieldkit.services.records import HelplineRecord
    from fieldkit.store.engine import Store

MAX_PRINT_DPI = 300
MAX_PAGE_PIXELS = 40_000_000  # caps memory for A2 posters on old laptops


class LeafletsPanel(QWidget):
    rendered = Signal(object)  # RenderResult
    print_recorded = Signal(object)  # MovementRecord

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.runner = TaskRunner(self)
        self._task: Task | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="fieldkit-preview-"))
        self._pdf_path: Path | None = None
        self._result: RenderResult | None = None
        self._helplines: list[HelplineRecord] = []
        self.document = QPdfDocument(self)
        self._build()
        self.reload()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.template_combo = QComboBox(self)
        for token in TEMPLATE_LABELS:
            self.template_combo.addItem(label(TEMPLATE_LABELS, token), token)
        self.lang_boxes = {
            code: QCheckBox(name, self)
            for code, name in (("az", self.tr("Azerbaijani")), ("en", self.tr("English")), ("ru", self.tr("Russian")))
        }
        self.lang_boxes["az"].setChecked(True)
        langs = QHBoxLayout()
        for box in self.lang_boxes.values():
            langs.addWidget(box)
        self.layout_combo = QComboBox(self)
        for token, text in (
            ("", self.tr("Automatic")),
            ("side-by-side", self.tr("Side by side")),
            ("stacked", self.tr("Stacked")),
        ):
            self.layout_combo.addItem(text, token)
        self.helpline_combo = QComboBox(self)
        self.helpline_combo.currentIndexChanged.connect(self._helpline_changed)
        self.helpline_state = QLabel(self)
        self.helpline_state.setWordWrap(True)
        self.confirm_box = QCheckBox(self.tr("I have checked this number: it reaches the helpline"), self)
        self.confirm_box.toggled.connect(self._update_buttons)
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setRange(1, 100_000)
        self.material_combo = QComboBox(self)
        self.location_combo = QComboBox(self)
        self.event_combo = QComboBox(self)
        self.print_shop_box = QCheckBox(self.tr("Print-shop PDF (3 mm bleed, crop marks, CMYK)"), self)
        self.lines_edit = QPlainTextEdit(self)
        self.lines_edit.setPlaceholderText(
            self.tr("Optional: one personalised line per copy, e.g. Distributed at Qırmızı Körpü")
        )
        self.lines_edit.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template_combo)
        form.addRow(self.tr("Languages"), langs)
        form.addRow(self.tr("Bilingual layout"), self.layout_combo)
        form.addRow(self.tr("Helpline"), self.helpline_combo)
        form.addRow("", self.helpline_state)
        form.addRow("", self.confirm_box)
        self.event_combo.setToolTip(self.tr("The event printed on a sign-in sheet, and recorded with the print run"))
        form.addRow(self.tr("Event"), self.event_combo)
        form.addRow(self.tr("Personalised lines"), self.lines_edit)
        form.addRow(self.tr("Material printed"), self.material_combo)
        form.addRow(self.tr("Recorded at"), self.location_combo)
        form.addRow(self.tr("Copies"), self.copies_spin)
        form.addRow("", self.print_shop_box)

        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.message)
        left.addStretch(1)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        outer = QHBoxLayout(self)
        holder = QWidget(self)
        holder.setLayout(left)
        holder.setMaximumWidth(520)
        outer.addWidget(holder)
        outer.addWidget(self.view, 1)
        self._set_busy(False)

    def reload(self) -> None:
        """Fill the pickers from the store (helplines, materials, locations, events)."""
        from fieldkit.services import events, helplines, locations, materials
        from fieldkit.text import az_sort_key

        self._helplines = helplines.list_helplines(self.store)
        self.helpline_combo.clear()
        for h in self._helplines:
            self.helpline_combo.addItem(f"{h.label} — {h.number}", h.id)
        self.material_combo.clear()
        self.material_combo.addItem(self.tr("(do not record a print run)"), None)
        for m in materials.list_materials(self.store):
            self.material_combo.addItem(f"{m.code} — {m.title_az}", m.code)
        self.location_combo.clear()
        places = sorted(locations.list_locations(self.store), key=lambda r: az_sort_key(r.name_az))
        for place in places:
            if place.kind != "economic-region":
                self.location_combo.addItem(place.label(), place.id)
        home = self.location_combo.findData(self.settings.home_location_id)
        self.location_combo.setCurrentIndex(max(home, 0))
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("(none)"), None)
        for e in events.recent_and_upcoming(self.store):
            self.event_combo.addItem(f"{format_date(e.start_date)} {e.title}", e.id)
        self._helpline_changed()

    # -- state ----------------------------------------------------------------------------------
    def _current_helpline(self) -> HelplineRecord | None:
        index = self.helpline_combo.currentIndex()
        return self._helplines[index] if 0 <= index < len(self._helplines) else None

    def _helpline_changed(self) -> None:
        helpline = self._current_helpline()
        if helpline is None:
            self.helpline_state.setText(self.tr("No helpline is set up. Add one in Settings first."))
        elif helpline.verified_at is None:
            self.helpline_state.setText(self.tr("This number has never been verified."))
        else:
            self.helpline_state.setText(
                self.tr("Verified on %1 by %2")
                .replace("%1", format_date(helpline.verified_at))
                .replace("%2", helpline.verified_by or "")
            )
        self.confirm_box.setVisible(helpline is not None and helpline.verified_at is None)
        self._update_buttons()

    def _needs_confirmation(self) -> bool:
        helpline = self._current_helpline()
        return helpline is not None and helpline.verified_at is None and not self.confirm_box.isChecked()

    def _update_buttons(self) -> None:
        busy = self._task is not None
        has_pdf = self._pdf_path is not None and not busy
        self.preview_button.setEnabled(not busy and self._current_helpline() is not None)
        self.save_button.setEnabled(has_pdf)
        recording = self.material_combo.currentData() is not None
        self.print_button.setEnabled(has_pdf and not (recording and self._needs_confirmation()))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self._update_buttons()

    def _languages(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.lang_boxes.items() if box.isChecked())

    # -- actions --------------------------------------------------------------------------------
    def preview(self) -> None:
        from fieldkit.print import render
        from fieldkit.services.leaflets import LeafletJob, build_request
        from fieldkit.store.errors import KnownError

        helpline = self._current_helpline()
        languages = self._languages()
        if helpline is None or not languages:
            self.message.setText(self.tr("Choose a helpline and at least one language."))
            return
        lines = tuple(ln.strip() for ln in self.lines_edit.toPlainText().splitlines() if ln.strip()) or None
        job = LeafletJob(
            template=self.template_combo.currentData(), languages=languages, helpline=helpline.id,
            out_path=self._tmp / "preview.pdf", print_shop=self.print_shop_box.isChecked(),
            event_id=self.event_combo.currentData(), layout=self.layout_combo.currentData() or None,
            personal_lines=lines, funder=self.settings.funder or None,
        )  # fmt: skip
        try:
            request = build_request(self.store, job)
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        target = self._tmp / f"preview-{id(request)}.pdf"
        self.document.close()
        self._pdf_path = None
        self._task = self.runner.start(lambda ctx: render(request, target))
        self._task.signals.succeeded.connect(lambda result: self._rendered(result, target))
        self._task.signals.failed.connect(self._failed)
        self._task.signals.cancelled.connect(self._cancelled)
        self.message.setText(self.tr("Rendering…"))
        self._set_busy(True)
        self.runner.launch(self._task)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.message.setText(self.tr("Cancelled."))
            self._set_busy(False)

    def _rendered(self, result: RenderResult, path: Path) -> None:
        if self._task is None:  # cancelled meanwhile: drop the result
            return
        self._task = None
        self._pdf_path = path
        self._result = result
        self.document.load(str(path))
        notes = [
            self.tr("%1 page(s), %2 item(s).")
            .replace("%1", format_count(result.pages))
            .replace("%2", format_count(result.items))
        ]
        if result.duplex == "short-edge":
            notes.append(self.tr("Print on both sides, flipping on the short edge."))
        elif result.duplex == "long-edge":
            notes.append(self.tr("Print on both sides, flipping on the long edge."))
        notes += result.warnings
        self.message.setText("\n".join(notes))
        self._set_busy(False)
        self.rendered.emit(result)

    def _failed(self, message: str) -> None:
        self._task = None
        self.message.setText(message)
        self._set_busy(False)

    def _cancelled(self) -> None:
        self._task = None
        self._set_busy(False)

    def save_pdf(self) -> None:
        if self._pdf_path is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), "leaflet.pdf", self.tr("PDF files (*.pdf)"))
        if not name:
            return
        try:
            shutil.copyfile(self._pdf_path, name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), error_text(exc))
            return
        self.message.setText(self.tr("Saved %1").replace("%1", name))

    def make_printer(self) -> QPrinter:
        """A printer preset for this PDF: page size, copies, and duplex (short edge for the brochure)."""
        assert self._result is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        width, height = self._result.page_size_mm
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter)
        orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)
        printer.setCopyCount(self.copies_spin.value())
        printer.setDuplex(self.duplex_mode())  # a printer without duplex (or PDF output) ignores it
        return printer

    def duplex_mode(self) -> QPrinter.DuplexMode:
        """How the current PDF must be printed on two sides: short edge for the tri-fold brochure."""
        modes = {"short-edge": QPrinter.DuplexMode.DuplexShortSide, "long-edge": QPrinter.DuplexMode.DuplexLongSide}
        return modes.get(self._result.duplex if self._result else "none", QPrinter.DuplexMode.DuplexNone)

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print through QPrintDialog; True when printed (and the print run recorded, if asked)."""
        if self._pdf_path is None or self._result is None:
            return False
        if not isinstance(printer, QPrinter):
            printer = self.make_printer()
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        if not self._paint_pages(printer):
            self.message.setText(self.tr("Printing failed or was cancelled; no print run was recorded."))
            return False
        code = self.material_combo.currentData()
        if code:
            self._record_run(code, printer.copyCount() * self._result.items)
        return True

    def _paint_pages(self, printer: QPrinter) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            pages = self.document.pageCount()
            self.progress.setRange(0, pages)
            self.progress.setVisible(True)
            for page in range(pages):
                if page:
                    printer.newPage()
                target = QRectF(painter.viewport())
                points = self.document.pagePointSize(page)
                dpi = min(printer.resolution(), MAX_PRINT_DPI)
                w, h = points.width() / 72 * dpi, points.height() / 72 * dpi
                scale = min(1.0, (MAX_PAGE_PIXELS / max(w * h, 1)) ** 0.5)
                image = self.document.render(page, QSize(int(w * scale), int(h * scale)))
                if image.isNull():
                    return False
                painter.drawImage(target, image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied))
                self.progress.setValue(page + 1)
                QApplication.processEvents()
        finally:
            painter.end()
            self.progress.setVisible(False)
            self.progress.setRange(0, 0)
        return True

    def _record_run(self, code: str, quantity: int) -> None:
        from fieldkit.services.leaflets import record_print_run
        from fieldkit.store.errors import KnownError

        location = self.location_combo.currentData()
        if not location:
            self.message.setText(self.tr("Printed, but no location is chosen, so no print run was recorded."))
            return
        try:
            movement = record_print_run(
                self.store,
                code,
                quantity,
                location,
                event_id=self.event_combo.currentData(),
                note=self.tr("printed from the app"),
            )
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Printed. Print run recorded: %1.").replace("%1", format_count(movement.quantity)))
        self.print_recorded.emit(movement)

    def closeEvent(self, event: object) -> None:
        self.cancel()
        self.runner.wait()
        self.document.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().closeEvent(event)  # type: ignore[arg-type]
