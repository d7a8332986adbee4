"""A work-around for a reference-counting bug in PySide6 6.12.0 on Python 3.11.

There, every call of a Qt method that returns nothing (``QLabel.setText``, ``QWidget.show``...) drops
one reference to ``None`` that it never took, and every ``Signal.emit`` one reference to ``True``.
When such a count reaches zero the interpreter aborts ("Fatal Python error: none_dealloc" or
"bool_dealloc"), after minutes of real use. Python 3.12 made these singletons immortal (PEP 683),
which hides the bug; on 3.11 we do the same by hand, giving ``None``, ``True`` and ``False`` counts
no session can exhaust. ``tests/ui/test_qt_none_refcount.py`` shows both the bug and the cure, so
the work-around can go once PySide6 or the Python floor moves on.
"""

from __future__ import annotations

import sys

_HEADROOM = 1 << 60


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
