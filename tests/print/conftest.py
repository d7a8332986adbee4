"""Shared inputs for the printing tests: an obviously fictional helpline, as DOMAIN.md requires."""

from __future__ import annotations

from datetime import date

import pytest

from fieldkit.print import EventSheet, Helpline

DEMO_NUMBER = "+994 12 000 00 00"
DEMO_TEL = "tel:+994120000000"


@pytest.fixture
def helpline() -> Helpline:
    return Helpline("Demo helpline (fictional)", DEMO_NUMBER, verified_at=date(2025, 1, 15), verified_by="demo")


@pytest.fixture
def event() -> EventSheet:
    return EventSheet(
        title="Təlim: təhlükəsiz miqrasiya",
        date=date(2025, 3, 14),
        location="Qəbələ, rayon mərkəzi",
        organiser="Demo NGO",
        rows=30,
    )
