/**
 * A TypeORM logger that remembers every statement sent to the database, so a test can assert how
 * many round trips a request made (the N+1 guard). Transaction control (BEGIN, COMMIT, SAVEPOINT)
 * counts too: it is a round trip like any other.
 */
import type { Logger } from 'typeorm';

export class StatementCounter implements Logger {
  readonly statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface Counted<T> {
  result: T;
  /** Statements sent while `work` ran. */
  count: number;
  /** Their SQL, to show in a failing assertion. */
  statements: string[];
}

export async function countWith<T>(counter: StatementCounter, work: () => Promise<T>): Promise<Counted<T>> {
  const from = counter.statements.length;
  const result = await work();
  const statements = counter.statements.slice(from);
  return { result, count: statements.length, statements };
}
