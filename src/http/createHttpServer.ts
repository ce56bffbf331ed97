import http from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '../errors';
import { errorBody } from './jsonErrors';

export interface HttpTimeouts {
  /** The whole request, headers and body, must arrive within this (else 408). */
  requestTimeoutMs: number;
  /** The headers must arrive within this (else 408). */
  headersTimeoutMs: number;
}

/**
 * The Node HTTP server the app listens on, with the request deadlines set and every refusal
 * Node answers by itself (headers too large, malformed request, a body that stalls) answered as
 * JSON with a code, like every other error. Node checks the deadlines once per second, so a
 * stalled body is cut within a second of REQUEST_TIMEOUT_MS.
 */
export function createHttpServer(timeouts: HttpTimeouts): http.Server {
  const server = http.createServer({
    requestTimeout: timeouts.requestTimeoutMs,
    headersTimeout: timeouts.headersTimeoutMs,
    connectionsCheckingInterval: 1000,
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    answerClientError(error, socket);
  });
  return server;
}

const REFUSALS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, ErrorCode.HEADERS_TOO_LARGE, 'Request headers are larger than the limit'],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    ErrorCode.REQUEST_TIMEOUT,
    'The request did not arrive in time (REQUEST_TIMEOUT_MS / HEADERS_TIMEOUT_MS)',
  ],
};

/** Writes a JSON refusal on a socket whose request Node could not parse or finish reading. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) {
    socket.destroy();
    return;
  }
  const [status, code, message] = REFUSALS[error.code ?? ''] ?? [
    400,
    ErrorCode.BAD_REQUEST,
    'Malformed HTTP request',
  ];
  const body = JSON.stringify(errorBody(message, code, undefined));
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
