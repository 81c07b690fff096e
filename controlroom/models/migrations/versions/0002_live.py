"""live: the run log

Revision ID: 0002_live
Revises: 0001_agenda
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_live"
down_revision = "0001_agenda"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "run_action",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at_us", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("block_uid", sa.String(32), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(64), nullable=False, server_default=""),
    )
    op.create_index("ix_run_action_at_us", "run_action", ["at_us"])


def downgrade() -> None:
    op.drop_index("ix_run_action_at_us", "run_action")
    op.drop_table("run_action")
