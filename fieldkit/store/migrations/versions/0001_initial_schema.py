"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 20:28:53.297194
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('abbreviation', sa.String(length=40), nullable=False),
    sa.Column('name_az', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('ref_key', sa.String(length=80), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index('ix_agencies_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('attendance',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_attendance_participant', ['participant_id'], unique=False)
        batch_op.create_index('ix_attendance_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('change_log',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'seq')
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_hlc', ['hlc'], unique=False)
        batch_op.create_index('ix_change_log_row', ['table_name', 'row_id'], unique=False)

    op.create_table('events',
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('pillar', sa.String(length=16), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('organiser_agency_id', sa.String(length=36), nullable=True),
    sa.Column('partner_agency_ids', sa.JSON(), nullable=False),
    sa.Column('audience', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_start_date'), ['start_date'], unique=False)
        batch_op.create_index('ix_events_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('headcounts',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('group_label', sa.String(length=120), nullable=False),
    sa.Column('sex', sa.String(length=12), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('headcounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_headcounts_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_headcounts_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('helplines',
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('verified_at', sa.Date(), nullable=True),
    sa.Column('verified_by', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('helplines', schema=None) as batch_op:
        batch_op.create_index('ix_helplines_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('local_device',
    sa.Column('slot', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('last_hlc', sa.BigInteger(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('retired_ids', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('slot')
    )
    op.create_table('locations',
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('name_az', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('iso_code', sa.String(length=10), nullable=True),
    sa.Column('code', sa.String(length=16), nullable=True),
    sa.Column('ref_key', sa.String(length=80), nullable=True),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('subdivision_type', sa.String(length=40), nullable=True),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_locations_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_locations_iso_code'), ['iso_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_locations_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index('ix_locations_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('materials',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title_az', sa.String(length=300), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_ru', sa.String(length=300), nullable=False),
    sa.Column('languages', sa.String(length=20), nullable=False),
    sa.Column('version', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.create_index('ix_materials_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('participants',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=12), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('region_id', sa.String(length=36), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_text_version', sa.String(length=40), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index('ix_participants_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))

    op.create_table('stock_movements',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('material_id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('forced_reason', sa.Text(), nullable=True),
    sa.Column('transfer_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_hlc', sa.BigInteger(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index('ix_stock_material_location', ['material_id', 'location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index('ix_stock_movements_tombstones', ['id'], unique=False, sqlite_where=sa.text('deleted IS 1'))



def downgrade() -> None:
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movements_tombstones', sqlite_where=sa.text('deleted IS 1'))
        batch_op.drop_index(batch_op.f('ix_stock_movements_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_stock_movements_location_id'))
        batch_op.drop_index(batch_op.f('ix_stock_movements_event_id'))
        batch_op.drop_index('ix_stock_material_location')

    op.drop_table('stock_movements')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_tombstones', sqlite_where=sa.text('deleted IS 1'))
        batch_op.drop_index(batch_op.f('ix_participants_agency_id'))

    op.drop_table('participants')
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.drop_index('ix_materials_tombstones', sqlite_where=sa.text('deleted IS 1'))

    op.drop_table('materials')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index('ix_locations_tombstones', sqlite_where=sa.text('deleted IS 1'))
        batch_op.drop_index(batch_op.f('ix_locations_parent_id'))
        batch_op.drop_index(batch_op.f('ix_locations_iso_code'))
        batch_op.drop_index(batch_op.f('ix_locations_code'))

    op.drop_table('locations')
    op.drop_table('local_device')
    with op.batch_alter_table('helplines', schema=None) as batch_op:
        batch_op.drop_index('ix_helplines_tombstones', sqlite_where=sa.text('deleted IS 1'))

    op.drop_table('helplines')
    with op.batch_alter_table('headcounts', schema=None) as batch_op:
        batch_op.drop_index('ix_headcounts_tombstones', sqlite_where=sa.text('deleted IS 1'))
        batch_op.drop_index(batch_op.f('ix_headcounts_event_id'))

    op.drop_table('headcounts')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_tombstones', sqlite_where=sa.text('deleted IS 1'))
        batch_op.drop_index(batch_op.f('ix_events_start_date'))
        batch_op.drop_index(batch_op.f('ix_events_location_id'))

    op.drop_table('events')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_row')
        batch_op.drop_index('ix_change_log_hlc')

    op.drop_table('change_log')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_tombstones', sqlite_where=sa.text('deleted IS 1'))
        batch_op.drop_index('ix_attendance_participant')
        batch_op.drop_index(batch_op.f('ix_attendance_event_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_index('ix_agencies_tombstones', sqlite_where=sa.text('deleted IS 1'))

    op.drop_table('agencies')
