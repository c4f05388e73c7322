/**
 * (N) What a typical implementation gives: the same GraphQL schema (schema.graphql) on Apollo
 * Server, with a resolver per field that runs its own SQL for every parent row — no DataLoader,
 * no batching, no window functions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import { createPool, type RowDataPacket } from 'mysql2/promise';
import { fromGlobalId, toGlobalId } from '../src/core/global-id';

const pool = createPool({
  uri: process.env.DATABASE_URL!,
  connectionLimit: 10,
  supportBigNumbers: true,
  bigNumberStrings: true,
  dateStrings: true,
  charset: 'utf8mb4_unicode_ci',
});
const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

type Row = RowDataPacket & Record<string, unknown>;
type Resolver = GraphQLFieldResolver<Row, unknown, Record<string, unknown>>;

async function rows(sql: string, params: unknown[] = []): Promise<Row[]> {
  const [result] = await pool.query<Row[]>(sql, params);
  return result;
}

function resolve(typeName: string, fields: Record<string, Resolver>): void {
  const type = schema.getType(typeName) as GraphQLObjectType;
  for (const [name, resolver] of Object.entries(fields)) type.getFields()[name]!.resolve = resolver;
}

const globalId =
  (typeName: string): Resolver =>
  (row) =>
    toGlobalId(typeName, Number(row.id));

resolve('Query', {
  contribution: async (_root, args) =>
    (
      await rows('SELECT * FROM contributions WHERE id = ? AND deletedAt IS NULL', [
        fromGlobalId(String(args.id))?.databaseId ?? 0,
      ])
    )[0] ?? null,
  emulationBlocs: async (_root, args) => ({
    nodes: await rows('SELECT * FROM emulation_blocs WHERE deletedAt IS NULL ORDER BY name, id LIMIT ?', [
      Number(args.first ?? 50),
    ]),
  }),
  contributions: () => ({}),
});
resolve('Contribution', { id: globalId('Contribution') });
resolve('EmulationBloc', {
  id: globalId('EmulationBloc'),
  members: async (bloc, args) => ({
    nodes: await rows(
      'SELECT u.* FROM units u JOIN bloc_memberships m ON m.unitId = u.id AND m.deletedAt IS NULL WHERE m.blocId ' +
        '= ? AND u.deletedAt IS NULL AND m.fromYear <= ? AND (m.toYear IS NULL OR m.toYear >= ?) ORDER BY u.name, ' +
        'u.id LIMIT ?',
      [bloc.id, args.year, args.year, Number(args.first ?? 50)],
    ),
  }),
});
resolve('Unit', {
  id: globalId('Unit'),
  contributions: async (unit, args) => ({
    nodes: await rows(
      'SELECT * FROM contributions WHERE unitId = ? AND deletedAt IS NULL ORDER BY year DESC, id LIMIT ?',
      [unit.id, Number(args.first ?? 50)],
    ),
  }),
});
resolve('ContributionConnection', {
  groupedAggregates: async (_connection, args) => ({
    nodes: (
      await rows(
        `SELECT movementId, year, COUNT(*) AS n, CAST(SUM(amountVnd) AS CHAR) AS amount FROM contributions WHERE ` +
          `deletedAt IS NULL GROUP BY movementId, year ORDER BY movementId, year LIMIT ?`,
        [Number(args.first ?? 50)],
      )
    ).map((r) => ({
      key: { movementId: r.movementId, year: r.year },
      count: Number(r.n),
      sum: { amountVnd: r.amount },
    })),
  }),
});
resolve('ContributionGroupKey', {
  movement: async (key) => (await rows('SELECT * FROM movements WHERE id = ?', [key.movementId]))[0] ?? null,
});
resolve('Movement', { id: globalId('Movement') });
resolve('Mutation', {
  createContribution: async (_root, args) => {
    const input = args.input as Record<string, unknown>;
    const [blocId, movementId, kindId] = ['blocId', 'movementId', 'kindId'].map(
      (f) => fromGlobalId(String(input[f]))?.databaseId ?? 0,
    );
    const connection = await pool.getConnection();
    try {
      await connection.beginTransaction();
      for (const [table, id] of [
        ['emulation_blocs', blocId],
        ['movements', movementId],
        ['contribution_kinds', kindId],
      ] as const) {
        const [found] = await connection.query<Row[]>(`SELECT id FROM ${table} WHERE id = ? AND deletedAt IS NULL`, [
          id,
        ]);
        if (found.length === 0) throw new Error(`${table} ${id} not found`);
      }
      const [inserted] = (await connection.query(
        'INSERT INTO contributions (movementId, year, blocId, kindId, quantity, amountVnd) VALUES (?, ?, ?, ?, ?, ?)',
        [movementId, input.year, blocId, kindId, input.quantity, input.amountVnd],
      )) as unknown as [{ insertId: number }];
      await connection.query(
        'INSERT INTO audit_events (actorKeyId, actorRole, requestId, operation, changes) VALUES (?, ?, ?, ?, ?)',
        [
          'naive',
          'ADMIN',
          'naive',
          'createContribution',
          JSON.stringify([{ entity: 'Contribution', id: inserted.insertId, action: 'create' }]),
        ],
      );
      const [created] = await connection.query<Row[]>('SELECT * FROM contributions WHERE id = ?', [inserted.insertId]);
      await connection.commit();
      return { contribution: created[0], userErrors: [] };
    } catch (error) {
      await connection.rollback();
      throw error;
    } finally {
      connection.release();
    }
  },
});

const server = new ApolloServer({ schema });
void startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } }).then(() =>
  process.send?.('listening'),
);
