"""The material catalogue: brochures, leaflets, posters, videos and articles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.services.common import clean_text, require_owner
from fieldkit.services.records import MaterialRecord
from fieldkit.services.vocab import LANGUAGES, MATERIAL_KINDS, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError, said
from fieldkit.store.ids import is_uuid, natural_id
from fieldkit.store.models import Material

_UNSET: Any = object()


def material_id(code: str) -> str:
    """Materials are keyed by code, so the same code created on two laptops is one material."""
    return natural_id("material", code)


def normalise_code(code: str) -> str:
    code = "".join(code.split()).upper()
    if not code:
        raise ValidationError(said("A material needs a code, for example LF-2026-01."), "code")
    if len(code) > 40:
        raise ValidationError(said("A material code has at most 40 characters."), "code")
    return code


def _languages(value: str | list[str] | tuple[str, ...]) -> str:
    items = value.split(",") if isinstance(value, str) else list(value)
    langs = [check_token(v.strip(), LANGUAGES, "language") for v in items if v.strip()]
    if not langs:
        raise ValidationError(said("A material needs at least one language (az, en or ru)."), "languages")
    return ",".join(dict.fromkeys(langs))


def to_material(row: Material) -> MaterialRecord:
    return MaterialRecord(
        id=row.id,
        code=row.code,
        kind=row.kind,
        title_az=row.title_az,
        title_en=row.title_en,
        title_ru=row.title_ru,
        languages=tuple(row.languages.split(",")) if row.languages else (),
        version=row.version,
        active=row.active,
    )


def find_material(session: Session, text: str) -> Material:
    text = text.strip()
    row = session.get(Material, text) if is_uuid(text) else None
    if row is None:
        row = session.get(Material, material_id(normalise_code(text)))
    if row is None or row.deleted:
        raise ValidationError(
            said(
                "No material with code '{text}'. Run 'fieldkit material list', or add it with 'fieldkit material add'.",
                text=text,
            ),
            "material",
        )
    return row


def _apply(row: Material, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if value is _UNSET:
            continue
        if key == "kind":
            row.kind = check_token(value, MATERIAL_KINDS, "kind")
        elif key in ("title_az", "title_en", "title_ru"):
            row_value = clean_text(value, key.replace("_", " "), required=key == "title_az")
            setattr(row, key, row_value)
        elif key == "languages":
            row.languages = _languages(value)
        elif key == "version":
            row.version = clean_text(value, "version", required=True, limit=20)
        elif key == "active":
            row.active = bool(value)
        else:
            raise ValueError(f"unknown material field {key}")


def create_material(
    store: Store,
    *,
    code: str,
    kind: str,
    title_az: str,
    title_en: str = "",
    title_ru: str = "",
    languages: str | list[str] | tuple[str, ...] | None = None,
    version: str = "1",
) -> MaterialRecord:
    code = normalise_code(code)
    langs = languages or [lang for lang, t in (("az", title_az), ("en", title_en), ("ru", title_ru)) if t]
    changes = dict(kind=kind, title_az=title_az, title_en=title_en, title_ru=title_ru, languages=langs, version=version)
    with store.write() as session:
        row = session.get(Material, material_id(code))
        if row is not None and not row.deleted:
            raise ValidationError(said("A material with code {code} already exists.", code=code), "code")
        if row is None:
            row = Material(id=material_id(code), code=code)
            session.add(row)
        row.deleted = False
        row.active = True
        _apply(row, changes)
        session.flush()
        return to_material(row)


def edit_material(store: Store, code_or_id: str, **changes: Any) -> MaterialRecord:
    with store.write() as session:
        row = find_material(session, code_or_id)
        require_owner(store, row, "material")
        _apply(row, changes)
        session.flush()
        return to_material(row)


def delete_material(store: Store, code_or_id: str) -> None:
    with store.write() as session:
        row = find_material(session, code_or_id)
        require_owner(store, row, "material")
        row.deleted = True


def get_material(store: Store, code_or_id: str) -> MaterialRecord:
    with store.read() as session:
        return to_material(find_material(session, code_or_id))


def list_materials(store: Store, include_inactive: bool = False) -> list[MaterialRecord]:
    with store.read() as session:
        query = select(Material).where(Material.deleted.is_(False))
        if not include_inactive:
            query = query.where(Material.active.is_(True))
        return [to_material(r) for r in session.scalars(query.order_by(Material.code))]


def check_editable(store: Store, code_or_id: str) -> MaterialRecord:
    """The material, if this laptop may edit it; otherwise the refusal ``edit_material`` would give, so a
    screen can say so before the officer types anything."""
    with store.read() as session:
        row = find_material(session, code_or_id)
        require_owner(store, row, "material")
        return to_material(row)
