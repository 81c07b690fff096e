"""integrations: Zoom/Teams settings, Teams chat sync state, Zoom pre-assignment results

Revision ID: 0006_integrations
Revises: 0005_cues
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_integrations"
down_revision = "0005_cues"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "platform_setting",
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("platform", "key", name="pk_platform_setting"),
    )
    op.create_table(
        "teams_chat_sync",
        sa.Column("chat_id", sa.String(300), nullable=False),
        sa.Column("watermark", sa.String(40), nullable=True),
        sa.Column("last_sync_us", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("chat_id", name="pk_teams_chat_sync"),
    )
    op.create_table(
        "teams_message",
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.String(300), nullable=False),
        sa.Column("last_modified", sa.String(40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("message_id", name="pk_teams_message"),
    )
    op.create_index("ix_teams_message_chat_id", "teams_message", ["chat_id"])
    op.create_table(
        "zoom_room_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.String(32), nullable=False),
        sa.Column("block_uid", sa.String(32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("room_name", sa.String(200), nullable=False),
        sa.Column("planned", sa.JSON(), nullable=False),
        sa.Column("confirmed", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("at_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_zoom_room_result"),
    )
    op.create_index("ix_zoom_room_result_meeting_id", "zoom_room_result", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_zoom_room_result_meeting_id", table_name="zoom_room_result")
    op.drop_table("zoom_room_result")
    op.drop_index("ix_teams_message_chat_id", table_name="teams_message")
    op.drop_table("teams_message")
    op.drop_table("teams_chat_sync")
    op.drop_table("platform_setting")
