/**
 * The least an HTTP service in Node can cost: node:http that reads the request body and answers
 * `{ __typename }`'s JSON, with no GraphQL, no framework and no database. Measured beside the
 * two services' `{ __typename }` (the stack line of `npm run bench`), its p50 added to an
 * operation's floor is the lowest latency any Node HTTP service could reach for that operation.
 *   PORT=... node --import tsx bench/variants/bareHttpServer.ts
 */
import { createServer } from 'node:http';

const ANSWER = Buffer.from(JSON.stringify({ data: { __typename: 'Query' } }));

const server = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': ANSWER.length });
    res.end(ANSWER);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${JSON.stringify(server.address())}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
