"""Dates, times and numbers as the UI language writes them, for everything the screens show.

The app sets the default ``QLocale`` to the UI language (``fieldkit.i18n.install_translators``), and
these functions read it on every call, so a language switch shows in the next repaint:

- Azerbaijani and Russian: ``28.11.2026``, ``28.11.2026 13:45``; numbers ``1.257`` (az) and ``1 257``
  (ru), as their locales group digits. Qt's short Azerbaijani format has a two-digit year; Field Kit
  always shows four, so a consent date from 1999 does not read as 2099.
- English: ``28 Nov 2026``, ``28 Nov 2026 13:45``; numbers ``1,257``. The month is spelled because
  British and American readers take ``03/04/2026`` for different days; the clock has 24 hours.

Times are shown as recorded: Field Kit stores local times with their offset
(``2026-11-28T13:45:00+04:00``), and the wall-clock time the officer saw is what people look for.
What is stored or exported (the database, the CLI, CSV and JSON) stays ISO 8601; only the screens
use these.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit

_ENGLISH_DATE = "d MMM yyyy"
_ISO_DATE = "yyyy-MM-dd"
_TIME = "HH:mm"
_TIME_SECONDS = "HH:mm:ss"


def date_pattern(locale: QLocale | None = None) -> str:
    """The ``QLocale`` pattern for a date in ``locale`` (the default locale when None)."""
    loc = locale if locale is not None else QLocale()
    language = loc.language()
    if language == QLocale.Language.English:
        return _ENGLISH_DATE
    if language == QLocale.Language.C:  # no UI language chosen (scripts, some tests): unambiguous ISO
        return _ISO_DATE
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def datetime_pattern(locale: QLocale | None = None, seconds: bool = False) -> str:
    return f"{date_pattern(locale)} {_TIME_SECONDS if seconds else _TIME}"


def _as_date(value: dt.date | str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def format_date(value: dt.date | str | None) -> str:
    """``2026-11-28`` (a date, or ISO text as stored) in the UI language; "" for None; text that is
    not a date comes back as it is."""
    if value is None or value == "":
        return ""
    day = _as_date(value)
    if day is None:
        return str(value)
    loc = QLocale()
    return loc.toString(QDate(day.year, day.month, day.day), date_pattern(loc))


def format_date_range(start: dt.date, end: dt.date) -> str:
    """One day, or ``start – end``."""
    if end == start:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def parse_stamp(value: dt.datetime | str) -> dt.datetime | None:
    """A stored timestamp (``2026-11-28T13:45:00+04:00``, ``2026-11-28 13:45``) as a datetime."""
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def format_datetime(value: dt.datetime | str | None, seconds: bool = False) -> str:
    """A timestamp as recorded, in the UI language: ``28.11.2026 13:45``. "" for None or ""; text
    that is not a timestamp comes back as it is."""
    if value is None or value == "":
        return ""
    moment = parse_stamp(value)
    if moment is None:
        return str(value)
    loc = QLocale()
    day = loc.toString(QDate(moment.year, moment.month, moment.day), date_pattern(loc))
    clock = QTime(moment.hour, moment.minute, moment.second if seconds else 0)
    return f"{day} {loc.toString(clock, _TIME_SECONDS if seconds else _TIME)}"


def format_number(value: int | float, signed: bool = False, decimals: int | None = None) -> str:
    """``1257`` as ``1.257`` (az), ``1 257`` (ru), ``1,257`` (en); ``signed`` puts ``+`` before a
    positive number (stock movements). Floats keep their shortest exact digits unless ``decimals``."""
    loc = QLocale()
    if isinstance(value, int):
        text = loc.toString(value)
    elif decimals is not None:
        text = loc.toString(float(value), "f", decimals)
    else:
        text = loc.toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    if signed and value > 0:
        text = loc.positiveSign() + text
    return text


def format_count(n: int) -> str:
    """A count of things (people, events, changes) with the locale's digit grouping."""
    return format_number(int(n))


def count_text(text: str, n: int) -> str:
    """``tr("%n person(s)", "", n)`` with the count grouped as the locale does: Qt fills ``%n`` with
    plain digits (``%Ln`` would group, but would change every source string)."""
    plain = str(n)
    grouped = format_count(n)
    return text.replace(plain, grouped, 1) if grouped != plain else text


def set_date_format(edit: QDateTimeEdit, with_time: bool = False) -> None:
    """Make a date (or date and time) field show the same format as the tables. Call it again after
    a language switch: a widget keeps the locale it was created with."""
    loc = QLocale()
    edit.setLocale(loc)
    edit.setDisplayFormat(datetime_pattern(loc) if with_time else date_pattern(loc))
