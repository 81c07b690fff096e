"""cues: cues attached to blocks, the show-control adapters' settings, exactly-once claims

Revision ID: 0005_cues
Revises: 0004_inputs
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_cues"
down_revision = "0004_inputs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cue",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("block_uid", sa.String(32), nullable=False),
        sa.Column("trigger", sa.String(16), nullable=False, server_default="start"),
        sa.Column("offset_seconds", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("armed", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("proposed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_us", sa.BigInteger(), nullable=False, server_default="0"),
        sa.UniqueConstraint("uid", name="uq_cue_uid"),
    )
    op.create_index("ix_cue_block_uid", "cue", ["block_uid"])
    op.create_table(
        "cue_adapter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("name", name="uq_cue_adapter_name"),
    )
    op.create_table(
        "cue_claim",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("cue_uid", sa.String(32), nullable=False),
        sa.Column("claim", sa.String(16), nullable=False),
        sa.Column("at_us", sa.BigInteger(), nullable=False),
        sa.Column("origin", sa.String(64), nullable=False, server_default=""),
        sa.UniqueConstraint("cue_uid", "claim", name="uq_cue_claim_cue_uid_claim"),
    )


def downgrade() -> None:
    op.drop_table("cue_claim")
    op.drop_table("cue_adapter")
    op.drop_index("ix_cue_block_uid", "cue")
    op.drop_table("cue")
