import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp, type ReqId } from 'pino-http';
import type { Logger } from './logger';
import { requestIdFrom } from './requestScope';

/** Paths polled by load balancers and Prometheus: not logged, they would drown the rest. */
const PROBES = new Set(['/health', '/ready', '/metrics']);

/**
 * One access-log line per HTTP request (pino-http): requestId, method, url, status and
 * response time. A successful POST /graphql logs at debug, because the GraphQL plugin already
 * writes an info line for it with the operation name and round trips; 4xx at warn, 5xx at error.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    // pino-http types req.id as always set; it is not where assignRequestId did not run first.
    genReqId: (req) => (req.id as ReqId | undefined) ?? requestIdFrom(req.headers['x-request-id']),
    autoLogging: { ignore: (req) => PROBES.has(pathOf(req)) },
    customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) => {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return pathOf(req) === '/graphql' ? 'debug' : 'info';
    },
    serializers: {
      req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/** The path as received: Express rewrites `req.url` inside mounted routers, not `originalUrl`. */
function pathOf(req: IncomingMessage): string {
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
  return url.split('?')[0] ?? '';
}
