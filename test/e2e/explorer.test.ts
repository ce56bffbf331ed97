import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { EXPLORER_DIST } from '../../src/http/explorer';
import { repoPath } from '../../src/paths';
import { launchChromium } from '../support/chromium';
import { useSeededServer } from '../support/seededServer';
import { listen, TEST_TOKEN } from '../support/server';
import { closeOpened } from '../support/closeOpened';

// The explorer (web/, built into web/dist by scripts/bootstrap.sh) in headless Chromium over
// the seed graph, as a journalist would use it. Screenshots go to .tmp/screenshots/explorer/;
// `bash scripts/explorer-screenshots.sh` copies them to docs/screenshots/.

const shots = repoPath('.tmp', 'screenshots', 'explorer');
// A generous query deadline: the browser waits for real answers, and a busy CI machine should
// slow this tier down, not fail it (the deadlines themselves are tested in test/integration).
const seeded = useSeededServer({ QUERY_TIMEOUT_MS: '60000' });
let http: { url: string; close(): Promise<void> };
let chromium: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(`${EXPLORER_DIST}/index.html`)) {
    throw new Error(
      'web/dist is missing: run `bash scripts/bootstrap.sh` (npm test does) to build the explorer',
    );
  }
  mkdirSync(shots, { recursive: true });
  http = await listen(seeded.server());
  chromium = await launchChromium();
  page = await chromium.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await closeOpened(chromium, http);
});

const shot = (name: string) => page.screenshot({ path: `${shots}/explorer-${name}.png`, fullPage: false });

test('deep links answer with the app; the API paths and unknown paths keep their own answers', async () => {
  const app = await fetch(`${http.url}/statement/dprk-troops-to-russia?asOf=2024-10-19`);
  expect(app.status).toBe(200);
  expect(app.headers.get('content-type')).toMatch(/text\/html/);
  expect(await app.text()).toContain('<div id="root">');
  expect((await fetch(`${http.url}/health`)).headers.get('content-type')).toMatch(/json/);
  const nothing = await fetch(`${http.url}/no-such-page`);
  expect(nothing.status).toBe(404);
  expect(await nothing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
});

test('search as you type finds the "groundless" quote and the statement, with type and highlight', async () => {
  await page.goto(`${http.url}/`);
  await page.getByLabel('Search', { exact: true }).pressSequentially('groundless', { delay: 20 });
  const results = page.locator('.results > li');
  await results.first().waitFor();
  await page.waitForURL(/\/search\?q=groundless$/);
  await page.locator('.search-page [aria-busy="false"]').waitFor();
  const types = await page.locator('.results .type-badge').allTextContents();
  // Full-text hits by score (the troop-accusations statement, the seed article, the statement
  // whose quote matches), then the stances whose quotes match.
  expect(types).toEqual(['Statement', 'Article', 'Statement', 'Quote', 'Quote']);
  const quotes = await page
    .locator('.results li', { hasText: 'Quote' })
    .locator('.result-detail')
    .allTextContents();
  expect(quotes.map((q) => q.split(':')[0])).toEqual([
    "North Korea's representative to the UN claimed",
    "North Korea's representative to the UN denied",
  ]);
  expect(await page.locator('.results mark').first().textContent()).toMatch(/^groundless$/i);
  await shot('search');
});

test('the DPRK denial: breakdown with quote and venue, and the status as of an earlier day', async () => {
  const denial = page.locator('.results a', { hasText: 'denied' });
  await denial.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/statement\/dprk-troops-to-russia#stance-/);
  await page.locator('h1', { hasText: 'North Korea is sending troops' }).waitFor();
  const denied = page.getByRole('region', { name: 'Denied' });
  const card = denied.locator('.stance');
  expect(await card.count()).toBe(1);
  expect(await card.locator('.stance-head a').textContent()).toBe("North Korea's representative to the UN");
  expect(await card.locator('.quote').textContent()).toContain('groundless stereotyped rumours');
  expect(await card.locator('.venue').textContent()).toBe(
    'UN General Assembly First Committee on Disarmament and International Security',
  );
  expect(await page.locator('.status-badge').getAttribute('data-status')).toBe('CONTESTED');
  // Positions over time: the representative once, now denying it.
  const representative = page.locator('.positions > li', {
    hasText: "North Korea's representative to the UN",
  });
  expect(await representative.locator('.current-position').getAttribute('data-type')).toBe('DENIED');
  expect(await representative.locator('.effect').textContent()).toBe('(opposes it)');
  await card.scrollIntoViewIfNeeded();
  await shot('statement');

  await page.getByLabel('As of').fill('2024-10-19');
  await page.waitForURL(/asOf=2024-10-19/);
  await page.locator('.status-badge[data-status="ASSERTED"]').waitFor();
  expect(await page.getByRole('region', { name: 'Denied' }).locator('.stance').count()).toBe(0);
  await page.locator('h1').scrollIntoViewIfNeeded();
  await shot('statement-as-of');
});

test('the graph view draws a neighbourhood and expands a node on click', async () => {
  await page.goto(`${http.url}/graph/dprk-un-representative`);
  const items = page.locator('.node-list li');
  await page.locator('.node-list button.expanded').first().waitFor();
  const before = await items.count();
  expect(before).toBeGreaterThan(1);
  // Expand the statement the representative denied: everyone else's positions on it join in.
  const statement = { hasText: /^North Korea is sending troops/ };
  await page.locator('.node-list button', statement).click();
  await page.locator('.node-list button.expanded', statement).waitFor();
  await items.nth(before).waitFor(); // more nodes than before
  await shot('graph');
});

test("an actor's positions over time", async () => {
  await page.goto(`${http.url}/actor/zelenskyy`);
  await page.locator('h1', { hasText: 'Zelenskyy' }).waitFor();
  await page.locator('.timeline svg').waitFor();
  expect(await page.locator('.timeline-list > li').count()).toBe(5);
  expect(await page.locator('.timeline .bar').count()).toBe(5);
  await shot('actor');
});

test('the figures chart of an event', async () => {
  await page.goto(`${http.url}/event/dprk-troop-deployment-to-russia`);
  await page.locator('.chart-box canvas').waitFor();
  const rows = page.locator('.figures-table tbody tr');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(5);
  await shot('figures');
});

test('a dry run of a bad bundle names the JSON path of the problem; a good one says what it would do', async () => {
  await page.goto(`${http.url}/ingest`);
  const bad = {
    format: 'claimgraph-bundle/2',
    article: { id: 'article-2024-11-04-test', title: 'Test', published: '2024-11-04' },
    actors: [{ id: 'some-ministry', name: 'Some ministry', kind: 'WIZARD' }],
  };
  // The dry run is the API's own (ingestBundle with dryRun: true), so it needs the token too.
  await page.getByLabel(/^Token/).fill(TEST_TOKEN);
  await page.getByLabel('Or paste the bundle JSON').fill(JSON.stringify(bad, null, 2));
  await page.getByRole('button', { name: 'Dry run' }).click();
  await page.locator('.problems').waitFor();
  const paths = await page.locator('.problems .json-path').allTextContents();
  expect(paths).toEqual(['$.actors[0].kind']);
  expect(await page.locator('.error .code').first().textContent()).toBe('INVALID_BUNDLE');
  await shot('ingest');

  // Fixed, and taking a position on a statement already in the graph, by the ministry's name.
  const fixed = {
    ...bad,
    actors: [{ ...bad.actors[0], kind: 'MINISTRY' }],
    stances: [
      {
        actor: 'Some ministry',
        statement: 'dprk-troops-to-russia',
        stance: 'DENIED',
        date: { text: 'last week' },
      },
    ],
  };
  await page.getByLabel('Or paste the bundle JSON').fill(JSON.stringify(fixed));
  await page.getByRole('button', { name: 'Dry run' }).click();
  const report = page.locator('.success', { hasText: 'Dry run: the bundle would be ingested' });
  await report.waitFor();
  // The article and the new ministry created, the statement updated (the article joins its
  // sources); the denial and the article's REPORTS edge; nothing written.
  expect(await report.locator('.ingest-counts tr').allTextContents()).toEqual([
    'Nodes2 created, 1 updated, 0 unchanged, 0 removed',
    'Relationships2 created, 0 updated, 0 unchanged, 0 removed',
  ]);
  // "Last week" from Monday 4 November 2024 is the week of 28 October.
  const date = report.locator('.ingest-dates tbody tr');
  expect(await date.locator('.json-path').allTextContents()).toEqual(['$.stances[0].date']);
  expect(await date.locator('time').textContent()).toBe('week of 28 Oct 2024 – 3 Nov 2024');
  const resolved = await report.locator('.ingest-resolutions tbody tr').allTextContents();
  expect(resolved.sort()).toEqual([
    '$.stances[0].actorSome ministrysome-ministry (by name or alias)',
    '$.stances[0].statementdprk-troops-to-russiadprk-troops-to-russia',
  ]);
  await report.scrollIntoViewIfNeeded();
  await shot('ingest-dry-run');
  expect((await fetch(`${http.url}/article/${fixed.article.id}`)).status).toBe(200); // the app's page…
  const stored = await seeded
    .server()
    .run<{ article: unknown }>('{ article(id: "article-2024-11-04-test") { id } }');
  expect(stored.data).toEqual({ article: null }); // …but no article was written

  // A wrong token gets the API's coded error, not a blank page.
  await page.getByLabel(/^Token/).fill(`${TEST_TOKEN}-wrong`);
  await page.getByRole('button', { name: 'Ingest' }).click();
  await page.locator('.error .code').first().waitFor();
  expect(await page.locator('.error .code').first().textContent()).toBe('UNAUTHENTICATED');

  // With the right token, a ministry that declined to comment and then denied: its actor page
  // marks the change (positionChanges) on the stance it leads to.
  const changing = {
    ...fixed,
    stances: [
      { ...fixed.stances[0], stance: 'DECLINED_TO_COMMENT', date: { date: '2024-10-28', precision: 'DAY' } },
      { ...fixed.stances[0], date: { date: '2024-11-01', precision: 'DAY' } },
    ],
  };
  await page.getByLabel('Or paste the bundle JSON').fill(JSON.stringify(changing));
  await page.getByLabel(/^Token/).fill(TEST_TOKEN);
  await page.getByRole('button', { name: 'Ingest' }).click();
  await page.locator('.success', { hasText: 'Ingested.' }).waitFor();
  await page.goto(`${http.url}/actor/some-ministry`);
  await page.locator('.timeline svg').waitFor();
  expect(await page.locator('.timeline-list > li').count()).toBe(2);
  expect(await page.locator('.timeline .change-ring').count()).toBe(1);
  expect(await page.locator('.timeline-list > li.changed .change-note').allTextContents()).toEqual([
    'Changed from declined to comment on to denied',
  ]);
});

test('a coded API error shows its code and message', async () => {
  await page.goto(`${http.url}/search?q=${'x'.repeat(201)}`);
  await page.locator('.error').waitFor();
  expect(await page.locator('.error .code').first().textContent()).toBe('BAD_USER_INPUT');
  expect(await page.locator('.error').textContent()).toContain('"query" must be at most 200 characters');
});

test('the statement page on a phone', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${http.url}/statement/dprk-troops-to-russia`);
  await page.locator('.status-badge').waitFor();
  await shot('phone');
});
