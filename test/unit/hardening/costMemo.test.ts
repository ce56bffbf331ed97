import { parse } from 'graphql';
import { COSTS_PER_DOCUMENT, CostMemo } from '../../../src/http/costMemo';

// The cost of a request Apollo has parsed before is priced once per operation and variables.

const document = parse('query A($n: Int) { actors(first: $n) { totalCount } } query B { __typename }');

function pricer() {
  const calls: number[] = [];
  return {
    calls,
    price: (value: number) => () => {
      calls.push(value);
      return value;
    },
  };
}

test('the same document, operation and variables are priced once', () => {
  const memo = new CostMemo();
  const { calls, price } = pricer();
  expect(memo.cost(document, 'A', { n: 5 }, price(26))).toBe(26);
  expect(memo.cost(document, 'A', { n: 5 }, price(999))).toBe(26);
  expect(calls).toEqual([26]);
});

test('other variables, another operation or another document are priced anew', () => {
  const memo = new CostMemo();
  const { calls, price } = pricer();
  memo.cost(document, 'A', { n: 5 }, price(26));
  expect(memo.cost(document, 'A', { n: 6 }, price(31))).toBe(31);
  expect(memo.cost(document, 'B', { n: 5 }, price(1))).toBe(1);
  // Equal text, but a document Apollo parsed again: not the same entry.
  expect(
    memo.cost(parse('query A($n: Int) { actors(first: $n) { totalCount } }'), 'A', { n: 5 }, price(27)),
  ).toBe(27);
  expect(calls).toEqual([26, 31, 1, 27]);
});

test(`a document keeps at most ${COSTS_PER_DOCUMENT} costs, forgetting the oldest first`, () => {
  const memo = new CostMemo();
  const { calls, price } = pricer();
  for (let n = 0; n <= COSTS_PER_DOCUMENT; n++) memo.cost(document, 'A', { n }, price(n));
  expect(calls).toHaveLength(COSTS_PER_DOCUMENT + 1);
  // n = 0 was the oldest and is gone; n = 1 and the newest are still known.
  memo.cost(document, 'A', { n: 1 }, price(-1));
  memo.cost(document, 'A', { n: COSTS_PER_DOCUMENT }, price(-1));
  expect(calls).toHaveLength(COSTS_PER_DOCUMENT + 1);
  expect(memo.cost(document, 'A', { n: 0 }, price(0))).toBe(0);
  expect(calls).toHaveLength(COSTS_PER_DOCUMENT + 2);
});

test('a price that throws is not remembered', () => {
  const memo = new CostMemo();
  const fail = () => {
    throw new Error('too large');
  };
  expect(() => memo.cost(document, 'A', {}, fail)).toThrow('too large');
  expect(memo.cost(document, 'A', {}, () => 4)).toBe(4);
});
