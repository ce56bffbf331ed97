/**
 * A synthetic `claimgraph-bundle/1` bundle of any size, deterministic for a given size and
 * prefix: actors in states, events, statements with figures, one or two stances per
 * statement (some with relative dates, some by alias) and a SUPPORTS/REFUTES link per
 * statement. Used by the throughput benchmark and the large-bundle tests.
 */
export function syntheticBundle(statementCount: number, prefix = 'syn'): SyntheticBundle {
  const stateCount = 10;
  const actorCount = Math.max(20, Math.ceil(statementCount / 50));
  const eventCount = Math.max(5, Math.ceil(statementCount / 500));
  const kinds = ['PERSON', 'MINISTRY', 'INTELLIGENCE_SERVICE', 'MILITARY', 'NEWS_AGENCY'];
  const stances = ['CLAIMED', 'CONFIRMED', 'DENIED', 'DECLINED_TO_CONFIRM'];
  const phrases = ['last week', 'on Monday', 'yesterday', '8 October', 'this month', 'recently'];
  const state = (i: number) => `${prefix}-state-${i}`;
  const actor = (i: number) => `${prefix}-actor-${i}`;
  const event = (i: number) => `${prefix}-event-${i}`;
  const statement = (i: number) => `${prefix}-statement-${i}`;

  const actors = [
    ...Array.from({ length: stateCount }, (_, i) => ({
      id: state(i),
      name: `${prefix} State ${i}`,
      kind: 'STATE',
      aliases: [`${prefix.toUpperCase()}-S${i}`],
    })),
    ...Array.from({ length: actorCount }, (_, i) => ({
      id: actor(i),
      name: `${prefix} Actor ${i}`,
      kind: kinds[i % kinds.length] as string,
      aliases: [`${prefix} A${i}`],
      description: `Synthetic actor number ${i}.`,
    })),
  ];
  const relations = Array.from({ length: actorCount }, (_, i) => ({
    from: actor(i),
    type: i % 7 === 0 ? 'LEADS' : i % 7 === 1 ? 'REPRESENTS' : 'PART_OF',
    to: state(i % stateCount),
    role: i % 2 === 0 ? 'member' : null,
  }));
  const events = Array.from({ length: eventCount }, (_, i) => ({
    id: event(i),
    name: `${prefix} event ${i}`,
    type: i === 0 ? 'ARMED_CONFLICT' : 'TROOP_MOVEMENT',
    place: `Place ${i % 13}`,
    date: { date: `2024-${String((i % 9) + 1).padStart(2, '0')}-01`, precision: 'MONTH' },
    partOf: i === 0 ? [] : [event(0)],
    participants: [{ actor: actor(i % actorCount), role: 'participant' }],
  }));
  const statements = Array.from({ length: statementCount }, (_, i) => ({
    id: statement(i),
    text: `Synthetic statement ${i}: ${prefix} state ${i % stateCount} moved ${100 + i} troops.`,
    about: [event(i % eventCount)],
    ...(i % 3 === 0 ? { figure: { value: 100 + i, unit: 'troops', approximate: i % 2 === 0 } } : {}),
    ...(i % 5 === 0 ? { refersTo: { text: 'last month' } } : {}),
  }));
  const stanceRows = statements.flatMap((s, i) => {
    const first = {
      actor: i % 4 === 0 ? `${prefix} A${i % actorCount}` : actor(i % actorCount),
      statement: s.id,
      stance: stances[i % stances.length] as string,
      date: i % 2 === 0 ? { text: phrases[i % phrases.length] as string } : { date: '2024-10-15' },
      ...(i % 3 === 0 ? { quote: `Quote number ${i}.` } : { paraphrase: `Paraphrase number ${i}.` }),
    };
    if (i % 3 !== 0) return [first];
    return [
      first,
      { actor: actor((i + 1) % actorCount), statement: s.id, stance: 'CLAIMED', relayOf: first.actor },
    ];
  });
  const links = statements.slice(1).map((s, j) => ({
    from: s.id,
    type: (j + 1) % 4 === 0 ? 'REFUTES' : 'SUPPORTS',
    to: statement(Math.floor((j + 1) / 2)),
  }));
  return {
    format: 'claimgraph-bundle/1',
    article: {
      id: `${prefix}-article`,
      title: `Synthetic article with ${statementCount} statements`,
      published: '2024-10-22',
      publisher: 'Synthetic Press',
      cites: [actor(4)],
    },
    actors,
    relations,
    events,
    statements,
    stances: stanceRows,
    links,
  };
}

export interface SyntheticBundle {
  format: string;
  article: { id: string; title: string; published: string; publisher: string; cites: string[] };
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  events: Record<string, unknown>[];
  statements: Record<string, unknown>[];
  stances: Record<string, unknown>[];
  links: Record<string, unknown>[];
}
