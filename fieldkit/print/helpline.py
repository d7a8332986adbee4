"""The helpline as printed: a full international number or a short code, and when it was checked.

The number is a setting (see DOMAIN.md), so this module only parses and formats what the caller
passes in. A short code cannot be dialled from abroad and cannot be put in a ``tel:`` QR code, which
is why `short_code` is derived here rather than trusted from the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_SEPARATORS = re.compile(r"[\s\-().]")
_MAX_SHORT_CODE = 6


@dataclass(frozen=True)
class Helpline:
    """A helpline setting. ``number`` is ``+994 12 000 00 00`` style E.164, or a short code."""

    label: str
    number: str
    verified_at: date | None = None
    verified_by: str | None = None
    short_code: bool = field(init=False)
    _digits: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        raw = _SEPARATORS.sub("", self.number.strip())
        if raw.startswith("00"):
            raw = "+" + raw[2:]
        if raw.startswith("+"):
            digits = raw[1:]
            if not digits.isdigit() or not 7 <= len(digits) <= 15 or digits[0] == "0":
                raise ValueError(
                    f"helpline number {self.number!r} is not a valid international number: "
                    "write it with the country code, for example +994 12 000 00 00"
                )
            object.__setattr__(self, "short_code", False)
        elif raw.isdigit() and 2 <= len(raw) <= _MAX_SHORT_CODE:
            digits = raw
            object.__setattr__(self, "short_code", True)
        else:
            raise ValueError(
                f"helpline number {self.number!r} is neither an international number "
                "(+994 12 000 00 00) nor a short code of up to 6 digits"
            )
        object.__setattr__(self, "_digits", digits)

    @property
    def e164(self) -> str | None:
        """``+994120000000``, or None for a short code (it has no international form)."""
        return None if self.short_code else "+" + self._digits

    @property
    def tel_uri(self) -> str | None:
        """The ``tel:`` URI a phone dials from anywhere; None for a short code."""
        e164 = self.e164
        return None if e164 is None else "tel:" + e164

    @property
    def display(self) -> str:
        """The number as printed: Azerbaijani numbers grouped +994 XX XXX XX XX."""
        d = self._digits
        if self.short_code:
            return d
        if d.startswith("994") and len(d) == 12:
            n = d[3:]
            return f"+994 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        return "+" + d

    @property
    def verified(self) -> bool:
        return self.verified_at is not None
