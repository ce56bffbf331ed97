import { buildASTSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../../../src/config';
import { paginationEstimator } from '../../../src/http/queryCost';
import { typeDefs } from '../../../src/server';
import {
  ActorPageDocument,
  ArticlePageDocument,
  EventPageDocument,
  StatementPageDocument,
} from '../../../web/src/gql/graphql';

// The explorer's pages ask for one object each, with the schema's default `first`s: each page's
// query must pass the service's default cost limit, or the page shows nothing but a refusal.

const schema = buildASTSchema(typeDefs);
const config = loadConfig({});
const { cost: maxCost, costListSize } = config.limits;

test.each([
  ['statement', StatementPageDocument],
  ['actor', ActorPageDocument],
  ['event', EventPageDocument],
  ['article', ArticlePageDocument],
])('the %s page costs at most MAX_QUERY_COST', (_page, document) => {
  const cost = getComplexity({
    schema,
    query: parse(document.toString()),
    variables: { id: 'x', asOf: null },
    estimators: [paginationEstimator({ listSize: costListSize, maxTraversalHops: config.maxTraversalHops })],
  });
  expect(cost).toBeLessThanOrEqual(maxCost);
});
