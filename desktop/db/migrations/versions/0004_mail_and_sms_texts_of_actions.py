"""Mail and SMS texts of actions: the body of an e-mail action, its attachment, Reply-To; an SMS text.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 23:20:19
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Server defaults fill the actions already there; the ORM sets the values from then on.
    with op.batch_alter_table('campaign_action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_text', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('mail_html', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('mail_attach_letter', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('reply_to', sa.String(length=254), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sms_text', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('campaign_action', schema=None) as batch_op:
        for column in ('mail_text', 'mail_html', 'mail_attach_letter', 'reply_to', 'sms_text'):
            batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('campaign_action', schema=None) as batch_op:
        batch_op.drop_column('sms_text')
        batch_op.drop_column('reply_to')
        batch_op.drop_column('mail_attach_letter')
        batch_op.drop_column('mail_html')
        batch_op.drop_column('mail_text')
