"""The translation workflow: ``uv run python scripts/i18n.py update|compile|check``.

update   extract the UI strings into translations/fieldkit_az.ts and fieldkit_ru.ts (pyside6-lupdate,
         -no-obsolete; existing translations are kept)
compile  make the .qm files next to the .ts files (pyside6-lrelease; unfinished strings stay English)
check    list unfinished strings and placeholder or mnemonic mismatches, and .qm files older than their
         .ts; exit 1 if there are any

lupdate reads ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")`` and
``QT_TRANSLATE_NOOP("Context", "...")``. Some modules wrap ``QCoreApplication.translate`` in a module-level
``tr(text)``/``_tr(text)`` (a fixed context) or ``_tr(context, text)``: lupdate files calls of a bare
``tr`` under no context, where Qt never looks, and does not see ``_tr`` at all. ``update`` finds those
wrappers with ``ast`` and files their literal calls under the context the wrapper passes at run time.

Qt ships no Azerbaijani translation of its own texts (standard dialog buttons, the text field menu), so
``translations/qt_az.ts``, kept by hand, is compiled into ``fieldkit_az.qm`` along with ours.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldkit.i18n_check import check_ts, duplicate_mnemonics, read_ts  # noqa: E402

TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("az", "ru")
SOURCE_LANGUAGE = "en"
# A module outside fieldkit/ui takes part when it uses one of these.
_MARKERS = ("QCoreApplication.translate(", '.translate("', "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "self.tr(")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"fieldkit_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"fieldkit_{language}.qm"


def qt_supplement(language: str) -> Path | None:
    """Hand-kept translations of Qt's own texts for a language Qt ships none for, if there is one."""
    path = TRANSLATIONS / f"qt_{language}.ts"
    return path if path.exists() else None


def checked_files() -> list[Path]:
    """Every .ts file ``check`` reads: ours, and the Qt supplements."""
    return [path for language in LANGUAGES for path in (ts_path(language), qt_supplement(language)) if path]


# -- tools --------------------------------------------------------------------------------------------
def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>``: on PATH (``uv run`` puts the venv there), else beside this Python."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    bindir = Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin")
    for candidate in (bindir / f"pyside6-{name}", bindir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    sys.exit(f"pyside6-{name} not found: run this with `uv run python scripts/i18n.py ...`")


# -- sources ------------------------------------------------------------------------------------------
def tracked_modules() -> list[str]:
    """The Python modules of fieldkit that git tracks and that are on disk, relative to the root, sorted."""
    listed = subprocess.run(
        ["git", "ls-files", "--", "fieldkit"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [name for name in sorted(listed) if name.endswith(".py") and (ROOT / name).exists()]


def source_files() -> list[str]:
    """The tracked Python files with UI strings, relative to the repository root.

    Every module of fieldkit/ui, fieldkit/app.py, and any other fieldkit module that translates. Only
    tracked files count (``git add`` a new module before running ``update``), so scratch files stay out."""
    chosen = []
    for name in tracked_modules():
        path = ROOT / name
        ui = name.startswith("fieldkit/ui/") or name == "fieldkit/app.py"
        if ui or (name != "fieldkit/i18n_check.py" and any(marker in path.read_text("utf-8") for marker in _MARKERS)):
            chosen.append(name)
    return chosen


@dataclass(frozen=True)
class WrappedCall:
    """A literal call of a module-level translate wrapper, filed under the context it uses at run time."""

    context: str
    source: str
    filename: str  # relative to translations/, as lupdate writes it
    line: int


def _wrapper_context(function: ast.FunctionDef, constants: dict[str, str]) -> tuple[str | None, int, int] | None:
    """For ``def w(...): return QCoreApplication.translate(CTX, text)``: (fixed context or None, the
    index of the context parameter, the index of the text parameter); None for any other function."""
    last = function.body[-1] if function.body else None
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Call):
        return None
    call = last.value
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) >= 2):
        return None
    params = [arg.arg for arg in function.args.args]
    context_arg, text_arg = call.args[0], call.args[1]
    if not isinstance(text_arg, ast.Name) or text_arg.id not in params:
        return None
    text_index = params.index(text_arg.id)
    if isinstance(context_arg, ast.Constant) and isinstance(context_arg.value, str):
        return context_arg.value, -1, text_index
    if isinstance(context_arg, ast.Name):
        if context_arg.id in params:
            return None, params.index(context_arg.id), text_index
        if context_arg.id in constants:
            return constants[context_arg.id], -1, text_index
    return None


def wrapped_calls(filename: str) -> list[WrappedCall]:
    """The literal calls of ``filename``'s module-level translate wrappers."""
    tree = ast.parse((ROOT / filename).read_text("utf-8"), filename)
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    wrappers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            shape = _wrapper_context(node, constants)
            if shape is not None:
                wrappers[node.name] = shape
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers):
            continue
        fixed, context_index, text_index = wrappers[node.func.id]
        args = node.args
        if len(args) <= max(context_index, text_index):
            continue
        text = args[text_index]
        context = fixed
        if context is None:
            given = args[context_index]
            context = given.value if isinstance(given, ast.Constant) and isinstance(given.value, str) else None
        if context and isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append(WrappedCall(context, text.value, f"../{filename}", node.lineno))
    return found


SAID_CONTEXT = "Errors"  # fieldkit.ui.errors.error_text translates ``said`` templates in this context


def said_files() -> list[str]:
    """The tracked fieldkit modules that make messages with ``said(...)`` (``fieldkit.store.errors``)."""
    return [name for name in tracked_modules() if "said(" in (ROOT / name).read_text("utf-8")]


def said_calls(filename: str) -> list[WrappedCall]:
    """The literal templates of ``said("...", ...)`` calls in ``filename``, under ``SAID_CONTEXT``."""
    tree = ast.parse((ROOT / filename).read_text("utf-8"), filename)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        text = node.args[0]
        if name == "said" and isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append(WrappedCall(SAID_CONTEXT, text.value, f"../{filename}", node.lineno))
    return found


# -- .ts files as lupdate writes them ------------------------------------------------------------------
def _escape(text: str) -> str:
    out = []
    for char in text:
        if char == "&":
            out.append("&amp;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == '"':
            out.append("&quot;")
        elif char == "'":
            out.append("&apos;")
        elif ord(char) < 0x20 and char not in "\n\r\t":
            out.append(f'<byte value="x{ord(char):x}"/>')
        else:
            out.append(char)
    return "".join(out)


def _open_tag(element: ET.Element, close: bool = False) -> str:
    attributes = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
    return f"<{element.tag}{attributes}{'/' if close else ''}>"


def _write_element(element: ET.Element, depth: int, lines: list[str]) -> None:
    pad = "    " * depth
    children = list(element)
    if element.tag == "location":
        lines.append(pad + _open_tag(element, close=True))
    elif children:
        lines.append(pad + _open_tag(element))
        for child in children:
            _write_element(child, depth + 1, lines)
        lines.append(f"{pad}</{element.tag}>")
    else:
        lines.append(f"{pad}{_open_tag(element)}{_escape(element.text or '')}</{element.tag}>")


def write_ts(root: ET.Element, path: Path) -> None:
    """Write a parsed .ts file back byte for byte as lupdate would, so the next lupdate run (and git) sees
    only the translations that changed."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", _open_tag(root)]
    for context in root:
        lines.append(_open_tag(context))
        for child in context:
            _write_element(child, 1, lines)
        lines.append(f"</{context.tag}>")
    lines.append(f"</{root.tag}>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def parse_ts(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def translation_of(message: ET.Element) -> ET.Element:
    found = message.find("translation")
    if found is None:
        found = ET.SubElement(message, "translation", {"type": "unfinished"})
    return found


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _snapshot(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The finished translations of a .ts file, keyed by (context, source, comment)."""
    if not path.exists():
        return {}
    kept = {}
    for context in parse_ts(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                kept[_key(name, message)] = translation
    return kept


def _new_message(call: WrappedCall, previous: ET.Element | None) -> ET.Element:
    message = ET.Element("message")
    ET.SubElement(message, "location", {"filename": call.filename, "line": str(call.line)})
    ET.SubElement(message, "source").text = call.source
    if previous is not None:
        message.append(previous)
    else:
        ET.SubElement(message, "translation", {"type": "unfinished"}).text = ""
    return message


def file_wrapped_calls(path: Path, calls: list[WrappedCall], previous: dict[tuple[str, str, str], ET.Element]) -> int:
    """Move the wrapper calls lupdate filed under no context (or missed) into their contexts; returns how many."""
    root = parse_ts(path)
    contexts = {context.findtext("name") or "": context for context in root.iter("context")}
    claimed = {(call.filename, call.source) for call in calls}
    nameless = contexts.get("")
    if nameless is not None:
        for message in list(nameless.iter("message")):
            where = message.find("location")
            spot = (where.get("filename", ""), message.findtext("source") or "") if where is not None else None
            if spot in claimed:
                nameless.remove(message)
        if nameless.find("message") is None:
            root.remove(nameless)
            del contexts[""]
    added = 0
    for call in sorted(set(calls), key=lambda c: (c.context, c.filename, c.line, c.source)):
        context = contexts.get(call.context)
        if context is None:
            context = ET.Element("context")
            ET.SubElement(context, "name").text = call.context
            contexts[call.context] = context
        same = (m for m in context.iter("message") if m.findtext("source") == call.source and m.find("comment") is None)
        existing = next(same, None)
        if existing is not None:  # lupdate saw the same string elsewhere in this context: one more location
            locations = existing.findall("location")
            spot = (call.filename, str(call.line))
            if spot not in {(loc.get("filename"), loc.get("line")) for loc in locations}:
                index = list(existing).index(locations[-1]) + 1 if locations else 0
                existing.insert(index, ET.Element("location", {"filename": call.filename, "line": str(call.line)}))
            continue
        context.append(_new_message(call, previous.get((call.context, call.source, ""))))
        added += 1
    ordered = sorted(contexts.values(), key=lambda c: c.findtext("name") or "")
    for context in list(root):
        root.remove(context)
    root.extend(ordered)
    write_ts(root, path)
    return added


# -- commands -----------------------------------------------------------------------------------------
def update() -> int:
    files = source_files()
    targets = [ts_path(language) for language in LANGUAGES]
    previous = {path: _snapshot(path) for path in targets}
    TRANSLATIONS.mkdir(exist_ok=True)
    command = [qt_tool("lupdate"), "-source-language", SOURCE_LANGUAGE, "-no-obsolete", "-locations", "absolute"]
    subprocess.run([*command, *files, "-ts", *[str(t.relative_to(ROOT)) for t in targets]], cwd=ROOT, check=True)
    calls = [call for name in files for call in wrapped_calls(name)]
    calls += [call for name in said_files() for call in said_calls(name)]
    for path in targets:
        moved = file_wrapped_calls(path, calls, previous[path])
        messages = read_ts(path)
        open_count = sum(1 for m in messages if m.kind == "unfinished" or not all(t.strip() for t in m.translations))
        print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {open_count} to translate ({moved} from wrappers)")
    return 0


def compile_qm(language: str, qm: Path) -> None:
    """Compile a language's .ts files into ``qm``; unfinished strings are left out, so the UI shows English
    rather than a guess."""
    sources = [str(path) for path in (ts_path(language), qt_supplement(language)) if path]
    subprocess.run([qt_tool("lrelease"), "-silent", "-nounfinished", *sources, "-qm", str(qm)], check=True)


def compile_all() -> int:
    for language in LANGUAGES:
        compile_qm(language, qm_path(language))
        print(f"{qm_path(language).relative_to(ROOT)}")
    return 0


def stale_qm_files() -> list[str]:
    """The committed .qm files that differ from what their .ts compiles to now."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            fresh = Path(scratch) / qm_path(language).name
            compile_qm(language, fresh)
            committed = qm_path(language)
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(str(committed.relative_to(ROOT)))
    return stale


def check() -> int:
    problems = [problem for path in checked_files() for problem in check_ts(path)]
    for problem in problems:
        print(problem)
    for warning in (w for path in checked_files() for w in duplicate_mnemonics(path)):
        print(f"warning: {warning}")
    stale = stale_qm_files()
    for name in stale:
        print(f"{name} is out of date: run `uv run python scripts/i18n.py compile`")
    if problems or stale:
        print(f"{len(problems)} problem(s) in the translations, {len(stale)} stale .qm file(s)")
        return 1
    counts = ", ".join(f"{language}: {len(read_ts(ts_path(language)))}" for language in LANGUAGES)
    print(f"translations complete ({counts} strings)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    return {"update": update, "compile": compile_all, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
