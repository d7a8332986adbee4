"""Merging duplicate people, and undoing it: the coordinator's side of ``fieldkit.services.duplicates``.

A merge marks each duplicate with ``merged_into`` = the person kept. It is written through the ORM in
one transaction, so change capture logs it as ordinary synced changes that reach other coordinators
like any edit; nothing is deleted. Everything that counts or lists people reads ``merged_into``: the
People list and search leave merged people out, a check-in of a merged person goes to the kept one,
and reports count a merged person as the kept one (``merged_people`` gives the mapping).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fieldkit.services import audit
from fieldkit.services.common import live, to_record
from fieldkit.services.records import ParticipantRecord
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError, said
from fieldkit.store.models import Participant


@dataclass(frozen=True)
class MergeResult:
    kept: ParticipantRecord
    merged: tuple[str, ...]  # the duplicates now merged into the kept person
    repointed: tuple[str, ...]  # people merged into a duplicate before, now merged into the kept person
    filled: tuple[str, ...]  # the kept person's fields filled from a duplicate


# The fields a merge may fill on the kept person, and what "empty" is for each.
_FILLABLE: tuple[tuple[str, Any], ...] = (
    ("age_band", "unknown"),
    ("agency_id", None),
    ("position", ""),
    ("region_id", None),
)
_CONTACTS = ("phone", "email")


def planned_fills(keep: Any, duplicates: Sequence[Any]) -> dict[str, str]:
    """Which of the kept person's fields a merge fills, and from which duplicate (field → id).

    Works on participant rows and on ``PersonSummary`` alike. Only an empty field is filled, from the
    first duplicate (in the order given) that has a value; the name and the sex are never changed.
    Consent (its date and text version) is taken together. Contacts are taken only from a duplicate
    that consented, onto a kept person who has consent (their own, or the one just taken).
    """
    fills: dict[str, str] = {}
    for field, empty in _FILLABLE:
        if getattr(keep, field) in (empty, None, ""):
            source = next((d for d in duplicates if getattr(d, field) not in (empty, None, "")), None)
            if source is not None:
                fills[field] = source.id
    consented = keep.consent_date is not None
    if not consented:
        source = next((d for d in duplicates if d.consent_date is not None), None)
        if source is not None:
            fills["consent_date"] = fills["consent_text_version"] = source.id
            consented = True
    if consented:
        for field in _CONTACTS:
            if not getattr(keep, field):
                source = next((d for d in duplicates if d.consent_date is not None and getattr(d, field)), None)
                if source is not None:
                    fills[field] = source.id
    return fills


def require_coordinator(store: Store) -> None:
    """Merging is the coordinator's job (see DOMAIN.md): only a coordinator holds the people of every
    laptop, and personal data never flows down, so a laptop cannot tell who is the same person."""
    device = store.device
    if device is not None and device.role != "coordinator":
        raise ValidationError(
            said(
                "Only a coordinator merges people: the coordinator's store holds the people of every laptop. "
                "Leave both records as they are; your coordinator merges them after the next sync."
            ),
            "role",
        )


def merge_people(store: Store, keep_id: str, duplicate_ids: Iterable[str]) -> MergeResult:
    """Merge duplicates into the person kept: each duplicate's ``merged_into`` becomes ``keep_id``.

    The merge is a set of ordinary edits, written through the ORM in one transaction, so change
    capture logs each (a synced change, which reaches other coordinators like any edit). Nothing is
    deleted: a duplicate stays in the store with its attendance, which reports and check-ins follow
    to the kept person, and ``unmerge_person`` undoes the mark. Fields of the kept person are filled
    from the duplicates **only where the kept person's field is empty** (``planned_fills`` says which);
    a field that holds a value is never overwritten. People merged into a duplicate earlier are
    re-pointed to the kept person, so ``merged_into`` never chains. Refused: merging into a person who
    is merged themself, a person into themself, a duplicate already merged into someone else, and any
    device but a coordinator's.
    """
    dup_ids = list(dict.fromkeys(duplicate_ids))
    require_coordinator(store)
    if not dup_ids:
        raise ValidationError(said("Name at least one duplicate to merge into the kept person."), "duplicates")
    if keep_id in dup_ids:
        raise ValidationError(
            said("A person cannot be merged into themself; name another record to keep."), "duplicates"
        )
    with store.write() as session:
        keep = live(session, Participant, keep_id, "participant")
        if keep.merged_into:
            raise ValidationError(
                said(
                    "{name} ({id}) is already merged into {target}: keep that record instead, "
                    "or unmerge this one first.",
                    name=keep.name,
                    id=keep.id,
                    target=keep.merged_into,
                ),
                "keep",
            )
        duplicates = [live(session, Participant, i, "participant") for i in dup_ids]
        for dup in duplicates:
            if dup.merged_into and dup.merged_into != keep.id and dup.merged_into not in dup_ids:
                raise ValidationError(
                    said(
                        "{name} ({id}) is already merged into {target}. Unmerge it first "
                        "('fieldkit people unmerge') if it belongs to this person instead.",
                        name=dup.name,
                        id=dup.id,
                        target=dup.merged_into,
                    ),
                    "duplicates",
                )
        fills = planned_fills(keep, duplicates)
        sources = {d.id: d for d in duplicates}
        for field, source_id in fills.items():
            setattr(keep, field, getattr(sources[source_id], field))
        merged = [dup.id for dup in duplicates if dup.merged_into != keep.id]
        found = session.scalars(
            select(Participant).where(Participant.merged_into.in_(dup_ids)).order_by(Participant.id)
        )
        followers = [f for f in found if f.id not in sources]
        for follower in followers:
            follower.merged_into = keep.id
        for dup in duplicates:
            dup.merged_into = keep.id
        session.flush()
        audit.record(
            session,
            "merge",
            {"kept": keep.id, "merged": merged, "repointed": [f.id for f in followers], "filled": sorted(fills)},
        )
        return MergeResult(
            kept=to_record(ParticipantRecord, keep),
            merged=tuple(merged),
            repointed=tuple(f.id for f in followers),
            filled=tuple(fills),
        )


def unmerge_person(store: Store, person_id: str) -> ParticipantRecord:
    """Undo a mistaken merge of one person: clear ``merged_into`` (a synced change, as the merge was).

    What the merge filled into the kept person stays there, and people re-pointed by the merge stay
    merged into the kept person; edit or unmerge those separately if they were wrong too.
    """
    require_coordinator(store)
    with store.write() as session:
        person = live(session, Participant, person_id, "participant")
        if not person.merged_into:
            raise ValidationError(
                said("{name} ({id}) is not merged into anyone.", name=person.name, id=person.id), "id"
            )
        was_merged_into = person.merged_into
        person.merged_into = None
        session.flush()
        audit.record(session, "unmerge", {"person": person.id, "was_merged_into": was_merged_into})
        return to_record(ParticipantRecord, person)


def merged_people(store: Store) -> dict[str, str]:
    """Each merged person's id → the id of the person they count as (for counting people once).

    Merges on this store never chain, but two coordinators merging concurrently can make a chain
    after sync (A into B here, B into C there); this follows it to its end and stops at a cycle.
    """
    with store.read() as session:
        links: dict[str, str] = {
            person: target
            for person, target in session.execute(
                select(Participant.id, Participant.merged_into).where(Participant.merged_into.is_not(None))
            ).tuples()
            if target
        }
    resolved: dict[str, str] = {}
    for start in links:
        seen = [start]
        target = links[start]
        while target in links and target not in seen:
            seen.append(target)
            target = links[target]
        resolved[start] = target
    return resolved
