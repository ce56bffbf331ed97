import type { ReactNode } from 'react';
import type { ApiError } from '../api/request';
import type { QueryState } from '../api/useQuery';

/** The error box: every coded error's code and message, never a blank page. */
export function ErrorBox({ error, title = 'Something went wrong' }: { error: ApiError; title?: string }) {
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <ul>
        {error.errors.map((e, i) => (
          <li key={i}>
            <code className="code">{e.code}</code> {e.message}
            {e.problems && e.problems.length > 0 && (
              <ul>
                {e.problems.map((p, j) => (
                  <li key={j}>
                    <code className="json-path">{p.path}</code> {p.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Loading and error states around a query's content; content renders once data is there. */
export function QueryStatus<T>({
  state,
  children,
  what,
}: {
  state: QueryState<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      {state.status === 'loading' && (
        <p className="loading" role="status" aria-live="polite">
          Loading {what}…
        </p>
      )}
      {state.status === 'error' && <ErrorBox error={state.error} title={`Could not load ${what}`} />}
      {state.data !== undefined && <div aria-busy={state.status === 'loading'}>{children(state.data)}</div>}
    </>
  );
}
