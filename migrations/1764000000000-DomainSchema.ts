/**
 * The whole domain of ../shared/domain.md: organisation, movements, pledges, contributions,
 * contests, evaluations, awards, events and the audit trail. Enum value lists are written out
 * here on purpose: a migration is a frozen record of the schema, not a view of today's code.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  column,
  createTable,
  enumCheck,
  exactlyOneCheck,
  isMysql,
  nonNegativeCheck,
  recordColumns,
  softDeleteColumn,
  type TableSpec,
} from './support/schema-kit';

const UNIT_KINDS = [
  'PROVINCIAL_COMMITTEE',
  'DEPARTMENT',
  'AGENCY',
  'BROADCASTER',
  'DISTRICT',
  'COMMUNE',
  'ENTERPRISE',
  'OTHER',
];
const GENDERS = ['MALE', 'FEMALE', 'OTHER'];
const BLOC_KINDS = ['BLOC', 'CLUSTER'];
const LEADERSHIP_ROLES = ['LEADER', 'DEPUTY'];
const MOVEMENT_KINDS = ['REGULAR', 'THEMATIC', 'CAMPAIGN'];
const MOVEMENT_SCOPES = ['NATIONAL', 'PROVINCIAL', 'BLOC', 'UNIT'];
const FUND_PURPOSES = ['SOCIAL', 'AWARD'];
const PRIZE_RANKS = ['SPECIAL', 'FIRST', 'SECOND', 'THIRD', 'CONSOLATION'];
const EVALUATION_METHODS = ['SCORE', 'VOTE', 'SCORE_AND_VOTE'];
const AWARD_CATEGORIES = [
  'TITLE',
  'ORDER',
  'MEDAL',
  'STATE_HONOUR_TITLE',
  'STATE_PRIZE',
  'COMMEMORATIVE_MEDAL',
  'CERTIFICATE_OF_MERIT',
  'CERTIFICATE',
];
const SUBJECT_TYPES = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'];
const AWARD_LEVELS = ['STATE', 'GOVERNMENT', 'PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'UNIT'];
const COMMENDATION_TYPES = ['MERIT', 'AD_HOC', 'THEMATIC', 'DEDICATION', 'SENIORITY', 'FOREIGN', 'RESISTANCE'];
const DECISION_STATUSES = ['IN_EFFECT', 'PARTIALLY_REVOKED', 'REVOKED'];
const AWARD_STATUSES = ['ACTIVE', 'REVOKED'];
const EVENT_KINDS = ['YEAR_END_REVIEW', 'PLEDGE_SIGNING', 'PRIZE_CEREMONY', 'MID_YEAR_REVIEW', 'CROSS_INSPECTION'];

function tables(qr: QueryRunner): TableSpec[] {
  const record = recordColumns(qr);
  const maintained = [...record, softDeleteColumn(qr)];
  const searchKey = column.varchar('searchKey', 500);

  return [
    {
      name: 'units',
      columns: [
        ...maintained,
        column.varchar('code', 64),
        column.varchar('name', 255),
        column.varchar('shortName', 100, { isNullable: true }),
        column.varchar('kind', 32),
        column.fk('parentId', true),
        column.int('headcount'),
        column.int('headcountFemale'),
        column.date('validFrom'),
        column.date('validTo'),
        column.fk('successorId', true),
        searchKey,
      ],
      uniques: { uq_units_code: ['code'] },
      indexes: { ix_units_search_key: ['searchKey'], ix_units_parent: ['parentId'] },
      foreignKeys: [
        { column: 'parentId', references: 'units' },
        { column: 'successorId', references: 'units' },
      ],
      checks: [
        enumCheck('units', 'kind', UNIT_KINDS),
        nonNegativeCheck('units', 'headcount'),
        {
          name: 'ck_units_headcount_female',
          expression:
            'headcountFemale IS NULL OR (headcountFemale >= 0 AND (headcount IS NULL OR headcountFemale <= headcount))',
        },
        { name: 'ck_units_valid_range', expression: 'validTo IS NULL OR validFrom IS NULL OR validTo >= validFrom' },
      ],
    },
    {
      name: 'persons',
      columns: [
        ...maintained,
        column.varchar('fullName', 255),
        column.varchar('gender', 32, { isNullable: true }),
        column.fk('unitId'),
        column.varchar('position', 255, { isNullable: true }),
        column.bool('isIllustrative', false),
        searchKey,
      ],
      indexes: { ix_persons_unit: ['unitId'], ix_persons_search_key: ['searchKey'] },
      foreignKeys: [{ column: 'unitId', references: 'units' }],
      checks: [enumCheck('persons', 'gender', GENDERS)],
    },
    {
      name: 'emulation_blocs',
      columns: [
        ...maintained,
        column.varchar('code', 64),
        column.varchar('name', 255),
        column.varchar('kind', 32),
        column.fk('managingUnitId', true),
        column.smallint('maxFlagsPerYear', { default: 1 }),
        column.date('validFrom'),
        column.date('validTo'),
        searchKey,
      ],
      uniques: { uq_emulation_blocs_code: ['code'] },
      indexes: { ix_emulation_blocs_search_key: ['searchKey'] },
      foreignKeys: [{ column: 'managingUnitId', references: 'units' }],
      checks: [
        enumCheck('emulation_blocs', 'kind', BLOC_KINDS),
        { name: 'ck_emulation_blocs_max_flags', expression: 'maxFlagsPerYear >= 0' },
      ],
    },
    {
      name: 'bloc_memberships',
      columns: [
        ...maintained,
        column.fk('blocId'),
        column.fk('unitId'),
        column.smallint('fromYear'),
        column.smallint('toYear', { isNullable: true }),
      ],
      indexes: {
        ix_bloc_memberships_bloc_unit: ['blocId', 'unitId', 'fromYear'],
        ix_bloc_memberships_unit: ['unitId', 'fromYear'],
      },
      foreignKeys: [
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'unitId', references: 'units' },
      ],
      checks: [{ name: 'ck_bloc_memberships_years', expression: 'toYear IS NULL OR toYear >= fromYear' }],
    },
    {
      name: 'bloc_leaderships',
      columns: [
        ...maintained,
        column.fk('blocId'),
        column.smallint('year'),
        column.fk('unitId'),
        column.varchar('role', 32),
        column.bool('isIllustrative', false),
      ],
      uniques: { uq_bloc_leaderships_bloc_year_role: ['blocId', 'year', 'role'] },
      indexes: { ix_bloc_leaderships_unit: ['unitId', 'year'] },
      foreignKeys: [
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'unitId', references: 'units' },
      ],
      checks: [enumCheck('bloc_leaderships', 'role', LEADERSHIP_ROLES)],
    },
    {
      name: 'events',
      columns: [
        ...maintained,
        column.fk('blocId', true),
        column.date('heldOn', false),
        column.varchar('kind', 32),
        column.varchar('title', 500),
        column.varchar('place', 255, { isNullable: true }),
        column.varchar('sourceUrl', 1000, { isNullable: true }),
      ],
      indexes: { ix_events_bloc_held_on: ['blocId', 'heldOn'] },
      foreignKeys: [{ column: 'blocId', references: 'emulation_blocs' }],
      checks: [enumCheck('events', 'kind', EVENT_KINDS)],
    },
    {
      name: 'movements',
      columns: [
        ...maintained,
        column.varchar('code', 64),
        column.varchar('name', 500),
        column.varchar('kind', 32),
        column.varchar('scope', 32),
        column.varchar('launchedBy', 255, { isNullable: true }),
        column.varchar('launchDocumentNo', 100, { isNullable: true }),
        column.date('launchDate'),
        column.smallint('periodStartYear', { isNullable: true }),
        column.smallint('periodEndYear', { isNullable: true }),
        column.fk('parentId', true),
        column.fk('blocId', true),
        searchKey,
      ],
      uniques: { uq_movements_code: ['code'] },
      indexes: {
        ix_movements_search_key: ['searchKey'],
        ix_movements_parent: ['parentId'],
        ix_movements_bloc: ['blocId'],
      },
      foreignKeys: [
        { column: 'parentId', references: 'movements' },
        { column: 'blocId', references: 'emulation_blocs' },
      ],
      checks: [
        enumCheck('movements', 'kind', MOVEMENT_KINDS),
        enumCheck('movements', 'scope', MOVEMENT_SCOPES),
        {
          name: 'ck_movements_period',
          expression: 'periodEndYear IS NULL OR periodStartYear IS NULL OR periodEndYear >= periodStartYear',
        },
      ],
    },
    {
      name: 'movement_outcomes',
      columns: [
        ...maintained,
        column.fk('movementId'),
        column.smallint('year'),
        column.varchar('indicator', 64),
        column.decimal('value', 18, { isNullable: true }),
        column.varchar('unitOfMeasure', 64, { isNullable: true }),
        column.text('note'),
        column.varchar('sourceRef', 500, { isNullable: true }),
      ],
      indexes: { ix_movement_outcomes_movement_year: ['movementId', 'year'] },
      foreignKeys: [{ column: 'movementId', references: 'movements' }],
    },
    {
      name: 'contribution_kinds',
      columns: [
        ...maintained,
        column.varchar('code', 64),
        column.varchar('name', 255),
        column.varchar('unitOfMeasure', 64),
      ],
      uniques: { uq_contribution_kinds_code: ['code'] },
    },
    {
      name: 'funds',
      columns: [
        ...maintained,
        column.varchar('code', 64),
        column.varchar('name', 255),
        column.varchar('purpose', 32),
        column.fk('ownerBlocId', true),
        column.fk('ownerUnitId', true),
        column.smallint('establishedYear', { isNullable: true }),
        searchKey,
      ],
      uniques: { uq_funds_code: ['code'] },
      indexes: {
        ix_funds_owner_bloc: ['ownerBlocId'],
        ix_funds_owner_unit: ['ownerUnitId'],
        ix_funds_search_key: ['searchKey'],
      },
      foreignKeys: [
        { column: 'ownerBlocId', references: 'emulation_blocs' },
        { column: 'ownerUnitId', references: 'units' },
      ],
      checks: [
        enumCheck('funds', 'purpose', FUND_PURPOSES),
        exactlyOneCheck('ck_funds_one_owner', ['ownerBlocId', 'ownerUnitId']),
      ],
    },
    {
      name: 'pledges',
      columns: [
        ...maintained,
        column.fk('blocId'),
        column.smallint('year'),
        column.date('signedOn'),
        column.varchar('place', 255, { isNullable: true }),
        column.text('content'),
        column.fk('eventId', true),
      ],
      uniques: { uq_pledges_bloc_year: ['blocId', 'year'] },
      foreignKeys: [
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'eventId', references: 'events' },
      ],
    },
    {
      name: 'pledge_signatories',
      columns: [
        ...maintained,
        column.fk('pledgeId'),
        column.fk('unitId'),
        column.varchar('signerName', 255, { isNullable: true }),
        column.varchar('signerTitle', 255, { isNullable: true }),
      ],
      uniques: { uq_pledge_signatories_pledge_unit: ['pledgeId', 'unitId'] },
      indexes: { ix_pledge_signatories_unit: ['unitId'] },
      foreignKeys: [
        { column: 'pledgeId', references: 'pledges' },
        { column: 'unitId', references: 'units' },
      ],
    },
    {
      name: 'pledge_targets',
      columns: [
        ...maintained,
        column.fk('pledgeId'),
        column.fk('unitId', true),
        column.fk('movementId', true),
        column.fk('kindId'),
        column.int('targetQuantity'),
        column.vnd('targetAmountVnd'),
        column.text('description'),
        column.bool('isIllustrative', false),
      ],
      indexes: {
        ix_pledge_targets_pledge: ['pledgeId'],
        ix_pledge_targets_unit: ['unitId'],
        ix_pledge_targets_movement: ['movementId'],
      },
      foreignKeys: [
        { column: 'pledgeId', references: 'pledges' },
        { column: 'unitId', references: 'units' },
        { column: 'movementId', references: 'movements' },
        { column: 'kindId', references: 'contribution_kinds' },
      ],
      checks: [
        nonNegativeCheck('pledge_targets', 'targetQuantity'),
        nonNegativeCheck('pledge_targets', 'targetAmountVnd'),
      ],
    },
    {
      name: 'contributions',
      columns: [
        ...maintained,
        column.fk('movementId'),
        column.smallint('year'),
        column.fk('unitId', true),
        column.fk('blocId', true),
        column.fk('kindId'),
        column.int('quantity'),
        column.vnd('amountVnd'),
        column.fk('fundId', true),
        column.date('occurredOn'),
        column.text('beneficiaryNote'),
        column.varchar('sourceRef', 500, { isNullable: true }),
      ],
      // The report dimensions: movement × year, bloc, unit, kind, fund.
      indexes: {
        ix_contributions_movement_year: ['movementId', 'year'],
        ix_contributions_year: ['year'],
        ix_contributions_bloc_year: ['blocId', 'year'],
        ix_contributions_unit_year: ['unitId', 'year'],
        ix_contributions_kind: ['kindId'],
        ix_contributions_fund: ['fundId'],
      },
      foreignKeys: [
        { column: 'movementId', references: 'movements' },
        { column: 'unitId', references: 'units' },
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'kindId', references: 'contribution_kinds' },
        { column: 'fundId', references: 'funds' },
      ],
      checks: [
        exactlyOneCheck('ck_contributions_one_contributor', ['unitId', 'blocId']),
        nonNegativeCheck('contributions', 'quantity'),
        nonNegativeCheck('contributions', 'amountVnd'),
      ],
    },
    {
      name: 'contests',
      columns: [
        ...maintained,
        column.varchar('name', 500),
        column.smallint('year'),
        column.fk('organiserBlocId', true),
        column.fk('organiserUnitId', true),
        column.fk('movementId', true),
        column.varchar('topic', 500, { isNullable: true }),
        column.date('startsOn'),
        column.date('endsOn'),
        column.fk('awardEventId', true),
        searchKey,
      ],
      indexes: {
        ix_contests_organiser_bloc: ['organiserBlocId', 'year'],
        ix_contests_organiser_unit: ['organiserUnitId', 'year'],
        ix_contests_movement: ['movementId'],
        ix_contests_search_key: ['searchKey'],
      },
      foreignKeys: [
        { column: 'organiserBlocId', references: 'emulation_blocs' },
        { column: 'organiserUnitId', references: 'units' },
        { column: 'movementId', references: 'movements' },
        { column: 'awardEventId', references: 'events' },
      ],
      checks: [
        exactlyOneCheck('ck_contests_one_organiser', ['organiserBlocId', 'organiserUnitId']),
        { name: 'ck_contests_dates', expression: 'endsOn IS NULL OR startsOn IS NULL OR endsOn >= startsOn' },
      ],
    },
    {
      name: 'contest_prizes',
      columns: [
        ...maintained,
        column.fk('contestId'),
        column.varchar('rank', 32),
        column.fk('recipientUnitId', true),
        column.fk('recipientPersonId', true),
        column.varchar('recipientNameSnapshot', 255),
        column.vnd('amountVnd'),
        column.bool('isIllustrative', false),
      ],
      indexes: {
        ix_contest_prizes_contest: ['contestId'],
        ix_contest_prizes_unit: ['recipientUnitId'],
        ix_contest_prizes_person: ['recipientPersonId'],
      },
      foreignKeys: [
        { column: 'contestId', references: 'contests' },
        { column: 'recipientUnitId', references: 'units' },
        { column: 'recipientPersonId', references: 'persons' },
      ],
      checks: [
        enumCheck('contest_prizes', '`rank`', PRIZE_RANKS),
        exactlyOneCheck('ck_contest_prizes_one_recipient', ['recipientUnitId', 'recipientPersonId']),
        nonNegativeCheck('contest_prizes', 'amountVnd'),
      ],
    },
    {
      name: 'award_types',
      columns: [
        ...maintained,
        column.varchar('code', 64),
        column.varchar('name', 255),
        column.varchar('category', 32),
        column.varchar('allowedSubjects', 64),
        column.varchar('level', 32),
        column.bool('isAnnual', false),
        column.decimal('prizeCoefficient', 6, { isNullable: true }),
        column.varchar('legalBasis', 500, { isNullable: true }),
        column.date('effectiveFrom'),
        column.date('effectiveTo'),
      ],
      uniques: { uq_award_types_code: ['code'] },
      checks: [
        enumCheck('award_types', 'category', AWARD_CATEGORIES),
        enumCheck('award_types', 'level', AWARD_LEVELS),
        nonNegativeCheck('award_types', 'prizeCoefficient'),
        { name: 'ck_award_types_allowed_subjects', expression: "allowedSubjects <> ''" },
      ],
    },
    {
      name: 'base_salaries',
      columns: [
        ...maintained,
        column.vnd('amountVnd', { isNullable: false }),
        column.date('effectiveFrom', false),
        column.varchar('legalBasis', 500, { isNullable: true }),
        column.vnd('roundingStepVnd', { isNullable: false, default: 1 }),
      ],
      uniques: { uq_base_salaries_effective_from: ['effectiveFrom'] },
      checks: [
        { name: 'ck_base_salaries_amount_positive', expression: 'amountVnd > 0' },
        { name: 'ck_base_salaries_rounding_positive', expression: 'roundingStepVnd > 0' },
      ],
    },
    {
      name: 'criteria_sets',
      columns: [
        ...maintained,
        column.fk('blocId'),
        column.smallint('year'),
        column.decimal('maxTotal', 8),
        column.bool('isIllustrative', false),
      ],
      uniques: { uq_criteria_sets_bloc_year: ['blocId', 'year'] },
      foreignKeys: [{ column: 'blocId', references: 'emulation_blocs' }],
      checks: [nonNegativeCheck('criteria_sets', 'maxTotal')],
    },
    {
      name: 'criteria',
      columns: [
        ...maintained,
        column.fk('criteriaSetId'),
        column.fk('parentId', true),
        column.varchar('code', 64),
        column.varchar('name', 500),
        column.decimal('maxPoints', 6),
        column.decimal('maxBonusPoints', 6, { default: 0 }),
        column.int('sortOrder', { isNullable: false, default: 0 }),
      ],
      uniques: { uq_criteria_set_code: ['criteriaSetId', 'code'] },
      indexes: { ix_criteria_parent: ['parentId'] },
      foreignKeys: [
        { column: 'criteriaSetId', references: 'criteria_sets' },
        { column: 'parentId', references: 'criteria' },
      ],
      checks: [nonNegativeCheck('criteria', 'maxPoints'), nonNegativeCheck('criteria', 'maxBonusPoints')],
    },
    {
      name: 'evaluations',
      columns: [
        ...maintained,
        column.fk('blocId'),
        column.smallint('year'),
        column.fk('criteriaSetId', true),
        column.date('heldOn'),
        column.fk('eventId', true),
        column.varchar('method', 32),
        column.bool('isIllustrative', false),
      ],
      uniques: { uq_evaluations_bloc_year: ['blocId', 'year'] },
      indexes: { ix_evaluations_year: ['year'] },
      foreignKeys: [
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'criteriaSetId', references: 'criteria_sets' },
        { column: 'eventId', references: 'events' },
      ],
      checks: [enumCheck('evaluations', 'method', EVALUATION_METHODS)],
    },
    {
      name: 'evaluation_scores',
      columns: [
        ...maintained,
        column.fk('evaluationId'),
        column.fk('unitId'),
        column.fk('criterionId'),
        column.decimal('points', 6),
        column.decimal('bonusPoints', 6, { default: 0 }),
      ],
      uniques: { uq_evaluation_scores_eval_unit_criterion: ['evaluationId', 'unitId', 'criterionId'] },
      indexes: { ix_evaluation_scores_unit: ['unitId'], ix_evaluation_scores_criterion: ['criterionId'] },
      foreignKeys: [
        { column: 'evaluationId', references: 'evaluations' },
        { column: 'unitId', references: 'units' },
        { column: 'criterionId', references: 'criteria' },
      ],
      checks: [nonNegativeCheck('evaluation_scores', 'points'), nonNegativeCheck('evaluation_scores', 'bonusPoints')],
    },
    {
      name: 'evaluation_results',
      columns: [
        ...maintained,
        column.fk('evaluationId'),
        column.fk('unitId'),
        column.decimal('totalPoints', 8, { default: 0 }),
        column.int('rank'),
        column.int('votesFor'),
        column.int('votesCast'),
        column.fk('proposedAwardTypeId', true),
      ],
      uniques: { uq_evaluation_results_eval_unit: ['evaluationId', 'unitId'] },
      indexes: { ix_evaluation_results_unit: ['unitId'] },
      foreignKeys: [
        { column: 'evaluationId', references: 'evaluations' },
        { column: 'unitId', references: 'units' },
        { column: 'proposedAwardTypeId', references: 'award_types' },
      ],
      checks: [
        { name: 'ck_evaluation_results_rank', expression: '`rank` IS NULL OR `rank` >= 1' },
        {
          name: 'ck_evaluation_results_votes',
          expression: 'votesFor IS NULL OR (votesFor >= 0 AND (votesCast IS NULL OR votesFor <= votesCast))',
        },
        nonNegativeCheck('evaluation_results', 'votesCast'),
      ],
    },
    {
      name: 'award_decisions',
      columns: [
        ...record,
        column.varchar('decisionNo', 64),
        column.date('signedOn', false),
        column.smallint('signedYear'),
        column.fk('issuingUnitId'),
        column.varchar('level', 32),
        column.varchar('signerName', 255, { isNullable: true }),
        column.varchar('signerTitle', 255, { isNullable: true }),
        column.text('summary'),
        column.varchar('commendationType', 32),
        column.fk('movementId', true),
        column.varchar('status', 32, { default: "'IN_EFFECT'" }),
        column.bool('isIllustrative', false),
      ],
      uniques: { uq_award_decisions_issuer_no_year: ['issuingUnitId', 'decisionNo', 'signedYear'] },
      indexes: { ix_award_decisions_signed_on: ['signedOn'], ix_award_decisions_movement: ['movementId'] },
      foreignKeys: [
        { column: 'issuingUnitId', references: 'units' },
        { column: 'movementId', references: 'movements' },
      ],
      checks: [
        enumCheck('award_decisions', 'level', AWARD_LEVELS),
        enumCheck('award_decisions', 'commendationType', COMMENDATION_TYPES),
        enumCheck('award_decisions', 'status', DECISION_STATUSES),
      ],
    },
    {
      name: 'awards',
      columns: [
        ...record,
        column.fk('decisionId'),
        column.fk('awardTypeId'),
        column.varchar('subjectType', 32),
        column.fk('recipientUnitId', true),
        column.fk('recipientPersonId', true),
        column.varchar('recipientHouseholdName', 255, { isNullable: true }),
        column.varchar('recipientNameSnapshot', 255),
        column.smallint('achievementYear'),
        column.fk('movementId', true),
        column.fk('blocId', true),
        column.decimal('prizeCoefficient', 6, { isNullable: true }),
        column.vnd('baseSalaryVnd'),
        column.vnd('prizeAmountVnd'),
        column.text('flagOverrideReason'),
        column.varchar('status', 32, { default: "'ACTIVE'" }),
        column.fk('revokedByDecisionId', true),
        column.date('revokedOn'),
        column.text('revocationReason'),
        column.varchar('annualTitleKey', 120, { isNullable: true }),
      ],
      uniques: { uq_awards_annual_title_key: ['annualTitleKey'] },
      // The award-statistics dimensions: type, achievement year, bloc, unit, person, decision.
      indexes: {
        ix_awards_decision: ['decisionId'],
        ix_awards_type_year: ['awardTypeId', 'achievementYear'],
        ix_awards_achievement_year: ['achievementYear'],
        ix_awards_bloc_year: ['blocId', 'achievementYear'],
        ix_awards_unit: ['recipientUnitId', 'achievementYear'],
        ix_awards_person: ['recipientPersonId', 'achievementYear'],
        ix_awards_movement: ['movementId'],
      },
      foreignKeys: [
        { column: 'decisionId', references: 'award_decisions' },
        { column: 'awardTypeId', references: 'award_types' },
        { column: 'recipientUnitId', references: 'units' },
        { column: 'recipientPersonId', references: 'persons' },
        { column: 'movementId', references: 'movements' },
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'revokedByDecisionId', references: 'award_decisions' },
      ],
      checks: [
        enumCheck('awards', 'subjectType', SUBJECT_TYPES),
        enumCheck('awards', 'status', AWARD_STATUSES),
        exactlyOneCheck('ck_awards_one_recipient', ['recipientUnitId', 'recipientPersonId', 'recipientHouseholdName']),
        {
          name: 'ck_awards_recipient_matches_subject',
          expression:
            "(subjectType = 'COLLECTIVE' AND recipientUnitId IS NOT NULL) OR " +
            "(subjectType = 'INDIVIDUAL' AND recipientPersonId IS NOT NULL) OR " +
            "(subjectType = 'HOUSEHOLD' AND recipientHouseholdName IS NOT NULL)",
        },
        nonNegativeCheck('awards', 'prizeAmountVnd'),
        {
          name: 'ck_awards_revocation',
          expression:
            "(status = 'ACTIVE' AND revokedOn IS NULL) OR " +
            "(status = 'REVOKED' AND revokedOn IS NOT NULL AND revocationReason IS NOT NULL)",
        },
      ],
    },
    {
      name: 'audit_events',
      columns: [
        column.id(),
        { ...recordColumns(qr)[1], name: 'occurredAt' },
        column.varchar('actorKeyId', 64, { isNullable: true }),
        column.varchar('actorRole', 32, { isNullable: true }),
        column.varchar('requestId', 64, { isNullable: true }),
        column.varchar('operation', 128),
        // A batch mutation is one event with many changes: MySQL's TEXT (64 KiB) is too small.
        isMysql(qr) ? { name: 'changes', type: 'longtext', isNullable: false } : column.text('changes', false),
      ],
      indexes: { ix_audit_events_occurred_at: ['occurredAt'], ix_audit_events_operation: ['operation'] },
    },
  ];
}

export class DomainSchema1764000000000 implements MigrationInterface {
  name = 'DomainSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const spec of tables(queryRunner)) {
      await createTable(queryRunner, spec);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const spec of tables(queryRunner).reverse()) {
      await queryRunner.dropTable(spec.name, true, true, true);
    }
  }
}
