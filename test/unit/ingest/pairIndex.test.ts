import { PairIndex } from '../../../src/ingest/pairIndex';

interface Item {
  actor: string;
  n: number;
}

test('finds the first item added under both ids that matches, as a list and as a map', () => {
  const index = new PairIndex<Item>((item) => item.actor);
  // 100 items under one first id: past the list's bound, they are kept by the second id.
  for (let n = 0; n < 100; n++) index.add('claim', { actor: `actor-${n % 10}`, n });
  index.add('other', { actor: 'actor-1', n: 1000 });
  expect(index.find('claim', 'actor-3', () => true)).toEqual({ actor: 'actor-3', n: 3 });
  expect(index.find('claim', 'actor-3', (item) => item.n > 50)).toEqual({ actor: 'actor-3', n: 53 });
  expect(index.find('claim', 'actor-99', () => true)).toBeUndefined();
  expect(index.find('other', 'actor-1', () => true)).toEqual({ actor: 'actor-1', n: 1000 });
  expect(index.find('other', 'actor-2', () => true)).toBeUndefined();
  expect(index.find('none', 'actor-1', () => true)).toBeUndefined();
});
