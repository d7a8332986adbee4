"""Alembic environment for the hub's own schema (``fieldkit.hub.db``); the version is kept in
``hub_alembic_version``, so the hub's tables may share a database with nothing else of ours."""

from __future__ import annotations

from alembic import context

from fieldkit.hub.db import metadata

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table="hub_alembic_version",
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
