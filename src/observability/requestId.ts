import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Header carrying the request id in and out (set by a proxy, or generated here). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepted incoming ids: short, printable, nothing that could forge a log line. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Express's Request is extended
  namespace Express {
    interface Request {
      /** Set by assignRequestId, the first middleware. */
      id: string;
    }
  }
}

/** Keeps a well-formed incoming X-Request-Id (so ids follow a request across services), else a UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SAFE_ID.test(value) ? value : randomUUID();
}

/** First middleware: gives the request its id, as `req.id` and the X-Request-Id response header. */
export function assignRequestId() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.id = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}
