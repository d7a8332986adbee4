"""The shared ``bare_store`` and ``store`` fixtures, built from a template migrated once per run.

They hold exactly what the top-level fixtures hold (a device identity, and for ``store`` the reference
data); only the Alembic run per test is saved, which is most of a test's set-up time."""

from __future__ import annotations

import pytest

from fieldkit.store.engine import Store


@pytest.fixture
def bare_store(quick_bare_store: Store) -> Store:
    return quick_bare_store


@pytest.fixture
def store(quick_store: Store) -> Store:
    return quick_store
