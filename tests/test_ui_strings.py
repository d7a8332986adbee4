"""Every visible string in the UI goes through tr() (or QCoreApplication.translate, or a
QT_TRANSLATE_NOOP table): a string literal with letters handed straight to a Qt call that shows text
fails here, with its file and line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "fieldkit" / "ui"
APP = Path(__file__).resolve().parents[1] / "fieldkit" / "app.py"

# Qt calls whose string arguments are shown to the user.
SHOWN = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setSubTitle",
    "setLabelText",
    "setButtonText",
    "setInformativeText",
    "setDetailedText",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "insertItem",
    "addAction",
    "addMenu",
    "addRow",
    "showMessage",
    "setHorizontalHeaderLabels",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "information",
    "warning",
    "critical",
    "question",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
}


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in re.sub(r"<[^>]*>", "", text))  # markup is not words


def _is_words(node: ast.AST) -> bool:
    """A literal a person would read: it has letters (not "", "…", "%", "—", "0", "<b>")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_letters(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _has_letters(str(v.value)) for v in node.values)
    return False


# Calls whose other arguments are data, not text: only the text position is checked.
TEXT_POSITION = {"addItem": 0, "insertItem": 1, "setTabText": 1, "addTab": 1, "insertTab": 2}


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in SHOWN:
            args = list(node.args)
            position = TEXT_POSITION.get(_name(node))
            if position is not None:
                # addItem(icon, text, data) moves the text one place on
                if args and isinstance(args[0], ast.Call) and _name(args[0]) == "QIcon":
                    position += 1
                args = args[position : position + 1]
            for arg in [*args, *(k.value for k in node.keywords if k.arg in (None, "text", "title"))]:
                if _is_words(arg):
                    found.append(f"{path.relative_to(UI.parents[1])}:{arg.lineno}: {ast.unparse(arg)[:60]}")
    return found


def test_the_checker_catches_a_bare_string(tmp_path: Path) -> None:
    sample = UI / "_sample_for_test.py"
    try:
        sample.write_text('label.setText("Save")\nlabel.setText(self.tr("Save"))\nbox.addItem("—", None)\n')
        assert untranslated(sample) == ["fieldkit/ui/_sample_for_test.py:1: 'Save'"]
    finally:
        sample.unlink()


def test_no_visible_string_skips_translation() -> None:
    problems = [p for path in sorted([*UI.rglob("*.py"), APP]) for p in untranslated(path)]
    assert problems == [], "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(problems)
