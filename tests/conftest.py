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


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Store files migrated to the head schema once per run: ``"bare"`` (no device, no data) and
    ``"reference"`` (plus the shipped reference data, still no device). Copying one into a new data
    directory and running ``initialise_device`` gives the same store as migrating a new file, in a
    fraction of the time; the migration itself is tested in tests/store/test_migrations.py."""
    from fieldkit.services.reference import load_reference
    from fieldkit.store.open import open_store

    templates: dict[str, Path] = {}
    for name in ("bare", "reference"):
        paths = Paths(tmp_path_factory.mktemp(f"template-{name}") / "data")
        store = open_store(paths, create=True)
        try:
            if name == "reference":
                load_reference(store)
        finally:
            store.close()
        templates[name] = paths.store
    return templates


def _store_from_template(paths: Paths, template: Path) -> Store:
    import shutil

    from fieldkit.store.open import initialise_device, open_store

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, paths.store)
    store = open_store(paths)
    initialise_device(store, "Test laptop", "officer")
    return store


@pytest.fixture
def quick_bare_store(paths: Paths, store_templates: dict[str, Path]) -> Iterator[Store]:
    """Like ``bare_store``, copied from the session's migrated template instead of migrating anew."""
    store = _store_from_template(paths, store_templates["bare"])
    yield store
    store.close()


@pytest.fixture
def quick_store(paths: Paths, store_templates: dict[str, Path]) -> Iterator[Store]:
    """Like ``store`` (identity plus reference data), copied from the session's template."""
    store = _store_from_template(paths, store_templates["reference"])
    yield store
    store.close()
