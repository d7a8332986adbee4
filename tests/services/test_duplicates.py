"""Duplicate people: one person registered on several laptops is found however the name was typed
(Azerbaijani Latin, an English keyboard, Russian Cyrillic, surname first), a shared phone counts, a
shared first name does not; a merge is an ordinary synced change that reaches another coordinator,
never chains, never deletes, and can be undone."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldkit.services import attendance, events, participants
from fieldkit.services.duplicates import (
    BUCKET_LIMIT,
    DIFFERENT_SEX,
    NAME_ORDER_SWAPPED,
    NAME_TRANSLITERATED,
    SAME_AGENCY,
    SAME_NAME,
    SAME_PHONE,
    e164,
    find_duplicates,
    merge_people,
    merged_people,
    name_key,
    unmerge_person,
)
from fieldkit.services.export import canonical_export
from fieldkit.services.participants import ParticipantQuery, list_participants_page, search_participants
from fieldkit.store.engine import Store
from fieldkit.store.errors import NotFound, ValidationError
from fieldkit.store.models import ChangeLog, Participant
from fieldkit.sync.exchange import export_bundle, import_one
from fieldkit.text import az_lower

from .peers import make_device, pin

FIRST_NAMES = ["Günay", "Rəşad", "Hüseyn", "Yeganə", "Gözəl", "Nigar", "Cəfər", "Ülviyyə", "Xədicə", "Qasım", "Aysel"]
SURNAMES = ["Həsənova", "Quliyev", "Məmmədov", "İsmayılova", "Xəlilova", "Şükürova", "Əhmədov", "Tağıyev", "Ağayeva"]


@pytest.fixture
def coordinator(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[Store]:
    """The national office's store: shipped reference data and a coordinator's identity."""
    store = make_device(tmp_path, store_templates["reference"], "Baku-HQ", "coordinator")
    yield store
    store.close()


def _person(store: Store, name: str, **fields: object) -> str:
    spec: dict[str, object] = {"sex": "female", "consent": True, **fields}
    return participants.create_participant(store, name=name, **spec).id  # type: ignore[arg-type]


def _groups(store: Store, **options: object) -> list[set[str]]:
    return [{p.name for p in g.people} for g in find_duplicates(store, **options).groups]  # type: ignore[arg-type]


# -- finding -------------------------------------------------------------------------------------
def test_one_person_typed_in_latin_on_an_english_keyboard_and_in_cyrillic_is_one_group(store: Store) -> None:
    for name in ("Günay Həsənova", "Gunay Hasanova", "Гюнай Гасанова"):
        _person(store, name, agency="BMqT", position="Sosial işçi")
    _person(store, "Günay Məmmədova", agency="BMqT")  # the same first name only

    [group] = find_duplicates(store).groups

    assert {p.name for p in group.people} == {"Günay Həsənova", "Gunay Hasanova", "Гюнай Гасанова"}
    assert set(group.reasons) == {NAME_TRANSLITERATED, SAME_AGENCY, "same position"}
    assert all(p.agency == "BMqT" for p in group.people)
    latin_pair = next(p for p in group.pairs if {p.first_id, p.second_id} == {group.people[0].id, group.people[1].id})
    assert latin_pair.score >= 40


def test_the_surname_written_first_is_the_same_name(store: Store) -> None:
    _person(store, "Rəşad Quliyev", sex="male", region="AZ-QAZ", agency="DMX")
    _person(store, "Quliyev Rəşad", sex="male", region="AZ-QAZ", agency="DMX")
    _person(store, "Кулиев Рашад", sex="male", region="AZ-QAZ", agency="DMX")

    [group] = find_duplicates(store).groups

    assert len(group.people) == 3
    reasons = {frozenset(p.reasons) for p in group.pairs}
    assert frozenset({SAME_NAME, NAME_ORDER_SWAPPED, SAME_AGENCY, "same region"}) in reasons
    assert frozenset({NAME_TRANSLITERATED, NAME_ORDER_SWAPPED, SAME_AGENCY, "same region"}) in reasons


def test_the_same_phone_typed_two_ways_makes_a_pair_even_with_the_name_spelt_differently(store: Store) -> None:
    a = _person(store, "Aysel Quliyeva", phone="+994 50 123 45 67")
    b = _person(store, "Aysel Quliyeva-Abbasova", phone="050 123 45 67")

    [group] = find_duplicates(store).groups

    assert {p.id for p in group.people} == {a, b}
    assert SAME_PHONE in group.reasons and group.score >= 45
    assert e164("050 123 45 67") == e164("+994501234567") == e164("00994 50 123 45 67") == "+994501234567"


def test_people_sharing_only_a_common_first_name_are_never_paired(store: Store) -> None:
    surnames = ["Əliyeva", "Məmmədova", "Həsənova", "Quliyeva", "İsmayılova", "Hüseynova", "Abbasova", "Babayeva"]
    for surname in surnames:
        _person(store, f"Aysel {surname}", agency="BMqT", region="AZ-QAZ", position="Müəllim", age_band="25-34")

    assert find_duplicates(store, min_score=0).groups == ()


def test_namesakes_with_nothing_else_in_common_stay_below_the_default_score(store: Store) -> None:
    """Two women called Aysel Məmmədova in different places are two people until something else agrees."""
    _person(store, "Aysel Məmmədova", region="AZ-QAZ")
    _person(store, "Aysel Məmmədova", region="AZ-SAD")
    _person(store, "Aysel Məmmədov", sex="male")  # a man: the sex counts against

    assert find_duplicates(store).groups == ()
    [group] = find_duplicates(store, min_score=1).groups
    assert {p.sex for p in group.people} == {"female"}
    assert DIFFERENT_SEX not in group.reasons


def test_a_very_common_name_is_compared_within_an_agency_only(store: Store) -> None:
    crowd = [{"name": "Aysel Məmmədova", "sex": "female"} for _ in range(BUCKET_LIMIT + 2)]
    pair = [{"name": "Aysel Məmmədova", "sex": "female", "agency": "DMX", "position": "Müfəttiş"} for _ in range(2)]
    participants.create_participants(store, crowd + pair)

    found = find_duplicates(store)

    assert found.too_common == BUCKET_LIMIT + 2  # said, not silently dropped
    [group] = found.groups
    assert [p.agency for p in group.people] == ["DMX", "DMX"] and group.score == 50


def test_a_merged_or_deleted_person_is_not_a_candidate(coordinator: Store) -> None:
    keep = _person(coordinator, "Nigar Şükürova", agency="BMqT")
    dup = _person(coordinator, "Нигяр Шукюрова", agency="BMqT")
    gone = _person(coordinator, "Nigar Shukurova", agency="BMqT")
    participants.delete_participant(coordinator, gone)
    assert [{p.id for p in g.people} for g in find_duplicates(coordinator).groups] == [{keep, dup}]

    merge_people(coordinator, keep, [dup])

    assert find_duplicates(coordinator, min_score=0).groups == ()


def test_the_suggested_record_to_keep_is_the_one_with_the_most_events(store: Store) -> None:
    quiet = _person(store, "Cəfər Əhmədov", sex="male", agency="BMqT")
    busy = _person(store, "Джафар Ахмедов", sex="male", agency="BMqT")
    for day in (1, 2):
        event = events.create_event(store, title=f"Təlim {day}", kind="training", start_date=f"2026-05-0{day}")
        attendance.check_in(store, event.id, busy)

    [group] = find_duplicates(store).groups

    assert group.keep_id == busy and group.people[0].id == busy
    assert {p.id: p.events_attended for p in group.people} == {busy: 2, quiet: 0}


# How an officer might type each Azerbaijani letter: a string is the one way, a list the choices.
ASCII_TYPING: dict[str, str | list[str]] = {
    "ə": ["a", "e"], "ı": "i", "ü": "u", "ö": "o", "ş": ["sh", "s"], "ç": ["ch", "c"], "ğ": ["gh", "g"],
    "x": ["kh", "x", "h"], "q": ["g", "q"], "c": ["j", "c"], "i": "i",
}  # fmt: skip
CYRILLIC_TYPING: dict[str, str | list[str]] = {
    "a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "f": "ф", "g": "г", "ğ": "г", "h": ["г", "х"], "x": "х",
    "ı": "ы", "i": "и", "j": "ж", "k": "к", "q": ["г", "к"], "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
    "s": "с", "ş": "ш", "t": "т", "u": "у", "v": "в", "z": "з",
}  # fmt: skip
VOWELS = frozenset("aeəıioöuü")


class _Typist:
    """How an officer might type an Azerbaijani name: on an English keyboard, or in Russian Cyrillic."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def pick(self, options: str | list[str]) -> str:
        return options if isinstance(options, str) else self.draw(st.sampled_from(options))

    def ascii(self, word: str) -> str:
        return "".join(self.pick(ASCII_TYPING.get(ch, ch)) for ch in az_lower(word))

    def cyrillic(self, word: str) -> str:
        word = az_lower(word)
        out: list[str] = []
        for n, ch in enumerate(word):
            after_consonant = n > 0 and word[n - 1] not in VOWELS
            following = word[n + 1] if n + 1 < len(word) else ""
            if ch == "y" and following in ("a", "ə", "u", "e"):
                continue  # written with the next vowel: я, ю, е
            before = word[n - 1] if n > 0 else ""
            glide = before == "y"
            if ch in ("ə", "a"):
                out.append("я" if glide or (ch == "ə" and after_consonant and self.pick(["а", "я"]) == "я") else "а")
            elif ch == "e":
                out.append("е" if glide or after_consonant else "э")
            elif ch == "ü":
                out.append("ю" if glide or after_consonant else "у")
            elif ch == "u":
                out.append("ю" if glide else "у")
            elif ch == "ö":
                out.append("ё" if after_consonant else "о")
            elif ch == "y":
                out.append("й")
            elif ch == "l":
                out.append(self.pick(["л", "ль"]) if following not in VOWELS else "л")
            else:
                out.append(self.pick(CYRILLIC_TYPING.get(ch, ch)))
        return "".join(out)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=st.data(), first=st.sampled_from(FIRST_NAMES), last=st.sampled_from(SURNAMES), swap=st.booleans())
def test_any_latin_ascii_or_cyrillic_typing_of_a_name_has_the_same_key(
    data: st.DataObject, first: str, last: str, swap: bool
) -> None:
    typist = _Typist(data.draw)
    words = [last, first] if swap else [first, last]
    ascii_name = " ".join(typist.ascii(w).capitalize() for w in words)
    cyrillic_name = " ".join(typist.cyrillic(w).capitalize() for w in words)

    assert name_key(ascii_name) == name_key(f"{first} {last}"), ascii_name
    assert name_key(cyrillic_name) == name_key(f"{first} {last}"), cyrillic_name


def test_twenty_thousand_people_are_searched_in_a_few_seconds(store: Store) -> None:
    firsts = [f"{f}{suffix}" for f in FIRST_NAMES for suffix in ("", "ə", "ov")]
    people = [
        {"name": f"{firsts[n % len(firsts)]} {SURNAMES[n // len(firsts) % len(SURNAMES)]}{n // 300}", "sex": "female",
         "consent": True, "phone": f"+99455{n:07d}"}
        for n in range(20_000)
    ]  # fmt: skip
    people += [{"name": "Гюнай Гасанова", "sex": "female", "consent": True, "phone": "055 000 00 07"}]
    participants.create_participants(store, people)

    started = time.perf_counter()
    found = find_duplicates(store)
    elapsed = time.perf_counter() - started

    assert elapsed < 5, f"{elapsed:.2f} s"
    assert found.people_compared == 20_001
    assert [{p.name for p in g.people} for g in found.groups] == [{"Гюнай Гасанова", people[7]["name"]}]


# -- merging -------------------------------------------------------------------------------------
def test_a_merge_marks_the_duplicate_as_a_synced_change_and_fills_only_empty_fields(coordinator: Store) -> None:
    keep = _person(coordinator, "Günay Həsənova", agency="BMqT", position="", age_band="unknown", consent=False)
    dup = _person(coordinator, "Гюнай Гасанова", agency="DMX", position="Hüquqşünas", age_band="25-34",
                  region="AZ-QAZ", phone="+994501234567", email="gunay@example.org")  # fmt: skip
    agency = participants.get_participant(coordinator, keep).agency_id
    before = _log(coordinator)

    result = merge_people(coordinator, keep, [dup])

    kept = participants.get_participant(coordinator, keep)
    assert (kept.name, kept.sex, kept.agency_id) == ("Günay Həsənova", "female", agency)  # held values stay
    assert (kept.position, kept.age_band, kept.phone, kept.email) == (
        "Hüquqşünas",
        "25-34",
        "+994501234567",
        "gunay@example.org",
    )
    assert kept.consent_date is not None and kept.region_id is not None
    assert participants.get_participant(coordinator, dup).merged_into == keep  # still there: nothing deleted
    assert result.merged == (dup,) and "agency_id" not in result.filled and "position" in result.filled
    logged = _log(coordinator)[len(before) :]
    assert ("participants", dup, "update", {"merged_into": keep}) in logged
    assert any(row == keep and "position" in fields for _t, row, _op, fields in logged)
    assert all(op == "update" for _t, _row, op, _f in logged)


def test_a_merged_person_leaves_the_people_list_and_search_but_their_check_ins_follow(coordinator: Store) -> None:
    keep = _person(coordinator, "Rəşad Quliyev", sex="male")
    dup = _person(coordinator, "Rashad Guliyev", sex="male")
    event = events.create_event(coordinator, title="Təlim", kind="training", start_date="2026-05-14")

    merge_people(coordinator, keep, [dup])

    listed = [r.id for r in list_participants_page(coordinator, ParticipantQuery()).rows]
    assert listed == [keep]
    assert [p.id for p in search_participants(coordinator, "Guliyev")] == [keep]
    assert participants.count_participants(coordinator) == 1
    assert attendance.check_in(coordinator, event.id, dup).attendance.participant_id == keep


def test_people_merged_into_a_duplicate_are_repointed_so_merges_never_chain(coordinator: Store) -> None:
    a, b, c = (_person(coordinator, n) for n in ("Xədicə Ağayeva", "Хадиджа Агаева", "Khadija Agayeva"))
    merge_people(coordinator, b, [c])

    result = merge_people(coordinator, a, [b])

    assert result.repointed == (c,)
    assert {i: participants.get_participant(coordinator, i).merged_into for i in (a, b, c)} == {a: None, b: a, c: a}
    assert merged_people(coordinator) == {b: a, c: a}


def test_a_duplicate_and_a_record_merged_into_it_can_be_merged_together(coordinator: Store) -> None:
    a, b, c = (_person(coordinator, n) for n in ("Səbinə Rüstəmova", "Сабина Рустамова", "Sabina Rustamova"))
    merge_people(coordinator, b, [c])

    result = merge_people(coordinator, a, [b, c])

    assert (result.merged, result.repointed) == ((b, c), ())
    assert merged_people(coordinator) == {b: a, c: a}


def test_a_merge_into_a_merged_person_is_refused(coordinator: Store) -> None:
    a, b, c = (_person(coordinator, n) for n in ("Qasım Tağıyev", "Гасым Тагиев", "Gasim Tagiyev"))
    merge_people(coordinator, a, [b])

    with pytest.raises(ValidationError, match="already merged into"):
        merge_people(coordinator, b, [c])
    with pytest.raises(ValidationError, match="already merged into"):
        merge_people(coordinator, c, [b])  # b belongs to a: unmerge it first
    with pytest.raises(ValidationError, match="into themself"):
        merge_people(coordinator, a, [a])
    with pytest.raises(NotFound):
        merge_people(coordinator, a, ["01900000-0000-7000-8000-00000000dead"])
    assert participants.get_participant(coordinator, c).merged_into is None


def test_merging_is_refused_on_an_officers_laptop(store: Store) -> None:
    keep, dup = _person(store, "Aysel Abbasova"), _person(store, "Айсель Аббасова")

    with pytest.raises(ValidationError, match="Only a coordinator merges people"):
        merge_people(store, keep, [dup])
    assert participants.get_participant(store, dup).merged_into is None


def test_unmerge_lists_the_person_on_their_own_again(coordinator: Store) -> None:
    keep, dup = _person(coordinator, "Ülviyyə Məmmədova"), _person(coordinator, "Ульвия Мамедова")
    merge_people(coordinator, keep, [dup])

    record = unmerge_person(coordinator, dup)

    assert record.merged_into is None
    assert {r.id for r in list_participants_page(coordinator, ParticipantQuery()).rows} == {keep, dup}
    assert ("participants", dup, "update", {"merged_into": None}) in _log(coordinator)
    with pytest.raises(ValidationError, match="not merged"):
        unmerge_person(coordinator, dup)


def test_the_consent_date_is_taken_with_its_text_version(coordinator: Store) -> None:
    keep = _person(coordinator, "Gözəl Xəlilova", consent=False)
    dup = _person(coordinator, "Гёзель Халилова", consent_date=dt.date(2026, 3, 1), consent_text_version="2025-2")

    merge_people(coordinator, keep, [dup])

    kept = participants.get_participant(coordinator, keep)
    assert (kept.consent_date, kept.consent_text_version) == (dt.date(2026, 3, 1), "2025-2")


def test_a_merge_reaches_another_coordinator_with_the_next_sync(
    tmp_path: Path, store_templates: dict[str, Path], coordinator: Store
) -> None:
    """A laptop registers Günay; the coordinator has her as Гюнай too, merges, and relays to a second
    coordinator, which ends up with the same records, the merge included."""
    laptop = make_device(tmp_path, store_templates["reference"], "Qazax-2", "officer")
    second = make_device(tmp_path, store_templates["reference"], "Gəncə-HQ", "coordinator")
    try:
        for a, b in ((coordinator, laptop), (laptop, coordinator), (coordinator, second), (second, coordinator)):
            pin(a, b)
        on_laptop = _person(laptop, "Günay Həsənova", agency="BMqT", phone="050 123 45 67")
        assert import_one(coordinator, export_bundle(laptop, tmp_path / "usb").path).ok
        local = _person(coordinator, "Гюнай Гасанова", agency="BMqT")
        [group] = find_duplicates(coordinator).groups
        assert {p.id for p in group.people} == {on_laptop, local}
        assert {p.registered_on for p in group.people} == {"Qazax-2", "Baku-HQ"}

        merge_people(coordinator, on_laptop, [local])
        result = import_one(second, export_bundle(coordinator, tmp_path / "relay", "coordinator").path)

        assert result.ok, result.message
        assert canonical_export(second) == canonical_export(coordinator)
        with second.read() as session:
            assert session.get(Participant, local).merged_into == on_laptop  # type: ignore[union-attr]
        assert find_duplicates(second, min_score=0).groups == ()
        assert [r.id for r in list_participants_page(second, ParticipantQuery()).rows] == [on_laptop]
    finally:
        laptop.close()
        second.close()


def _log(store: Store) -> list[tuple[str, str, str, dict[str, object]]]:
    with store.read() as session:
        rows = session.scalars(select(ChangeLog).order_by(ChangeLog.seq)).all()
        return [(r.table_name, r.row_id, r.op, json.loads(json.dumps(r.fields))) for r in rows]
