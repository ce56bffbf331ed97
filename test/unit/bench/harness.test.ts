import { corpusBundles, corpusSizes, SUPERNODES } from '../../../bench/dataset/corpus';
import { planFromLog, type LoggedQuery } from '../../../bench/floor';
import { boundLines, stackLine, type BenchReport } from '../../../bench/report';
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

describe('bench report', () => {
  const stats = (p50: number, p99: number, rps: number) => ({
    n: 100,
    p50,
    p95: p99,
    p99,
    max: p99,
    rps,
    errors: 0,
  });

  it('renders the fixed cost of a request with no Cypher per concurrency', () => {
    expect(
      stackLine({
        '1': { claimgraph: stats(1.234, 3.04, 612.4), neo4jGraphql: stats(1.5, 4, 550) },
        '32': { claimgraph: stats(20, 41.26, 1500.6), neo4jGraphql: stats(NaN, NaN, NaN) },
      }),
    ).toBe(
      'Fixed cost of a request with no Cypher (`{ __typename }`), p50 / p99 ms: ' +
        'claimgraph 1.2 / 3.0, @neo4j/graphql 1.5 / 4.0 at c=1 (612 / 550 req/s); ' +
        'claimgraph 20.0 / 41.3, @neo4j/graphql – / – at c=32 (1501 / – req/s).',
    );
  });

  it('renders nothing when the stack was not measured', () => {
    expect(stackLine(undefined)).toBe('');
    expect(stackLine({})).toBe('');
  });

  it('adds the bare node:http server when it was measured', () => {
    expect(
      stackLine({
        '1': {
          claimgraph: stats(0.56, 4.2, 1443),
          neo4jGraphql: stats(0.22, 2.1, 3206),
          bareHttp: stats(0.11, 0.9, 7001.2),
        },
      }),
    ).toBe(
      'Fixed cost of a request with no Cypher (`{ __typename }`), p50 / p99 ms: ' +
        'claimgraph 0.6 / 4.2, @neo4j/graphql 0.2 / 2.1, bare node:http 0.1 / 0.9 at c=1 (1443 / 3206 / 7001 req/s).',
    );
  });

  it('says what the measurements rule out: the fixed cost at c=1, and @neo4j/graphql near the floor', () => {
    const cell = (floorP50: number, ngP50: number) => ({
      stats: { floor: stats(floorP50, 1, 1), claimgraph: stats(1, 1, 1), neo4jGraphql: stats(ngP50, 1, 1) },
      ratios: {
        claimgraphOverFloorP50: null,
        claimgraphOverFloorP99: null,
        claimgraphOverNeo4jGraphqlP50: null,
        claimgraphOverNeo4jGraphqlP99: null,
      },
      peakRssMb: {},
    });
    const op = (id: string, floorP50: number, ngP50: number) => ({
      id,
      title: id,
      verified: '',
      claimgraphRoundTrips: 1,
      claimgraphSteps: 1,
      cells: { '1': cell(floorP50, ngP50), '32': cell(floorP50 * 10, ngP50 * 30) },
    });
    const report = {
      stack: {
        '1': { claimgraph: stats(0.5, 1, 1), neo4jGraphql: stats(0.25, 1, 1), bareHttp: stats(0.1, 1, 1) },
      },
      operations: [op('lookup', 1.25, 5), op('path', 200, 210)],
    } as unknown as BenchReport;
    expect(boundLines(report)).toEqual([
      'The lowest p50 ÷ floor the fixed cost allows at c=1, (floor + `{ __typename }`) ÷ floor: ' +
        "with a bare node:http server lookup 1.08, path 1.00; with @neo4j/graphql's lookup 1.20, path 1.00.",
      '@neo4j/graphql ÷ floor, p50 at c=1: lookup 4.00, path 1.05; below 1.25 (path), ' +
        'claimgraph ÷ @neo4j/graphql ≤ 0.8 would need claimgraph faster than the floor.',
      '@neo4j/graphql ÷ floor, p50 at c=32: lookup 12.00, path 3.15.',
    ]);
    // Without the bare server (reports before it), only the @neo4j/graphql lines.
    expect(
      boundLines({ ...report, stack: { '1': { claimgraph: stats(1, 1, 1), neo4jGraphql: stats(1, 1, 1) } } }),
    ).toHaveLength(2);
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
