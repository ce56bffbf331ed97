import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '../errors';
import { HttpRefusal } from './documentGuard';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';

/** What body-parser and the router raise: an HTTP status and, for body errors, a type. */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Body of every HTTP-level error: the GraphQL error shape, so clients parse one format. */
export function errorBody(message: string, code: string, requestId: string | undefined): unknown {
  return { errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] };
}

/** 404 for any path the app does not serve, as JSON. */
export function notFound(): RequestHandler {
  return (req, res) => {
    res.status(404).json(errorBody(`Nothing at ${req.method} ${req.path}`, ErrorCode.NOT_FOUND, req.id));
  };
}

/**
 * The last middleware: turns errors raised before GraphQL runs (body too large, JSON that
 * does not parse, an unsupported charset, a bug in a route) into a JSON error with a code and
 * the request id. Express's default handler would answer HTML with a stack trace.
 */
export function jsonErrors(logger: Logger, metrics: Metrics): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status: rawStatus, statusCode, type } = (error ?? {}) as HttpError;
    const status = rawStatus ?? statusCode ?? 500;
    const requestId = req.id;
    const [code, message] =
      error instanceof HttpRefusal ? [error.code, error.message] : describe(status, type, requestId);
    metrics.errors.inc({ code });
    if (status >= 500) logger.error({ requestId, err: error }, 'unhandled HTTP error');
    else logger.warn({ requestId, status, code, type }, 'HTTP request refused');
    res.status(status >= 400 && status < 600 ? status : 500).json(errorBody(message, code, requestId));
  };
}

function describe(status: number, type: string | undefined, requestId: string): [string, string] {
  if (status === 413)
    return [ErrorCode.PAYLOAD_TOO_LARGE, 'Request body is larger than the limit (BODY_LIMIT)'];
  if (status === 408)
    return [ErrorCode.REQUEST_TIMEOUT, 'The request body did not arrive in time (REQUEST_TIMEOUT_MS)'];
  if (status === 415)
    return [ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Unsupported request body encoding or charset'];
  if (type === 'entity.parse.failed') return [ErrorCode.BAD_REQUEST, 'Request body is not valid JSON'];
  if (status >= 400 && status < 500) return [ErrorCode.BAD_REQUEST, 'Bad request'];
  return [ErrorCode.INTERNAL_SERVER_ERROR, `Internal server error (request id ${requestId})`];
}
