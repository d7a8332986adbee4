"""Colours, each defined once as an RGB and a CMYK pair.

Office PDFs use RGB so screens and desktop printers show the intended colours; print-shop PDFs
use only CMYK (the press separates plates, and RGB would be converted unpredictably). Text and
the QR code use black ink only (K), so they stay sharp even when plates are slightly misregistered.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import CMYKColor, Color


@dataclass(frozen=True)
class Ink:
    """A named colour with its screen (RGB, 0–1) and press (CMYK, 0–1) values."""

    rgb: tuple[float, float, float]
    cmyk: tuple[float, float, float, float]


NAVY = Ink((0.04, 0.22, 0.40), (1.0, 0.62, 0.0, 0.45))
ACCENT = Ink((0.87, 0.36, 0.05), (0.0, 0.68, 1.0, 0.03))
TINT = Ink((0.91, 0.94, 0.97), (0.07, 0.02, 0.0, 0.02))
TEXT = Ink((0.10, 0.10, 0.10), (0.0, 0.0, 0.0, 0.92))
MUTED = Ink((0.35, 0.35, 0.35), (0.0, 0.0, 0.0, 0.70))
RULE = Ink((0.70, 0.74, 0.78), (0.10, 0.04, 0.0, 0.28))
WHITE = Ink((1.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0))
QR_BLACK = Ink((0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 1.0))
# Crop marks print on every plate so each separation can be trimmed.
REGISTRATION = Ink((0.0, 0.0, 0.0), (1.0, 1.0, 1.0, 1.0))


class Palette:
    """Turns an `Ink` into the ReportLab colour for the output mode."""

    def __init__(self, cmyk: bool) -> None:
        self.cmyk = cmyk

    def __call__(self, ink: Ink) -> Color:
        if self.cmyk:
            return CMYKColor(*ink.cmyk)
        return Color(*ink.rgb)
