"""Registering the bundled Noto Sans TTFs with ReportLab.

ReportLab falls back to its base-14 Helvetica (never embedded, and without Əə) whenever a style or
canvas does not name a font. Everything in this package therefore names one of the constants below,
and `register_fonts` runs once per process: TTF parsing is lazy but registration is global state.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldkit.print.resources import resource_path

REGULAR = "FieldKitSans"
BOLD = "FieldKitSans-Bold"
ITALIC = "FieldKitSans-Italic"
BOLD_ITALIC = "FieldKitSans-BoldItalic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and their family mapping; cheap after the first call."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def missing_glyphs(text: str) -> list[str]:
    """Characters the font cannot draw; they would print as empty boxes, so callers refuse them."""
    covered = _covered()
    return sorted({ch for ch in text if ch not in "\n\t" and ord(ch) not in covered})


def text_width(text: str, font: str, size: float) -> float:
    """Width in points, for one-line items (personal lines) that must not be clipped."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
