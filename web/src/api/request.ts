import type { TypedDocumentString } from '../gql/graphql';

/** One GraphQL error as the service sends it: a message and a code (`extensions.code`). */
export interface ApiErrorItem {
  message: string;
  code: string;
  path?: readonly (string | number)[];
  problems?: { path: string; message: string }[];
}

/** A failed request: the API's coded errors, or a network failure under code NETWORK_ERROR. */
export class ApiError extends Error {
  constructor(readonly errors: ApiErrorItem[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
  get code(): string {
    return this.errors[0]?.code ?? 'UNKNOWN';
  }
}

interface RawError {
  message?: unknown;
  path?: (string | number)[];
  extensions?: { code?: unknown; problems?: { path: string; message: string }[] };
}

/** Sends one typed operation to /graphql; resolves with `data` or throws an ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError([
      { message: 'The service could not be reached; is it running?', code: 'NETWORK_ERROR' },
    ]);
  }
  let body: { data?: TResult | null; errors?: RawError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError([
      { message: `The service answered HTTP ${response.status} without JSON`, code: 'BAD_RESPONSE' },
    ]);
  }
  if (body.errors && body.errors.length > 0) {
    throw new ApiError(
      body.errors.map((e) => ({
        message: typeof e.message === 'string' ? e.message : 'Unknown error',
        code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN',
        ...(e.path ? { path: e.path } : {}),
        ...(e.extensions?.problems ? { problems: e.extensions.problems } : {}),
      })),
    );
  }
  if (!body.data)
    throw new ApiError([{ message: `HTTP ${response.status} with no data`, code: 'BAD_RESPONSE' }]);
  return body.data;
}
