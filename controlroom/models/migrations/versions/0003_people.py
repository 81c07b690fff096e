"""people: tables for the people area (filled in by that area's work)

Revision ID: 0003_people
Revises: 0002_live
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_people"
down_revision = "0002_live"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
