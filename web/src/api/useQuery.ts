import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './request';

export type QueryState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'error'; error: ApiError; data?: T }
  | { status: 'done'; data: T };

/**
 * Runs a query whenever its variables change; the previous answer stays visible while the
 * next one loads (no flashing), and a stale answer never overwrites a newer one.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  useEffect(() => {
    if (options.skip) return undefined;
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', ...(s.data ? { data: s.data } : {}) }));
    request(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError([{ message: String(error), code: 'CLIENT_ERROR' }]);
        setState((s) => ({ status: 'error', error: apiError, ...(s.data ? { data: s.data } : {}) }));
      },
    );
    return () => controller.abort();
  }, [document, key, options.skip]);
  return state;
}
