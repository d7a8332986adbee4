"""What a template produces: fitted panels and backgrounds per side, before anything is written.

Templates only decide geometry and content; `render` turns a `PiecePlan` into pages. Keeping the
fitted plan separate lets a render fail on overflow before a single byte of the PDF exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm

from fieldkit.print.layout import Placed, Rect
from fieldkit.print.model import Duplex
from fieldkit.print.palette import Ink


@dataclass(frozen=True)
class Background:
    """A filled area; edges lying on the trim edge are extended into the bleed when drawn."""

    rect: Rect
    ink: Ink


@dataclass(frozen=True)
class Slot:
    """Where a side's personal line goes, in trim coordinates (points)."""

    rect: Rect
    size: float
    panel: str


@dataclass
class SidePlan:
    name: str
    panels: list[Placed]
    backgrounds: list[Background] = field(default_factory=list)
    slot: Slot | None = None
    folds_mm: tuple[float, ...] = ()


@dataclass
class PiecePlan:
    trim_mm: tuple[float, float]
    sides: list[SidePlan]
    duplex: Duplex

    @property
    def trim(self) -> tuple[float, float]:
        return self.trim_mm[0] * mm, self.trim_mm[1] * mm
