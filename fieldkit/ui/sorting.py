"""The proxy every sortable table and typed filter uses: text in Azerbaijani order, matched by
Azerbaijani case rules.

Qt's own proxy compares text by code point (or by the system's collation) and folds case by Unicode
rules, so it puts "Ömər" after "Zaur", and a filter "ism" misses "İsmayıllı" while "ILQAR" misses
"ılqar". ``AzSortFilterProxy`` sorts strings with ``az_sort_key`` (ə after e, ı before i, case
ignored) and everything else (numbers, dates, times) by value, so a model answers the raw value under
its sort role and the text it shows under DisplayRole. ``set_search`` filters by what was typed,
with the rule of the other searches (``fieldkit.text.name_matches``): typed with Azerbaijani letters it
matches strictly (``ı`` is not ``i``), typed on an English keyboard or in Cyrillic it matches loosely.

The Events table sorts its tens of thousands of rows in its model instead (``fieldkit.ui.events_table``)
and the People table in SQL; both use the same keys.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from fieldkit.text import az_fold, az_loose, az_sort_key, has_azerbaijani_letters

_Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=65536)
def text_key(text: str) -> tuple[tuple[tuple[int, int], ...], str]:
    """Azerbaijani order, then the text itself so that "Ali" and "ali" keep a fixed order."""
    return az_sort_key(text), text


@lru_cache(maxsize=65536)
def _folds(text: str) -> tuple[str, str]:
    return az_fold(text), az_loose(text)


def sort_less(left: Any, right: Any) -> bool:
    """Whether ``left`` sorts before ``right``: nothing first, text in Azerbaijani order, numbers,
    dates and times by value; values that do not compare (a date and a text) by their text."""
    if left is None or right is None:
        return left is None and right is not None
    if isinstance(left, str) and isinstance(right, str):
        return text_key(left) < text_key(right)
    try:
        return bool(left < right)
    except TypeError:
        return text_key(str(left)) < text_key(str(right))


class TextMatcher:
    """What was typed, ready to test many texts against (see the module docstring)."""

    def __init__(self, typed: str = "") -> None:
        self.typed = typed.strip()
        self.strict = has_azerbaijani_letters(self.typed)
        self.needle = "" if not self.typed else az_fold(self.typed) if self.strict else az_loose(self.typed)

    def __bool__(self) -> bool:
        return bool(self.needle)

    def matches(self, text: str) -> bool:
        if not self.needle:
            return True
        folded, loose = _folds(text)
        return self.needle in (folded if self.strict else loose)


class AzSortFilterProxy(QSortFilterProxyModel):
    """Sorts by ``sortRole()`` values with ``sort_less`` and, besides Qt's own filter (a status
    token, say), keeps the rows where any column (or ``search_column``) shows the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matcher = TextMatcher()
        self.search_column = -1  # -1: any column

    @property
    def search_text(self) -> str:
        return self._matcher.typed

    def set_search(self, text: str) -> None:
        matcher = TextMatcher(text)
        if matcher.needle == self._matcher.needle and matcher.strict == self._matcher.strict:
            self._matcher = matcher
            return
        self.beginFilterChange()
        self._matcher = matcher
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, source_left: _Index, source_right: _Index) -> bool:
        role = self.sortRole()
        return sort_less(source_left.data(role), source_right.data(role))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if not self._matcher:
            return True
        source = self.sourceModel()
        columns = range(source.columnCount(source_parent)) if self.search_column < 0 else (self.search_column,)
        for column in columns:
            text = source.index(source_row, column, source_parent).data(Qt.ItemDataRole.DisplayRole)
            if text is not None and self._matcher.matches(str(text)):
                return True
        return False


def az_completer(widget: QLineEdit | QComboBox, proxy: AzSortFilterProxy, max_visible: int = 12) -> QCompleter:
    """A completer for ``widget`` offering the rows of ``proxy`` that match what is typed, by the
    Azerbaijani rules above (QCompleter's own matching folds case the Unicode way)."""
    proxy.search_column = 0
    completer = QCompleter(proxy, widget)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setMaxVisibleItems(max_visible)
    widget.setCompleter(completer)
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert line is not None  # an editable combo box

    def typed(text: str) -> None:
        proxy.set_search(text)
        if proxy.rowCount() and text.strip():
            completer.complete()

    line.textEdited.connect(typed)
    return completer
