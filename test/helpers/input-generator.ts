/**
 * Builds a value for any GraphQL input type from the schema alone: every required field filled,
 * ID fields pointing at real records (found by the field's name), so that a mutation gets past
 * validation and reaches its authorization and scope checks. `overrides` replace generated fields.
 */
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** Which type an ID input field names, by the field's name. */
export const ID_FIELD_TYPES: Record<string, string> = {
  unitId: 'Unit',
  recipientUnitId: 'Unit',
  issuingUnitId: 'Unit',
  ownerUnitId: 'Unit',
  organiserUnitId: 'Unit',
  managingUnitId: 'Unit',
  successorId: 'Unit',
  recipientPersonId: 'Person',
  blocId: 'EmulationBloc',
  ownerBlocId: 'EmulationBloc',
  organiserBlocId: 'EmulationBloc',
  movementId: 'Movement',
  kindId: 'ContributionKind',
  fundId: 'Fund',
  eventId: 'Event',
  awardEventId: 'Event',
  pledgeId: 'Pledge',
  contestId: 'Contest',
  criteriaSetId: 'CriteriaSet',
  criterionId: 'Criterion',
  evaluationId: 'Evaluation',
  awardTypeId: 'AwardType',
  proposedAwardTypeId: 'AwardType',
  revokedByDecisionId: 'AwardDecision',
};

export interface GeneratorOptions {
  /** The global ID of some existing record of a type. */
  idOf(typeName: string): string;
  /** The type an `id` or `parentId` field names (the mutation's own record type). */
  ownType: string;
  /** A fresh token for strings that must be unique (codes, numbers). */
  unique(): string;
}

export function generateInput(type: GraphQLInputType, options: GeneratorOptions, fieldName = 'input'): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [generateInput(nullable.ofType, options, fieldName)];
  if (isEnumType(nullable))
    return nullable.getValues()[0]!.value === undefined ? nullable.getValues()[0]!.name : nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = generateInput(field.type, options, field.name);
    }
    return value;
  }
  if (!isScalarType(nullable)) throw new Error(`cannot generate ${String(nullable)}`);
  switch (nullable.name) {
    case 'ID': {
      if (fieldName === 'id' || fieldName === 'parentId') return options.idOf(options.ownType);
      const typeName = ID_FIELD_TYPES[fieldName];
      if (!typeName) throw new Error(`no record type known for the ID field ${fieldName}: add it to ID_FIELD_TYPES`);
      return options.idOf(typeName);
    }
    case 'Int':
      return fieldName === 'expectedVersion' ? 1 : 2022;
    case 'Boolean':
      return false;
    case 'Date':
      return '2022-06-01';
    case 'Vnd':
      return '1';
    case 'Decimal':
      return '1.00';
    default:
      return `${fieldName}-${options.unique()}`;
  }
}
