/**
 * Builds a value for any GraphQL input type from the schema alone: every required field filled,
 * ID fields pointing at real records (found by the field's name), so that a mutation gets past
 * validation and reaches its authorization and scope checks. `overrides` replace generated fields.
 * `hostileValue` builds the opposite: what an attacker would send for the type.
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
  submittingUnitId: 'Unit',
  addressedUnitId: 'Unit',
  proposalId: 'Proposal',
  itemId: 'ProposalItem',
  evaluationResultId: 'EvaluationResult',
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

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Strings an attacker tries: SQL and LIKE injection, odd Unicode, control characters, sheer length. */
export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE units; --",
  "%' UNION SELECT secretHash FROM api_keys --",
  '%_\\',
  '\u0000',
  '\ud800',
  '\u202eevil\u202c',
  'Sở Y tế\u200d\u0301\u0301\u0301',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏳️‍🌈',
  '<script>alert(1)</script>',
  'x'.repeat(20_000),
  '',
];

/** IDs and cursors that were never issued, or that decode to something hostile. */
export const FORGED_IDS = [
  b64('Unit:0'),
  b64('Unit:-1'),
  b64('Unit:99999999999999999999'),
  b64('Nope:1'),
  b64("Unit:1' OR 1=1 --"),
  b64('Unit:1'.repeat(50)),
  'not base64 at all!',
  '',
  b64('["x",1]'),
];
export const FORGED_CURSORS = [
  b64('[]'),
  b64('[1,2,3,4,5,6,7,8]'),
  b64('{"id":1}'),
  b64('["\' OR 1=1 --",1]'),
  b64(`[${'['.repeat(3000)}${']'.repeat(3000)}]`),
  'garbage',
  '',
];

/** Nested `and` around a plain condition, `depth` levels. */
export function deepFilter(depth: number): object {
  let filter: object = { id: { eq: FORGED_IDS[0] } };
  for (let i = 0; i < depth; i += 1) filter = { and: [filter] };
  return filter;
}

/**
 * The n-th hostile value for an input type: a wrong type, an extreme number, a forged ID or
 * cursor, an injection string, odd Unicode, a deep or huge structure. Cycles through its variants
 * as n grows; an input object gets every field at once, each its own variant.
 */
export function hostileValue(type: GraphQLInputType, n: number, fieldName = '', depth = 0): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  const pick = <T>(values: readonly T[]): T => values[n % values.length]!;
  // Filters are recursive: below a few levels, what is generated is plain (deep ones come whole).
  if (depth > 3) return null;
  if (isListType(nullable)) {
    switch (n % 5) {
      case 0:
        return [hostileValue(nullable.ofType, n + 1, fieldName, depth + 1)];
      case 1:
        // Longer than any list an argument takes (its items need not even be of the right type).
        return new Array<unknown>(2000).fill(1);
      case 2:
        return [null];
      case 3:
        return 'not a list';
      default:
        return [];
    }
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    if ('and' in fields && n % 4 === 1) return deepFilter(n % 8 === 1 ? 1500 : 6);
    if (n % 7 === 3) return pick<unknown>(['an object expected', 42, [], { unknownField: 1 }]);
    const value: Record<string, unknown> = {};
    let i = 0;
    for (const field of Object.values(fields)) {
      // Every field of a small input; a rotating few of a large one (filters have dozens).
      if (Object.keys(fields).length > 6 && (i++ + n) % 5 !== 0) continue;
      value[field.name] = hostileValue(field.type, n + i, field.name, depth + 1);
    }
    return value;
  }
  if (isEnumType(nullable)) return pick<unknown>(['NOT_A_VALUE', 1, nullable.getValues()[0]!.name, null]);
  if (!isScalarType(nullable)) throw new Error(`cannot generate ${String(nullable)}`);
  const wrongType = pick<unknown>([{}, [1], true]);
  switch (nullable.name) {
    case 'ID':
      return n % 6 === 5 ? wrongType : pick(FORGED_IDS);
    case 'Int':
    case 'SafeInt':
      return pick<unknown>([-1, 0, 2147483647, 2147483648, 1e300, -2147483649, 1.5, '12', null, wrongType]);
    case 'Boolean':
      return pick<unknown>(['true', 1, null, true]);
    case 'Date':
    case 'DateTime':
      return pick<unknown>([
        '2022-02-30',
        '0000-00-00',
        '9999-12-31T23:59:60Z',
        '-271821-04-20',
        'yesterday',
        20220101,
      ]);
    case 'Vnd':
    case 'Decimal':
      return pick<unknown>(['-1', '1e400', '9'.repeat(60), 'NaN', '0x10', 1.5, '１２３', wrongType]);
    case 'JSONObject':
      return pick<unknown>([deepFilter(1500), { a: HOSTILE_STRINGS[0] }, 'not an object', []]);
    default:
      if (fieldName === 'after' || fieldName === 'before') return pick(FORGED_CURSORS);
      return n % 9 === 8 ? wrongType : pick(HOSTILE_STRINGS);
  }
}
