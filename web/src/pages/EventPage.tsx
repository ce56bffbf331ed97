import { Link, useParams } from 'react-router';
import { EventPageDocument } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { FigureChart } from '../components/FigureChart';
import { formatFigure } from '../components/formatFigure';
import { FuzzyDateView } from '../components/FuzzyDateView';
import { STANCE_LABELS } from '../components/labels';
import { QueryStatus } from '../components/QueryStatus';

/** An event and every figure given for it (and its parts) over time. */
export function EventPage() {
  const { id = '' } = useParams();
  const state = useQuery(EventPageDocument, { id });
  return (
    <QueryStatus state={state} what="the event">
      {({ event, figureTimeline }) =>
        event ? (
          <article className="event-page">
            <p className="kind">Event · {event.type.toLowerCase().replace(/_/g, ' ')}</p>
            <h1>{event.name}</h1>
            <p>
              {event.place && <>In {event.place}. </>}
              {event.date && (
                <>
                  When: <FuzzyDateView value={event.date} />
                </>
              )}
            </p>
            {event.partOf.length > 0 && (
              <p>
                Part of:{' '}
                {event.partOf.map((e) => (
                  <Link key={e.id} to={`/event/${encodeURIComponent(e.id)}`}>
                    {e.name}
                  </Link>
                ))}
              </p>
            )}
            {event.parts.length > 0 && (
              <p>
                Parts:{' '}
                {event.parts.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && ', '}
                    <Link to={`/event/${encodeURIComponent(e.id)}`}>{e.name}</Link>
                  </span>
                ))}
              </p>
            )}
            <p className="actions">
              <Link to={`/graph/${encodeURIComponent(event.id)}`}>Open in graph</Link>
            </p>
            <section aria-labelledby="figures">
              <h2 id="figures">Figures over time ({figureTimeline.length})</h2>
              {figureTimeline.length === 0 ? (
                <p className="none">No figure given for this event or its parts.</p>
              ) : (
                <>
                  <FigureChart points={figureTimeline} />
                  <div className="table-wrap">
                    <table className="figures-table">
                      <caption className="visually-hidden">Figures given, in date order</caption>
                      <thead>
                        <tr>
                          <th scope="col">Figure</th>
                          <th scope="col">Who</th>
                          <th scope="col">Stance</th>
                          <th scope="col">Date</th>
                          <th scope="col">Statement</th>
                        </tr>
                      </thead>
                      <tbody>
                        {figureTimeline.map((p) => (
                          <tr key={`${p.statement.id}-${p.actor.id}-${p.stance}-${p.date.date}`}>
                            <td>{formatFigure(p.figure)}</td>
                            <td>
                              <Link to={`/actor/${encodeURIComponent(p.actor.id)}`}>{p.actor.name}</Link>
                            </td>
                            <td>{STANCE_LABELS[p.stance].verb}</td>
                            <td>
                              <FuzzyDateView value={p.date} />
                            </td>
                            <td>
                              <Link to={`/statement/${encodeURIComponent(p.statement.id)}`}>
                                {p.statement.text}
                              </Link>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </section>
            {event.participants.length > 0 && (
              <section aria-labelledby="participants">
                <h2 id="participants">Participants</h2>
                <ul>
                  {event.participants.map((p) => (
                    <li key={p.actor.id}>
                      <Link to={`/actor/${encodeURIComponent(p.actor.id)}`}>{p.actor.name}</Link>
                      {p.role && <span className="role"> as {p.role}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </article>
        ) : (
          <div className="error" role="alert">
            <strong>No event with id “{id}”.</strong>
          </div>
        )
      }
    </QueryStatus>
  );
}
