"""Azerbaijani text: İ/i and I/ı are separate letters, names are searched the way officers type them,
and lists follow the Azerbaijani alphabet."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.services.participants import create_participant, search_participants
from fieldkit.store.engine import Store
from fieldkit.text import az_fold, az_lower, az_sort_key, az_upper

LOWER = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
UPPER = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"


@pytest.mark.parametrize(
    ("text", "upper"),
    [("insan", "İNSAN"), ("ılıq", "ILIQ"), ("işıq", "İŞIQ"), ("qaynar xətt", "QAYNAR XƏTT"), ("İlham", "İLHAM")],
)
def test_upper_case_follows_azerbaijani_rules(text: str, upper: str) -> None:
    assert az_upper(text) == upper


@pytest.mark.parametrize(
    ("text", "lower"),
    [("İNSAN", "insan"), ("ILIQ", "ılıq"), ("İŞIQ", "işıq"), ("BAKI", "bakı"), ("ŞƏKİ", "şəki")],
)
def test_lower_case_follows_azerbaijani_rules(text: str, lower: str) -> None:
    assert az_lower(text) == lower


def test_python_casing_alone_would_get_it_wrong() -> None:
    """Why the helpers exist: str.upper/str.lower treat I and i as one letter."""
    assert "insan".upper() != az_upper("insan")
    assert "ILIQ".lower() != az_lower("ILIQ")


def test_a_dotted_capital_i_written_as_i_plus_combining_dot_folds_like_the_precomposed_letter() -> None:
    assert az_fold("I\u0307lham") == az_fold("İlham") == "ilham"


@given(st.text())
def test_folding_is_idempotent_for_any_text(text: str) -> None:
    assert az_fold(az_fold(text)) == az_fold(text)


@given(st.text(alphabet=LOWER + " ", max_size=40))
def test_upper_then_lower_gives_back_azerbaijani_lower_case_text(text: str) -> None:
    assert az_lower(az_upper(text)) == text


@given(st.text(alphabet=UPPER + " ", max_size=40))
def test_lower_then_upper_gives_back_azerbaijani_upper_case_text(text: str) -> None:
    assert az_upper(az_lower(text)) == text


@given(st.text(alphabet=LOWER + UPPER + " ", max_size=40))
def test_folding_ignores_case_but_keeps_dotted_and_dotless_i_apart(text: str) -> None:
    assert az_fold(az_upper(text)) == az_fold(az_lower(text)) == az_fold(text)
    assert az_fold(text).count("ı") == sum(text.count(ch) for ch in "ıI")


# -- sorting ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Elvin", "Əli"),
        ("Gunel", "Ğ"),
        ("Işıq", "İlham"),
        ("Orxan", "Ömər"),
        ("Səbinə", "Şahin"),
        ("Cavid", "Çingiz"),
        ("Umud", "Ülvi"),
        ("Hüseyn", "Xədicə"),
        ("Kamran", "Qədir"),
    ],
)
def test_the_sort_key_follows_the_azerbaijani_alphabet(first: str, second: str) -> None:
    assert sorted([second, first], key=az_sort_key) == [first, second]


def test_a_shuffled_list_of_names_sorts_into_alphabetical_order() -> None:
    names = [
        "Aynur",
        "Cavid",
        "Çingiz",
        "Elvin",
        "Əli",
        "Fərid",
        "Gülnar",
        "Həsən",
        "Xədicə",
        "Işıq",
        "İlham",
        "Kamran",
        "Qədir",
        "Orxan",
        "Ömər",
        "Səbinə",
        "Şahin",
        "Umud",
        "Ülvi",
        "Zaur",
    ]
    shuffled = names[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=az_sort_key) == names
    assert sorted(az_upper(n) for n in shuffled) != [az_upper(n) for n in names], "plain sorting is wrong"
    assert sorted((az_upper(n) for n in shuffled), key=az_sort_key) == [az_upper(n) for n in names]


# -- participant search ----------------------------------------------------------------------------

PEOPLE = ["Işıq Məmmədova", "İsa Məmmədov", "Əli Əliyev", "Elvin Eyvazov", "Şahin Xəlilov", "Çingiz Qasımov"]


@pytest.fixture
def people(store: Store) -> Store:
    for name in PEOPLE:
        create_participant(store, name=name, sex="undisclosed", consent=True)
    return store


def names(store: Store, query: str) -> list[str]:
    return sorted(p.name for p in search_participants(store, query))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Işı", ["Işıq Məmmədova"]),  # dotless, as typed on an Azerbaijani keyboard
        ("ışı", ["Işıq Məmmədova"]),
        ("İşı", []),  # dotted İ is another letter: no "işı..." here
        ("işı", []),
        ("İsa", ["İsa Məmmədov"]),
        ("ISA", ["İsa Məmmədov"]),  # plain ASCII capitals: typed without Azerbaijani letters, matched loosely
        ("ısa", []),  # dotless ı is not i
        ("Məmmədov", ["Işıq Məmmədova", "İsa Məmmədov"]),
        ("ƏLİYEV", ["Əli Əliyev"]),
    ],
)
def test_a_query_typed_with_azerbaijani_letters_matches_strictly(people: Store, query: str, found: list[str]) -> None:
    assert names(people, query) == found


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("eliyev", ["Əli Əliyev"]),
        ("ELIYEV", ["Əli Əliyev"]),
        ("isiq", ["Işıq Məmmədova"]),
        ("mammadov", ["Işıq Məmmədova", "İsa Məmmədov"]),  # the English spelling: a, e and ə meet
        ("memmedov", ["Işıq Məmmədova", "İsa Məmmədov"]),
        ("mahmudov", []),  # loose is not fuzzy: another name stays another name
        ("khalilov", ["Şahin Xəlilov"]),
        ("sahin", ["Şahin Xəlilov"]),
        ("helilov", ["Şahin Xəlilov"]),
        ("cingiz gasimov", ["Çingiz Qasımov"]),
    ],
)
def test_a_plain_ascii_query_matches_loosely(people: Store, query: str, found: list[str]) -> None:
    assert names(people, query) == found


def test_an_empty_query_lists_everyone_but_deleted_people(people: Store) -> None:
    assert names(people, "  ") == sorted(PEOPLE)


def test_the_english_spelling_aliyev_finds_eliyev(people: Store) -> None:
    """ "Aliyev" is how the name is spelt in English documents and typed on an English keyboard."""
    assert names(people, "Aliyev") == ["Əli Əliyev"]


def test_the_russian_spelling_finds_the_azerbaijani_name(people: Store) -> None:
    """``fieldkit.text`` promises that "Eliyev", "Aliyev", "Алиев" and "Əliyev" meet: older documents and
    laptops with a Russian keyboard give the Russian form of a name."""
    assert names(people, "Алиев") == ["Əli Əliyev"]


def test_participants_are_listed_in_azerbaijani_alphabetical_order(people: Store) -> None:
    listed = [p.name for p in search_participants(people, "")]
    assert listed == sorted(PEOPLE, key=az_sort_key)
