"""inputs: tables for the inputs area (filled in by that area's work)

Revision ID: 0004_inputs
Revises: 0003_people
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_inputs"
down_revision = "0003_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
