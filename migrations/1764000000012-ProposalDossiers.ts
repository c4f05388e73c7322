/**
 * Proposal dossiers (hồ sơ đề nghị khen thưởng): the dossiers, their items, documents and state history,
 * the catalogue of required documents, and the APPRAISER role (the provincial emulation board) for
 * API keys. The four dossier tables report to the change feed like every domain table.
 *
 * The role CHECK on api_keys is replaced: on MySQL by ALTER TABLE; on SQLite, which cannot alter a
 * CHECK, by TypeORM's table rebuild (api_keys has no hand-written index that a rebuild would lose).
 */
import { TableCheck, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createChangeTriggers, dropChangeTriggers } from './1764000000001-ChangeFeed';
import {
  column,
  createTable,
  enumCheck,
  exactlyOneCheck,
  isMysql,
  nonNegativeCheck,
  recordColumns,
  softDeleteColumn,
} from './support/schema-kit';

const STATES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_APPRAISAL',
  'RETURNED',
  'COUNCIL_REVIEW',
  'DECIDED',
  'REJECTED',
  'WITHDRAWN',
];
const OUTCOMES = ['PENDING', 'APPROVED', 'REJECTED'];
const DOCUMENT_KINDS = [
  'COVER_LETTER',
  'ACHIEVEMENT_REPORT',
  'MEETING_MINUTES',
  'AGENCY_OPINIONS',
  'INITIATIVE_PROOF',
  'OTHER',
];
const COMMENDATION_TYPES = ['MERIT', 'AD_HOC', 'THEMATIC', 'DEDICATION', 'SENIORITY', 'FOREIGN', 'RESISTANCE'];
const SUBJECT_TYPES = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'];
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
const ROLE_CHECK = 'ck_api_keys_role';
const ROLES_BEFORE = ['ADMIN', 'EDITOR', 'REPORTER', 'READER'];
const ROLES_AFTER = [...ROLES_BEFORE, 'APPRAISER'];

/** table → the GraphQL type the change feed reports; none of them is soft-deleted except items. */
const FEED: ReadonlyArray<[table: string, typeName: string, softDelete: boolean]> = [
  ['proposals', 'Proposal', false],
  ['proposal_items', 'ProposalItem', true],
  ['proposal_documents', 'ProposalDocument', false],
  ['proposal_transitions', 'ProposalTransition', false],
];

export class ProposalDossiers1764000000012 implements MigrationInterface {
  name = 'ProposalDossiers1764000000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, {
      name: 'proposals',
      columns: [
        ...recordColumns(queryRunner),
        column.fk('submittingUnitId'),
        column.fk('addressedUnitId'),
        column.varchar('commendationType', 32),
        column.smallint('year'),
        column.fk('movementId', true),
        column.varchar('referenceNo', 64, { isNullable: true }),
        column.text('summary'),
        column.varchar('state', 32, { default: "'DRAFT'" }),
        column.date('submittedOn'),
        column.date('decidedOn'),
        column.int('processingDays'),
        column.fk('decisionId', true),
        column.bool('isIllustrative', false),
      ],
      indexes: {
        ix_proposals_unit_state: ['submittingUnitId', 'state'],
        ix_proposals_state_submitted: ['state', 'submittedOn'],
      },
      foreignKeys: [
        { column: 'submittingUnitId', references: 'units' },
        { column: 'addressedUnitId', references: 'units' },
        { column: 'movementId', references: 'movements' },
        { column: 'decisionId', references: 'award_decisions' },
      ],
      checks: [
        enumCheck('proposals', 'state', STATES),
        enumCheck('proposals', 'commendationType', COMMENDATION_TYPES),
        { name: 'ck_proposals_decided', expression: "(state = 'DECIDED') = (decisionId IS NOT NULL)" },
        nonNegativeCheck('proposals', 'processingDays'),
      ],
    });
    await createTable(queryRunner, {
      name: 'proposal_items',
      columns: [
        ...recordColumns(queryRunner),
        softDeleteColumn(queryRunner),
        column.fk('proposalId'),
        column.fk('awardTypeId'),
        column.varchar('subjectType', 32),
        column.fk('recipientUnitId', true),
        column.fk('recipientPersonId', true),
        column.varchar('recipientHouseholdName', 255, { isNullable: true }),
        column.text('achievementSummary'),
        column.fk('evaluationResultId', true),
        column.fk('blocId', true),
        column.text('flagOverrideReason'),
        column.varchar('outcome', 32, { default: "'PENDING'" }),
        column.text('outcomeReason'),
        column.int('votesFor'),
        column.int('votesAgainst'),
        column.int('votesAbstaining'),
        column.fk('awardId', true),
        column.text('warningsJson'),
      ],
      uniques: { uq_proposal_items_award: ['awardId'] },
      indexes: { ix_proposal_items_proposal: ['proposalId'] },
      foreignKeys: [
        { column: 'proposalId', references: 'proposals' },
        { column: 'awardTypeId', references: 'award_types' },
        { column: 'recipientUnitId', references: 'units' },
        { column: 'recipientPersonId', references: 'persons' },
        { column: 'evaluationResultId', references: 'evaluation_results' },
        { column: 'blocId', references: 'emulation_blocs' },
        { column: 'awardId', references: 'awards' },
      ],
      checks: [
        enumCheck('proposal_items', 'subjectType', SUBJECT_TYPES),
        enumCheck('proposal_items', 'outcome', OUTCOMES),
        exactlyOneCheck('ck_proposal_items_one_recipient', [
          'recipientUnitId',
          'recipientPersonId',
          'recipientHouseholdName',
        ]),
        nonNegativeCheck('proposal_items', 'votesFor'),
        nonNegativeCheck('proposal_items', 'votesAgainst'),
        nonNegativeCheck('proposal_items', 'votesAbstaining'),
      ],
    });
    await createTable(queryRunner, {
      name: 'proposal_documents',
      columns: [
        ...recordColumns(queryRunner),
        column.fk('proposalId'),
        column.varchar('kind', 32),
        column.varchar('fileName', 255),
        column.varchar('mediaType', 100),
        column.int('sizeBytes', { isNullable: false }),
        column.varchar('sha256', 64),
        column.varchar('uploadedByKeyId', 16),
      ],
      indexes: { ix_proposal_documents_proposal: ['proposalId'], ix_proposal_documents_sha256: ['sha256'] },
      foreignKeys: [{ column: 'proposalId', references: 'proposals' }],
      checks: [
        enumCheck('proposal_documents', 'kind', DOCUMENT_KINDS),
        nonNegativeCheck('proposal_documents', 'sizeBytes'),
      ],
    });
    await createTable(queryRunner, {
      name: 'proposal_transitions',
      columns: [
        ...recordColumns(queryRunner),
        column.fk('proposalId'),
        column.varchar('fromState', 32, { isNullable: true }),
        column.varchar('toState', 32),
        column.varchar('actorKeyId', 16),
        column.text('reason'),
      ],
      indexes: { ix_proposal_transitions_proposal: ['proposalId'] },
      foreignKeys: [{ column: 'proposalId', references: 'proposals' }],
      checks: [
        enumCheck('proposal_transitions', 'fromState', STATES),
        enumCheck('proposal_transitions', 'toState', STATES),
      ],
    });
    await createTable(queryRunner, {
      name: 'proposal_document_requirements',
      columns: [
        ...recordColumns(queryRunner),
        softDeleteColumn(queryRunner),
        column.varchar('awardCategory', 32, { isNullable: true }),
        column.fk('awardTypeId', true),
        column.varchar('commendationType', 32, { isNullable: true }),
        column.varchar('documentKind', 32),
        column.varchar('legalBasis', 200),
      ],
      foreignKeys: [{ column: 'awardTypeId', references: 'award_types' }],
      checks: [
        enumCheck('proposal_document_requirements', 'awardCategory', AWARD_CATEGORIES),
        enumCheck('proposal_document_requirements', 'commendationType', COMMENDATION_TYPES),
        enumCheck('proposal_document_requirements', 'documentKind', DOCUMENT_KINDS),
      ],
    });
    for (const [table, typeName, softDelete] of FEED)
      await createChangeTriggers(queryRunner, table, typeName, softDelete);
    await replaceRoleCheck(queryRunner, ROLES_AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM api_keys WHERE role = 'APPRAISER'");
    await replaceRoleCheck(queryRunner, ROLES_BEFORE);
    for (const [table] of FEED) await dropChangeTriggers(queryRunner, table);
    for (const table of [
      'proposal_document_requirements',
      'proposal_transitions',
      'proposal_documents',
      'proposal_items',
      'proposals',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}

async function replaceRoleCheck(queryRunner: QueryRunner, roles: readonly string[]): Promise<void> {
  const check = enumCheck('api_keys', 'role', roles);
  if (isMysql(queryRunner)) {
    await queryRunner.query(`ALTER TABLE api_keys DROP CONSTRAINT ${ROLE_CHECK}`);
    await queryRunner.query(`ALTER TABLE api_keys ADD CONSTRAINT ${ROLE_CHECK} CHECK (${check.expression})`);
    return;
  }
  const table = (await queryRunner.getTable('api_keys'))!;
  await queryRunner.dropCheckConstraint(table, ROLE_CHECK);
  await queryRunner.createCheckConstraint(table, new TableCheck({ name: ROLE_CHECK, expression: check.expression }));
}
