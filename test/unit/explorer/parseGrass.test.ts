import { readFileSync } from 'node:fs';
import { repoPath } from '../../../src/paths';
import { parseGrass } from '../../../web/src/graph/parseGrass';

// The explorer colours its graph from cypher/style.grass, parsed in the browser.

test('parses the Browser style file into rules in file order, quotes stripped', () => {
  const rules = parseGrass(readFileSync(repoPath('cypher', 'style.grass'), 'utf8'));
  const agency = rules.find((r) => r.kind === 'node' && r.name === 'Agency');
  expect(agency?.props).toMatchObject({
    color: '#8DCC93',
    'border-color': '#5DB665',
    diameter: '60px',
    caption: '{name}',
  });
  const denied = rules.find((r) => r.kind === 'relationship' && r.name === 'DENIED');
  expect(denied?.props).toMatchObject({ color: '#D62728', 'shaft-width': '3px', caption: '<type>' });
  expect(rules[0]).toMatchObject({ kind: 'node', name: null });
  // Actor comes before Agency, so an (:Actor:Agency) node takes the Agency rule (the later one).
  const names = rules.filter((r) => r.kind === 'node').map((r) => r.name);
  expect(names.indexOf('Agency')).toBeGreaterThan(names.indexOf('Actor'));
});

test('reads a rule with a hyphenated name and ignores declarations without a colon', () => {
  expect(parseGrass("relationship.PART-OF { color: #111; junk; caption: 'x' }")).toEqual([
    { kind: 'relationship', name: 'PART-OF', props: { color: '#111', caption: 'x' } },
  ]);
});
