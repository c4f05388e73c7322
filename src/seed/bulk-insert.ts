/**
 * Multi-row INSERTs for bulk loads: rows go in batches of one statement each, with every value a
 * bound parameter. A batch stays under SQLite's 32,766 host parameters and far under MySQL's
 * max_allowed_packet. Ids are given by the caller, so children can refer to parents without a
 * round trip per row.
 */
import type { EntityManager } from 'typeorm';

const MAX_PARAMETERS = 30_000;

export type SqlValue = string | number | boolean | null;

export class BulkTable {
  private readonly pending: SqlValue[][] = [];
  private readonly batchRows: number;
  inserted = 0;

  /**
   * With `autoFlush` a full batch is written at once (for a table loaded alone); without it rows wait
   * for `flush`, so a caller can write parent tables before the children that refer to them.
   */
  constructor(
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly autoFlush = false,
    batchRows = 2_000,
  ) {
    this.batchRows = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMETERS / columns.length)));
  }

  /** Queues a row (values in the order of `columns`). */
  async add(manager: EntityManager, row: SqlValue[]): Promise<void> {
    if (row.length !== this.columns.length)
      throw new RangeError(`${this.table}: ${row.length} values for ${this.columns.length} columns`);
    this.pending.push(row);
    if (this.autoFlush && this.pending.length >= this.batchRows) await this.flush(manager);
  }

  /** Writes every queued row, one statement per batch. */
  async flush(manager: EntityManager): Promise<void> {
    while (this.pending.length > 0) await this.write(manager, this.pending.splice(0, this.batchRows));
  }

  private async write(manager: EntityManager, rows: SqlValue[][]): Promise<void> {
    const escape = (name: string) => manager.connection.driver.escape(name);
    const tuple = `(${this.columns.map(() => '?').join(', ')})`;
    const columns = this.columns.map(escape).join(', ');
    const sql = `INSERT INTO ${escape(this.table)} (${columns}) VALUES ${rows.map(() => tuple).join(', ')}`;
    await manager.query(
      sql,
      rows.flat().map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value)),
    );
    this.inserted += rows.length;
  }
}

/** The next free id of a table, so a bulk load can assign ids itself. */
export async function nextId(manager: EntityManager, table: string): Promise<number> {
  const rows: Array<{ maxId: number | string | null }> = await manager.query(
    `SELECT MAX(id) AS maxId FROM ${manager.connection.driver.escape(table)}`,
  );
  return Number(rows[0]?.maxId ?? 0) + 1;
}
