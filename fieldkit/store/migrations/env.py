"""Alembic environment. Field Kit runs migrations in-process through ``fieldkit.store.migrate``,
which hands over an open connection; batch mode lets SQLite alter tables."""

from __future__ import annotations

from alembic import context

import fieldkit.store.sync_models  # noqa: F401  (registers the sync tables)
from fieldkit.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///fieldkit.db"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
