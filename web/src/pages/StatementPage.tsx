import { useEffect, useId } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { StatementPageDocument } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { formatFigure } from '../components/formatFigure';
import { FuzzyDateView } from '../components/FuzzyDateView';
import { STANCE_LABELS, STATUS_LABELS } from '../components/labels';
import { QueryStatus } from '../components/QueryStatus';
import { StanceCard } from '../components/StanceCard';
import type { StanceEffect, StanceType, StatementPageQuery } from '../gql/graphql';

type Breakdown = StatementPageQuery['stanceBreakdown'];
type SectionKey =
  'claimed' | 'confirmed' | 'denied' | 'declinedToConfirm' | 'didNotDeny' | 'declinedToComment' | 'retracted';
// One section per stance type of the vocabulary, in the breakdown's order.
const SECTIONS: { type: StanceType; key: SectionKey }[] = [
  { type: 'CLAIMED', key: 'claimed' },
  { type: 'CONFIRMED', key: 'confirmed' },
  { type: 'DENIED', key: 'denied' },
  { type: 'DECLINED_TO_CONFIRM', key: 'declinedToConfirm' },
  { type: 'DID_NOT_DENY', key: 'didNotDeny' },
  { type: 'DECLINED_TO_COMMENT', key: 'declinedToComment' },
  { type: 'RETRACTED', key: 'retracted' },
];
const EFFECT_LABELS: Record<StanceEffect, string> = {
  SUPPORTS: 'supports it',
  OPPOSES: 'opposes it',
  NON_COMMITTAL: 'takes no side',
  WITHDRAWS: 'holds no position (withdrawn)',
};

/** A statement: text, figure, status as of a day, every position, links, origins, provenance. */
export function StatementPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const state = useQuery(StatementPageDocument, { id, asOf });
  const location = useLocation();
  const dateId = useId();

  // Deep links to one stance (#stance-…) scroll to it once the page has loaded.
  useEffect(() => {
    if (state.status !== 'done' || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [state.status, location.hash]);

  return (
    <QueryStatus state={state} what="the statement">
      {(data) =>
        data.statement ? (
          <article className="statement-page">
            <p className="kind">Statement</p>
            <h1>{data.statement.text}</h1>
            {data.statement.figure && (
              <p className="figure">
                Figure: <strong>{formatFigure(data.statement.figure)}</strong>
              </p>
            )}
            {data.statement.refersTo && (
              <p>
                Refers to <FuzzyDateView value={data.statement.refersTo} />
              </p>
            )}
            {data.statement.about.length > 0 && (
              <p>
                About:{' '}
                {data.statement.about.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && ', '}
                    <Link to={`/event/${encodeURIComponent(e.id)}`}>{e.name}</Link>
                  </span>
                ))}
              </p>
            )}
            <p className="actions">
              <Link to={`/graph/${encodeURIComponent(id)}`}>Open in graph</Link>
            </p>

            <section className="status-bar" aria-labelledby={`${dateId}-h`}>
              <h2 id={`${dateId}-h`} className="visually-hidden">
                Status
              </h2>
              <StatusBadge breakdown={data.stanceBreakdown} />
              <div className="as-of">
                <label htmlFor={dateId}>As of</label>
                <input
                  id={dateId}
                  type="date"
                  value={asOf ?? ''}
                  onChange={(e) => {
                    const v = e.target.value;
                    setParams(v ? { asOf: v } : {}, { replace: true });
                  }}
                />
                {asOf && (
                  <button type="button" onClick={() => setParams({}, { replace: true })}>
                    Everything on record
                  </button>
                )}
              </div>
            </section>

            <section aria-labelledby="who">
              <h2 id="who">Who said what{asOf ? ` (on record by ${asOf})` : ''}</h2>
              {SECTIONS.map(({ type, key }) => {
                const stances = data.stanceBreakdown[key];
                const count = data.stanceBreakdown.counts[key];
                return (
                  <section key={type} className="breakdown" aria-label={STANCE_LABELS[type].heading}>
                    <h3>
                      <span
                        className="swatch"
                        style={{ background: STANCE_LABELS[type].colour }}
                        aria-hidden="true"
                      />
                      {STANCE_LABELS[type].heading} <span className="n">({count})</span>
                    </h3>
                    {stances.length === 0 ? (
                      <p className="none">Nobody{asOf ? ' by then' : ''}.</p>
                    ) : (
                      stances.map((s) => <StanceCard key={s.id} stance={s} />)
                    )}
                    <MoreThanShown shown={stances.length} count={count} />
                  </section>
                );
              })}
            </section>

            <section aria-labelledby="positions">
              <h2 id="positions">Positions over time ({data.stanceBreakdown.counts.positions})</h2>
              <p className="hint">
                Each actor once: its current position (its latest stance on record) and how it got there.
              </p>
              {data.stanceBreakdown.positions.length === 0 ? (
                <p className="none">No position on record{asOf ? ' by then' : ''}.</p>
              ) : (
                <ul className="positions">
                  {data.stanceBreakdown.positions.map((p) => (
                    <li key={p.actor.id} className={`position effect-${p.effect.toLowerCase()}`}>
                      <Link to={`/actor/${encodeURIComponent(p.actor.id)}`}>{p.actor.name}</Link>: now{' '}
                      <strong className="current-position" data-type={p.current.type}>
                        {STANCE_LABELS[p.current.type].verb}
                      </strong>{' '}
                      <span className="effect">({EFFECT_LABELS[p.effect]})</span>
                      {p.historyCount > 1 && (
                        <ol
                          className="position-history"
                          aria-label={`History of ${p.actor.name}'s positions`}
                        >
                          {p.history.map((h) => (
                            <li key={h.id}>
                              <span
                                className="swatch"
                                style={{ background: STANCE_LABELS[h.type].colour }}
                                aria-hidden="true"
                              />
                              {h.id === p.current.id ? (
                                <a href={`#stance-${h.id}`}>{STANCE_LABELS[h.type].verb}</a>
                              ) : (
                                STANCE_LABELS[h.type].verb
                              )}
                              , <FuzzyDateView value={h.date} />
                            </li>
                          ))}
                        </ol>
                      )}
                      <MoreThanShown shown={p.history.length} count={p.historyCount} />
                    </li>
                  ))}
                </ul>
              )}
              <MoreThanShown
                shown={data.stanceBreakdown.positions.length}
                count={data.stanceBreakdown.counts.positions}
              />
            </section>

            <section aria-labelledby="links">
              <h2 id="links">Supports and refutes</h2>
              <StatementList
                title="Supported by"
                items={data.stanceBreakdown.supportedBy}
                count={data.stanceBreakdown.counts.supportedBy}
              />
              <StatementList
                title="Refuted by"
                items={data.stanceBreakdown.refutedBy}
                count={data.stanceBreakdown.counts.refutedBy}
              />
              {data.linkChains.length > 0 && (
                <>
                  <h3>Chains leading here</h3>
                  <ol className="chains">
                    {data.linkChains.map((chain, i) => (
                      <li key={i}>
                        <span className={`polarity polarity-${chain.polarity.toLowerCase()}`}>
                          net {chain.polarity.toLowerCase()}
                        </span>{' '}
                        {chain.statements.map((s, j) => (
                          <span key={s.id}>
                            {j > 0 && <span className="link-type"> ← {chain.links[j - 1]?.type} ← </span>}
                            {j === 0 ? (
                              <em>this</em>
                            ) : (
                              <Link to={`/statement/${encodeURIComponent(s.id)}`}>{s.text}</Link>
                            )}
                          </span>
                        ))}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>

            <section aria-labelledby="origins">
              <h2 id="origins">Independent origins ({data.independentOrigins.count})</h2>
              <p className="hint">
                Speakers collapse to the state or organisation they belong to; relays to their origin.
              </p>
              <ul>
                {data.independentOrigins.origins.map((o) => (
                  <li key={o.root.id}>
                    <Link to={`/actor/${encodeURIComponent(o.root.id)}`}>{o.root.name}</Link>
                    {' — through '}
                    {o.speakers.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 && ', '}
                        <Link to={`/actor/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                      </span>
                    ))}
                    {o.speakers.length < o.speakerCount && ` and ${o.speakerCount - o.speakers.length} more`}
                  </li>
                ))}
              </ul>
              <MoreThanShown
                shown={data.independentOrigins.origins.length}
                count={data.independentOrigins.count}
              />
            </section>

            <section aria-labelledby="provenance">
              <h2 id="provenance">Provenance ({data.provenance.recordCount})</h2>
              <MoreThanShown shown={data.provenance.records.length} count={data.provenance.recordCount} />
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Position</th>
                      <th scope="col">Reported in</th>
                      <th scope="col">Citing</th>
                      <th scope="col">Relay chain to origin</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.provenance.records.map((r) => (
                      <tr key={r.stance.id}>
                        <td>
                          {r.stance.actor.name} {STANCE_LABELS[r.stance.type].verb}
                        </td>
                        <td>
                          {r.articles.map((a) => (
                            <Link key={a.id} to={`/article/${encodeURIComponent(a.id)}`}>
                              {a.title}
                            </Link>
                          ))}
                          {r.articles.length < r.articleCount &&
                            ` and ${r.articleCount - r.articles.length} more`}
                        </td>
                        <td>
                          {r.citedAgencies.length === 0
                            ? '—'
                            : r.citedAgencies.map((a, i) => (
                                <span key={a.id}>
                                  {i > 0 && ', '}
                                  <Link to={`/actor/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                                </span>
                              ))}
                          {r.citedAgencies.length < r.citedAgencyCount &&
                            ` and ${r.citedAgencyCount - r.citedAgencies.length} more`}
                        </td>
                        <td>{r.relayChain.map((a) => a.name).join(' → ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </article>
        ) : (
          <NotFound id={id} />
        )
      }
    </QueryStatus>
  );
}

function StatusBadge({ breakdown }: { breakdown: Breakdown }) {
  const s = STATUS_LABELS[breakdown.status];
  return (
    <p className="status" aria-live="polite">
      Status{breakdown.asOf ? ` as of ${breakdown.asOf}` : ''}:{' '}
      <strong
        className={`status-badge status-${breakdown.status.toLowerCase()}`}
        data-status={breakdown.status}
      >
        {s.label}
      </strong>{' '}
      <span className="hint">({s.help})</span>
    </p>
  );
}

/** A list holds its first `first` items; its count says how many there are in all. */
function MoreThanShown({ shown, count }: { shown: number; count: number }) {
  return shown < count ? (
    <p className="hint">
      The first {shown} of {count}.
    </p>
  ) : null;
}

function StatementList({
  title,
  items,
  count,
}: {
  title: string;
  items: { id: string; text: string }[];
  count: number;
}) {
  return (
    <>
      <h3>
        {title} ({count})
      </h3>
      {items.length === 0 ? (
        <p className="none">None on record.</p>
      ) : (
        <ul>
          {items.map((s) => (
            <li key={s.id}>
              <Link to={`/statement/${encodeURIComponent(s.id)}`}>{s.text}</Link>
            </li>
          ))}
        </ul>
      )}
      <MoreThanShown shown={items.length} count={count} />
    </>
  );
}

function NotFound({ id }: { id: string }) {
  return (
    <div className="error" role="alert">
      <strong>No statement with id “{id}”.</strong> <Link to="/search">Search</Link> for it instead.
    </div>
  );
}
