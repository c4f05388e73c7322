/**
 * The four requests the benchmark times, exactly as a client sends them to /graphql, and the
 * records they name (found in the benchmark's dataset).
 */
import type { Connection } from 'mysql2/promise';
import { toGlobalId } from '../src/core/global-id';

export type ShapeName = 'byId' | 'nested' | 'groupBy' | 'mutation';
export const SHAPES: ShapeName[] = ['byId', 'nested', 'groupBy', 'mutation'];

export const QUERIES: Record<ShapeName, string> = {
  byId: 'query ById($id: ID!) { contribution(id: $id) { id year quantity amountVnd } }',
  nested:
    'query Nested { emulationBlocs(first: 20) { nodes { id name members(year: 2022, first: 50) { nodes { id name ' +
    'contributions(first: 10) { nodes { id year quantity amountVnd } } } } } } }',
  groupBy:
    'query GroupBy { contributions { groupedAggregates(groupBy: [MOVEMENT, YEAR], first: 100) { nodes { key { ' +
    'movement { id } year } count sum { amountVnd } } } } }',
  mutation:
    'mutation Create($input: CreateContributionInput!) { createContribution(input: $input) { contribution { year ' +
    'quantity amountVnd } userErrors { code } } }',
};

export interface Fixtures {
  contributionIds: string[];
  mutationInput: {
    blocId: string;
    movementId: string;
    kindId: string;
    year: number;
    quantity: number;
    amountVnd: string;
  };
}

export async function findFixtures(db: Connection): Promise<Fixtures> {
  const [ids] = await db.query('SELECT id FROM contributions WHERE deletedAt IS NULL ORDER BY id LIMIT 500');
  const [[refs]] = (await db.query(
    'SELECT (SELECT MIN(id) FROM emulation_blocs WHERE deletedAt IS NULL) AS blocId, (SELECT MIN(id) FROM ' +
      'movements WHERE deletedAt IS NULL) AS movementId, (SELECT MIN(id) FROM contribution_kinds WHERE deletedAt ' +
      'IS NULL) AS kindId',
  )) as unknown as [[{ blocId: number; movementId: number; kindId: number }]];
  return {
    contributionIds: (ids as Array<{ id: number }>).map((r) => toGlobalId('Contribution', Number(r.id))),
    mutationInput: {
      blocId: toGlobalId('EmulationBloc', refs.blocId),
      movementId: toGlobalId('Movement', refs.movementId),
      kindId: toGlobalId('ContributionKind', refs.kindId),
      year: 2024,
      quantity: 1,
      amountVnd: '1000000',
    },
  };
}

/** The request bodies for one shape: autocannon cycles through them. */
export function bodiesFor(shape: ShapeName, fixtures: Fixtures): string[] {
  switch (shape) {
    case 'byId':
      return fixtures.contributionIds
        .slice(0, 100)
        .map((id) => JSON.stringify({ query: QUERIES.byId, variables: { id } }));
    case 'mutation':
      return [JSON.stringify({ query: QUERIES.mutation, variables: { input: fixtures.mutationInput } })];
    default:
      return [JSON.stringify({ query: QUERIES[shape] })];
  }
}
