import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../errors';

/** Deepest nesting of brackets, braces and parentheses a document may have. */
export const MAX_DOCUMENT_NESTING = 64;

const OPEN = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** An HTTP-level refusal with its status and code, answered as JSON by jsonErrors. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Why `query` must not reach graphql-js's parser, or undefined. The parser recurses once per
 * nesting level, so a document like `[[[[…]]]]` 3,000 levels deep overflows the stack before
 * the token limit is reached; this scan uses graphql-js's own lexer, which does not recurse, and
 * stops at the token limit, so it costs at most `maxTokens` tokens.
 */
export function documentProblem(query: string, maxTokens: number, maxNesting = MAX_DOCUMENT_NESTING) {
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  for (let count = 0; ; count++) {
    let kind: TokenKind;
    try {
      kind = lexer.advance().kind;
    } catch {
      return undefined; // a syntax error: the parser reports it with its location
    }
    if (kind === TokenKind.EOF) return undefined;
    if (count >= maxTokens) return `Document contains more than ${maxTokens} tokens (MAX_TOKENS)`;
    if (OPEN.has(kind) && ++depth > maxNesting)
      return `Document nests brackets, braces or parentheses deeper than ${maxNesting} levels`;
    if (CLOSE.has(kind)) depth--;
  }
}

/**
 * Refuses, before parsing, a GraphQL document over the token limit or nested too deep:
 * 400 GRAPHQL_PARSE_FAILED with a plain message (no "Syntax Error:" prefix: it is a limit).
 */
export function documentGuard(maxTokens: number): RequestHandler {
  return (req, _res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = req.method === 'GET' ? req.query.query : body?.query;
    const problem = typeof query === 'string' ? documentProblem(query, maxTokens) : undefined;
    next(problem ? new HttpRefusal(400, ErrorCode.GRAPHQL_PARSE_FAILED, problem) : undefined);
  };
}
