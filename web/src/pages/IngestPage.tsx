import { useId, useState } from 'react';
import { Link } from 'react-router';
import { IngestBundleDocument } from '../api/operations';
import { ApiError, request } from '../api/request';
import { FuzzyDateView } from '../components/FuzzyDateView';
import { ErrorBox } from '../components/QueryStatus';
import type { DatePrecision, IngestBundleMutation } from '../gql/graphql';

type Result = IngestBundleMutation['ingestBundle'];
type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; dryRun: boolean }
  | { kind: 'done'; result: Result }
  | { kind: 'error'; error: ApiError; dryRun: boolean };

/**
 * For analysts: paste or upload a bundle, dry-run it, then ingest it with the token. Both go to
 * the API (`ingestBundle`, `dryRun: true` for the dry run), so the dry run checks exactly what
 * ingestion would: the bundle's rules, its dates and its references to the graph.
 */
export function IngestPage() {
  const ids = useId();
  const [text, setText] = useState('');
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const send = async (dryRun: boolean) => {
    let bundle: unknown;
    try {
      bundle = JSON.parse(text);
    } catch (error) {
      // Not JSON at all: nothing to send; say where the parser stopped.
      setOutcome({
        kind: 'error',
        dryRun,
        error: new ApiError([
          {
            code: 'BAD_BUNDLE',
            message: 'The bundle is not JSON',
            problems: [{ path: '$', message: (error as Error).message }],
          },
        ]),
      });
      return;
    }
    setOutcome({ kind: 'busy', dryRun });
    try {
      const data = await request(IngestBundleDocument, { bundle, dryRun }, { token });
      setOutcome({ kind: 'done', result: data.ingestBundle });
    } catch (error) {
      setOutcome({
        kind: 'error',
        dryRun,
        error:
          error instanceof ApiError
            ? error
            : new ApiError([{ message: String(error), code: 'CLIENT_ERROR' }]),
      });
    }
  };

  return (
    <section className="ingest-page">
      <h1>Ingest an article bundle</h1>
      <p className="lede">
        A bundle is one article and what it reports (format <code>claimgraph-bundle/2</code>, see
        docs/bundle-format.md). Ingestion is all-or-nothing; re-ingesting an article replaces what it said.
      </p>
      <form onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${ids}-file`}>Upload a bundle file</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
          }}
        />
        <label htmlFor={`${ids}-text`}>Or paste the bundle JSON</label>
        <textarea
          id={`${ids}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={14}
          spellCheck={false}
          placeholder='{"format": "claimgraph-bundle/2", "article": {…}, …}'
        />
        <label htmlFor={`${ids}-token`}>Token (needed for the dry run and to ingest)</label>
        <input
          id={`${ids}-token`}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <div className="buttons">
          <button
            type="button"
            onClick={() => void send(true)}
            disabled={text.trim() === '' || token === '' || outcome.kind === 'busy'}
          >
            Dry run
          </button>
          <button
            type="button"
            onClick={() => void send(false)}
            disabled={text.trim() === '' || token === '' || outcome.kind === 'busy'}
          >
            Ingest
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome.kind === 'busy' && (
          <p className="loading" role="status">
            {outcome.dryRun ? 'Checking…' : 'Ingesting…'}
          </p>
        )}
        {outcome.kind === 'error' && (
          <ErrorBox
            error={withoutProblems(outcome.error)}
            title={outcome.dryRun ? 'Dry run: the bundle would be refused' : 'The bundle was not ingested'}
          />
        )}
        {outcome.kind === 'error' && <ProblemTable error={outcome.error} />}
        {outcome.kind === 'done' && <IngestReport result={outcome.result} />}
      </div>
    </section>
  );
}

/** What an ingestion did, or (dry run) would do: counts, warnings, dates and references. */
function IngestReport({ result }: { result: Result }) {
  const counts = (c: Result['nodes']) =>
    `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed`;
  return (
    <div className="success" role="status">
      <p>
        <strong>{result.dryRun ? 'Dry run: the bundle would be ingested' : 'Ingested'}.</strong> Article{' '}
        {result.dryRun ? (
          <code>{result.articleId}</code>
        ) : (
          <Link to={`/article/${encodeURIComponent(result.articleId)}`}>{result.articleId}</Link>
        )}
        {result.dryRun ? ' (nothing written)' : ''}.
      </p>
      <table className="ingest-counts">
        <caption>{result.dryRun ? 'Would change' : 'Changed'}</caption>
        <tbody>
          <tr>
            <th scope="row">Nodes</th>
            <td>{counts(result.nodes)}</td>
          </tr>
          <tr>
            <th scope="row">Relationships</th>
            <td>{counts(result.relationships)}</td>
          </tr>
        </tbody>
      </table>
      {result.warnings.length > 0 && <ProblemList title="Warnings" problems={result.warnings} />}
      {result.dates.length > 0 && (
        <div className="table-wrap">
          <table className="ingest-dates">
            <caption>Dates as resolved</caption>
            <thead>
              <tr>
                <th scope="col">JSON path</th>
                <th scope="col">Date</th>
                <th scope="col">Bundle's words</th>
              </tr>
            </thead>
            <tbody>
              {result.dates.map((d) => (
                <tr key={d.path}>
                  <td>
                    <code className="json-path">{d.path}</code>
                  </td>
                  <td>
                    <FuzzyDateView
                      value={{ date: d.date, precision: d.precision as DatePrecision, knownBy: d.knownBy }}
                    />
                  </td>
                  <td>{d.text ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.resolutions.length > 0 && (
        <div className="table-wrap">
          <table className="ingest-resolutions">
            <caption>References as resolved</caption>
            <thead>
              <tr>
                <th scope="col">JSON path</th>
                <th scope="col">Written</th>
                <th scope="col">Resolves to</th>
              </tr>
            </thead>
            <tbody>
              {result.resolutions.map((r) => (
                <tr key={r.path}>
                  <td>
                    <code className="json-path">{r.path}</code>
                  </td>
                  <td>{r.reference}</td>
                  <td>
                    <code>{r.id}</code>
                    {r.via === 'alias' ? ' (by name or alias)' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

// The problems go into their own table below the error box.
function withoutProblems(error: ApiError): ApiError {
  return new ApiError(error.errors.map(({ problems: _problems, ...rest }) => rest));
}

/** A refused bundle's problems, one row per JSON path. */
function ProblemTable({ error }: { error: ApiError }) {
  const problems = error.errors.flatMap((e) => e.problems ?? []);
  return problems.length > 0 ? <ProblemList title="Problems" problems={problems} /> : null;
}

function ProblemList({ title, problems }: { title: string; problems: { path: string; message: string }[] }) {
  return (
    <table className="problems">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">JSON path</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>
              <code className="json-path">{p.path}</code>
            </td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
