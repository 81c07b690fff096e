"""phones: personal codes (existing participants get one), device marks, group notes' revision,
phone inputs' approval and "+1"s

Revision ID: 0007_phones
Revises: 0006_integrations
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0007_phones"
down_revision = "0006_integrations"
branch_labels = None
depends_on = None

#: The same alphabet and length as ``controlroom.models.people`` (kept here: a migration stands alone).
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
LENGTH = 9


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("code", sa.String(16), nullable=True))
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM participant ORDER BY id"))]
    used: set[str] = set()
    for pid in ids:
        code = ""
        while not code or code in used:
            code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        used.add(code)
        conn.execute(sa.text("UPDATE participant SET code = :code WHERE id = :id"), {"code": code, "id": pid})
    op.create_index("ix_participant_code", "participant", ["code"], unique=True)

    op.create_table(
        "phone_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(64), nullable=False),
        sa.Column("signed_in_us", sa.BigInteger(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE",
                                name="fk_phone_device_participant_id_participant"),
        sa.PrimaryKeyConstraint("id", name="pk_phone_device"),
    )
    op.create_index("ix_phone_device_participant_id", "phone_device", ["participant_id"])

    with op.batch_alter_table("breakout_group") as batch:
        batch.add_column(sa.Column("notes_rev", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("input_item") as batch:
        batch.add_column(sa.Column("approved", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("plus", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "input_plus",
        sa.Column("input_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("at_us", sa.BigInteger(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(["input_id"], ["input_item.id"], ondelete="CASCADE",
                                name="fk_input_plus_input_id_input_item"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE",
                                name="fk_input_plus_participant_id_participant"),
        sa.PrimaryKeyConstraint("input_id", "participant_id", name="pk_input_plus"),
    )


def downgrade() -> None:
    op.drop_table("input_plus")
    with op.batch_alter_table("input_item") as batch:
        batch.drop_column("plus")
        batch.drop_column("approved")
    with op.batch_alter_table("breakout_group") as batch:
        batch.drop_column("notes_rev")
    op.drop_index("ix_phone_device_participant_id", "phone_device")
    op.drop_table("phone_device")
    op.drop_index("ix_participant_code", "participant")
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("code")
