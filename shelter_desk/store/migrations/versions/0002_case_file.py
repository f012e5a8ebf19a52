"""Case file: clients, referral, exploitation, sessions, consent ledger, conditions,
judicial cases and court dates, residence documents, goals, notifications, programme end.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

from shelter_desk.store.migrations import append_only

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=32), nullable=False),
    sa.Column('first_names', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_date_precision', sa.Enum('exact', 'month', 'year', 'estimated', name='birthdateprecision', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('gender', sa.Enum('female', 'male', 'non_binary', 'unknown', name='gender', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('nationality', sa.String(length=2), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('is_minor', sa.Boolean(), nullable=False),
    sa.Column('guardian_name', sa.String(length=120), nullable=True),
    sa.Column('guardian_contact', sa.String(length=200), nullable=True),
    sa.Column('residence_track', sa.Enum('third_country', 'eu', 'belgian', name='residencetrack', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('intake_date', sa.Date(), nullable=False),
    sa.Column('counsellor_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('intake', 'in_programme', 'closed', name='clientstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('synthetic', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_clients_counsellor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('case_code', name=op.f('uq_clients_case_code'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_status_counsellor', ['status', 'counsellor_id'], unique=False)

    op.create_table('access_grants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('granted_by', sa.Integer(), nullable=False),
    sa.Column('granted_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_access_grants_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['granted_by'], ['users.id'], name=op.f('fk_access_grants_granted_by_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_access_grants_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_grants'))
    )
    with op.batch_alter_table('access_grants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_grants_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_grants_user_id'), ['user_id'], unique=False)

    op.create_table('autonomy_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.Enum('housing', 'work', 'education_language', 'finances', 'health', 'legal_status', 'social_network', 'daily_living', name='goaldomain', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'achieved', 'abandoned', name='goalstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_autonomy_goals_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_autonomy_goals'))
    )
    with op.batch_alter_table('autonomy_goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_autonomy_goals_client_id'), ['client_id'], unique=False)

    op.create_table('client_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_aliases_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_aliases'))
    )
    with op.batch_alter_table('client_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_aliases_client_id'), ['client_id'], unique=False)

    op.create_table('condition_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('condition', sa.Enum('no_contact', 'counselling', 'cooperation', name='condition', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('complied', 'concern', 'breach', name='conditionstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('assessment', sa.Text(), nullable=True),
    sa.Column('notified_prosecutor', sa.Boolean(), nullable=False),
    sa.Column('notified_immigration_office', sa.Boolean(), nullable=False),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_condition_checks_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_condition_checks_counsellor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_condition_checks'))
    )
    with op.batch_alter_table('condition_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_condition_checks_client_id'), ['client_id'], unique=False)

    op.create_table('consent_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Enum('programme_support', 'share_police', 'share_prosecutor', 'share_immigration_office', 'share_other_shelter', 'anonymous_statistics', name='consentpurpose', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('kind', sa.Enum('grant', 'withdrawal', name='consenteventkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('form', sa.Enum('written', 'oral_with_witness', name='consentform', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('language', sa.String(length=3), nullable=False),
    sa.Column('interpreter', sa.Boolean(), nullable=False),
    sa.Column('witness', sa.String(length=120), nullable=True),
    sa.Column('document_reference', sa.String(length=120), nullable=True),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_consent_events_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_consent_events_counsellor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_events'))
    )
    with op.batch_alter_table('consent_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_events_client_id'), ['client_id'], unique=False)

    op.create_table('counselling_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('intake', 'psychosocial', 'administrative', 'legal_accompaniment', 'medical_accompaniment', 'housing', 'work_education', 'evaluation', 'other', name='sessionkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('place', sa.Enum('shelter', 'outreach', 'court', 'police', 'lawyer', 'hospital', 'remote', 'other', name='sessionplace', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('interpreter_language', sa.String(length=3), nullable=True),
    sa.Column('support_person_present', sa.Boolean(), nullable=False),
    sa.Column('client_stopped', sa.Boolean(), nullable=False),
    sa.Column('client_asked_questions', sa.Boolean(), nullable=False),
    sa.Column('confidential_notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_counselling_sessions_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_counselling_sessions_counsellor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counselling_sessions'))
    )
    with op.batch_alter_table('counselling_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counselling_sessions_client_id'), ['client_id'], unique=False)

    op.create_table('exploitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('forms', sa.JSON(), nullable=False),
    sa.Column('sector', sa.Enum('hospitality', 'construction', 'agriculture', 'cleaning', 'car_wash', 'retail', 'domestic_work', 'transport', 'other', name='sector', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('loverboy_method', sa.Boolean(), nullable=False),
    sa.Column('countries', sa.JSON(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_exploitations_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exploitations'))
    )
    with op.batch_alter_table('exploitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exploitations_client_id'), ['client_id'], unique=False)

    op.create_table('judicial_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('office', sa.Enum('prosecutor', 'labour_auditor', name='judicialoffice', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('district', sa.String(length=80), nullable=False),
    sa.Column('reference_magistrate', sa.String(length=120), nullable=True),
    sa.Column('pv_number', sa.String(length=60), nullable=True),
    sa.Column('case_number', sa.String(length=60), nullable=True),
    sa.Column('stage', sa.Enum('inquiry', 'judicial_investigation', 'council_chamber', 'first_instance', 'appeal', 'cassation', 'final', 'dismissed', name='judicialstage', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('final_decision_on', sa.Date(), nullable=True),
    sa.Column('standing', sa.Enum('complainant', 'injured_party', 'civil_party', name='standing', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('standing_since', sa.Date(), nullable=True),
    sa.Column('lawyer', sa.String(length=120), nullable=True),
    sa.Column('legal_aid', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_judicial_cases_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judicial_cases'))
    )
    with op.batch_alter_table('judicial_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judicial_cases_client_id'), ['client_id'], unique=False)

    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('recipient', sa.Enum('prosecutor', 'labour_auditor', 'immigration_office', name='notificationrecipient', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('reason', sa.Enum('document_request', 'progress_report', 'end_of_guidance', 'contact_with_exploiters', 'disappearance', 'return', name='notificationreason', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_notifications_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_notifications_counsellor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_client_id'), ['client_id'], unique=False)

    op.create_table('programme_ends',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Enum('autonomy', 'voluntary_return', 'stopped_by_client', 'contact_with_exploiters', 'disappeared', 'transferred', 'not_trafficking', 'other', name='endreason', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_programme_ends_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_ends')),
    sa.UniqueConstraint('client_id', name=op.f('uq_programme_ends_client_id'))
    )
    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('service', sa.Enum('police', 'social_inspection', 'labour_auditor', 'prosecutor', 'immigration_office', 'asylum_reception', 'cpas_ocmw', 'hospital', 'ngo', 'lawyer', 'self', 'other', name='referringservice', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('service_detail', sa.String(length=200), nullable=True),
    sa.Column('detection_basis', sa.Enum('own_account', 'indicators', name='detectionbasis', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('indicators', sa.Text(), nullable=True),
    sa.Column('leaflet_language', sa.String(length=3), nullable=True),
    sa.Column('outcome', sa.Enum('pending', 'reflection_period', 'admitted', 'declined', 'referred_elsewhere', 'not_eligible', name='referraloutcome', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_referrals_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_client_id'), ['client_id'], unique=False)

    op.create_table('residence_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.Enum('annex_15', 'minor_document', 'attestation_immatriculation', 'a_card', 'b_card', name='documenttype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('requested', 'issued', 'refused', 'withdrawn', name='documentstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('extends_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=60), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_residence_documents_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['extends_id'], ['residence_documents.id'], name=op.f('fk_residence_documents_extends_id_residence_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_documents'))
    )
    with op.batch_alter_table('residence_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_residence_documents_client_id'), ['client_id'], unique=False)

    op.create_table('court_dates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('court', sa.String(length=120), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('at_time', sa.Time(), nullable=True),
    sa.Column('hearing_type', sa.Enum('introductory', 'council_chamber', 'pleadings', 'judgment', 'appeal', 'hearing_of_victim', 'other', name='hearingtype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('attendance_required', sa.Boolean(), nullable=False),
    sa.Column('counsellor_accompanies', sa.Boolean(), nullable=False),
    sa.Column('interpreter_arranged', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.Enum('scheduled', 'held', 'postponed', 'judgment', 'cancelled', name='hearingoutcome', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('client_attended', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['judicial_cases.id'], name=op.f('fk_court_dates_case_id_judicial_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_court_dates'))
    )
    with op.batch_alter_table('court_dates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_court_dates_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_dates_on_date'), ['on_date'], unique=False)

    op.create_table('goal_milestones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['autonomy_goals.id'], name=op.f('fk_goal_milestones_goal_id_autonomy_goals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_milestones'))
    )
    with op.batch_alter_table('goal_milestones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_milestones_goal_id'), ['goal_id'], unique=False)


    # The consent ledger is append-only: a correction is a new event, never an edit.
    append_only.refuse("consent_events", "consent_events_no_update", "UPDATE",
                       "the consent ledger")

def downgrade() -> None:
    append_only.drop("consent_events", "consent_events_no_update")
    with op.batch_alter_table('goal_milestones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_milestones_goal_id'))

    op.drop_table('goal_milestones')
    with op.batch_alter_table('court_dates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_court_dates_on_date'))
        batch_op.drop_index(batch_op.f('ix_court_dates_case_id'))

    op.drop_table('court_dates')
    with op.batch_alter_table('residence_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_residence_documents_client_id'))

    op.drop_table('residence_documents')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referrals_client_id'))

    op.drop_table('referrals')
    op.drop_table('programme_ends')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notifications_client_id'))

    op.drop_table('notifications')
    with op.batch_alter_table('judicial_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judicial_cases_client_id'))

    op.drop_table('judicial_cases')
    with op.batch_alter_table('exploitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exploitations_client_id'))

    op.drop_table('exploitations')
    with op.batch_alter_table('counselling_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counselling_sessions_client_id'))

    op.drop_table('counselling_sessions')
    with op.batch_alter_table('consent_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_events_client_id'))

    op.drop_table('consent_events')
    with op.batch_alter_table('condition_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_condition_checks_client_id'))

    op.drop_table('condition_checks')
    with op.batch_alter_table('client_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_aliases_client_id'))

    op.drop_table('client_aliases')
    with op.batch_alter_table('autonomy_goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_autonomy_goals_client_id'))

    op.drop_table('autonomy_goals')
    with op.batch_alter_table('access_grants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_grants_user_id'))
        batch_op.drop_index(batch_op.f('ix_access_grants_client_id'))

    op.drop_table('access_grants')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_status_counsellor')

    op.drop_table('clients')
