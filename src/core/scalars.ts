/**
 * The API's own scalars: Vnd (exact whole đồng as a decimal string), Date ('YYYY-MM-DD', a calendar
 * date with no time zone) and DateTime (ISO 8601 instant in UTC).
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeISOResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

const WHOLE_DONG = /^(0|[1-9]\d{0,17})$/;

function parseVnd(value: unknown): string {
  if (typeof value === 'string' && WHOLE_DONG.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  throw new GraphQLError(
    'Vnd must be a non-negative whole number of đồng, written as a decimal string such as "800000000" (at most ' +
      '18 digits)',
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

export const VndScalar = new GraphQLScalarType<string, string>({
  name: 'Vnd',
  description:
    'Tiền (đồng) — an amount of money in Vietnamese đồng (VND), which has no minor unit: a whole number written ' +
    'as a decimal string, e.g. "800000000". Exact at any size: never a Float.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
    throw new GraphQLError('Vnd cannot represent a non-numeric value');
  },
  parseValue: parseVnd,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT)
      return parseVnd(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Vnd must be written as a string such as "800000000"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'Ngày — a calendar date without time or time zone, written YYYY-MM-DD (e.g. "2022-12-12").',
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: 'DateTime',
  description: 'Thời điểm — an instant, written in ISO 8601 in UTC (e.g. "2022-12-12T09:30:00.000Z").',
});

const DECIMAL_2 = /^-?\d{1,16}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text === 'string' && DECIMAL_2.test(text)) return text;
  throw new GraphQLError(
    'Decimal must be a number with at most two decimal places, written as a string such as "15.50"',
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'Số thập phân — an exact decimal with at most two places (points, coefficients), written as a string such as ' +
    '"98.50".',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return value.toFixed(2);
    throw new GraphQLError('Decimal cannot represent a non-numeric value');
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be written as a string such as "15.50"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

export const JsonObjectScalar = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  name: 'JSONObject',
  description: "Đối tượng JSON — a JSON object (field name → value), as in the audit trail's before/after values.",
});
