"""Reading rendered PDFs the way a print shop or a phone would: pixels, fonts, boxes, operators."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

MM_PER_INCH = 25.4
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Decoded:
    text: str
    size_mm: float
    ec_level: str


def page_image(path: Path, index: int, dpi: float) -> Image.Image:
    """The page as a phone camera would see it: composited onto white."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        bitmap = pdf[index].render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
        image: Image.Image = bitmap.to_pil().convert("RGB")
        return image
    finally:
        pdf.close()


def decode_qr(path: Path, index: int = 0, dpi: float = 110) -> list[Decoded]:
    image = page_image(path, index, dpi)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    out = []
    for r in found:
        p = r.position
        width_px = ((p.top_right.x - p.top_left.x) ** 2 + (p.top_right.y - p.top_left.y) ** 2) ** 0.5
        out.append(Decoded(r.text, (width_px + 1) / dpi * MM_PER_INCH, r.ec_level))
    return out


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _walk_resources(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    yield resources
    for xobj in _resolve(resources.get("/XObject", {})).values():
        xobj = _resolve(xobj)
        if xobj.get("/Subtype") == "/Form" and "/Resources" in xobj:
            yield from _walk_resources(xobj["/Resources"], seen)


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) for every font reachable from any page, forms included."""
    reader = PdfReader(str(path))
    out: list[tuple[str, bool]] = []
    seen: set[int] = set()
    for page in reader.pages:
        for res in _walk_resources(page.get("/Resources", {}), seen):
            for font in _resolve(res.get("/Font", {})).values():
                font = _resolve(font)
                desc_holder = font
                if font.get("/Subtype") == "/Type0":
                    desc_holder = _resolve(font["/DescendantFonts"][0])
                desc = _resolve(desc_holder.get("/FontDescriptor", {}))
                embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                out.append((str(font.get("/BaseFont")), embedded))
    return out


def images(path: Path) -> list[DictionaryObject]:
    reader = PdfReader(str(path))
    found = []
    seen: set[int] = set()
    for page in reader.pages:
        for res in _walk_resources(page.get("/Resources", {}), seen):
            for xobj in _resolve(res.get("/XObject", {})).values():
                xobj = _resolve(xobj)
                if xobj.get("/Subtype") == "/Image":
                    found.append(xobj)
    return found


def operators(path: Path) -> set[str]:
    """Every operator in every content stream, page and form alike (tokenised, not grepped)."""
    reader = PdfReader(str(path))
    ops: set[str] = set()
    seen_forms: set[int] = set()

    def visit(stream: Any) -> None:
        for _, op in ContentStream(stream, reader).operations:
            ops.add(op.decode("latin-1"))

    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            visit(contents)
        for res in _walk_resources(page.get("/Resources", {}), set()):
            for xobj in _resolve(res.get("/XObject", {})).values():
                obj = _resolve(xobj)
                if obj.get("/Subtype") == "/Form" and id(obj) not in seen_forms:
                    seen_forms.add(id(obj))
                    visit(obj)
    return ops


def text(path: Path, index: int | None = None) -> str:
    reader = PdfReader(str(path))
    pages = reader.pages if index is None else [reader.pages[index]]
    return "\n".join(p.extract_text() for p in pages)


def boxes(path: Path, index: int = 0) -> dict[str, tuple[float, ...]]:
    page = PdfReader(str(path)).pages[index]
    return {
        name: tuple(float(v) / PT_PER_MM for v in getattr(page, name)) for name in ("mediabox", "bleedbox", "trimbox")
    }


def char_boxes(path: Path, index: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each character (spaces included) with its box in millimetres from the page's lower left."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        tp = pdf[index].get_textpage()
        out = []
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            box = tp.get_charbox(i)
            out.append((ch, (box[0] / PT_PER_MM, box[1] / PT_PER_MM, box[2] / PT_PER_MM, box[3] / PT_PER_MM)))
        return out
    finally:
        pdf.close()


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
