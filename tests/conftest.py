"""Shared fixtures. Qt runs offscreen: the platform is set here, before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FIELDKIT_DATA_DIR", None)

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.config import Paths
from fieldkit.store.engine import Store


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A fresh, empty data directory for each test."""
    return Paths(tmp_path / "data")


@pytest.fixture
def bare_store(paths: Paths) -> Iterator[Store]:
    """A migrated store on disk with a device identity but no reference data."""
    from fieldkit.store.open import initialise_device, open_store

    store = open_store(paths, create=True)
    initialise_device(store, "Test laptop", "officer")
    yield store
    store.close()


@pytest.fixture
def store(bare_store: Store) -> Store:
    """A store set up as ``fieldkit init`` leaves it: identity plus the shipped reference data."""
    from fieldkit.services.reference import load_reference

    load_reference(bare_store)
    return bare_store
