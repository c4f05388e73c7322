/**
 * What one GraphQL request may ask for. Depth, aliases and directives are capped (graphql-armor;
 * field suggestions are cut from every reply by graphql-errors.ts); the cost — each list counts `first` (or its ids)
 * times what is selected under it — is capped with graphql-query-complexity once the variables are
 * known. A refused request is a 400 with code QUERY_TOO_COMPLEX, before any resolver runs. Input
 * nesting and list lengths are checked first (input-limits), before anything converts the input.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type ValueNode,
  type GraphQLFormattedError,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { WeakMemo } from '../core/weak-memo';
import { checkLiteralLimits, checkVariableLimits } from './input-limits';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 100_000,
};

/** The page size a list field is asked for, as its cost multiplier. */
const DEFAULT_LIST_SIZE = 50;

/** A connection or a list by ids costs its length times what each item selects. */
const listEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size =
    typeof args.first === 'number'
      ? args.first
      : typeof args.last === 'number'
        ? args.last
        : Array.isArray(args.ids)
          ? args.ids.length
          : undefined;
  if (size !== undefined) return Math.max(size, 1) * (childComplexity + 1);
  return undefined;
};

/** Connections without `first` still cost a default page. */
const connectionEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  const named = String(field.type).replace(/[[\]!]/g, '');
  return named.endsWith('Connection') ? DEFAULT_LIST_SIZE * (childComplexity + 1) : undefined;
};

/** Armor's refusals read "Syntax Error: Query is too complex: …"; they get their own code. */
const TOO_COMPLEX = 'Query is too complex';

export function queryTooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** The arguments and directives whose values the estimators read. */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids']);
const COST_DIRECTIVES = new Set(['include', 'skip']);

function holdsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(holdsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => holdsVariable(field.value));
  return false;
}

const dependence = new WeakMap<DocumentNode, boolean>();

/** Whether a variable feeds a page size, a list of ids or an @include/@skip anywhere in the document. */
function costDependsOnVariables(document: DocumentNode): boolean {
  let depends = dependence.get(document);
  if (depends === undefined) {
    depends = false;
    visit(document, {
      Field(node) {
        if (node.arguments?.some((a) => COST_ARGUMENTS.has(a.name.value) && holdsVariable(a.value))) depends = true;
      },
      Directive(node) {
        if (COST_DIRECTIVES.has(node.name.value) && node.arguments?.some((a) => holdsVariable(a.value))) depends = true;
      },
    });
    dependence.set(document, depends);
  }
  return depends;
}

export function protection(limits: QueryLimits): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<BaseContext>[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      errorMessage: `${TOO_COMPLEX}: deeper than ${limits.maxDepth} levels`,
      exposeLimits: false,
    },
    maxAliases: {
      n: limits.maxAliases,
      errorMessage: `${TOO_COMPLEX}: more than ${limits.maxAliases} aliases`,
      exposeLimits: false,
    },
    maxDirectives: {
      n: limits.maxDirectives,
      errorMessage: `${TOO_COMPLEX}: more than ${limits.maxDirectives} directives`,
      exposeLimits: false,
    },
    // Tokens are capped by the parser itself (Apollo's parseOptions), which answers a 400.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Its mask leaves "[Suggestion hidden]?" in the text and misses enum suggestions:
    // formatReplyError (graphql-errors.ts) cuts them instead.
    blockFieldSuggestion: { enabled: false },
  });
  const armored = armor.protect();
  // A document's cost is worked out once when no variable can change it (see costDependsOnVariables).
  const fixedCosts = new WeakMemo<DocumentNode, string | undefined, number>();
  const costPlugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // A request without an operation to run is refused by the operation guard.
          if (!operation) return;
          const operationName = request.operationName ?? undefined;
          const variables = request.variables ?? {};
          // Before anything converts the input (the cost estimator does, below).
          const refused = checkLiteralLimits(schema, document) ?? checkVariableLimits(schema, operation, variables);
          if (refused) throw refused;
          // Bad variables are not priced: execution refuses them with 400 BAD_USER_INPUT (the
          // estimator would throw on them, which would surface as a 500).
          const measure = () =>
            getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors
              ? null
              : getComplexity({
                  schema,
                  query: document,
                  variables,
                  operationName,
                  estimators: [listEstimator, connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
                });
          let cost: number | null;
          if (costDependsOnVariables(document)) cost = measure();
          else {
            cost = fixedCosts.get(document, operationName) ?? measure();
            if (cost !== null) fixedCosts.set(document, operationName, cost);
          }
          if (cost === null) return;
          if (cost > limits.maxCost)
            throw queryTooComplex(
              `${TOO_COMPLEX}: it would cost ${cost} (at most ${limits.maxCost}; ` +
                'a list costs its `first` times what it selects — ask for smaller pages)',
            );
        },
      };
    },
  };
  return {
    validationRules: armored.validationRules,
    plugins: [...(armored.plugins as ApolloServerPlugin<BaseContext>[]), costPlugin],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** Gives armor's validation refusals the QUERY_TOO_COMPLEX code instead of a generic validation failure. */
export function codeQueryLimitErrors(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (/Document contains more (?:than|that) \d+ tokens/.test(formatted.message)) {
    return {
      ...formatted,
      message: `${TOO_COMPLEX}: more tokens than allowed`,
      extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' },
    };
  }
  if (!formatted.message.includes(TOO_COMPLEX)) return formatted;
  return {
    ...formatted,
    message: formatted.message.replace(/^Syntax Error: /, ''),
    extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' },
  };
}
