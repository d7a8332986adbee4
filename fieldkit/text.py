"""Azerbaijani-aware text handling: case folding, loose matching and sorting.

Azerbaijani has dotted İ/i and dotless I/ı as separate letters, so Python's ``str.lower`` and
``str.upper`` are wrong for it (``"I".lower()`` gives ``"i"``, not ``"ı"``). These helpers are the one
place that knows the rules; the store registers them as SQL functions.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
# Plain Latin stand-ins for typing on a keyboard without Azerbaijani letters, and English and Russian
# transliterations, so "Eliyev", "Aliyev", "Алиев" and "Əliyev" meet: a, e and ə fold together, as do
# the digraphs English uses for single Azerbaijani letters (kh, sh, ch, gh, zh; j for c).
_LOOSE = str.maketrans(
    {
        "ə": "a",
        "e": "a",
        "ı": "i",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ö": "o",
        "ü": "u",
        "x": "h",
        "q": "g",
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "ғ": "g",
        "д": "d",
        "е": "a",
        "ё": "a",
        "ж": "j",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "ts",
        "ч": "c",
        "ш": "s",
        "щ": "s",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "a",
        "ю": "yu",
        "я": "ya",
        "ә": "a",
        "ө": "o",
        "ү": "u",
        "һ": "h",
        "ҹ": "c",
        "ј": "y",
    }
)
_ALPHABET = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def az_lower(text: str) -> str:
    return _nfc(text).translate(_TO_LOWER).lower()


def az_upper(text: str) -> str:
    return _nfc(text).translate(_TO_UPPER).upper()


def az_fold(text: str) -> str:
    """Case-fold by Azerbaijani rules: I→ı, İ→i. Whitespace collapsed."""
    return " ".join(az_lower(text).split())


_DIGRAPHS = (("kh", "h"), ("sh", "s"), ("ch", "c"), ("gh", "g"), ("zh", "j"), ("j", "c"), ("dz", "c"))


_AZ_ONLY = frozenset("əışçğöüƏİŞÇĞÖÜ")
_IY_BEFORE_VOWEL = re.compile(r"iy(?=[aiou])")
_DOUBLED = re.compile(r"(.)\1+")


def az_loose(text: str) -> str:
    """Fold to plain Latin letters for matching typed names regardless of keyboard or script:
    "Aliyev", "Алиев", "Mamedov" and "Məmmədov" fold alike."""
    folded = az_fold(text).translate(_LOOSE)
    for digraph, letter in _DIGRAPHS:
        folded = folded.replace(digraph, letter)
    folded = _IY_BEFORE_VOWEL.sub("i", folded)
    return _DOUBLED.sub(r"\1", folded)


def has_azerbaijani_letters(text: str) -> bool:
    """Whether text was typed with letters only Azerbaijani has; then ı and i are different letters."""
    return any(ch in _AZ_ONLY for ch in text)


def name_matches(query: str, name: str) -> bool:
    """Whether a typed query finds a name.

    A query typed with Azerbaijani letters matches strictly (``ı`` is not ``i``); any other query
    (plain ASCII from an English keyboard, or Cyrillic) matches loosely.
    """
    if has_azerbaijani_letters(query):
        return az_fold(query) in az_fold(name)
    return az_loose(query) in az_loose(name)


def az_compare(a: str, b: str) -> int:
    """Three-way comparison by the Azerbaijani alphabet (for the store's ``az`` SQL collation)."""
    ka, kb = az_sort_key(a), az_sort_key(b)
    return (ka > kb) - (ka < kb)


@functools.lru_cache(maxsize=4096)
def az_sort_key(text: str) -> tuple[tuple[int, int], ...]:
    """Sort key following the Azerbaijani alphabet: ə after e, ğ after g, ı before i, and so on.
    Cached: the same names (places, agencies, materials) are sorted again by every report and list,
    and the SQL collation asks for two keys per comparison."""
    key: list[tuple[int, int]] = []
    for ch in az_fold(text):
        pos = _ORDER.get(ch)
        key.append((0, pos) if pos is not None else (1, ord(ch)))
    return tuple(key)
