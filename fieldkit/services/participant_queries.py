"""The SQL behind the People screen's listing: what it asks for (``ParticipantQuery``, ``PageCursor``),
the name search, the filters, the sort values (Azerbaijani alphabetical order, compared natively) and
the statements that fetch a page. ``fieldkit.services.participants.list_participants_page`` runs them.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from fieldkit.services.vocab import AGE_BANDS, SEXES
from fieldkit.store.models import Agency, Attendance, Event, Location, Participant
from fieldkit.text import az_fold, az_loose, az_upper, has_azerbaijani_letters

# The Azerbaijani alphabet in order; letters outside it sort after it (as in fieldkit.text.az_sort_key).
_AZ_LETTERS = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
_AZ_KEY = str.maketrans({ch: chr(1 + i) for i, ch in enumerate(_AZ_LETTERS)} | {" ": chr(len(_AZ_LETTERS) + 1)})
# The same, reading upper-case letters too (I is ı and İ is i): folding and keying in one pass.
_AZ_KEY_DIRECT = str.maketrans(
    {ch: chr(1 + i) for i, ch in enumerate(_AZ_LETTERS)}
    | {az_upper(ch): chr(1 + i) for i, ch in enumerate(_AZ_LETTERS)}
    | {" ": chr(len(_AZ_LETTERS) + 1)}
)
_LAST = "\U0010ffff"  # after every az_key


@dataclass(frozen=True)
class ParticipantQuery:
    """What the People screen asks for: a typed name, filters, and one sort column."""

    text: str = ""
    region_id: str | None = None
    sex: str | None = None
    age_band: str | None = None
    sort: str = "added"
    descending: bool = True  # with "added": the newest first


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: the sort value and the id of the last row shown."""

    key: str | int
    id: str


def az_key(text: str) -> str:
    """A string whose plain (binary) order is the Azerbaijani alphabetical order of ``text``.

    SQLite compares it natively, so sorting 100,000 names calls Python once per name instead of twice
    per comparison (which the ``az`` collation does).
    """
    return az_fold(text).translate(_AZ_KEY)


def _sql_az_key(value: str | None) -> str | None:
    if value is None:
        return None
    if unicodedata.is_normalized("NFC", value):
        # Stored names are already trimmed, single-spaced and (almost always) composed: fold and key
        # the letters in one pass; everything else is lowered as az_fold would.
        return value.translate(_AZ_KEY_DIRECT).lower()
    return az_key(value)


@functools.lru_cache(maxsize=4096)
def _sql_label_key(value: str | None) -> str | None:
    """az_key for agency and region labels: a few hundred values, each met thousands of times."""
    return _sql_az_key(value)


def _like_prefilter(folded: str) -> str:
    """A LIKE pattern every name that folds to contain ``folded`` also matches (LIKE is native and
    ignores ASCII case): ASCII letters stand for themselves, except i (İ and i fold alike, and LIKE
    knows nothing of İ); every other letter becomes a one-character wildcard. Names are stored
    composed and single-spaced, so a folded name lines up with its stored form letter by letter."""
    out = []
    for ch in folded:
        if ch in "%_\\":
            out.append("\\" + ch)
        elif ch.isascii() and ch != "i":
            out.append(ch)
        else:
            out.append("_")
    return "%" + "".join(out) + "%"


def _name_condition(text: str) -> ColumnElement[bool] | None:
    """SQL for "the name contains the typed text", by the rules of ``fieldkit.text.name_matches``.

    Strict (Azerbaijani letters typed): a native LIKE rules out almost every row before the
    ``az_fold`` function runs on the rest, so a scan of 100,000 names stays in C. Loose (ASCII or
    Cyrillic): ``az_loose`` on every name (about a microsecond each).
    """
    text = text.strip()
    if not text:
        return None
    if has_azerbaijani_letters(text):
        folded = az_fold(text)
        fast = Participant.name.like(_like_prefilter(folded), escape="\\")
        return and_(fast, func.az_fold(Participant.name).contains(folded, autoescape=True))
    return func.az_loose(Participant.name).contains(az_loose(text), autoescape=True)


def _label(table: Any, lang: str) -> ColumnElement[str]:
    own = getattr(table, f"name_{lang}", table.name_az)
    return func.coalesce(func.nullif(own, ""), table.name_az)


def _agency_label(table: Any, lang: str) -> ColumnElement[str]:
    return func.coalesce(func.nullif(table.abbreviation, ""), _label(table, lang))


def _attended(person_id: Any) -> ColumnElement[int]:
    """How many live events the person attended (a correlated count over the attendance index)."""
    return (
        select(func.count())
        .select_from(Attendance)
        .join(Event, Event.id == Attendance.event_id)
        .where(Attendance.participant_id == person_id, Attendance.deleted.is_(False), Event.deleted.is_(False))
        .scalar_subquery()
    )


def _order_of(tokens: tuple[str, ...], value: Any) -> ColumnElement[int]:
    return case({token: n for n, token in enumerate(tokens)}, value=value, else_=len(tokens))


def _sort_key(sort: str, lang: str, chosen: Select[Any]) -> tuple[ColumnElement[Any], Select[Any]]:
    """The SQL value a sort column orders by (ties go by id), and the statement joined as it needs.

    Names and labels order by ``az_key`` (Azerbaijani alphabet, compared natively); a blank agency or
    region sorts after every label.
    """
    if sort == "added":
        return Participant.id.expression, chosen  # UUIDv7: creation order
    if sort == "name":
        return func.az_key(Participant.name), chosen
    if sort == "sex":
        return _order_of(SEXES, Participant.sex), chosen
    if sort == "age_band":
        return _order_of(AGE_BANDS, Participant.age_band), chosen
    if sort == "agency":
        agency = aliased(Agency)
        chosen = chosen.outerjoin(agency, agency.id == Participant.agency_id)
        return func.coalesce(func.az_label_key(_agency_label(agency, lang)), _LAST), chosen
    if sort == "region":
        region = aliased(Location)
        chosen = chosen.outerjoin(region, region.id == Participant.region_id)
        return func.coalesce(func.az_label_key(_label(region, lang)), _LAST), chosen
    if sort == "phone":  # a withheld phone sorts as no phone, so the order gives nothing away
        return case((Participant.consent_date.is_(None), ""), else_=func.coalesce(Participant.phone, "")), chosen
    if sort == "consent":
        return func.coalesce(type_coerce(Participant.consent_date, String), ""), chosen
    return _attended(Participant.id), chosen


def _filtered(stmt: Select[Any], query: ParticipantQuery) -> Select[Any]:
    """``stmt`` narrowed to the people ``query`` asks for (live and unmerged is the caller's part)."""
    condition = _name_condition(query.text)
    if condition is not None:
        stmt = stmt.where(condition)
    if query.region_id:
        place = query.region_id  # a region takes in its districts
        within = select(Location.id).where(or_(Location.id == place, Location.parent_id == place))
        stmt = stmt.where(Participant.region_id.in_(within))
    if query.sex:
        stmt = stmt.where(Participant.sex == query.sex)
    if query.age_band:
        stmt = stmt.where(Participant.age_band == query.age_band)
    return stmt


def _page_ids(
    session: Session, query: ParticipantQuery, after: PageCursor | None, limit: int, lang: str
) -> list[tuple[str, Any]]:
    """The ids and sort values of one page, in order, for every sort but "added".

    The sort value is computed once per row in a subquery that SQLite cannot flatten (it has a
    LIMIT), so the keyset test and the ORDER BY share it instead of calling az_key twice.
    """
    live_people = select(Participant.id).where(Participant.deleted.is_(False), Participant.merged_into.is_(None))
    key, chosen = _sort_key(query.sort, lang, _filtered(live_people, query))
    inner = chosen.add_columns(key.label("sort_key")).limit(-1).subquery("ranked")
    stmt = select(inner.c.id, inner.c.sort_key)
    if after is not None:
        mark, current = tuple_(literal(after.key), literal(after.id)), tuple_(inner.c.sort_key, inner.c.id)
        stmt = stmt.where(current < mark if query.descending else current > mark)
    if query.descending:
        stmt = stmt.order_by(inner.c.sort_key.desc(), inner.c.id.desc())
    else:
        stmt = stmt.order_by(inner.c.sort_key, inner.c.id)
    return [(r[0], r[1]) for r in session.execute(stmt.limit(limit + 1))]


@functools.lru_cache(maxsize=8)
def _shown(lang: str) -> Select[Any]:
    """The columns the People table shows (built once per language: a statement this size costs
    SQLAlchemy about a millisecond to assemble, more than SQLite takes to run it for a page)."""
    region, agency = aliased(Location), aliased(Agency)
    return (
        select(
            Participant.id,
            Participant.name,
            Participant.sex,
            Participant.age_band,
            Participant.agency_id,
            _agency_label(agency, lang),
            Participant.region_id,
            _label(region, lang),
            Participant.phone,
            Participant.consent_date,
            _attended(Participant.id),
        )
        .outerjoin(agency, agency.id == Participant.agency_id)
        .outerjoin(region, region.id == Participant.region_id)
    )


@functools.lru_cache(maxsize=8)
def _details(lang: str) -> Select[Any]:
    """The shown columns of the people whose ids are bound to ``ids``."""
    return _shown(lang).where(Participant.id.in_(bindparam("ids", expanding=True)))


@functools.lru_cache(maxsize=16)
def _in_creation_order(lang: str, descending: bool, paged: bool) -> Select[Any]:
    """The shown columns of live people, newest (or oldest) first, after the id bound to ``after``
    when paged, ``limit`` of them. SQLite walks the primary key index and stops after the page."""
    stmt = _shown(lang).where(Participant.deleted.is_(False), Participant.merged_into.is_(None))
    if paged:
        stmt = stmt.where(Participant.id < bindparam("after") if descending else Participant.id > bindparam("after"))
    return stmt.order_by(Participant.id.desc() if descending else Participant.id).limit(bindparam("limit"))
