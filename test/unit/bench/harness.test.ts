import { corpusBundles, corpusSizes, SUPERNODES } from '../../../bench/dataset/corpus';
import { planFromLog, type LoggedQuery } from '../../../bench/floor';
import { canonical, firstDifference, stringLeaves, unordered } from '../../../bench/support/normalise';
import { percentile, ratio, summarise } from '../../../bench/support/stats';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises latencies with n, percentiles and throughput over the wall clock', () => {
    const stats = summarise([4, 1, 3, 2], 2000);
    expect(stats).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, max: 4, rps: 2, errors: 0 });
  });

  it('gives ratios to two decimals and null when a side is missing', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(NaN, 2)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
  });
});

describe('bench answer normalisation', () => {
  it('sorts keys and rounds numbers, so equal data compares equal', () => {
    expect(JSON.stringify(canonical({ b: 1.0000001, a: [{ y: null, x: 'v' }] }))).toBe(
      '{"a":[{"x":"v","y":null}],"b":1}',
    );
  });

  it('makes unordered lists canonical and keeps ordered ones as given', () => {
    expect(unordered([{ id: 'b' }, { id: 'a' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(canonical(['b', 'a'])).toEqual(['b', 'a']);
  });

  it('names the first difference by path', () => {
    expect(firstDifference({ a: [1, 2] }, { a: [1, 3] })).toBe('$.a[1] (2 vs 3)');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a (length 1 vs 2)');
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeUndefined();
  });

  it('collects string leaves but not keys', () => {
    expect([...stringLeaves({ id: 'x', list: [{ name: 'y' }, 3] })].sort()).toEqual(['x', 'y']);
  });
});

describe('bench floor plan', () => {
  const q = (startedAt: number, ms: number, query = 'RETURN 1'): LoggedQuery => ({
    mode: 'READ',
    ok: true,
    startedAt,
    ms,
    query,
  });

  it('replays round trips that overlapped in the service together, the others in order', () => {
    const plan = planFromLog([q(0, 10, 'a'), q(20, 5, 'c'), q(2, 10, 'b'), q(30, 1, 'd')], 1000);
    expect(plan.groups.map((g) => g.map((x) => x.query))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('refuses a round trip without its Cypher', () => {
    expect(() => planFromLog([{ mode: 'WRITE', ok: true, ms: 1 }], 1000)).toThrow(/without its Cypher/);
  });
});

describe('bench corpus generator', () => {
  it('is deterministic and puts every statement in exactly one bundle', () => {
    const first = [...corpusBundles({ statements: 400, bundles: 4 })];
    const again = [...corpusBundles({ statements: 400, bundles: 4 })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(first).toHaveLength(4);
    expect(first.reduce((n, b) => n + b.statements.length, 0)).toBe(400);
    expect(first[0]?.actors).toHaveLength(corpusSizes({ statements: 400 }).actors + 50);
  });

  it('gives the supernodes most of the stances of any actor', () => {
    const counts = new Map<string, number>();
    for (const b of corpusBundles({ statements: 2000 }))
      for (const s of b.stances) counts.set(String(s.actor), (counts.get(String(s.actor)) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, SUPERNODES);
    expect(top.every(([id]) => id.startsWith('bench-state-'))).toBe(true);
  });
});
