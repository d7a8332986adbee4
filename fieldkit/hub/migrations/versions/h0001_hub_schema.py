"""the hub's schema: identity, devices, enrolments, the relayed changes, the vector, nonces

Revision ID: h0001
Revises:
Create Date: 2026-12-04 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("sign_private", sa.String(length=64), nullable=False),
        sa.Column("sign_key", sa.String(length=64), nullable=False),
        sa.Column("box_private", sa.String(length=64), nullable=False),
        sa.Column("box_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hub_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_position", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hub_devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("sign_key", sa.String(length=64), nullable=False),
        sa.Column("box_key", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("enrolment_id", sa.String(length=36), nullable=True),
        sa.Column("first_seen", sa.String(length=32), nullable=False),
        sa.Column("last_contact", sa.String(length=32), nullable=True),
        sa.Column("acked", sa.Text(), nullable=False),
        sa.Column("last_bundle_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "hub_enrolments",
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.Column("revoked", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("enrolment_id"),
    )
    op.create_table(
        "hub_changes",
        sa.Column("position", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("position"),
        sa.UniqueConstraint("origin", "seq", name="uq_hub_changes_origin_seq"),
    )
    op.create_index("ix_hub_changes_row", "hub_changes", ["table_name", "row_id"], unique=False)
    op.create_table(
        "hub_origins",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("contiguous", sa.BigInteger(), nullable=False),
        sa.Column("max_seen", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint("origin"),
    )
    op.create_table(
        "hub_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "hub_nonces",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "nonce"),
    )
    op.create_index("ix_hub_nonces_seen", "hub_nonces", ["seen_at"], unique=False)


def downgrade() -> None:
    for name in ("hub_nonces", "hub_bundles", "hub_origins", "hub_changes", "hub_enrolments", "hub_devices"):
        op.drop_table(name)
    op.drop_table("hub_state")
    op.drop_table("hub_identity")
