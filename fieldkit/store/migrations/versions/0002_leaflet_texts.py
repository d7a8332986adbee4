"""leaflet texts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 20:34:10.168422
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('leaflet_texts',
    sa.Column('set_key', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.String(length=32), nullable=False),
    sa.Column('published_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('leaflet_texts', schema=None) as batch_op:
        batch_op.create_index('ix_leaflet_texts_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))



def downgrade() -> None:
    
    with op.batch_alter_table('leaflet_texts', schema=None) as batch_op:
        batch_op.drop_index('ix_leaflet_texts_tombstones', sqlite_where=sa.text('deleted IS 1'))

    op.drop_table('leaflet_texts')
