import { Link } from 'react-router';
import type { StanceFieldsFragment } from '../gql/graphql';
import { FuzzyDateView } from './FuzzyDateView';
import { STANCE_LABELS } from './labels';

/** One position: who, when (with its precision), where, the verbatim words, and the source. */
export function StanceCard({
  stance,
  showStatement,
}: {
  stance: StanceFieldsFragment;
  showStatement?: { id: string; text: string };
}) {
  const label = STANCE_LABELS[stance.type];
  return (
    <article className="stance" id={`stance-${stance.id}`} style={{ borderLeftColor: label.colour }}>
      <p className="stance-head">
        <Link to={`/actor/${encodeURIComponent(stance.actor.id)}`}>{stance.actor.name}</Link>{' '}
        <span className="stance-verb">{label.verb}</span>
        {showStatement && (
          <>
            {' '}
            <Link to={`/statement/${encodeURIComponent(showStatement.id)}`}>{showStatement.text}</Link>
          </>
        )}
      </p>
      <dl className="stance-facts">
        <div>
          <dt>Date</dt>
          <dd>
            <FuzzyDateView value={stance.date} />
          </dd>
        </div>
        {stance.venue && (
          <div>
            <dt>Venue</dt>
            <dd className="venue">{stance.venue}</dd>
          </div>
        )}
        {stance.event && (
          <div>
            <dt>At</dt>
            <dd>
              <Link to={`/event/${encodeURIComponent(stance.event.id)}`}>{stance.event.name}</Link>
            </dd>
          </div>
        )}
        {stance.relayOf && (
          <div>
            <dt>Relaying</dt>
            <dd>
              <Link to={`/actor/${encodeURIComponent(stance.relayOf.id)}`}>{stance.relayOf.name}</Link>
            </dd>
          </div>
        )}
      </dl>
      {stance.quote && (
        <blockquote className="quote" cite={stance.sources[0]?.url ?? undefined}>
          “{stance.quote}”
        </blockquote>
      )}
      {stance.paraphrase && <p className="paraphrase">In the article's words: {stance.paraphrase}</p>}
      {stance.sources.length > 0 && (
        <p className="sources">
          Source:{' '}
          {stance.sources.map((a, i) => (
            <span key={a.id}>
              {i > 0 && '; '}
              <Link to={`/article/${encodeURIComponent(a.id)}`}>{a.title}</Link>
              {a.publisher ? `, ${a.publisher}` : ''}, {a.published}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
