import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  BadUserInputError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  clientCode,
  maskError,
  withoutSuggestions,
} from '../../../src/errors';

const format = (error: GraphQLError): GraphQLFormattedError => ({
  ...error.toJSON(),
  extensions: { ...error.extensions, stacktrace: ['Error: x', '    at f (/app/src/x.ts:1:1)'] },
});

/** As graphql-js hands a resolver's error to formatError: located, the original inside. */
const located = (original: Error) =>
  new GraphQLError(original.message, { path: ['actors'], originalError: original });

describe('maskError', () => {
  test('a Neo4j error becomes INTERNAL_SERVER_ERROR with only the request id', () => {
    const neo4jError = Object.assign(new Error("Invalid input 'THIS': expected MATCH (line 1)"), {
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    const error = located(neo4jError);
    expect(maskError(format(error), error, 'req-1')).toEqual({
      message: 'Internal server error (request id req-1)',
      path: ['actors'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  test('an unknown library code is masked too', () => {
    const error = new GraphQLError('secret detail', { extensions: { code: 'SOME_LIBRARY_CODE' } });
    expect(maskError(format(error), error, 'r').extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'r',
    });
  });

  test.each([
    new BadUserInputError('"first" must be between 0 and 100', 'first'),
    new DatabaseUnavailableError(new Error('ECONNREFUSED 127.0.0.1:7687')),
    new QueryTimeoutError(
      500,
      new Error('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    ),
  ])('our own %p keeps message and code, loses the stack, gains the request id', (original) => {
    const error = located(original);
    const masked = maskError(format(error), error, 'req-2');
    expect(masked.message).toBe(original.message);
    expect(masked.extensions).toEqual({ ...original.extensions, requestId: 'req-2' });
    expect(JSON.stringify(masked)).not.toMatch(/stacktrace|ECONNREFUSED|Neo\./);
  });

  test('public library codes keep their message; suggestions go only when asked', () => {
    const error = new GraphQLError(
      'Cannot query field "actorz" on type "Query". Did you mean "actor" or "actors"?',
      {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    );
    expect(maskError(format(error), error, 'r').message).toMatch(/Did you mean/);
    expect(maskError(format(error), error, 'r', { hideSuggestions: true }).message).toBe(
      'Cannot query field "actorz" on type "Query".',
    );
  });
});

test('withoutSuggestions removes every hint and nothing else', () => {
  expect(
    withoutSuggestions(
      'Variable "$o" got invalid value "NAME_AS"; Value "NAME_AS" does not exist in "ActorOrder" enum. Did you mean the enum value "NAME_ASC" or "NAME_DESC"?',
    ),
  ).toBe('Variable "$o" got invalid value "NAME_AS"; Value "NAME_AS" does not exist in "ActorOrder" enum.');
  expect(withoutSuggestions('Nothing to remove here.')).toBe('Nothing to remove here.');
});

test('clientCode is the code the client will see', () => {
  expect(clientCode(located(new Error('boom')))).toBe('INTERNAL_SERVER_ERROR');
  expect(clientCode(located(new DatabaseUnavailableError()))).toBe('DATABASE_UNAVAILABLE');
  expect(clientCode(new GraphQLError('x', { extensions: { code: 'BAD_REQUEST' } }))).toBe('BAD_REQUEST');
  expect(clientCode(new GraphQLError('x', { extensions: { code: 'WHATEVER' } }))).toBe(
    'INTERNAL_SERVER_ERROR',
  );
});
