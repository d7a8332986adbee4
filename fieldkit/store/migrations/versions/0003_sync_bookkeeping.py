"""sync bookkeeping

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 20:38:43.839892
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('sync_bundles',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('sender', sa.String(length=36), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('handled_at', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id')
    )
    with op.batch_alter_table('sync_bundles', schema=None) as batch_op:
        batch_op.create_index('ix_sync_bundles_sender', ['sender'], unique=False)

    op.create_table('sync_enrolments',
    sa.Column('enrolment_id', sa.String(length=36), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('revoked', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('enrolment_id')
    )
    op.create_table('sync_origins',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('contiguous', sa.BigInteger(), nullable=False),
    sa.Column('max_seen', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('origin')
    )
    op.create_table('sync_peers',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('sign_key', sa.String(length=64), nullable=False),
    sa.Column('box_key', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('acked', sa.JSON(), nullable=False),
    sa.Column('first_seen', sa.String(length=32), nullable=False),
    sa.Column('last_contact', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    with op.batch_alter_table('local_device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('box_public_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('enrolment', sa.JSON(), nullable=True))



def downgrade() -> None:

    with op.batch_alter_table('local_device', schema=None) as batch_op:
        batch_op.drop_column('enrolment')
        batch_op.drop_column('box_public_key')

    op.drop_table('sync_peers')
    op.drop_table('sync_origins')
    op.drop_table('sync_enrolments')
    with op.batch_alter_table('sync_bundles', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_bundles_sender')

    op.drop_table('sync_bundles')
