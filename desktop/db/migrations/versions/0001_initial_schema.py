"""Initial schema: the whole data model of the foundation issue.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 00:56:34.687714
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('document',
    sa.Column('name', sa.String(length=260), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('storage_path', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_sha256'), ['sha256'], unique=False)

    op.create_table('dossier_item_type',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_item_type')),
    sa.UniqueConstraint('code', name=op.f('uq_dossier_item_type_code'))
    )
    op.create_table('employee',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('signature_name', sa.String(length=200), nullable=False),
    sa.Column('signature_title', sa.String(length=200), nullable=False),
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employee')),
    sa.UniqueConstraint('code', name=op.f('uq_employee_code'))
    )
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employee_login'), ['login'], unique=False)

    op.create_table('selection',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('is_distribution_list', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection')),
    sa.UniqueConstraint('name', name=op.f('uq_selection_name'))
    )
    op.create_table('template',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('filename', sa.String(length=260), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template')),
    sa.UniqueConstraint('name', name=op.f('uq_template_name'))
    )
    op.create_table('campaign',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'active', 'finished', 'cancelled', name='campaignstatus', native_enum=False, length=20), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('budget', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('last_run', sa.DateTime(timezone=True), nullable=True),
    sa.Column('selection_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['employee.id'], name=op.f('fk_campaign_owner_id_employee')),
    sa.ForeignKeyConstraint(['selection_id'], ['selection.id'], name=op.f('fk_campaign_selection_id_selection'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign')),
    sa.UniqueConstraint('number', name=op.f('uq_campaign_number'))
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_name'), ['name'], unique=False)

    op.create_table('organisation',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name2', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=100), nullable=False),
    sa.Column('employee_count', sa.Integer(), nullable=True),
    sa.Column('account_manager_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['account_manager_id'], ['employee.id'], name=op.f('fk_organisation_account_manager_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('code', name=op.f('uq_organisation_code'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_postcode'), ['postcode'], unique=False)

    op.create_table('campaign_action',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.Enum('letter', 'email', 'print_service', 'sms', 'dossier_only', name='channel', native_enum=False, length=20), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('sender_id', sa.Integer(), nullable=True),
    sa.Column('dossier_item_type_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('dossier_per_contact', sa.Boolean(), nullable=False),
    sa.Column('handled_on_creation', sa.Boolean(), nullable=False),
    sa.Column('fixed_cost', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('cost_per_contact', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('exclude_used_contacts', sa.Boolean(), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=True),
    sa.Column('generated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_action_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dossier_item_type_id'], ['dossier_item_type.id'], name=op.f('fk_campaign_action_dossier_item_type_id_dossier_item_type')),
    sa.ForeignKeyConstraint(['sender_id'], ['employee.id'], name=op.f('fk_campaign_action_sender_id_employee')),
    sa.ForeignKeyConstraint(['template_id'], ['template.id'], name=op.f('fk_campaign_action_template_id_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_action')),
    sa.UniqueConstraint('campaign_id', 'sequence', name=op.f('uq_campaign_action_campaign_id_sequence'))
    )
    op.create_table('person',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('salutation', sa.Enum('mr', 'ms', 'neutral', name='salutation', native_enum=False, length=10), nullable=False),
    sa.Column('title', sa.String(length=50), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('name_prefix', sa.String(length=30), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('function', sa.String(length=100), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('mobile', sa.String(length=50), nullable=False),
    sa.Column('letter_language', sa.String(length=2), nullable=False),
    sa.Column('no_letter', sa.Boolean(), nullable=False),
    sa.Column('no_email', sa.Boolean(), nullable=False),
    sa.Column('no_phone', sa.Boolean(), nullable=False),
    sa.Column('no_sms', sa.Boolean(), nullable=False),
    sa.Column('deceased', sa.Boolean(), nullable=False),
    sa.Column('account_manager_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['account_manager_id'], ['employee.id'], name=op.f('fk_person_account_manager_id_employee')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('code', name=op.f('uq_person_code'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_first_name'), ['first_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_last_name'), ['last_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_postcode'), ['postcode'], unique=False)

    op.create_table('response_type',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_response_type_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response_type'))
    )
    with op.batch_alter_table('response_type', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_type_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('action_member',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('linked', sa.Boolean(), nullable=False),
    sa.Column('origin', sa.Enum('selection', 'import', 'action', 'manual', name='memberorigin', native_enum=False, length=20), nullable=False),
    sa.Column('origin_selection_id', sa.Integer(), nullable=True),
    sa.Column('origin_action_id', sa.Integer(), nullable=True),
    sa.Column('origin_file', sa.String(length=260), nullable=False),
    sa.Column('exclusion_reason', sa.String(length=50), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['campaign_action.id'], name=op.f('fk_action_member_action_id_campaign_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['origin_action_id'], ['campaign_action.id'], name=op.f('fk_action_member_origin_action_id_campaign_action'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['origin_selection_id'], ['selection.id'], name=op.f('fk_action_member_origin_selection_id_selection'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_action_member_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_member')),
    sa.UniqueConstraint('action_id', 'person_id', name=op.f('uq_action_member_action_id_person_id'))
    )
    with op.batch_alter_table('action_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_member_person_id'), ['person_id'], unique=False)

    op.create_table('action_selection',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('selection_id', sa.Integer(), nullable=False),
    sa.Column('linked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('member_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['campaign_action.id'], name=op.f('fk_action_selection_action_id_campaign_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['selection_id'], ['selection.id'], name=op.f('fk_action_selection_selection_id_selection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_selection')),
    sa.UniqueConstraint('action_id', 'selection_id', name=op.f('uq_action_selection_action_id_selection_id'))
    )
    op.create_table('dossier_item',
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('campaign_id', sa.Integer(), nullable=True),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('type_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('handled', sa.Boolean(), nullable=False),
    sa.Column('handled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['campaign_action.id'], name=op.f('fk_dossier_item_action_id_campaign_action'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_dossier_item_campaign_id_campaign'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_dossier_item_document_id_document')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_dossier_item_employee_id_employee')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_dossier_item_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['type_id'], ['dossier_item_type.id'], name=op.f('fk_dossier_item_type_id_dossier_item_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_item'))
    )
    with op.batch_alter_table('dossier_item', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_item_action_person', ['action_id', 'person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_item_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_item_person_id'), ['person_id'], unique=False)

    op.create_table('follow_up_rule',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('response_type_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('due_in_days', sa.Integer(), nullable=False),
    sa.Column('working_days', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['campaign_action.id'], name=op.f('fk_follow_up_rule_action_id_campaign_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['assignee_id'], ['employee.id'], name=op.f('fk_follow_up_rule_assignee_id_employee')),
    sa.ForeignKeyConstraint(['response_type_id'], ['response_type.id'], name=op.f('fk_follow_up_rule_response_type_id_response_type'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_rule'))
    )
    with op.batch_alter_table('follow_up_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_rule_action_id'), ['action_id'], unique=False)

    op.create_table('mass_run',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('running', 'paused', 'finished', 'cancelled', 'failed', name='runstatus', native_enum=False, length=20), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('template_revision', sa.Integer(), nullable=True),
    sa.Column('sender_id', sa.Integer(), nullable=True),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_by', sa.String(length=100), nullable=False),
    sa.Column('host', sa.String(length=100), nullable=False),
    sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['campaign_action.id'], name=op.f('fk_mass_run_action_id_campaign_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sender_id'], ['employee.id'], name=op.f('fk_mass_run_sender_id_employee')),
    sa.ForeignKeyConstraint(['template_id'], ['template.id'], name=op.f('fk_mass_run_template_id_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mass_run'))
    )
    with op.batch_alter_table('mass_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mass_run_action_id'), ['action_id'], unique=False)

    op.create_table('cost',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('estimated', 'actual', name='costkind', native_enum=False, length=20), nullable=False),
    sa.Column('basis', sa.Enum('fixed', 'per_contact', 'invoice', name='costbasis', native_enum=False, length=20), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('unit_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('invoice_number', sa.String(length=50), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('cost_date', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('mass_run_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['campaign_action.id'], name=op.f('fk_cost_action_id_campaign_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_cost_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mass_run_id'], ['mass_run.id'], name=op.f('fk_cost_mass_run_id_mass_run'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost')),
    sa.UniqueConstraint('mass_run_id', name=op.f('uq_cost_mass_run_id'))
    )
    with op.batch_alter_table('cost', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cost_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('mass_run_item',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('planned', 'rendered', 'converted', 'archived', 'printed', 'sent', 'failed', 'skipped', name='itemstate', native_enum=False, length=20), nullable=False),
    sa.Column('letter_code', sa.String(length=32), nullable=False),
    sa.Column('dossier_item_id', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.String(length=300), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_mass_run_item_document_id_document')),
    sa.ForeignKeyConstraint(['dossier_item_id'], ['dossier_item.id'], name=op.f('fk_mass_run_item_dossier_item_id_dossier_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mass_run_item_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['mass_run.id'], name=op.f('fk_mass_run_item_run_id_mass_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mass_run_item')),
    sa.UniqueConstraint('letter_code', name=op.f('uq_mass_run_item_letter_code')),
    sa.UniqueConstraint('run_id', 'person_id', name=op.f('uq_mass_run_item_run_id_person_id'))
    )
    with op.batch_alter_table('mass_run_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mass_run_item_person_id'), ['person_id'], unique=False)

    op.create_table('response',
    sa.Column('dossier_item_id', sa.Integer(), nullable=False),
    sa.Column('response_type_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['dossier_item_id'], ['dossier_item.id'], name=op.f('fk_response_dossier_item_id_dossier_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_response_employee_id_employee')),
    sa.ForeignKeyConstraint(['response_type_id'], ['response_type.id'], name=op.f('fk_response_response_type_id_response_type'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response'))
    )
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_dossier_item_id'), ['dossier_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_response_response_type_id'), ['response_type_id'], unique=False)

    op.create_table('task',
    sa.Column('assignee_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('dossier_item_id', sa.Integer(), nullable=True),
    sa.Column('campaign_id', sa.Integer(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['employee.id'], name=op.f('fk_task_assignee_id_employee')),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_task_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dossier_item_id'], ['dossier_item.id'], name=op.f('fk_task_dossier_item_id_dossier_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_task_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index('ix_task_assignee_open', ['assignee_id', 'done', 'due'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ix_task_assignee_open')

    op.drop_table('task')
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_response_type_id'))
        batch_op.drop_index(batch_op.f('ix_response_dossier_item_id'))

    op.drop_table('response')
    with op.batch_alter_table('mass_run_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mass_run_item_person_id'))

    op.drop_table('mass_run_item')
    with op.batch_alter_table('cost', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_cost_action_id'))

    op.drop_table('cost')
    with op.batch_alter_table('mass_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mass_run_action_id'))

    op.drop_table('mass_run')
    with op.batch_alter_table('follow_up_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_rule_action_id'))

    op.drop_table('follow_up_rule')
    with op.batch_alter_table('dossier_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_item_person_id'))
        batch_op.drop_index(batch_op.f('ix_dossier_item_campaign_id'))
        batch_op.drop_index('ix_dossier_item_action_person')

    op.drop_table('dossier_item')
    op.drop_table('action_selection')
    with op.batch_alter_table('action_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_member_person_id'))

    op.drop_table('action_member')
    with op.batch_alter_table('response_type', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_type_campaign_id'))

    op.drop_table('response_type')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_postcode'))
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_person_last_name'))
        batch_op.drop_index(batch_op.f('ix_person_first_name'))
        batch_op.drop_index(batch_op.f('ix_person_city'))

    op.drop_table('person')
    op.drop_table('campaign_action')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_postcode'))
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_city'))

    op.drop_table('organisation')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_name'))

    op.drop_table('campaign')
    op.drop_table('template')
    op.drop_table('selection')
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employee_login'))

    op.drop_table('employee')
    op.drop_table('dossier_item_type')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_sha256'))

    op.drop_table('document')
