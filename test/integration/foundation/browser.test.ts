import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { repoPath } from '../../../src/paths';
import { launchChromium } from '../../support/chromium';
import type { Database } from '../../../src/db';
import { testDatabase } from '../../support/database';
import { listen, testServer, type TestServer } from '../../support/server';
import { closeOpened } from '../../support/closeOpened';

// Neo4j Browser (served by the embedded Neo4j at /browser/) and the service's GraphiQL page
// render in headless Chromium, offline. Screenshots go to .tmp/screenshots/.

const browserUrl = process.env.TEST_NEO4J_BROWSER_URL;
const shots = repoPath('.tmp', 'screenshots');
let chromium: Browser;
let db: Database;
let server: TestServer;
let http: { url: string; close(): Promise<void> };

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  chromium = await launchChromium();
  db = testDatabase();
  server = await testServer(db);
  http = await listen(server);
});

afterAll(async () => {
  await closeOpened(chromium, http);
  await (server as TestServer | undefined)?.stop(); // unassigned when beforeAll failed first
  await closeOpened(db);
});

(browserUrl ? test : test.skip)(
  'Neo4j Browser answers 200 at /browser/ and renders its connect form',
  async () => {
    const response = await fetch(browserUrl as string);
    expect(response.status).toBe(200);
    const page = await chromium.newPage();
    await page.goto(browserUrl as string);
    await page.getByText('Connect to Neo4j').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${shots}/neo4j-browser.png` });
    await page.close();
  },
);

test('the GraphiQL page renders its editor offline', async () => {
  const page = await chromium.newPage();
  await page.goto(`${http.url}/graphql`);
  await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `${shots}/graphiql.png` });
  await page.close();
});
