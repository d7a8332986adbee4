"""Realistic sample data for ``fieldkit --demo``: a newcomer sees the app working straight away.

Everything is written through the ordinary services, so the demo store is a real store: change log,
stock ledger and all. The helpline is an obviously fictional number (DOMAIN.md: no real-looking number
ships as fact), and every name is invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from fieldkit.services import attendance, events, helplines, materials, participants, stock
from fieldkit.services.locations import list_agencies, list_locations
from fieldkit.store.engine import Store

DEMO_HELPLINE = "+994 12 000 00 00"
FIRST_F = ("Aysel", "Leyla", "Günay", "Nigar", "Səbinə", "Şəbnəm", "Aytən", "Könül", "Ülviyyə", "İlahə", "Fidan")
FIRST_M = ("İlham", "Rəşad", "Orxan", "Elçin", "Tural", "Vüsal", "Ramil", "Cavid", "Şahin", "Əli", "Nicat")
LAST = ("Əliyev", "Məmmədov", "Həsənov", "Quliyev", "İsmayılov", "Hüseynov", "Cəfərov", "Babayev", "Qasımov")
POSITIONS = ("müəllim", "polis əməkdaşı", "sosial işçi", "sərhədçi", "jurnalist", "tələbə", "həkim", "")
TOPICS = (
    "Xaricdə iş təklifləri: riskləri tanıyaq",
    "İnsan alverinə qarşı mübarizə: qurumlararası əməkdaşlıq",
    "Qurbanların müəyyən edilməsi üzrə təlim",
    "Təhsil və evlilik təklifləri: diqqətli olaq",
    "Sənədlərinizi heç kimə verməyin",
    "Maarifləndirmə sessiyası: qaynar xətt",
)
KINDS = ("round-table", "workshop", "training", "awareness-session", "campaign", "screening")
PILLARS = ("prevention", "protection", "prosecution", "partnership")
MATERIALS = (
    ("BR-2026-01", "brochure", "Xaricə gedirsiniz? Risklərdən xəbərdar olun", "Going abroad? Know the risks"),
    ("LF-2026-02", "leaflet", "Pasportunuz sizə məxsusdur", "Your passport belongs to you"),
    ("PS-2026-03", "poster", "Qaynar xətt: kömək yaxındır", "Helpline: help is close"),
    ("CD-2026-04", "leaflet", "Cib kartı: qaynar xətt", "Pocket card: helpline"),
)


@dataclass(frozen=True)
class DemoSize:
    events: int = 40
    people: int = 240
    handout_days: int = 60


def build_demo(
    store: Store,
    size: DemoSize = DemoSize(),
    seed: int = 2026,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, int]:
    """Fill a set-up store with sample events, people, check-ins, headcounts, stock and print runs."""
    rng = random.Random(seed)
    steps = 5
    report = progress or (lambda done, total, message: None)
    report(0, steps, "helpline and materials")
    helplines.add_helpline(store, label="Qaynar xətt (demo, uydurma nömrə)", number=DEMO_HELPLINE)
    for code, kind, title_az, title_en in MATERIALS:
        materials.create_material(store, code=code, kind=kind, title_az=title_az, title_en=title_en)
    places = list_locations(store)
    districts = [p for p in places if p.kind == "district" and p.iso_code]
    crossings = [p for p in places if p.kind == "border-crossing" and p.active]
    metro = [p for p in places if p.kind == "metro-station"]
    airports = [p for p in places if p.kind == "airport" and p.code]
    agencies = list_agencies(store)
    today = dt.date.today()

    report(1, steps, "stock")
    home = [p for p in crossings if p.name_az == "Qırmızı Körpü"]  # the demo laptop's own border post
    others = [p for p in crossings if p not in home]
    depots = [*home, *rng.sample(others, min(3, len(others))), *rng.sample(metro, 3), *airports[:1]]
    for place in depots:
        for code, *_ in MATERIALS:
            stock.record_movement(store, "receipt", code, rng.choice((500, 1000, 2000)), place.id,
                                  occurred_at=_when(today - dt.timedelta(days=size.handout_days + 5), rng))  # fmt: skip
        stock.record_movement(store, "print-run", "CD-2026-04", 300, place.id, note="demo print run",
                              occurred_at=_when(today - dt.timedelta(days=size.handout_days), rng))  # fmt: skip

    report(2, steps, "events")
    event_ids: list[tuple[str, dt.date]] = []
    for n in range(size.events):
        day = today + dt.timedelta(days=rng.randint(-120, 30))
        where = rng.choice(districts + crossings + metro)
        record = events.create_event(
            store,
            title=rng.choice(TOPICS),
            kind=rng.choice(KINDS),
            start_date=day,
            location=where.id,
            pillar=PILLARS[n % 4] if n % 5 else "prevention",
            organiser=rng.choice(agencies).id if agencies else None,
            status="held" if day < today else "planned",
            audience=rng.choice(("məktəblilər", "tələbələr", "polis əməkdaşları", "sərhədçilər", "ictimaiyyət")),
        )
        event_ids.append((record.id, day))

    report(3, steps, "participants and check-ins")
    people = []
    for _ in range(size.people):
        female = rng.random() < 0.55
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST) + ("a" if female else "")
        people.append(
            participants.create_participant(
                store,
                name=f"{first} {last}",
                sex="female" if female else "male",
                age_band=rng.choice(("18-24", "25-34", "35-49", "50+")),
                position=rng.choice(POSITIONS),
                agency=rng.choice(agencies).id if agencies and rng.random() < 0.6 else None,
                consent=True,
            )
        )
    held = [(e, d) for e, d in event_ids if d < today]
    for event_id, _day in held:
        for person in rng.sample(people, min(len(people), rng.randint(8, 30))):
            attendance.check_in(
                store, event_id, person.id, rng.choice(("participant",) * 8 + ("speaker", "facilitator"))
            )
        if rng.random() < 0.5:  # pupils are never named: a headcount by sex and age band
            for sex in ("female", "male"):
                attendance.set_headcount(store, event_id, group="Məktəb şagirdləri", sex=sex, age_band="0-17",
                                         count=rng.randint(10, 40))  # fmt: skip

    report(4, steps, "handouts")
    for back in range(size.handout_days):
        when = today - dt.timedelta(days=back)
        for place in depots:
            if rng.random() < 0.6:
                code = rng.choice(MATERIALS)[0]
                if stock.on_hand(store, code, place.id) >= 40:
                    stock.record_movement(store, "handout", code, rng.randint(5, 40), place.id,
                                          occurred_at=_when(when, rng))  # fmt: skip
    report(steps, steps, "done")
    return {"events": len(event_ids), "participants": len(people), "depots": len(depots)}


def _when(day: dt.date, rng: random.Random) -> str:
    moment = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))
    return moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=4))).isoformat()
