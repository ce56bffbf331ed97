import { bulkHeapProblem, HEAP_PER_BUNDLE_BYTE } from '../../../src/ingest/bulk/bulkHeapProblem';

const MB = 2 ** 20;

describe('bulkHeapProblem', () => {
  it('lets a corpus through when its planning fits the heap', () => {
    // 114 MB of bundles (200,000 benchmark statements) in Node's default 4.3 GB heap.
    expect(bulkHeapProblem(114 * MB, 4345 * MB)).toBeNull();
    expect(bulkHeapProblem((4345 * MB) / HEAP_PER_BUNDLE_BYTE, 4345 * MB)).toBeNull();
  });

  it('refuses one that does not, naming the heap setting that would fit it', () => {
    expect(bulkHeapProblem(570 * MB, 4345 * MB)).toBe(
      'the bundles hold 570 MB of JSON; planning them needs about 8.9 GB of Node heap and this process has 4.2 GB: run it with NODE_OPTIONS=--max-old-space-size=12288 (megabytes), or ingest without --bulk',
    );
  });
});
