import { statSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../../config';
import { BulkImportRefusedError } from '../../errors';
import { bulkImport, type BulkPhase } from './bulkImport';

/**
 * `npm run ingest -- --bulk <paths>`: the bulk import (bulkImport.ts) with a progress bar per
 * phase on a terminal (one line per phase otherwise) and a summary. Exit codes: 0 imported,
 * 1 a bundle was refused (nothing written), 2 the import was refused (printed with its code).
 */
export async function runBulkCli(
  files: string[],
  options: { progress: boolean; readBundle(file: string): unknown },
): Promise<number> {
  const out = (line: string) => process.stderr.write(`${line}\n`);
  const config = loadConfig();
  const bar =
    options.progress && process.stderr.isTTY
      ? new SingleBar(
          { format: ' {bar} {percentage}% | {phase} {detail}', hideCursor: true, etaBuffer: 50 },
          Presets.shades_classic,
        )
      : undefined;
  let current: BulkPhase | undefined;
  const name = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') ? relative : file;
  };
  const started = performance.now();
  try {
    const result = await bulkImport({
      config,
      bundles: files.map((file) => ({ name: name(file), load: () => options.readBundle(file) })),
      bundleBytes: files.reduce((n, file) => n + statSync(file).size, 0),
      log: (line) => {
        if (!bar) out(line);
      },
      onProgress: (phase, fraction, detail) => {
        if (phase !== current) {
          current = phase;
          if (bar) {
            bar.stop();
            bar.start(100, 0, { phase, detail: '' });
          } else out(`bulk: ${phase}`);
        }
        bar?.update(Math.round(fraction * 100), { phase, detail: detail ?? '' });
      },
    });
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    for (const o of result.outcomes) {
      for (const w of o.summary?.warnings ?? []) out(`warning: ${o.name}: ${w.path}: ${w.message}`);
      for (const p of o.problems ?? []) out(`${o.name}: ${p.path}: ${p.message}`);
      if (o.error) out(`${o.name}: ${o.error}`);
    }
    const refused = result.outcomes.filter((o) => o.problems ?? o.error).length;
    if (!result.imported) {
      out(
        `bulk import: ${refused} of ${result.outcomes.length} bundles refused; nothing was written (fix them and run again)`,
      );
      return 1;
    }
    const phases = Object.entries(result.seconds)
      .map(([phase, s]) => `${phase} ${s.toFixed(1)} s`)
      .join(', ');
    process.stdout.write(
      [
        `bulk import: ${result.outcomes.length} bundles, ${result.statements} statements`,
        `  ${result.nodes} nodes, ${result.relationships} relationships`,
        `  ${seconds.toFixed(1)} s (${phases}), ${Math.round(result.statements / seconds)} statements/s`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    bar?.stop();
    if (error instanceof BulkImportRefusedError) {
      out(`bulk import refused [${String(error.extensions.code)}]: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
