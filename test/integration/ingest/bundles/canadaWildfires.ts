/**
 * Test bundles written from reporting on the Canadian wildfire season of 2023 (not the seed
 * story), shaped to exercise what a CSV import can get wrong: article text over several lines
 * with double quotes, a range figure with decimals, a vague figure, a planned figure with a
 * target date, an agency, aliases holding `;` and `|`, an actor without aliases, and a later
 * article that extends an earlier actor and shares a statement.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TEXT = [
  'Wildfires have burned between 13.5 and 15.2 million hectares, the Canadian Interagency',
  'Forest Fire Centre said on Monday, calling the season "unprecedented".',
  '',
  'Several hundred firefighters arrived from abroad; officials said 2,000 more were planned by 1 September.',
].join('\n');

export function wildfiresJune(): Json {
  return {
    format: 'claimgraph-bundle/2',
    article: {
      id: 'article-canada-wildfires-june',
      title: 'Canada’s "unprecedented" fire season',
      published: '2023-06-26',
      publisher: 'Test Wire',
      text: TEXT,
      cites: ['CIFFC'],
    },
    actors: [
      { id: 'canada', name: 'Canada', kind: 'STATE' },
      {
        id: 'ciffc',
        name: 'Canadian Interagency Forest Fire Centre',
        kind: 'GOVERNMENT_OFFICE',
        aliases: ['CIFFC', 'Fire Centre; Winnipeg', 'CIFFC|Canada'],
        description: 'Coordinates wildfire resources\nbetween provinces.',
      },
      { id: 'natural-resources-canada', name: 'Natural Resources Canada', kind: 'MINISTRY' },
    ],
    relations: [{ from: 'ciffc', type: 'PART_OF', to: 'canada', role: 'national coordinator' }],
    events: [
      {
        id: 'canada-fire-season-2023',
        name: 'Canadian wildfire season 2023',
        type: 'OTHER',
        place: 'Canada',
        date: { date: '2023-05-01', precision: 'MONTH' },
      },
    ],
    statements: [
      {
        id: 'canada-area-burned',
        text: 'Wildfires have burned between 13.5 and 15.2 million hectares.',
        about: ['canada-fire-season-2023'],
        figure: { qualifier: 'RANGE', low: 13.5, high: 15.2, unit: 'million hectares', kind: 'CUMULATIVE' },
        refersTo: { text: 'on Monday' },
      },
      {
        id: 'canada-foreign-firefighters',
        text: 'Several hundred firefighters arrived from abroad.',
        figure: { qualifier: 'VAGUE', phrase: 'several hundred', unit: 'firefighters' },
      },
      {
        id: 'canada-more-firefighters',
        text: '2,000 more firefighters are planned.',
        figure: {
          qualifier: 'EXACT',
          value: 2000,
          unit: 'firefighters',
          kind: 'PLANNED',
          targetDate: { text: 'by 1 September' },
        },
      },
    ],
    stances: [
      {
        actor: 'CIFFC',
        statement: 'canada-area-burned',
        stance: 'CLAIMED',
        date: { text: 'on Monday' },
        quote: 'calling the season "unprecedented"',
      },
      {
        actor: 'natural-resources-canada',
        statement: 'canada-more-firefighters',
        stance: 'CLAIMED',
        paraphrase: 'Officials said more firefighters were planned.',
      },
    ],
    links: [{ from: 'canada-more-firefighters', type: 'SUPPORTS', to: 'canada-foreign-firefighters' }],
  };
}

/** Weeks later: the centre confirms the area, under a new alias; a new figure-less statement. */
export function wildfiresJuly(): Json {
  return {
    format: 'claimgraph-bundle/2',
    article: { id: 'article-canada-wildfires-july', title: 'Fire area confirmed', published: '2023-07-20' },
    actors: [
      {
        id: 'ciffc',
        name: 'Canadian Interagency Forest Fire Centre',
        kind: 'GOVERNMENT_OFFICE',
        aliases: ['Centre interservices des feux de forêt du Canada'],
      },
    ],
    statements: [{ id: 'canada-worst-season', text: 'This is the worst fire season on record.' }],
    stances: [
      { actor: 'ciffc', statement: 'canada-area-burned', stance: 'CONFIRMED', date: { date: '2023-07-19' } },
      { actor: 'Canada', statement: 'canada-worst-season', stance: 'CLAIMED', date: { date: '2023-07-19' } },
    ],
  };
}
