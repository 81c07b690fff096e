"""people: participants, rooms, groupings, breakout groups, room timers, Open Space topics

Revision ID: 0003_people
Revises: 0002_live
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_people"
down_revision = "0002_live"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False, server_default=""),
        sa.Column("municipality", sa.String(200), nullable=False, server_default=""),
        sa.Column("attendance", sa.String(10), nullable=False, server_default="onsite"),
        sa.Column("no_show", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("walk_in", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("email", name="uq_participant_email"),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("meeting", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("name", name="uq_room_name"),
    )
    op.create_table(
        "grouping",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("block_uid", sa.String(32), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False, server_default="0"),
        sa.UniqueConstraint("block_uid", name="uq_grouping_block_uid"),
    )
    op.create_table(
        "breakout_group",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("block_uid", sa.String(32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pool", sa.String(10), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("meeting", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("leader", sa.String(320), nullable=False, server_default=""),
        sa.Column("note_taker", sa.String(320), nullable=False, server_default=""),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_breakout_group_block_uid", "breakout_group", ["block_uid"])
    op.create_table(
        "room_timer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("block_uid", sa.String(32), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("duration_ms", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("ends_us", sa.BigInteger(), nullable=True),
        sa.Column("remaining_ms", sa.BigInteger(), nullable=False, server_default="0"),
        sa.UniqueConstraint("block_uid", "room", name="uq_room_timer_block_uid"),
    )
    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("block_uid", sa.String(32), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("convener", sa.String(300), nullable=False, server_default=""),
        sa.Column("mode", sa.String(10), nullable=False, server_default="onsite"),
        sa.Column("slot", sa.Integer(), nullable=True),
        sa.Column("space", sa.String(200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_topic_block_uid", "topic", ["block_uid"])
    op.create_table(
        "openspace_layout",
        sa.Column("block_uid", sa.String(32), primary_key=True),
        sa.Column("slots", sa.JSON(), nullable=False),
        sa.Column("spaces", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("openspace_layout")
    op.drop_index("ix_topic_block_uid", "topic")
    op.drop_table("topic")
    op.drop_table("room_timer")
    op.drop_index("ix_breakout_group_block_uid", "breakout_group")
    op.drop_table("breakout_group")
    op.drop_table("grouping")
    op.drop_table("room")
    op.drop_table("participant")
