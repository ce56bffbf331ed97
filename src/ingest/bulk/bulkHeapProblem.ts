/**
 * Node heap a bulk import needs per byte of bundle JSON: planning holds the corpus's whole
 * graph. Measured 14.8 (1.69 GB of RSS for 114 MB of bundles, 200,000 statements) and 14.2
 * (8.1 GB at 1,000,000 statements); 16 leaves a margin.
 */
export const HEAP_PER_BUNDLE_BYTE = 16;

const GB = 2 ** 30;
const MB = 2 ** 20;

/** The `--max-old-space-size` (MB, whole GB) that plans `bundleBytes` of bundles with a quarter to spare. */
export function bulkHeapMb(bundleBytes: number): number {
  return Math.ceil((bundleBytes * HEAP_PER_BUNDLE_BYTE * 1.25) / 1024 / MB) * 1024;
}

/**
 * Why a corpus of `bundleBytes` cannot be planned in a heap of `heapLimitBytes` (V8's
 * `heap_size_limit`), with the setting that would let it; null when it fits. Checked before
 * anything is read, so the CLI refuses with a code instead of dying out of memory minutes in.
 */
export function bulkHeapProblem(bundleBytes: number, heapLimitBytes: number): string | null {
  const needed = bundleBytes * HEAP_PER_BUNDLE_BYTE;
  if (needed <= heapLimitBytes) return null;
  return (
    `the bundles hold ${(bundleBytes / MB).toFixed(0)} MB of JSON; planning them needs about ` +
    `${(needed / GB).toFixed(1)} GB of Node heap and this process has ${(heapLimitBytes / GB).toFixed(1)} GB: ` +
    `run it with NODE_OPTIONS=--max-old-space-size=${bulkHeapMb(bundleBytes)} (megabytes), or ingest without --bulk`
  );
}
