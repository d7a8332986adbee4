"""The People screen's listing: pages of a filtered, sorted query that join up into exactly the
matching people in the right order, a name filter that finds what ``name_matches`` finds, phones
withheld without consent, and the events a person attended."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.services import attendance, events, participants
from fieldkit.services.locations import list_agencies, list_locations
from fieldkit.services.participants import (
    SORT_KEYS,
    ParticipantQuery,
    ParticipantRow,
    az_key,
    create_participants,
    events_attended,
    list_participants_page,
)
from fieldkit.services.vocab import AGE_BANDS, SEXES
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.text import az_sort_key, name_matches

FIRST = ["Aysel", "İlham", "Ilqar", "ılğım", "Şəbnəm", "Çingiz", "Ömər", "Üzeyir", "Xədicə", "Qənirə", "Elçin", "Zöhrə"]
LAST = ["Əliyeva", "Məmmədov", "İsmayılova", "Quliyev", "Hüseynov", "Cəfərova", "Babayev", "ibrahimli", "Alıyev"]


@pytest.fixture
def people(store: Store) -> dict[str, dict[str, object]]:
    """About 300 people with tricky letters, agencies, regions, consent or not, some deleted."""
    rng = random.Random(11)
    places = [p for p in list_locations(store) if p.kind in ("economic-region", "district")]
    agencies = list_agencies(store)
    specs = []
    for n in range(300):
        consent = rng.random() < 0.8
        specs.append(
            {
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}" + (f" {n}" if n % 3 else ""),
                "sex": rng.choice(SEXES),
                "age_band": rng.choice(AGE_BANDS[1:]),
                "agency": rng.choice(agencies).id if rng.random() < 0.7 else None,
                "region": rng.choice(places).id if rng.random() < 0.7 else None,
                "phone": f"+99450{n:07d}" if rng.random() < 0.6 else None,
                "consent": consent,
                "consent_date": dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300)) if consent else None,
            }
        )
    assert create_participants(store, specs) == 300
    listed = participants.search_participants(store, limit=None)
    for gone in listed[:5]:
        participants.delete_participant(store, gone.id)
    live = {p.id: p for p in participants.search_participants(store, limit=None)}
    assert len(live) == 295
    return {pid: {"record": rec} for pid, rec in live.items()}


def _all_pages(store: Store, query: ParticipantQuery, limit: int) -> tuple[list[ParticipantRow], int]:
    rows: list[ParticipantRow] = []
    page = list_participants_page(store, query, limit=limit)
    pages = 1
    rows.extend(page.rows)
    while page.after is not None:
        page = list_participants_page(store, query, page.after, limit=limit)
        rows.extend(page.rows)
        pages += 1
    return rows, pages


def _expected_key(row: ParticipantRow, sort: str) -> object:
    if sort == "added":
        return row.id
    if sort == "name":
        return az_sort_key(row.name)
    if sort == "sex":
        return SEXES.index(row.sex)
    if sort == "age_band":
        return AGE_BANDS.index(row.age_band)
    if sort == "agency":
        return (not row.agency, az_sort_key(row.agency))
    if sort == "region":
        return (not row.region, az_sort_key(row.region))
    if sort == "phone":
        return row.phone or ""
    if sort == "consent":
        return row.consent_date.isoformat() if row.consent_date else ""
    return row.events_attended


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_pages_join_up_into_every_live_person_once_in_order(store, people, sort, descending):
    rows, pages = _all_pages(store, ParticipantQuery(sort=sort, descending=descending), limit=40)

    assert pages == 8  # 295 people in pages of 40
    assert sorted(r.id for r in rows) == sorted(people)
    keys = [_expected_key(r, sort) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_the_first_page_is_the_newest_people_and_says_whether_more_follow(store, people):
    page = list_participants_page(store, ParticipantQuery(), limit=500)
    assert page.after is None and len(page.rows) == 295
    first = list_participants_page(store, ParticipantQuery(), limit=10)
    assert [r.id for r in first.rows] == sorted(people, reverse=True)[:10]
    assert first.after is not None and first.after.id == first.rows[-1].id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_name_filter_finds_what_name_matches_finds(store, people, data):
    names = sorted({p["record"].name for p in people.values()})
    name = data.draw(st.sampled_from(names))
    start = data.draw(st.integers(0, len(name) - 1))
    piece = name[start : data.draw(st.integers(start + 1, len(name)))]
    typed = data.draw(st.sampled_from([piece, piece.upper(), piece.lower(), f"  {piece} ", "Aliyev", "Алиев", "ibra"]))
    rows, _ = _all_pages(store, ParticipantQuery(text=typed, sort="name", descending=False), limit=50)

    expected = {pid for pid, p in people.items() if name_matches(typed, p["record"].name)}
    assert {r.id for r in rows} == expected


def test_a_typed_azerbaijani_name_keeps_i_and_dotless_i_apart(store):
    create_participants(
        store,
        [
            {"name": "İlham Əliyev", "sex": "male"},
            {"name": "Ilham Aliyev", "sex": "male"},
            {"name": "ılham 100% Əliyev_", "sex": "male"},
        ],
    )

    def names(text: str) -> set[str]:
        return {r.name for r in list_participants_page(store, ParticipantQuery(text=text)).rows}

    assert names("İLHAM ƏL") == {"İlham Əliyev"}
    assert names("ılham") == {"Ilham Aliyev", "ılham 100% Əliyev_"}
    assert names("100% ə") == {"ılham 100% Əliyev_"}
    assert names("liyev_") == {"ılham 100% Əliyev_"}
    assert names("ilham") == {"İlham Əliyev", "Ilham Aliyev", "ılham 100% Əliyev_"}  # typed loosely


def test_a_name_typed_decomposed_is_stored_composed_and_found(store):
    decomposed = unicodedata.normalize("NFD", "Şəbnəm İsmayılova")
    person = participants.create_participant(store, name=decomposed, sex="female")
    assert person.name == "Şəbnəm İsmayılova"
    rows = list_participants_page(store, ParticipantQuery(text="İSMAYIL")).rows
    assert [r.id for r in rows] == [person.id]


def test_filters_by_region_with_its_districts_sex_and_age_band(store):
    places = {p.name_en: p for p in list_locations(store)}
    region = next(p for p in list_locations(store) if p.kind == "economic-region" and p.name_en == "Ganja-Dashkasan")
    district = next(p for p in list_locations(store) if p.parent_id == region.id)
    create_participants(
        store,
        [
            {"name": "In the region", "sex": "female", "age_band": "25-34", "region": region.id},
            {"name": "In a district", "sex": "female", "age_band": "25-34", "region": district.id},
            {"name": "In Baku", "sex": "female", "age_band": "25-34", "region": places["Baku"].id},
            {"name": "Older man", "sex": "male", "age_band": "50+", "region": district.id},
        ],
    )

    def names(**filters: object) -> set[str]:
        return {r.name for r in list_participants_page(store, ParticipantQuery(**filters)).rows}  # type: ignore[arg-type]

    assert names(region_id=region.id) == {"In the region", "In a district", "Older man"}
    assert names(region_id=region.id, sex="female") == {"In the region", "In a district"}
    assert names(age_band="50+") == {"Older man"}
    assert names(region_id=district.id) == {"In a district", "Older man"}


def test_a_person_without_consent_has_the_phone_withheld(store):
    create_participants(
        store,
        [
            {"name": "Consented", "sex": "female", "phone": "+994501112233", "consent": True},
            {"name": "Not consented", "sex": "female", "phone": "+994501112244"},
        ],
    )
    rows = {r.name: r for r in list_participants_page(store, ParticipantQuery(sort="phone")).rows}
    assert rows["Consented"].phone == "+994501112233" and rows["Consented"].has_consent
    assert rows["Not consented"].phone is None and not rows["Not consented"].has_consent


def test_events_attended_lists_live_events_with_place_and_role_and_the_row_counts_them(store):
    person = participants.create_participant(store, name="Leyla Həsənova", sex="female", consent=True)
    held = events.create_event(
        store, title="Dəyirmi masa", kind="round-table", start_date="2025-03-01", location="Qırmızı Körpü"
    )
    later = events.create_event(store, title="Təlim", kind="training", start_date="2025-06-10")
    dropped = events.create_event(store, title="Ləğv", kind="workshop", start_date="2025-07-01")
    removed = events.create_event(store, title="Silinmiş", kind="workshop", start_date="2025-08-01")
    attendance.check_in(store, held.id, person.id, "speaker")
    attendance.check_in(store, later.id, person.id)
    attendance.check_in(store, dropped.id, person.id)
    attendance.check_in(store, removed.id, person.id)
    events.delete_event(store, dropped.id)
    attendance.remove_attendance(store, removed.id, person.id)

    attended = events_attended(store, person.id, lang="en")
    assert [(e.title, e.start_date, e.location, e.role) for e in attended] == [
        ("Təlim", dt.date(2025, 6, 10), "", "participant"),
        ("Dəyirmi masa", dt.date(2025, 3, 1), "Red Bridge", "speaker"),
    ]
    (row,) = list_participants_page(store, ParticipantQuery(text="Həsənova")).rows
    assert row.events_attended == 2


def test_labels_follow_the_asked_language(store):
    baku = next(p for p in list_locations(store) if p.name_en == "Baku")
    din = next(a for a in list_agencies(store) if a.abbreviation == "DİN")
    migration = next(a for a in list_agencies(store) if not a.abbreviation)
    create_participants(
        store,
        [
            {"name": "A", "sex": "female", "region": baku.id, "agency": din.id},
            {"name": "B", "sex": "female", "agency": migration.id},
        ],
    )
    rows = {r.name: r for r in list_participants_page(store, lang="en").rows}
    assert (rows["A"].region, rows["A"].agency) == ("Baku", "DİN")
    assert rows["B"].agency == migration.name_en
    assert {r.name: r.region for r in list_participants_page(store, lang="az").rows}["A"] == "Bakı"


def test_bulk_creation_checks_each_person_and_refuses_the_lot(store):
    with pytest.raises(ValidationError, match="Person 2: Minors are never registered by name"):
        create_participants(
            store, [{"name": "Adult", "sex": "female"}, {"name": "Pupil", "sex": "male", "age_band": "0-17"}]
        )
    assert participants.count_participants(store) == 0


LETTERS = "abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ -'0w"


@given(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=12), min_size=2, max_size=30))
def test_the_sort_key_orders_names_by_the_azerbaijani_alphabet(names):
    from fieldkit.services.participant_queries import _sql_az_key

    names = [" ".join(n.split()) or "a" for n in names]
    assert sorted(names, key=az_key) == sorted(names, key=lambda n: (az_sort_key(n), az_key(n)))
    assert all(_sql_az_key(n) == az_key(n) for n in names)


def test_an_unknown_sort_is_a_bug_not_a_user_error(store):
    with pytest.raises(ValueError, match="unknown sort"):
        list_participants_page(store, ParticipantQuery(sort="shoe size"))
