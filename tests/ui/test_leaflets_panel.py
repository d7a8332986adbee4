"""The Leaflets screen: preview in a worker, the helpline confirmation, printing through QPrinter to a
real PDF file, and the print-run movement that follows."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from fieldkit.config import Settings
from fieldkit.services import helplines, materials, stock
from fieldkit.ui.leaflets_panel import LeafletsPanel
from fieldkit.ui.tasks import TaskRunner

DEMO_NUMBER = "+994 12 000 00 00"


@pytest.fixture
def panel(qtbot, store, monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    helplines.add_helpline(store, label="Demo helpline", number=DEMO_NUMBER)
    materials.create_material(store, code="LF-01", kind="leaflet", title_az="Vərəqə", title_en="Leaflet")
    from fieldkit.services.locations import resolve_location

    settings = Settings(home_location_id=resolve_location(store, "Qırmızı Körpü").id, funder="Demo Fund")
    widget = LeafletsPanel(store, settings)
    qtbot.addWidget(widget)
    return widget


def _decode_first_page(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        bitmap = pdf[0].render(scale=2).to_pil().convert("RGBA")
    finally:
        pdf.close()
    white = Image.new("RGBA", bitmap.size, "white")
    white.alpha_composite(bitmap)
    results = zxingcpp.read_barcodes(white.convert("L"))
    assert results, "no QR code found on the printed page"
    return results[0].text


def test_preview_renders_and_print_needs_confirmation_for_an_unverified_helpline(panel):
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("a5"))
    panel.lang_boxes["en"].setChecked(True)
    panel.preview()
    assert panel.document.pageCount() >= 1
    assert "never been verified" in panel.message.text()

    panel.material_combo.setCurrentIndex(panel.material_combo.findData("LF-01"))
    panel._update_buttons()
    assert not panel.print_button.isEnabled()
    panel.confirm_box.setChecked(True)
    assert panel.print_button.isEnabled()


def test_printing_to_a_pdf_file_records_the_print_run(panel, tmp_path, store):
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("a6"))
    panel.material_combo.setCurrentIndex(panel.material_combo.findData("LF-01"))
    panel.confirm_box.setChecked(True)
    panel.copies_spin.setValue(3)
    panel.preview()
    items = panel._result.items

    printer = panel.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert panel.print_document(printer)

    assert out.stat().st_size > 0
    assert _decode_first_page(out) == "tel:+994120000000"
    assert stock.on_hand(store, "LF-01", "Qırmızı Körpü") == 3 * items
    assert f"Print run recorded: {3 * items}" in panel.message.text()


def test_print_dialog_is_preset_for_short_edge_duplex_on_the_brochure(panel, tmp_path, monkeypatch, store):
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("trifold"))
    panel.preview()
    assert panel._result.duplex == "short-edge"
    assert panel.duplex_mode() == QPrinter.DuplexMode.DuplexShortSide
    assert "short edge" in panel.message.text()
    panel.copies_spin.setValue(4)
    seen = {}

    def accept(dialog):
        printer = dialog.printer()
        seen["copies"] = printer.copyCount()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "brochure.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert panel.print_document()
    assert seen["copies"] == 4
    assert (tmp_path / "brochure.pdf").exists()
    assert stock.balances(store) == []  # no material chosen: nothing recorded
