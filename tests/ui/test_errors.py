"""Service messages in the user's language: a ``said`` message keeps its template and values, and the
screens show it translated (context ``Errors``) with the values filled in; anything else in English."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from fieldkit.i18n import install_translators, translations_dir
from fieldkit.i18n_check import BRACE_FIELD, ERRORS_CONTEXT, read_ts
from fieldkit.services import events
from fieldkit.store.errors import KnownError, Said, ValidationError, said
from fieldkit.ui.errors import error_text


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    yield
    install_translators("en")


def test_a_said_message_is_english_text_that_keeps_its_template_and_values() -> None:
    message = said("A headcount cannot be negative (got {count}).", count=-3)
    assert message == "A headcount cannot be negative (got -3)." and isinstance(message, str)
    assert (message.template, message.values) == ("A headcount cannot be negative (got {count}).", {"count": -3})
    error = ValidationError(message, "count")
    assert str(error) == "A headcount cannot be negative (got -3)."
    copied = pickle.loads(pickle.dumps(message))
    assert isinstance(copied, Said) and copied.template == message.template and copied == message


def test_english_is_shown_as_said_and_other_errors_as_they_are() -> None:
    install_translators("en")
    assert error_text(ValidationError(said("{field} is required.", field="title"), "title")) == "title is required."
    assert error_text(KnownError("plain words")) == "plain words"
    assert error_text(ValueError("a bug")) == "a bug"
    assert error_text(said("No such thing {name}.", name="x")) == "No such thing x."


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_service_message_is_shown_translated_with_its_values(language: str) -> None:
    install_translators(language)
    messages = [m for m in read_ts(translations_dir() / f"fieldkit_{language}.ts") if m.context == ERRORS_CONTEXT]
    assert len(messages) > 50, "the service messages are in the translation files"
    for message in messages:
        fields = BRACE_FIELD.findall(message.source)
        values = {name: f"<{name}>" for name in fields}
        shown = error_text(KnownError(Said(message.source, values)))
        assert shown == message.translations[0].format(**values), message.source
        assert all(f"<{name}>" in shown for name in fields), message.source


def test_a_wrong_date_in_an_azerbaijani_screen_is_refused_in_azerbaijani() -> None:
    with pytest.raises(ValidationError) as refused:
        events.parse_date("31.02.2026", "start date")
    english = str(refused.value)
    install_translators("az")
    shown = error_text(refused.value)
    assert shown != english and "31.02.2026" in shown


def test_a_message_inside_a_message_is_translated_too() -> None:
    from fieldkit.ui.errors import _translated

    inner = said("{field} is required.", field="name")
    outer = said("Person {n}: {message}", n=2, message=inner)
    assert outer == "Person 2: name is required."
    install_translators("az")
    assert error_text(ValidationError(outer)) == _translated(outer)
    assert error_text(ValidationError(outer)).endswith(error_text(ValidationError(inner)))
    assert error_text(ValidationError(inner)) != "name is required."
