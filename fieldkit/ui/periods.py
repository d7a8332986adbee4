"""The named periods of the filter bars (Events, Reports) as first and last day, both included."""

from __future__ import annotations

import datetime as dt


def _month_start(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a named period around ``today`` (None, None: any time)."""
    day = dt.timedelta(days=1)
    if period == "upcoming":
        return today, None
    if period == "last-30":
        return today - dt.timedelta(days=30), today
    if period in ("this-month", "last-month"):
        start = _month_start(today.year, today.month - (period == "last-month"))
        return start, _month_start(start.year, start.month + 1) - day
    if period in ("this-quarter", "last-quarter"):
        first = (today.month - 1) // 3 * 3 + 1 - (3 if period == "last-quarter" else 0)
        start = _month_start(today.year, first)
        return start, _month_start(start.year, start.month + 3) - day
    if period in ("this-year", "last-year"):
        year = today.year - (period == "last-year")
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None, None
