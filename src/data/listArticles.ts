import type { Db } from '../db';
import { articleProjection } from './cypherProjections';
import { pagedQuery, type Page, type PageWindow } from './pagination';
import type { ArticleRow } from './rows';
import { toArticle } from './toRow';

export interface ArticleListArgs {
  text: string | null;
  cites: string | null;
  from: string | null;
  to: string | null;
  orderBy: 'PUBLISHED_ASC' | 'PUBLISHED_DESC';
}

const ORDER: Record<ArticleListArgs['orderBy'], string> = {
  PUBLISHED_ASC: 'x.published, x.id',
  PUBLISHED_DESC: 'x.published DESC, x.id',
};

const MATCH = `MATCH (x:Article)
WHERE ($text IS NULL OR toLower(x.title) CONTAINS toLower($text))
  AND ($cites IS NULL OR EXISTS { (x)-[:CITES]->(:Actor {id: $cites}) })
  AND ($from IS NULL OR x.published >= date($from))
  AND ($to IS NULL OR x.published <= date($to))`;

const QUERIES = Object.fromEntries(
  Object.entries(ORDER).map(([key, order]) => [key, pagedQuery(MATCH, order, articleProjection('x'), 'x')]),
) as Record<ArticleListArgs['orderBy'], string>;

/** One page of articles, filtered and sorted, with the total count. */
export async function listArticles(db: Db, args: ArticleListArgs, window: PageWindow): Promise<Page<ArticleRow>> {
  const { orderBy, ...filter } = args;
  const [row] = await db.read(QUERIES[orderBy], { ...filter, ...window });
  return { rows: (row?.rows as unknown[]).map(toArticle), totalCount: Number(row?.totalCount), skip: window.skip };
}
