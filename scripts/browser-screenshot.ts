/**
 * Screenshots of Neo4j Browser drawing research queries with the claimgraph style applied,
 * taken with headless Chromium (playwright-core and Debian's chromium). For each query file
 * it connects, applies cypher/style.grass with `:style <url>`, runs the file exactly as it is
 * (its `:param` lines and its query, Browser's multi-statement mode) and checks that every
 * statement succeeded, then runs the query alone so that Browser draws its graph, and saves
 * docs/screenshots/<file>.png.
 *
 *   npx tsx scripts/browser-screenshot.ts [q09-shortest-path q05-link-chains neighbourhood ...]
 *
 * With NEO4J_BROWSER_URL (e.g. http://localhost:7474/browser/), NEO4J_BOLT_URI and
 * NEO4J_PASSWORD (NEO4J_USER defaults to neo4j) it uses that Neo4j as it is (seeded already).
 * Without them it starts a temporary embedded Neo4j on free ports, loads the seed, and gives
 * it the style as its `browser.post_connect_cmd`, as `npm start` does.
 * CHROMIUM_PATH (default /usr/bin/chromium) and SCREENSHOT_DIR (default docs/screenshots).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { cypherFile, Database } from '../src/db';
import { applySchema } from '../src/db/applySchema';
import { freePort } from '../src/embedded/freePort';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/embedded/startEmbeddedNeo4j';
import { loadSeed } from '../src/ingest/loadSeed';
import { repoPath } from '../src/paths';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium';

const DEFAULT_QUERIES = ['q09-shortest-path', 'q05-link-chains', 'neighbourhood'];

interface Target {
  browserUrl: string;
  boltUri: string;
  user: string;
  password: string;
}

/**
 * Serves cypher/style.grass to Neo4j Browser. Browser fetches it from the page, so the answer
 * needs CORS, including the preflight its extra request headers cause; and Browser only
 * fetches from hosts on `browser.remote_content_hostname_allowlist` (localhost by default).
 */
async function serveStyle(): Promise<{ url: string; close(): void }> {
  const grass = readFileSync(repoPath('cypher', 'style.grass'));
  const server = http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(grass);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/browser-style.grass`, close: () => server.close() };
}

/** A temporary embedded Neo4j holding the seed graph. */
async function startSeededNeo4j(styleUrl: string): Promise<{ target: Target; stop(): Promise<void> }> {
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'neo4j-screenshot-'));
  const password = 'claimgraph-screenshot';
  const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '1g',
    pagecache: '256m',
    password,
    browserStyleUrl: styleUrl,
  });
  const db = Database.connect(
    { uri: neo4j.boltUri, user: neo4j.user, password, database: 'neo4j' },
    { queryTimeoutMs: 60_000 },
  );
  try {
    await applySchema(db);
    await loadSeed(db);
  } finally {
    await db.close();
  }
  return {
    target: { browserUrl: neo4j.browserUrl, boltUri: neo4j.boltUri, user: neo4j.user, password },
    stop: async () => {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function connect(page: Page, target: Target): Promise<void> {
  await page.goto(target.browserUrl);
  await page.getByTestId('boltaddress').waitFor({ timeout: 120_000 });
  const bolt = new URL(target.boltUri);
  await page.getByTestId('bolt-scheme-select').selectOption(`${bolt.protocol}//`);
  await page.getByTestId('boltaddress').fill(bolt.host);
  await page.getByTestId('username').fill(target.user);
  await page.getByTestId('password').fill(target.password);
  await page.getByTestId('connect').click();
  await page.getByText('You are connected as user').first().waitFor({ timeout: 60_000 });
  // Dismiss the product-usage notice, so that it does not cover the drawings.
  const notice = page.getByText('To help make Neo4j Browser better');
  await notice.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if ((await notice.count()) > 0)
    await notice
      .locator('xpath=../span[last()]')
      .click()
      .catch(() => undefined);
}

/** Types a command into Browser's main editor and runs it. */
async function run(page: Page, command: string): Promise<void> {
  await page.locator('#monaco-main-editor, [data-testid="activeEditor"] .monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(command);
  await page.getByTestId('editor-Run').first().click();
}

async function screenshotQuery(page: Page, name: string, out: string): Promise<void> {
  const file = cypherFile(`cypher/queries/${name}.cypher`);
  const source = readFileSync(repoPath(file.path), 'utf8');

  // The file as it is: Browser runs its `:param` lines and its query one after the other.
  await run(page, ':clear');
  await run(page, source);
  const statements = file.declaredParams.length + 1;
  const icons = page.getByTestId('multi-statement-list-icon');
  const settled = (states: (string | null)[]) =>
    states.length >= statements &&
    states.every((t) => t === 'Status: success' || /error|fail/i.test(t ?? ''));
  let states: (string | null)[] = [];
  for (const deadline = Date.now() + 60_000; !settled(states) && Date.now() < deadline;) {
    await page.waitForTimeout(250);
    // Typed here: this script's compiler settings have no DOM library.
    states = await icons.evaluateAll((els: { getAttribute(name: string): string | null }[]) =>
      els.map((e) => e.getAttribute('title')),
    );
  }
  if (states.length !== statements || states.some((t) => t !== 'Status: success')) {
    const frame = await page.getByTestId('multi-statement-list').innerText();
    throw new Error(`${file.path} did not run cleanly in Browser (${states.join(', ')}):\n${frame}`);
  }

  // Then the query alone, with the parameters just set, for Browser's graph view.
  await run(page, ':clear');
  await run(page, file.text);
  await page.locator('svg g.node').first().waitFor({ timeout: 60_000 });
  await page.locator('[title="Fullscreen"]').first().click(); // the result frame, full window
  await page.waitForTimeout(4_000); // let the force layout settle
  await page.screenshot({ path: out });
  await page.locator('[title="Close fullscreen"], [title="Fullscreen"]').first().click();
  console.log(`saved ${path.relative(repoPath(), out)} (its ${statements} statements ran as is)`);
}

async function main(): Promise<void> {
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_QUERIES;
  const outDir = process.env.SCREENSHOT_DIR ?? repoPath('docs', 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const style = await serveStyle();
  const external = process.env.NEO4J_BROWSER_URL && process.env.NEO4J_BOLT_URI;
  const neo4j = external
    ? {
        target: {
          browserUrl: process.env.NEO4J_BROWSER_URL as string,
          boltUri: process.env.NEO4J_BOLT_URI as string,
          user: process.env.NEO4J_USER ?? 'neo4j',
          password: process.env.NEO4J_PASSWORD ?? '',
        },
        stop: () => Promise.resolve(),
      }
    : await startSeededNeo4j(style.url);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await connect(page, neo4j.target);
    // Browser shows the style it loaded in a frame; with post_connect_cmd it does so by itself.
    const styleShown = () => page.getByText('node.Statement').first().waitFor({ timeout: 20_000 });
    const byPostConnect = await styleShown().then(
      () => true,
      () => false,
    );
    if (!byPostConnect) {
      await run(page, `:style ${style.url}`);
      await styleShown();
    }
    console.log(`style applied ${byPostConnect ? 'by browser.post_connect_cmd on connect' : 'with :style'}`);
    for (const name of names) await screenshotQuery(page, name, path.join(outDir, `${name}.png`));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    style.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
