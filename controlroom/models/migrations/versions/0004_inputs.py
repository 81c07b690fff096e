"""inputs: the input log and its revisions

Revision ID: 0004_inputs
Revises: 0003_people
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_inputs"
down_revision = "0003_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "input_item",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at_us", sa.BigInteger(), nullable=False),
        sa.Column("block_uid", sa.String(32), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_ref", sa.String(64), nullable=True),
        sa.Column("author", sa.String(200), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("external_id", sa.String(200), nullable=True),
        sa.Column("edited_us", sa.BigInteger(), nullable=True),
        sa.Column("origin", sa.String(64), nullable=False, server_default=""),
        sa.UniqueConstraint("source", "external_id", name="uq_input_item_source"),
    )
    op.create_index("ix_input_item_at_us", "input_item", ["at_us"])
    op.create_index("ix_input_item_block_uid", "input_item", ["block_uid"])
    op.create_index("ix_input_item_source", "input_item", ["source"])
    op.create_index("ix_input_item_source_ref", "input_item", ["source_ref"])
    op.create_index("ix_input_item_kind", "input_item", ["kind"])
    op.create_table(
        "input_revision",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "input_id",
            sa.Integer(),
            sa.ForeignKey("input_item.id", ondelete="CASCADE", name="fk_input_revision_input_id_input_item"),
            nullable=False,
        ),
        sa.Column("at_us", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("origin", sa.String(64), nullable=False, server_default=""),
    )
    op.create_index("ix_input_revision_input_id", "input_revision", ["input_id"])


def downgrade() -> None:
    op.drop_index("ix_input_revision_input_id", "input_revision")
    op.drop_table("input_revision")
    for col in ("kind", "source_ref", "source", "block_uid", "at_us"):
        op.drop_index(f"ix_input_item_{col}", "input_item")
    op.drop_table("input_item")
