import { GraphQLError } from 'graphql';

/** A request-level refusal of the caller's arguments (top-level error with code BAD_USER_INPUT). */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}
