"""The controlled vocabularies. Tokens are what the store, the CLI and data files use; the UI
translates them into labels (``fieldkit.ui.labels``)."""

from __future__ import annotations

from fieldkit.store.errors import ValidationError, said

EVENT_KINDS = ("round-table", "workshop", "training", "awareness-session", "campaign", "screening", "other")
PILLARS = ("prevention", "protection", "prosecution", "partnership")
EVENT_STATUSES = ("planned", "held", "cancelled")
AGE_BANDS = ("0-17", "18-24", "25-34", "35-49", "50+", "unknown")
MINOR_AGE_BANDS = ("0-17",)
SEXES = ("female", "male", "other", "undisclosed")
ATTENDANCE_ROLES = ("participant", "facilitator", "speaker", "organiser")
MATERIAL_KINDS = ("brochure", "leaflet", "poster", "video", "article", "other")
LANGUAGES = ("az", "en", "ru")
LOCATION_KINDS = (
    "economic-region",
    "district",
    "border-crossing",
    "airport",
    "metro-station",
    "school",
    "office",
    "venue",
    "other",
)
AGENCY_KINDS = ("government", "international", "ngo", "other")
# Signed effect on stock: +1 adds, -1 takes away, 0 either (an adjustment carries its own sign).
MOVEMENT_KINDS: dict[str, int] = {
    "receipt": 1,
    "print-run": 1,
    "transfer-in": 1,
    "handout": -1,
    "transfer-out": -1,
    "write-off": -1,
    "adjustment": 0,
}


def check_token(value: str, allowed: tuple[str, ...] | dict[str, int], field: str) -> str:
    """The value if it is one of the allowed tokens; otherwise a message listing them."""
    if value not in allowed:
        raise ValidationError(
            said(
                "{field} must be one of: {allowed} (got '{value}').",
                field=field,
                allowed=", ".join(allowed),
                value=value,
            ),
            field,
        )
    return value
