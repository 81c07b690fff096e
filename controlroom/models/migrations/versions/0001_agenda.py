"""agenda: event, days, categories, blocks, settings

Revision ID: 0001_agenda
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_agenda"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(500), nullable=False, server_default=""),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="Europe/Oslo"),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_us", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_table(
        "day",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id", ondelete="CASCADE", name="fk_day_event_id_event"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.UniqueConstraint("event_id", "date", name="uq_day_event_id"),
    )
    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("color", sa.String(9), nullable=False, server_default="#9AA5B1"),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("name", name="uq_category_name"),
    )
    op.create_table(
        "block",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("day_id", sa.Integer(), sa.ForeignKey("day.id", ondelete="CASCADE", name="fk_block_day_id_day"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(1000), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("category.id", ondelete="SET NULL", name="fk_block_category_id_category"), nullable=True),
        sa.Column("assigned", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("streamed", sa.Boolean(), nullable=True),
        sa.Column("location", sa.String(10), nullable=False, server_default="both"),
        sa.Column("fixed_start", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("warn_seconds", sa.Integer(), nullable=True),
        sa.Column("danger_seconds", sa.Integer(), nullable=True),
        sa.UniqueConstraint("uid", name="uq_block_uid"),
    )
    op.create_index("ix_block_day_id", "block", ["day_id"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_index("ix_block_day_id", "block")
    op.drop_table("block")
    op.drop_table("category")
    op.drop_table("day")
    op.drop_table("event")
