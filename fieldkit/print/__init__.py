"""Printing campaign materials: leaflets, brochures, posters and sign-in sheets as PDF.

Pure library, no Qt: the caller passes plain data (helpline, texts, event) and gets a PDF on disk
plus warnings. See docs/leaflets.md for the templates, panel order, bleed and QR rules.
"""

from fieldkit.print.helpline import Helpline
from fieldkit.print.model import (
    TEMPLATES,
    EventSheet,
    Layout,
    LeafletRequestError,
    PanelOverflowError,
    RenderRequest,
    RenderResult,
    Template,
)
from fieldkit.print.render import render
from fieldkit.print.resources import resource_path
from fieldkit.print.templates import TEMPLATE_INFO, TemplateInfo, template_info
from fieldkit.print.texts import (
    LANGUAGES,
    LeafletTexts,
    Section,
    SignInTexts,
    TextsError,
    default_texts,
    resolve_texts,
    texts_from_dict,
    texts_to_dict,
)

__all__ = [
    "LANGUAGES",
    "TEMPLATES",
    "TEMPLATE_INFO",
    "EventSheet",
    "Helpline",
    "Layout",
    "LeafletRequestError",
    "LeafletTexts",
    "PanelOverflowError",
    "RenderRequest",
    "RenderResult",
    "Section",
    "SignInTexts",
    "Template",
    "TemplateInfo",
    "TextsError",
    "default_texts",
    "render",
    "resolve_texts",
    "resource_path",
    "template_info",
    "texts_from_dict",
    "texts_to_dict",
]
