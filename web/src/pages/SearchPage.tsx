import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SearchDocument } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { Highlight } from '../components/Highlight';
import { STANCE_LABELS } from '../components/labels';
import { QueryStatus } from '../components/QueryStatus';
import type { SearchQuery } from '../gql/graphql';

const PAGE = 10;

interface Result {
  key: string;
  type: string;
  title: string;
  detail?: string;
  to: string;
}

/** Search as you type; the query lives in the URL (/search?q=…), so every search has a link. */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const inputId = useId();
  useEffect(() => setText(q), [q]);
  // Debounced: the URL (and the request) follows the typing after a short pause.
  useEffect(() => {
    if (text === q) return undefined;
    const search = text ? `?${new URLSearchParams({ q: text })}` : '';
    const timer = setTimeout(() => navigate({ pathname: '/search', search }, { replace: true }), 200);
    return () => clearTimeout(timer);
  }, [text, q, navigate]);
  const active = q.trim().length >= 2;
  const state = useQuery(SearchDocument, { query: q.trim(), first: PAGE }, { skip: !active });

  return (
    <section className="search-page">
      <h1>Search the claims graph</h1>
      <p className="lede">
        Actors, statements, quotes, events and articles: who said what, when, citing whom.
      </p>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search</label>
        <input
          id={inputId}
          type="search"
          value={text}
          autoFocus
          placeholder="e.g. groundless, Budanov, Kursk"
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${inputId}-hint`}
        />
        <span id={`${inputId}-hint`} className="hint">
          Results appear as you type (two letters or more).
        </span>
      </form>
      {active && (
        <QueryStatus state={state} what="results">
          {(data) => <Results data={data} query={q} />}
        </QueryStatus>
      )}
    </section>
  );
}

function Results({ data, query }: { data: SearchQuery; query: string }) {
  const results = toResults(data);
  return (
    <div aria-live="polite">
      <p className="count">
        {results.length === 0
          ? `Nothing found for “${query}”.`
          : `${data.search.totalCount} node${data.search.totalCount === 1 ? '' : 's'} and ${data.stances.totalCount} quote${data.stances.totalCount === 1 ? '' : 's'} match “${query}”.`}
      </p>
      <ol className="results">
        {results.map((r) => (
          <li key={r.key}>
            <Link to={r.to} className="result">
              <span className={`type-badge type-${r.type.toLowerCase()}`}>{r.type}</span>
              <span className="result-title">
                <Highlight text={r.title} query={query} />
              </span>
              {r.detail && (
                <span className="result-detail">
                  <Highlight text={r.detail} query={query} />
                </span>
              )}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}

function toResults(data: SearchQuery): Result[] {
  const results: Result[] = [];
  for (const edge of data.search.edges) {
    const n = edge.node.node;
    switch (n.__typename) {
      case 'Agency':
      case 'Person':
      case 'State':
      case 'Organisation':
        results.push({
          key: n.id,
          type: n.__typename === 'Agency' ? 'Agency' : 'Actor',
          title: n.name,
          detail: [n.kind.toLowerCase().replace(/_/g, ' '), ...n.aliases].join(' · '),
          to: `/actor/${encodeURIComponent(n.id)}`,
        });
        break;
      case 'Statement':
        results.push({
          key: n.id,
          type: 'Statement',
          title: n.text,
          to: `/statement/${encodeURIComponent(n.id)}`,
        });
        break;
      case 'Event':
        results.push({
          key: n.id,
          type: 'Event',
          title: n.name,
          detail: n.type.toLowerCase().replace(/_/g, ' '),
          to: `/event/${encodeURIComponent(n.id)}`,
        });
        break;
      case 'Article':
        results.push({
          key: n.id,
          type: 'Article',
          title: n.title,
          detail: `published ${n.published}`,
          to: `/article/${encodeURIComponent(n.id)}`,
        });
        break;
      default:
        break;
    }
  }
  for (const { node: s } of data.stances.edges) {
    results.push({
      key: s.id,
      type: 'Quote',
      title: `“${s.quote ?? s.paraphrase ?? ''}”`,
      detail: `${s.actor.name} ${STANCE_LABELS[s.type].verb}: ${s.statement.text}`,
      to: `/statement/${encodeURIComponent(s.statement.id)}#stance-${encodeURIComponent(s.id)}`,
    });
  }
  return results;
}
