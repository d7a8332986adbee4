"""Duplicate people: the same person registered twice, usually on two laptops, found and merged.

**Finding.** Every live, unmerged person gets a *sound key*: each word of the name folded to plain
Latin (``fieldkit.text.az_loose``), then the differences between Azerbaijani Latin, Russian Cyrillic
and English typing levelled out (h, x, k, q and g are one letter, since Həsən is Гасан and Quliyev is
Кулиев; a y before a vowel is dropped, as Гюнай, Егана and Агаева do; дж is c), and the words sorted,
so "Günay Həsənova", "Gunay Hasanova", "Гюнай Гасанова" and "Həsənova Günay" share one key. People
are put in dict buckets by that key, by phone (E.164) and by e-mail, and only people sharing a bucket
are compared, so the work grows with the number of people, not with its square. A name bucket too
common to mean anything (a hundred "Aysel Məmmədova") is compared only within the same agency or
region; past that, by phone and e-mail only (the search says how many people that left out).

**Scoring** (0 to 100; ``DEFAULT_MIN_SCORE`` shows a pair): a pair scores for what it shares and loses
for what contradicts it (``WEIGHTS``). The name is the main evidence: "same name" (folded alike, in
any word order), "name transliterated" (alike only by sound key) or "name partly the same" (one name
is the other without a word, such as a patronymic); the phone, the e-mail, the agency, the position
and the region support it. A different sex, age band or phone count against it. Sharing only a first
name never makes a pair: the whole name must match, or a phone or an e-mail.

**Merging** is the coordinator's job (``merge_people``, in ``fieldkit.services.people_merge`` and
re-exported here): it sets ``merged_into`` as an ordinary synced change, deletes nothing, and never
lets ``merged_into`` chain on this store.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.services.people_merge import (
    MergeResult,
    merge_people,
    merged_people,
    planned_fills,
    require_coordinator,
    unmerge_person,
)
from fieldkit.store.engine import Store
from fieldkit.store.models import Agency, Attendance, Event, Location, Participant
from fieldkit.store.personal import ANONYMISED_NAMES
from fieldkit.store.sync_models import SyncPeer
from fieldkit.text import az_fold, az_loose

__all__ = [
    "BUCKET_LIMIT",
    "DEFAULT_MIN_SCORE",
    "WEIGHTS",
    "DuplicateGroup",
    "DuplicatePair",
    "DuplicateSearch",
    "MergeResult",
    "PersonSummary",
    "e164",
    "find_duplicates",
    "merge_people",
    "merged_people",
    "name_key",
    "planned_fills",
    "require_coordinator",
    "score_pair",
    "unmerge_person",
]

# -- the reasons a pair is shown, and what each counts for -----------------------------------------
SAME_NAME = "same name"
NAME_ORDER_SWAPPED = "name order swapped"
NAME_TRANSLITERATED = "name transliterated"
NAME_PARTLY_SAME = "name partly the same"
SAME_PHONE = "same phone"
SAME_EMAIL = "same e-mail"
SAME_AGENCY = "same agency"
SAME_POSITION = "same position"
SAME_REGION = "same region"
DIFFERENT_SEX = "different sex"
DIFFERENT_AGE_BAND = "different age band"
DIFFERENT_PHONE = "different phone"

WEIGHTS: dict[str, int] = {
    SAME_NAME: 35,
    NAME_ORDER_SWAPPED: 0,
    NAME_TRANSLITERATED: 30,
    NAME_PARTLY_SAME: 15,
    SAME_PHONE: 45,
    SAME_EMAIL: 35,
    SAME_AGENCY: 10,
    SAME_POSITION: 5,
    SAME_REGION: 5,
    DIFFERENT_SEX: -40,
    DIFFERENT_AGE_BAND: -10,
    DIFFERENT_PHONE: -15,
}
DEFAULT_MIN_SCORE = 40
# A bucket of more people than this is too common to compare everyone in it with everyone else.
BUCKET_LIMIT = 30
COUNTRY_CODE = "994"

# -- names ---------------------------------------------------------------------------------------
_WORD_BREAK = re.compile(r"[\s\-‐–—,.;:()/\"]+")
_APOSTROPHES = re.compile(r"['`’ʼ‘]")
_NOT_LETTER = re.compile(r"[^a-z0-9]")
# A y before a vowel, which Russian spelling folds into the vowel (Гюнай, Нигяр, Егана, Агаева for
# Ağayeva) and Azerbaijani writes or leaves out (Hüseyin, Hüseyn).
_GLIDE_Y = re.compile(r"y(?=[aeiou])")
_DOUBLED = re.compile(r"(.)\1+")
# Azerbaijani h and q, and ğ, are written г in Russian; x is х; k is к: one letter for all of them.
_SOUND = str.maketrans({"h": "g", "k": "g", "q": "g", "x": "g", "y": "i", "w": "v"})
# Patronymic markers (oğlu, qızı; оглы, кызы), which one laptop writes and another leaves out.
_MARKERS = frozenset({"oglu", "ogli", "gizi"})


def _words(name: str) -> list[str]:
    return [w for w in _WORD_BREAK.split(_APOSTROPHES.sub("", az_fold(name))) if w]


@functools.lru_cache(maxsize=65536)
def sound_of(word: str) -> str:
    """One folded word reduced to how it sounds, whatever the script or keyboard it was typed on."""
    loose = az_loose(word.replace("ё", "о")).replace("dc", "c")  # Гёзəl: ё is ö; дж is c
    return _DOUBLED.sub(r"\1", _NOT_LETTER.sub("", _GLIDE_Y.sub("", loose).translate(_SOUND)))


def _name_words(name: str) -> list[tuple[str, str]]:
    """Each word of a name, folded, with its sound; patronymic markers left out."""
    pairs = ((word, sound_of(word)) for word in _words(name))
    return [(word, sound) for word, sound in pairs if sound and sound not in _MARKERS]


def name_sounds(name: str) -> tuple[str, ...]:
    """The sound of each word of a name, in order, without patronymic markers."""
    return tuple(sound for _word, sound in _name_words(name))


def name_key(name: str) -> str:
    """The blocking key: the sounds of the words, sorted (so word order does not matter)."""
    return " ".join(sorted(name_sounds(name)))


def e164(phone: str | None, country: str = COUNTRY_CODE) -> str | None:
    """A phone number in E.164 (``+994501234567``), reading the local forms officers type
    (``050 123 45 67``, ``994501234567``, ``00994…``); ``None`` for no number or a short code."""
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        pass
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0") and len(digits) == 10:
        digits = country + digits[1:]
    elif len(digits) == 9:
        digits = country + digits
    if not 8 <= len(digits) <= 15:
        return None
    return "+" + digits


# -- records handed out ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonSummary:
    """What the review shows of one person. Contacts are withheld (None) without consent."""

    id: str
    name: str
    sex: str
    age_band: str
    agency_id: str | None
    agency: str
    position: str
    phone: str | None
    email: str | None
    region_id: str | None
    region: str
    consent_date: dt.date | None
    consent_text_version: str | None
    events_attended: int
    origin: str
    registered_on: str  # the device's name, where this store knows it

    @property
    def has_consent(self) -> bool:
        return self.consent_date is not None


@dataclass(frozen=True)
class DuplicatePair:
    first_id: str
    second_id: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DuplicateGroup:
    """People who are probably one person. ``keep_id`` is the suggested record to keep: the one with
    the most events attended, then with consent, then the fullest, then the oldest."""

    people: tuple[PersonSummary, ...]
    pairs: tuple[DuplicatePair, ...]
    score: int
    reasons: tuple[str, ...]
    keep_id: str


@dataclass(frozen=True)
class DuplicateSearch:
    groups: tuple[DuplicateGroup, ...]
    people_compared: int
    too_common: int  # people whose name was too common to compare by name alone


# -- finding -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Facts:
    id: str
    folded: str
    sounds: tuple[str, ...]
    key: str
    sex: str
    age_band: str
    agency_id: str | None
    position: str
    phone: str | None
    email: str | None
    region_id: str | None


def _facts(row: Any) -> _Facts:
    words = _name_words(row.name)
    sounds = tuple(sound for _word, sound in words)
    return _Facts(
        id=row.id,
        folded=" ".join(word for word, _sound in words),
        sounds=sounds,
        key=" ".join(sorted(sounds)),
        sex=row.sex,
        age_band=row.age_band,
        agency_id=row.agency_id,
        position=az_loose(row.position or ""),
        phone=e164(row.phone),
        email=(row.email or "").strip().lower() or None,
        region_id=row.region_id,
    )


def _name_reasons(a: _Facts, b: _Facts) -> list[str]:
    if a.folded == b.folded:
        return [SAME_NAME]
    if sorted(a.folded.split()) == sorted(b.folded.split()):
        return [SAME_NAME, NAME_ORDER_SWAPPED]
    if a.key == b.key:
        return [NAME_TRANSLITERATED] + ([NAME_ORDER_SWAPPED] if a.sounds != b.sounds else [])
    shorter, longer = sorted((set(a.sounds), set(b.sounds)), key=len)
    if len(shorter) >= 2 and shorter < longer:
        return [NAME_PARTLY_SAME]
    return []


def score_pair(a: _Facts, b: _Facts) -> tuple[int, tuple[str, ...]]:
    """How likely two people are one, 0 to 100, and why (the reasons in ``WEIGHTS``)."""
    reasons = _name_reasons(a, b)
    if a.phone and b.phone:
        reasons.append(SAME_PHONE if a.phone == b.phone else DIFFERENT_PHONE)
    if a.email and a.email == b.email:
        reasons.append(SAME_EMAIL)
    if a.agency_id and a.agency_id == b.agency_id:
        reasons.append(SAME_AGENCY)
    if a.position and a.position == b.position:
        reasons.append(SAME_POSITION)
    if a.region_id and a.region_id == b.region_id:
        reasons.append(SAME_REGION)
    if a.sex != b.sex and {a.sex, b.sex} <= {"female", "male"}:
        reasons.append(DIFFERENT_SEX)
    if a.age_band != b.age_band and "unknown" not in (a.age_band, b.age_band):
        reasons.append(DIFFERENT_AGE_BAND)
    score = max(0, min(100, sum(WEIGHTS[r] for r in reasons)))
    return score, tuple(reasons)


def _candidate_pairs(people: Sequence[_Facts]) -> tuple[set[tuple[int, int]], int]:
    """Index pairs sharing a bucket (name key, phone, e-mail, or a name within a longer name), and
    how many people were left out of name comparison because their name bucket was too common."""
    by_name: dict[str, list[int]] = defaultdict(list)
    by_contact: dict[str, list[int]] = defaultdict(list)
    for n, p in enumerate(people):
        if p.key:
            by_name[p.key].append(n)
        if p.phone:
            by_contact["tel:" + p.phone].append(n)
        if p.email:
            by_contact["mail:" + p.email].append(n)
    pairs: set[tuple[int, int]] = set()

    def all_pairs(members: Sequence[int]) -> None:
        pairs.update(itertools.combinations(members, 2))

    too_common = 0
    for members in by_name.values():
        if len(members) <= BUCKET_LIMIT:
            all_pairs(members)
            continue
        compared: set[int] = set()  # a common name: compare within an agency or a region only
        for attr in ("agency_id", "region_id"):
            within: dict[str, list[int]] = defaultdict(list)
            for n in members:
                value = getattr(people[n], attr)
                if value:
                    within[value].append(n)
            for sub in within.values():
                if 1 < len(sub) <= BUCKET_LIMIT:
                    all_pairs(sub)
                    compared.update(sub)
        too_common += len(members) - len(compared)
    for members in by_contact.values():
        if len(members) <= BUCKET_LIMIT:  # more is an office number or a shared mailbox
            all_pairs(members)
    for n, p in enumerate(people):  # a name with more words (a patronymic) against the shorter one
        words = sorted(set(p.sounds))
        if not 3 <= len(words) <= 6:
            continue
        for size in range(2, len(words)):
            for part in itertools.combinations(words, size):
                shorter = by_name.get(" ".join(part), [])
                if len(shorter) <= BUCKET_LIMIT:
                    pairs.update((min(n, m), max(n, m)) for m in shorter if m != n)
    return pairs, too_common


def _groups(
    scored: Iterable[tuple[int, int, int, tuple[str, ...]]],
) -> list[list[tuple[int, int, int, tuple[str, ...]]]]:
    """Pairs joined into groups of people connected by them (union-find)."""
    parent: dict[int, int] = {}

    def root(n: int) -> int:
        parent.setdefault(n, n)
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    edges = list(scored)
    for a, b, _score, _reasons in edges:
        parent[root(a)] = root(b)
    grouped: dict[int, list[tuple[int, int, int, tuple[str, ...]]]] = defaultdict(list)
    for edge in edges:
        grouped[root(edge[0])].append(edge)
    return list(grouped.values())


def find_duplicates(
    store: Store,
    *,
    min_score: int = DEFAULT_MIN_SCORE,
    lang: str = "az",
    progress: Callable[[int, int, str], None] | None = None,
) -> DuplicateSearch:
    """Groups of live, unmerged people who are probably the same person, best first.

    ``progress(done, total, message)`` is called as the people are read and compared (a task's
    ``progress``, which may raise to cancel).
    """
    columns = (Participant.id, Participant.name, Participant.sex, Participant.age_band, Participant.agency_id,
               Participant.position, Participant.phone, Participant.email, Participant.region_id)  # fmt: skip
    with store.read() as session:
        rows = session.execute(
            select(*columns).where(
                Participant.deleted.is_(False),
                Participant.merged_into.is_(None),
                Participant.name.not_in(ANONYMISED_NAMES),  # cleared people share a marker, not a name
            )
        ).all()
    total = len(rows)
    people: list[_Facts] = []
    for n, row in enumerate(rows, start=1):
        people.append(_facts(row))
        if progress is not None and n % 5000 == 0:
            progress(n, total * 2, "")
    candidates, too_common = _candidate_pairs(people)
    if progress is not None:
        progress(total, total * 2, "")
    scored: list[tuple[int, int, int, tuple[str, ...]]] = []
    for n, (a, b) in enumerate(candidates, start=1):
        score, reasons = score_pair(people[a], people[b])
        if score >= min_score:
            scored.append((a, b, score, reasons))
        if progress is not None and n % 20000 == 0:
            progress(total + total * n // len(candidates), total * 2, "")
    clusters = _groups(scored)
    wanted = {people[n].id for edges in clusters for edge in edges for n in edge[:2]}
    summaries = _summaries(store, wanted, lang)
    groups = [_group(edges, people, summaries) for edges in clusters]
    groups.sort(key=lambda g: (-g.score, az_fold(g.people[0].name), g.keep_id))
    if progress is not None:
        progress(total * 2, total * 2, "")
    return DuplicateSearch(tuple(groups), total, too_common)


def _group(
    edges: list[tuple[int, int, int, tuple[str, ...]]], people: Sequence[_Facts], summaries: dict[str, PersonSummary]
) -> DuplicateGroup:
    edges = sorted(edges, key=lambda e: -e[2])
    members = {people[n].id for e in edges for n in e[:2]}
    keep = min(members, key=lambda i: _keep_rank(summaries[i]))
    reasons: list[str] = []
    for _a, _b, _score, why in edges:
        reasons += [r for r in why if r not in reasons and WEIGHTS[r] >= 0]
    pairs = tuple(DuplicatePair(people[a].id, people[b].id, score, why) for a, b, score, why in edges)
    ordered = sorted(members, key=lambda i: (i != keep, i))
    return DuplicateGroup(tuple(summaries[i] for i in ordered), pairs, edges[0][2], tuple(reasons), keep)


def _keep_rank(p: PersonSummary) -> tuple[int, int, int, str]:
    filled = sum(bool(v) for v in (p.agency_id, p.position, p.phone, p.email, p.region_id)) + (p.age_band != "unknown")
    return (-p.events_attended, p.consent_date is None, -filled, p.id)


def _summaries(store: Store, ids: Iterable[str], lang: str) -> dict[str, PersonSummary]:
    """The review's view of each person: labels in ``lang``, events attended, the device's name."""
    wanted = sorted(ids)
    out: dict[str, PersonSummary] = {}
    with store.read() as session:
        devices = dict(session.execute(select(SyncPeer.device_id, SyncPeer.name)).tuples().all())
        if store.device is not None:  # this store's own people, under its current or an earlier id
            devices |= dict.fromkeys([store.device.device_id, *store.device.retired_ids], store.device.name)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            attended = _attended(session, chunk)
            region_name = getattr(Location, f"name_{lang}", Location.name_az)
            agency_name = getattr(Agency, f"name_{lang}", Agency.name_az)
            rows = session.execute(
                select(
                    Participant,
                    func.coalesce(func.nullif(Agency.abbreviation, ""), func.nullif(agency_name, ""), Agency.name_az),
                    func.coalesce(func.nullif(region_name, ""), Location.name_az),
                )
                .outerjoin(Agency, Agency.id == Participant.agency_id)
                .outerjoin(Location, Location.id == Participant.region_id)
                .where(Participant.id.in_(chunk))
            ).all()
            for person, agency, region in rows:
                consented = person.consent_date is not None
                out[person.id] = PersonSummary(
                    id=person.id,
                    name=person.name,
                    sex=person.sex,
                    age_band=person.age_band,
                    agency_id=person.agency_id,
                    agency=agency or "",
                    position=person.position or "",
                    phone=person.phone if consented else None,
                    email=person.email if consented else None,
                    region_id=person.region_id,
                    region=region or "",
                    consent_date=person.consent_date,
                    consent_text_version=person.consent_text_version,
                    events_attended=attended.get(person.id, 0),
                    origin=person.origin,
                    registered_on=devices.get(person.origin) or person.origin[:8],
                )
    return out


def _attended(session: Session, ids: Sequence[str]) -> dict[str, int]:
    rows = session.execute(
        select(Attendance.participant_id, func.count())
        .join(Event, Event.id == Attendance.event_id)
        .where(Attendance.participant_id.in_(ids), Attendance.deleted.is_(False), Event.deleted.is_(False))
        .group_by(Attendance.participant_id)
    ).tuples()
    return {pid: int(count) for pid, count in rows}
