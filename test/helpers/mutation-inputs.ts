/**
 * Inputs for any mutation of the schema over a seeded database: every required field generated,
 * every ID pointing at the first record of its type. Walks over all mutations build on this.
 */
import type { GraphQLInputType } from 'graphql';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../src/core/global-id';
import { entities } from '../../src/entities';
import { generateInput, ID_FIELD_TYPES, type GeneratorOptions } from './input-generator';

/** Entity names, longest first, so that ProposalItem is found before Proposal. */
const ENTITY_NAMES = entities.map((e) => e.name).sort((a, b) => b.length - a.length);

/**
 * The record type a mutation acts on: createUnit → Unit, revokeAwardDecision → AwardDecision,
 * approveProposalItem → ProposalItem, startProposalAppraisal → Proposal, createDecisionFromProposal → Proposal.
 */
export function ownTypeOf(mutation: string): string {
  const noun = mutation.replace(/^[a-z]+/, '').replace(/s$/, '');
  return ENTITY_NAMES.find((name) => noun.startsWith(name)) ?? ENTITY_NAMES.find((name) => noun.endsWith(name)) ?? noun;
}

export class MutationInputs {
  private counter = 0;

  constructor(private readonly dataSource: () => DataSource) {}

  /** The global ID of the first record of a type. */
  async firstIdOf(typeName: string): Promise<string> {
    const entity = entities.find((e) => e.name === typeName);
    if (!entity) throw new Error(`no entity ${typeName}`);
    const dataSource = this.dataSource();
    const [row] = await dataSource.query(`SELECT MIN(id) AS id FROM ${dataSource.getMetadata(entity).tableName}`);
    if (!row?.id) throw new Error(`the database has no ${typeName}`);
    return toGlobalId(typeName, Number(row.id));
  }

  async inputFor(mutation: string, type: GraphQLInputType): Promise<unknown> {
    const needed = new Set<string>(Object.values(ID_FIELD_TYPES));
    const known: Record<string, string> = {};
    for (const typeName of [...needed, ownTypeOf(mutation)]) known[typeName] = await this.firstIdOf(typeName);
    const options: GeneratorOptions = {
      idOf: (t) => known[t]!,
      ownType: ownTypeOf(mutation),
      unique: () => String((this.counter += 1)),
    };
    return generateInput(type, options);
  }
}
