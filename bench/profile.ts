import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { REPO_ROOT } from '../src/paths';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a sampled frame's code lives: a package, a project folder, or Node itself. */
function areaOf(url: string): string {
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const file = url.replace(/^file:\/\//, '');
  const relative = path.relative(REPO_ROOT, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).slice(0, 2).join('/');
}

/**
 * Runs `op` `times` times under the V8 CPU profiler; writes the .cpuprofile (open it in Chrome
 * DevTools) and returns self time per code area, largest first, in percent of samples.
 */
export async function profileOperation(
  op: () => Promise<unknown>,
  times: number,
  outFile: string,
): Promise<{ area: string; percent: number }[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let i = 0; i < times; i++) await op();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(outFile, JSON.stringify(profile));
    const byArea = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const name = node.callFrame.functionName;
      const area =
        name === '(idle)'
          ? '(idle: waiting for Neo4j)'
          : name.startsWith('(')
            ? name
            : node.callFrame.url
              ? areaOf(node.callFrame.url)
              : `native ${name || '(anonymous)'}`;
      byArea.set(area, (byArea.get(area) ?? 0) + hits);
    }
    return [...byArea.entries()]
      .map(([area, hits]) => ({ area, percent: (100 * hits) / Math.max(1, total) }))
      .sort((a, b) => b.percent - a.percent);
  } finally {
    session.disconnect();
  }
}
