import { Link, useParams } from 'react-router';
import { ActorPageDocument } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { STANCE_LABELS } from '../components/labels';
import { PositionTimeline } from '../components/PositionTimeline';
import type { StanceType } from '../gql/graphql';
import { QueryStatus } from '../components/QueryStatus';
import { StanceCard } from '../components/StanceCard';

const RELATION_WORDS = {
  LEADS: { out: 'Leads', in: 'Led by' },
  REPRESENTS: { out: 'Represents', in: 'Represented by' },
  PART_OF: { out: 'Part of', in: 'Has part' },
} as const;

/** An actor: who they are, whom they lead, represent or belong to, and their positions over time. */
export function ActorPage() {
  const { id = '' } = useParams();
  const state = useQuery(ActorPageDocument, { id });
  return (
    <QueryStatus state={state} what="the actor">
      {({ actor, actorTimeline, positionChanges }) => {
        if (!actor) {
          return (
            <div className="error" role="alert">
              <strong>No actor with id “{id}”.</strong> <Link to="/search">Search</Link> for them instead.
            </div>
          );
        }
        // The API finds the changes (positionChanges); each marks the stance it leads to.
        const changedFrom = new Map<string, StanceType>(positionChanges.map((c) => [c.to.id, c.from.type]));
        const timeline = actorTimeline.map((s) => {
          const from = changedFrom.get(s.id);
          return from ? { ...s, changedFrom: from } : s;
        });
        const changes = positionChanges;
        return (
          <article className="actor-page">
            <p className="kind">
              {actor.__typename === 'Agency' ? 'Agency · ' : 'Actor · '}
              {actor.kind.toLowerCase().replace(/_/g, ' ')}
            </p>
            <h1>{actor.name}</h1>
            {actor.aliases.length > 0 && <p>Also known as: {actor.aliases.join(', ')}</p>}
            {actor.description && <p>{actor.description}</p>}
            <p className="actions">
              <Link to={`/graph/${encodeURIComponent(actor.id)}`}>Open in graph</Link>
            </p>

            <section aria-labelledby="relations">
              <h2 id="relations">Relations</h2>
              {actor.affiliations.length + actor.members.length === 0 ? (
                <p className="none">None on record.</p>
              ) : (
                <ul className="relations">
                  {actor.affiliations.map((r) => (
                    <li key={`a-${r.type}-${r.actor.id}`}>
                      {RELATION_WORDS[r.type].out}{' '}
                      <Link to={`/actor/${encodeURIComponent(r.actor.id)}`}>{r.actor.name}</Link>
                      {r.role && <span className="role"> as {r.role}</span>}
                    </li>
                  ))}
                  {actor.members.map((r) => (
                    <li key={`m-${r.type}-${r.actor.id}`}>
                      {RELATION_WORDS[r.type].in}{' '}
                      <Link to={`/actor/${encodeURIComponent(r.actor.id)}`}>{r.actor.name}</Link>
                      {r.role && <span className="role"> as {r.role}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {actor.participations.length > 0 && (
                <>
                  <h3>Took part in</h3>
                  <ul>
                    {actor.participations.map((p) => (
                      <li key={p.event.id}>
                        <Link to={`/event/${encodeURIComponent(p.event.id)}`}>{p.event.name}</Link>
                        {p.role && <span className="role"> as {p.role}</span>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {actor.__typename === 'Agency' && actor.citedBy.length > 0 && (
                <>
                  <h3>Cited by</h3>
                  <ul>
                    {actor.citedBy.map((a) => (
                      <li key={a.id}>
                        <Link to={`/article/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>

            <section aria-labelledby="positions">
              <h2 id="positions">Positions over time ({timeline.length})</h2>
              {timeline.length === 0 ? (
                <p className="none">No position on record.</p>
              ) : (
                <>
                  <PositionTimeline stances={timeline} />
                  {changes.length > 0 ? (
                    <p className="changes" role="note">
                      {changes.length} change{changes.length === 1 ? '' : 's'} of position:{' '}
                      {changes
                        .map(
                          (c) =>
                            `${STANCE_LABELS[c.from.type].verb} → ${STANCE_LABELS[c.to.type].verb} on “${c.statement.text}”`,
                        )
                        .join('; ')}
                    </p>
                  ) : (
                    <p className="hint">No change of position on record.</p>
                  )}
                  <ol className="timeline-list">
                    {timeline.map((s) => (
                      <li key={s.id} className={'changedFrom' in s ? 'changed' : undefined}>
                        {'changedFrom' in s && (
                          <p className="change-note">
                            Changed from {STANCE_LABELS[s.changedFrom].verb} to{' '}
                            <strong>{STANCE_LABELS[s.type].verb}</strong>
                          </p>
                        )}
                        <StanceCard stance={s} showStatement={s.statement} />
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          </article>
        );
      }}
    </QueryStatus>
  );
}
