"""cues: tables for the cues area (filled in by that area's work)

Revision ID: 0005_cues
Revises: 0004_inputs
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_cues"
down_revision = "0004_inputs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
