"""Translated labels for the vocabulary tokens (the store and the CLI keep the tokens)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_LABELS: dict[str, Any] = {
    "officer": QT_TRANSLATE_NOOP("Labels", "Regional officer"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
}
EVENT_KIND_LABELS: dict[str, Any] = {
    "round-table": QT_TRANSLATE_NOOP("Labels", "Round-table"),
    "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "awareness-session": QT_TRANSLATE_NOOP("Labels", "Awareness session"),
    "campaign": QT_TRANSLATE_NOOP("Labels", "Campaign activity"),
    "screening": QT_TRANSLATE_NOOP("Labels", "Screening"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
EVENT_STATUS_LABELS: dict[str, Any] = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

TEMPLATE_LABELS: dict[str, Any] = {
    "trifold": QT_TRANSLATE_NOOP("Labels", "A4 tri-fold brochure"),
    "a5": QT_TRANSLATE_NOOP("Labels", "A5 leaflet"),
    "a6": QT_TRANSLATE_NOOP("Labels", "A6 pocket card"),
    "poster-a3": QT_TRANSLATE_NOOP("Labels", "A3 poster"),
    "poster-a2": QT_TRANSLATE_NOOP("Labels", "A2 poster"),
    "signin": QT_TRANSLATE_NOOP("Labels", "Sign-in sheet"),
}


def label(table: dict[str, Any], token: str | None) -> str:
    if not token:
        return ""
    source = table.get(token)
    return QCoreApplication.translate("Labels", source) if source else token
