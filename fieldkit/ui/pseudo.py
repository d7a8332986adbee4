"""A pseudo-locale for layout checks: every translated string comes back about 40 % longer, with
accented letters and brackets, so text cut off at 1366×768 or a string that skipped tr() shows up
in screenshots (``scripts/screenshots.py --lang pseudo``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîöüÿÀÉÎÖÜŸçñšž")
_HOLES = re.compile(r"(%\d|%n|&&|&|<[^>]*>|\{[^}]*\})")


def lengthen(text: str) -> str:
    """Accent the letters, keep placeholders, mnemonics and markup, pad by about 40 %."""
    if not text.strip():
        return text
    parts = _HOLES.split(text)
    out = "".join(p if _HOLES.fullmatch(p) else p.translate(_ACCENTS) for p in parts if p)
    pad = "~" * max(2, len(text) * 2 // 5)
    return f"[{out}{pad}]"


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return lengthen(source) if source else source

    def isEmpty(self) -> bool:
        return False


_installed: list[PseudoTranslator] = []


def install_pseudo() -> None:
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
