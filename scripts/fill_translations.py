"""Write translations into a .ts file in bulk, e.g. from a reviewer's table or a translator's batch.

    uv run python scripts/fill_translations.py translations/fieldkit_az.ts batch.py [--keep-finished]

``batch.py`` defines ``TRANSLATIONS``: a dict whose keys are a source text (every context) or a
``(context, source)`` pair (that context only, which wins), and whose values are the translation: a
string, or for a ``%n`` message a list with one string per plural form (a single string fills every
form). Each message it fills is marked finished. The file is rewritten as lupdate writes it, so the
next ``scripts/i18n.py update`` keeps the translations and git shows only what changed. Qt Linguist
(``uv run pyside6-linguist translations/fieldkit_az.ts``) does the same one string at a time.
"""

from __future__ import annotations

import argparse
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n import parse_ts, translation_of, write_ts

Translation = str | list[str]


def lookup(table: dict[Any, Translation], context: str, source: str) -> Translation | None:
    if (context, source) in table:
        return table[(context, source)]
    return table.get(source)


def fill(path: Path, table: dict[Any, Translation], *, keep_finished: bool = False) -> tuple[int, list[str], list[str]]:
    """Fill ``path`` from ``table``; returns (messages filled, sources still open, unused keys)."""
    root = parse_ts(path)
    used: set[Any] = set()
    filled, still_open = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = translation_of(message)
            finished = translation.get("type") is None
            value = lookup(table, name, source)
            if value is not None:
                used.add((name, source) if (name, source) in table else source)
            if value is None or (keep_finished and finished):
                if not finished:
                    still_open.append(f"{name}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                texts = value if isinstance(value, list) else [value] * len(forms)
                if len(texts) != len(forms):
                    raise SystemExit(f"{name}: {source!r} needs {len(forms)} plural forms, got {len(texts)}")
                for form, text in zip(forms, texts, strict=True):
                    form.text = text
            else:
                if isinstance(value, list):
                    raise SystemExit(f"{name}: {source!r} is not a plural message")
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    write_ts(root, path)
    unused = [repr(key) for key in table if key not in used]
    return filled, still_open, unused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts", type=Path)
    parser.add_argument("batch", type=Path, help="a Python file defining TRANSLATIONS")
    parser.add_argument("--keep-finished", action="store_true", help="leave finished translations alone")
    args = parser.parse_args(argv)
    table = runpy.run_path(str(args.batch))["TRANSLATIONS"]
    filled, still_open, unused = fill(args.ts, table, keep_finished=args.keep_finished)
    print(f"{args.ts}: {filled} filled, {len(still_open)} still to translate")
    for item in still_open:
        print(f"  open: {item}")
    for key in unused:
        print(f"  unused: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
