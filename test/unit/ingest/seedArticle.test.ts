import { readFileSync } from 'node:fs';
import { seedBundlePaths } from '../../../src/ingest/loadSeed';
import { repoPath } from '../../../src/paths';

// The seed bundle is a reading of the article whose text is kept beside it in data/seed/:
// what the bundle says the article says must be in the article.

const ARTICLE_TEXT = repoPath('data', 'seed', '2024-10-22-dprk-denial.txt');
const ARTICLE_BUNDLE = repoPath('data', 'seed', '2024-10-22-dprk-denial.bundle.json');

const singleSpaced = (text: string): string => text.replace(/\s+/g, ' ').trim();
const article = singleSpaced(readFileSync(ARTICLE_TEXT, 'utf8'));
const bundle = JSON.parse(readFileSync(ARTICLE_BUNDLE, 'utf8')) as {
  article: { title: string; published: string };
  stances: { actor: string; quote?: string | null }[];
};

test('the seed folder holds the article text beside its bundle', () => {
  expect(seedBundlePaths()).toContain(ARTICLE_BUNDLE);
  expect(article.length).toBeGreaterThan(1000);
});

test("the bundle's title and publication date are the article's", () => {
  expect(article).toContain(`date ${bundle.article.published}`);
  expect(article).toContain(singleSpaced(bundle.article.title));
});

test('every verbatim quote in the bundle occurs in the article text', () => {
  const quotes = bundle.stances.flatMap((s) => (s.quote ? [singleSpaced(s.quote)] : []));
  expect(quotes.length).toBeGreaterThan(0);
  expect(quotes.filter((quote) => !article.includes(quote))).toEqual([]);
});
