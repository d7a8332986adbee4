"""Checks on the Qt Linguist sources in ``translations/``: what ``scripts/i18n.py check`` and the tests run.

A translation is finished when it is not marked unfinished, is not empty (every plural form included),
keeps every ``%1``/``%n`` placeholder of its source and no other, and keeps exactly one keyboard
mnemonic (``&`` before a letter or digit) when its source has one. A message in the empty context is
also a problem: Qt looks strings up by context, so nothing ever finds it at run time.

Plain standard library on purpose: the checks run without a display and without importing Qt.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
ERRORS_CONTEXT = "Errors"
BRACE_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}")
# A mnemonic is "&" before a character other than "&" or a space; "&&" is a literal ampersand and
# "Materials & stock" has none. Rich text entities (&nbsp;) are not mnemonics.
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


@dataclass
class TsMessage:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)  # one, or one per plural form
    kind: str = ""  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    locations: list[tuple[str, str]] = field(default_factory=list)  # (filename, line)

    @property
    def where(self) -> str:
        return f"{self.locations[0][0]}:{self.locations[0][1]}" if self.locations else ""


@dataclass
class Problem:
    language: str
    context: str
    source: str
    reason: str
    where: str = ""

    def __str__(self) -> str:
        place = f" ({self.where})" if self.where else ""
        return f"[{self.language}] {self.context or '<no context>'}: {self.source!r}{place}: {self.reason}"


def ts_language(path: Path) -> str:
    """The language a .ts file translates into, e.g. ``az`` for ``language="az_AZ"``."""
    root = ET.parse(path).getroot()
    lang = root.get("language") or path.stem.rsplit("_", 1)[-1]
    return lang.split("_")[0]


def read_ts(path: Path) -> list[TsMessage]:
    """Every message of a .ts file, in file order."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts, kind = [], "unfinished"
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
                kind = translation.get("type", "")
            else:
                texts, kind = [translation.text or ""], translation.get("type", "")
            messages.append(
                TsMessage(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    numerus=numerus,
                    translations=texts,
                    kind=kind,
                    locations=[(loc.get("filename", ""), loc.get("line", "")) for loc in element.iter("location")],
                )
            )
    return messages


def placeholders(text: str, context: str = "") -> set[str]:
    """The Qt placeholders in ``text``: %1..%99, %n and their %L forms; in the ``Errors`` context (the
    templates of ``fieldkit.store.errors.said``) also the ``{name}`` fields the values fill."""
    found = set(PLACEHOLDER.findall(text))
    if context == ERRORS_CONTEXT:
        found |= {f"{{{name}}}" for name in BRACE_FIELD.findall(text)}
    return found


def mnemonics(text: str) -> list[str]:
    """The characters marked as keyboard mnemonics in ``text`` (normally none or one)."""
    if "<" in text:
        text = _ENTITY.sub("", text)
    found = []
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            following = text[i + 1]
            if following == "&":
                i += 2
                continue
            if not following.isspace():
                found.append(following)
        i += 1
    return found


def message_problems(message: TsMessage, language: str) -> list[str]:
    """Why ``message`` is not a finished, consistent translation (empty when it is)."""
    if message.kind in ("vanished", "obsolete"):
        return []
    reasons = []
    if not message.context:
        reasons.append("in no context: Qt cannot find it at run time (lupdate did not see a class or context)")
    if message.kind == "unfinished":
        reasons.append("unfinished")
    if not message.translations or any(not text.strip() for text in message.translations):
        reasons.append("empty translation" + (" (a plural form is missing)" if message.numerus else ""))
        return reasons
    wanted = placeholders(message.source, message.context)
    if message.numerus:
        wanted.add("%n")
    source_keys = mnemonics(message.source)
    for index, text in enumerate(message.translations):
        form = f"plural form {index + 1}: " if message.numerus else ""
        have = placeholders(text, message.context)
        if have != wanted:
            missing, extra = sorted(wanted - have), sorted(have - wanted)
            detail = "; ".join(
                part
                for part in (
                    f"missing {', '.join(missing)}" if missing else "",
                    f"unexpected {', '.join(extra)}" if extra else "",
                )
                if part
            )
            reasons.append(f"{form}placeholders differ from the source ({detail})")
        keys = mnemonics(text)
        if source_keys and len(keys) != 1:
            reasons.append(f"{form}needs exactly one & mnemonic (the source has &{source_keys[0]}), found {len(keys)}")
        elif source_keys and not keys[0].isalnum():
            reasons.append(f"{form}the & mnemonic must mark a letter or digit, not {keys[0]!r}")
        elif not source_keys and keys:
            reasons.append(f"{form}has a & mnemonic (&{keys[0]}) but the source has none; write && for an ampersand")
    return reasons


def check_ts(path: Path) -> list[Problem]:
    """The problems of one .ts file."""
    language = ts_language(path)
    problems = []
    for message in read_ts(path):
        for reason in message_problems(message, language):
            problems.append(Problem(language, message.context, message.source, reason, message.where))
    return problems


def duplicate_mnemonics(path: Path) -> list[str]:
    """Contexts where the translation gives one letter to several mnemonics the source kept apart.

    A context is often one dialog, so these are worth a look, but not every context is (a page and its
    panels, or strings never on screen together), so they are warnings, not problems."""
    language = ts_language(path)
    by_context: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for message in read_ts(path):
        source_keys = mnemonics(message.source)
        if len(source_keys) != 1 or not message.translations:
            continue
        keys = mnemonics(message.translations[0])
        if len(keys) == 1:
            by_context[message.context][keys[0].casefold()].append((source_keys[0].casefold(), message.source))
    warnings = []
    for context, letters in sorted(by_context.items()):
        for letter, uses in sorted(letters.items()):
            source_letters = {source_letter for source_letter, _ in uses}
            if len(uses) > 1 and len(source_letters) == len(uses):
                sources = ", ".join(repr(source) for _, source in uses)
                warnings.append(f"[{language}] {context}: &{letter} marks {sources}")
    return warnings
