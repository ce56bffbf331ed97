import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleFiles, ingestCommand } from '../../../src/ingest/cli';

describe('ingest CLI', () => {
  it('takes files as given and searches folders for *.bundle.json, in name order', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cli-'));
    mkdirSync(path.join(dir, 'more'));
    for (const f of ['b.bundle.json', 'a.bundle.json', 'notes.json', 'more/c.bundle.json'])
      writeFileSync(path.join(dir, f), '{}');
    const single = path.join(dir, 'notes.json');
    expect(bundleFiles([dir, single]).map((f) => path.relative(dir, f))).toEqual([
      'a.bundle.json',
      'b.bundle.json',
      path.join('more', 'c.bundle.json'),
      'notes.json',
    ]);
    expect(() => bundleFiles([path.join(dir, 'missing')])).toThrow(
      `${path.join(dir, 'missing')}: no such file or folder`,
    );
  });

  it('parses its options', () => {
    const command = ingestCommand().exitOverride();
    command.parse(['node', 'ingest', '--dry-run', '--batch-size', '500', 'a.bundle.json', 'dir'], {
      from: 'node',
    });
    expect(command.args).toEqual(['a.bundle.json', 'dir']);
    expect(command.opts()).toEqual({ dryRun: true, schema: true, progress: true, batchSize: 500 });
    expect(() =>
      ingestCommand()
        .exitOverride()
        .configureOutput({ writeErr: () => undefined })
        .parse(['node', 'ingest']),
    ).toThrow();
  });
});
