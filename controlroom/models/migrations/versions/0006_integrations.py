"""integrations: tables for the integrations area (filled in by that area's work)

Revision ID: 0006_integrations
Revises: 0005_cues
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0006_integrations"
down_revision = "0005_cues"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
