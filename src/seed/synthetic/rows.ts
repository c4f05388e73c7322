/**
 * The synthetic dataset's tables and their writer: ids are assigned here (reserved once from each
 * table's next id) and rows written with multi-row INSERTs (see bulk-insert).
 */
import type { EntityManager } from 'typeorm';
import { BulkTable, nextId, type SqlValue } from '../bulk-insert';
import { SeededRandom } from '../random';
import { FAMILY, GIVEN, MIDDLE } from './plan';

/** Tables in the order rows may be written (parents first), with the columns the generator fills. */
const TABLES = {
  units: [
    'id',
    'code',
    'name',
    'shortName',
    'kind',
    'parentId',
    'headcount',
    'headcountFemale',
    'validFrom',
    'searchKey',
  ],
  persons: ['id', 'fullName', 'gender', 'unitId', 'position', 'isIllustrative', 'searchKey', 'occupationGroup'],
  emulation_blocs: ['id', 'code', 'name', 'kind', 'managingUnitId', 'maxFlagsPerYear', 'validFrom', 'searchKey'],
  bloc_memberships: ['id', 'blocId', 'unitId', 'fromYear', 'toYear'],
  bloc_leaderships: ['id', 'blocId', 'year', 'unitId', 'role', 'isIllustrative'],
  movements: [
    'id',
    'code',
    'name',
    'kind',
    'scope',
    'launchedBy',
    'launchDate',
    'periodStartYear',
    'periodEndYear',
    'parentId',
    'blocId',
    'searchKey',
    'durationMonths',
    'launchingUnitId',
  ],
  funds: ['id', 'code', 'name', 'purpose', 'ownerBlocId', 'ownerUnitId', 'establishedYear', 'searchKey'],
  pledges: ['id', 'blocId', 'year', 'signedOn', 'place', 'content'],
  pledge_signatories: ['id', 'pledgeId', 'unitId', 'signerName', 'signerTitle'],
  pledge_targets: [
    'id',
    'pledgeId',
    'unitId',
    'movementId',
    'kindId',
    'targetQuantity',
    'targetAmountVnd',
    'description',
    'isIllustrative',
  ],
  contests: [
    'id',
    'name',
    'year',
    'organiserBlocId',
    'organiserUnitId',
    'movementId',
    'topic',
    'startsOn',
    'endsOn',
    'searchKey',
  ],
  contest_prizes: [
    'id',
    'contestId',
    'rank',
    'recipientUnitId',
    'recipientPersonId',
    'recipientNameSnapshot',
    'amountVnd',
    'isIllustrative',
  ],
  criteria_sets: ['id', 'blocId', 'year', 'maxTotal', 'isIllustrative'],
  criteria: ['id', 'criteriaSetId', 'parentId', 'code', 'name', 'maxPoints', 'maxBonusPoints', 'sortOrder'],
  evaluations: ['id', 'blocId', 'year', 'criteriaSetId', 'heldOn', 'method', 'isIllustrative'],
  evaluation_scores: ['id', 'evaluationId', 'unitId', 'criterionId', 'points', 'bonusPoints'],
  evaluation_results: [
    'id',
    'evaluationId',
    'unitId',
    'totalPoints',
    'rank',
    'votesFor',
    'votesCast',
    'proposedAwardTypeId',
  ],
  award_decisions: [
    'id',
    'decisionNo',
    'signedOn',
    'signedYear',
    'issuingUnitId',
    'level',
    'signerName',
    'signerTitle',
    'summary',
    'commendationType',
    'movementId',
    'status',
    'isIllustrative',
  ],
  awards: [
    'id',
    'decisionId',
    'awardTypeId',
    'subjectType',
    'recipientUnitId',
    'recipientPersonId',
    'recipientHouseholdName',
    'recipientNameSnapshot',
    'achievementYear',
    'movementId',
    'blocId',
    'prizeCoefficient',
    'baseSalaryVnd',
    'prizeAmountVnd',
    'status',
    'annualTitleKey',
  ],
  contributions: [
    'id',
    'movementId',
    'year',
    'unitId',
    'blocId',
    'kindId',
    'quantity',
    'amountVnd',
    'fundId',
    'occurredOn',
    'beneficiaryNote',
    'sourceRef',
  ],
} as const;

export type TableName = keyof typeof TABLES;

export type SyntheticCounts = Record<string, number>;

/** Ids, buffered rows and the random source shared by every step of one load. */
export class SyntheticRows {
  readonly random: SeededRandom;
  /**
   * A second stream for the attributes the statistical forms count (occupation groups, the forms'
   * movements and awards), so that adding them left every row drawn from `random` as it was.
   */
  readonly formRandom: SeededRandom;
  private readonly tables = new Map<TableName, BulkTable>();
  private readonly ids = new Map<TableName, number>();

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
    this.formRandom = new SeededRandom(seed ^ 0x5f0a);
    // Only contributions, loaded alone after everything they refer to, are written as they come.
    for (const [name, columns] of Object.entries(TABLES))
      this.tables.set(name as TableName, new BulkTable(name, columns, name === 'contributions'));
  }

  counts(): SyntheticCounts {
    return Object.fromEntries([...this.tables].map(([name, table]) => [name, table.inserted]));
  }

  async reserveIds(manager: EntityManager): Promise<void> {
    for (const name of Object.keys(TABLES) as TableName[]) this.ids.set(name, await nextId(manager, name));
  }

  /** The next id of a table. */
  id(table: TableName): number {
    const id = this.ids.get(table)!;
    this.ids.set(table, id + 1);
    return id;
  }

  add(manager: EntityManager, table: TableName, row: SqlValue[]): Promise<void> {
    return this.tables.get(table)!.add(manager, row);
  }

  async flush(manager: EntityManager, table: TableName): Promise<void> {
    await this.tables.get(table)!.flush(manager);
  }

  async flushAll(manager: EntityManager): Promise<void> {
    for (const table of this.tables.values()) await table.flush(manager);
  }

  personName(): string {
    return `${this.random.pick(FAMILY)} ${this.random.pick(MIDDLE)} ${this.random.pick(GIVEN)}`;
  }
}
