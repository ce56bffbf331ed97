import { useId, useState } from 'react';
import { Link } from 'react-router';
import { IngestBundleDocument } from '../api/operations';
import { ApiError, request } from '../api/request';
import { ErrorBox } from '../components/QueryStatus';
import type { IngestBundleMutation } from '../gql/graphql';
import { preflightBundle, type Preflight } from '../ingest/preflightBundle';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'dry-run'; result: Preflight }
  | { kind: 'busy' }
  | { kind: 'ingested'; result: IngestBundleMutation['ingestBundle'] }
  | { kind: 'error'; error: ApiError };

/** For analysts: paste or upload a bundle, dry-run it, then ingest it with the token. */
export function IngestPage() {
  const ids = useId();
  const [text, setText] = useState('');
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const dryRun = () => setOutcome({ kind: 'dry-run', result: preflightBundle(text) });
  const ingest = async () => {
    const checked = preflightBundle(text);
    if (checked.problems.length > 0) {
      setOutcome({ kind: 'dry-run', result: checked });
      return;
    }
    setOutcome({ kind: 'busy' });
    try {
      const data = await request(IngestBundleDocument, { bundle: checked.bundle }, { token });
      setOutcome({ kind: 'ingested', result: data.ingestBundle });
    } catch (error) {
      setOutcome({
        kind: 'error',
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
        A bundle is one article and what it reports (format <code>claimgraph-bundle/1</code>). Ingestion is
        all-or-nothing and idempotent.
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
          placeholder='{"format": "claimgraph-bundle/1", "article": {…}, …}'
        />
        <label htmlFor={`${ids}-token`}>Token (needed to ingest, not for the dry run)</label>
        <input
          id={`${ids}-token`}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <div className="buttons">
          <button type="button" onClick={dryRun} disabled={text.trim() === ''}>
            Dry run
          </button>
          <button
            type="button"
            onClick={() => void ingest()}
            disabled={text.trim() === '' || token === '' || outcome.kind === 'busy'}
          >
            Ingest
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome.kind === 'busy' && (
          <p className="loading" role="status">
            Ingesting…
          </p>
        )}
        {outcome.kind === 'dry-run' && <DryRunReport result={outcome.result} />}
        {outcome.kind === 'error' && <ErrorBox error={outcome.error} title="The bundle was not ingested" />}
        {outcome.kind === 'ingested' && (
          <div className="success" role="status">
            <strong>Ingested.</strong> Article{' '}
            <Link to={`/article/${encodeURIComponent(outcome.result.articleId)}`}>
              {outcome.result.articleId}
            </Link>
            : nodes {outcome.result.nodes.created} created, {outcome.result.nodes.updated} updated,{' '}
            {outcome.result.nodes.unchanged} unchanged; relationships {outcome.result.relationships.created}{' '}
            created, {outcome.result.relationships.updated} updated, {outcome.result.relationships.unchanged}{' '}
            unchanged.
            {outcome.result.warnings.length > 0 && (
              <ProblemList title="Warnings" problems={outcome.result.warnings} />
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function DryRunReport({ result }: { result: Preflight }) {
  const counts = Object.entries(result.counts);
  return (
    <div
      className={result.problems.length > 0 ? 'error' : 'success'}
      role={result.problems.length > 0 ? 'alert' : 'status'}
    >
      <strong>
        Dry run:{' '}
        {result.problems.length === 0
          ? 'no problem found'
          : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`}
      </strong>
      {result.problems.length > 0 && <ProblemList title="Problems" problems={result.problems} />}
      {counts.length > 0 && (
        <p>Would ingest: {counts.map(([k, n]) => `${n} ${k}`).join(', ')} (plus the article).</p>
      )}
      <p className="hint">
        Checked in the browser against the bundle schema; references to actors already in the graph are
        checked when you ingest.
      </p>
    </div>
  );
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
