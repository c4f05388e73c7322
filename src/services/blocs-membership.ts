/**
 * Bloc membership in a year: the fact rules 4 and 5 rest on. Leaderships, pledge signatures and
 * targets, evaluation scores and results, and contributions to a bloc's movements or funds all need
 * their unit to be a member that year; a membership may not shrink, move or go while any of them
 * still rests on it.
 *
 * Concurrency: every write that reads membership, and every write of a membership, first locks the
 * bloc's row (`lockBloc`), so the read and the write it justifies cannot interleave with a change of
 * membership in another transaction. Mutations run at READ COMMITTED on MySQL (see mutation-runner),
 * so the reads after the lock see what the transaction that held it committed.
 */
import type { EntityManager } from 'typeorm';
import { engineOf } from '../db/data-source';
import { refuse, UserErrorCode } from '../core/refusal';

/**
 * Holds the blocs' rows until the transaction ends, in id order so that two writers locking the same
 * pair never wait on each other crosswise. SQLite runs one write transaction at a time already.
 */
export async function lockBloc(manager: EntityManager, ...blocIds: number[]): Promise<void> {
  if (engineOf(manager.connection) === 'sqlite') return;
  for (const id of [...new Set(blocIds)].sort((a, b) => a - b))
    await manager.query('SELECT id FROM emulation_blocs WHERE id = ? FOR UPDATE', [id]);
}

export async function isMember(manager: EntityManager, blocId: number, unitId: number, year: number): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'SELECT id FROM bloc_memberships WHERE blocId = ? AND unitId = ? AND deletedAt IS NULL ' +
      'AND fromYear <= ? AND (toYear IS NULL OR toYear >= ?) LIMIT 1',
    [blocId, unitId, year, year],
  );
  return rows.length > 0;
}

export async function requireMember(
  manager: EntityManager,
  blocId: number,
  unitId: number,
  year: number,
  what: string,
  field: ReadonlyArray<string | number>,
): Promise<void> {
  await lockBloc(manager, blocId);
  if (!(await isMember(manager, blocId, unitId, year)))
    refuse(UserErrorCode.NOT_A_MEMBER, `${what} must be a member of the bloc in ${year}`, field);
}

/** A span of years; `to` null means open-ended. */
export interface YearSpan {
  from: number;
  to: number | null;
}

/** The last year any span can reach, for comparisons with an open end. */
const OPEN_END = 9999;

/**
 * What rests on a unit's membership of a bloc: each probe finds such a record in a span of years,
 * given (bloc, unit) — or (unit, bloc, bloc) for contributions — then the span's first and last year.
 */
const FACTS: ReadonlyArray<{ name: string; sql: string; keys: (blocId: number, unitId: number) => number[] }> = [
  {
    name: 'a leadership of the bloc',
    sql:
      'SELECT year FROM bloc_leaderships ' +
      'WHERE blocId = ? AND unitId = ? AND deletedAt IS NULL AND year BETWEEN ? AND ?',
    keys: (blocId, unitId) => [blocId, unitId],
  },
  {
    name: "a signature on the bloc's pledge",
    sql:
      'SELECT p.year FROM pledge_signatories s JOIN pledges p ON p.id = s.pledgeId AND p.deletedAt IS NULL ' +
      'WHERE p.blocId = ? AND s.unitId = ? AND s.deletedAt IS NULL AND p.year BETWEEN ? AND ?',
    keys: (blocId, unitId) => [blocId, unitId],
  },
  {
    name: "a target in the bloc's pledge",
    sql:
      'SELECT p.year FROM pledge_targets t JOIN pledges p ON p.id = t.pledgeId AND p.deletedAt IS NULL ' +
      'WHERE p.blocId = ? AND t.unitId = ? AND t.deletedAt IS NULL AND p.year BETWEEN ? AND ?',
    keys: (blocId, unitId) => [blocId, unitId],
  },
  {
    name: "a score in the bloc's evaluation",
    sql:
      'SELECT e.year FROM evaluation_scores s JOIN evaluations e ON e.id = s.evaluationId AND e.deletedAt IS NULL ' +
      'WHERE e.blocId = ? AND s.unitId = ? AND s.deletedAt IS NULL AND e.year BETWEEN ? AND ?',
    keys: (blocId, unitId) => [blocId, unitId],
  },
  {
    name: "a result in the bloc's evaluation",
    sql:
      'SELECT e.year FROM evaluation_results r JOIN evaluations e ON e.id = r.evaluationId AND e.deletedAt IS NULL ' +
      'WHERE e.blocId = ? AND r.unitId = ? AND r.deletedAt IS NULL AND e.year BETWEEN ? AND ?',
    keys: (blocId, unitId) => [blocId, unitId],
  },
  {
    name: "a contribution to the bloc's movement or fund",
    sql:
      'SELECT c.year FROM contributions c WHERE c.unitId = ? AND c.deletedAt IS NULL AND (' +
      'c.movementId IN (SELECT id FROM movements WHERE blocId = ?) OR ' +
      'c.fundId IN (SELECT id FROM funds WHERE ownerBlocId = ?)) AND c.year BETWEEN ? AND ?',
    keys: (blocId, unitId) => [unitId, blocId, blocId],
  },
];

/** A fact (with its year) that rests on the unit's membership in the span, or null. */
export async function factRestingOnMembership(
  manager: EntityManager,
  blocId: number,
  unitId: number,
  span: YearSpan,
): Promise<{ name: string; year: number } | null> {
  for (const fact of FACTS) {
    const rows: Array<{ year: number | string }> = await manager.query(`${fact.sql} LIMIT 1`, [
      ...fact.keys(blocId, unitId),
      span.from,
      span.to ?? OPEN_END,
    ]);
    if (rows[0]) return { name: fact.name, year: Number(rows[0].year) };
  }
  return null;
}

/** The years a membership covered before a change and no longer covers after it (null after: deleted). */
export function yearsGivenUp(
  before: YearSpan & { blocId: number; unitId: number },
  after: (YearSpan & { blocId: number; unitId: number }) | null,
): YearSpan[] {
  if (!after || after.blocId !== before.blocId || after.unitId !== before.unitId) return [before];
  const spans: YearSpan[] = [];
  if (after.from > before.from) spans.push({ from: before.from, to: after.from - 1 });
  const beforeTo = before.to ?? OPEN_END;
  if (after.to !== null && after.to < beforeTo) spans.push({ from: after.to + 1, to: before.to });
  return spans;
}

/** Refuses a membership change that would leave a leadership, signature, score… without its membership. */
export async function requireNothingRestsOn(
  manager: EntityManager,
  before: YearSpan & { blocId: number; unitId: number },
  after: (YearSpan & { blocId: number; unitId: number }) | null,
): Promise<void> {
  for (const span of yearsGivenUp(before, after)) {
    const fact = await factRestingOnMembership(manager, before.blocId, before.unitId, span);
    if (fact)
      refuse(
        UserErrorCode.NOT_A_MEMBER,
        `The unit still has ${fact.name} in ${fact.year}: change or delete that first (rules 4 and 5)`,
        after ? ['fromYear'] : ['id'],
      );
  }
}
