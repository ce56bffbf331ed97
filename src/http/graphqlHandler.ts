import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler } from 'express';

/**
 * Stands for the request id in errors Apollo raises before a request has a context (CSRF, a
 * body that is no GraphQL request): `formatError` sees no request, so it writes this and
 * graphqlHandler puts the id in. Not a possible request id (see requestIdFrom).
 */
export const PENDING_REQUEST_ID = '<request id>';

/**
 * `/graphql` into Apollo Server through `executeHTTPGraphQLRequest`, the interface Apollo
 * offers integrations. It does what `@as-integrations/express5` does, and names the request in
 * every error without an AsyncLocalStorage: on Node 20 one enables promise hooks for every
 * promise of every request (0.03 ms of CPU on `{ __typename }`, 0.09 ms on a lookup).
 * Mounted after `express.json()`, which sets `req.body`.
 */
export function graphqlHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: Request) => TContext,
): RequestHandler {
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const query = req.originalUrl.indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: query < 0 ? '' : req.originalUrl.slice(query),
          body: req.body as unknown,
        },
        context: () => Promise.resolve(context(req)),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        // Apollo has set the content type; Express's res.send would only add its own checks.
        const raw = response.body.string;
        const body = raw.includes(PENDING_REQUEST_ID)
          ? raw.replaceAll(PENDING_REQUEST_ID, () => req.id)
          : raw;
        res.setHeader('Content-Length', Buffer.byteLength(body));
        res.end(body);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      next(error);
    }
  };
}
