import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs (pino): one line per event, with request id and operation name. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'claimgraph' },
    redact: { paths: ['req.headers.authorization', 'authorization', 'password'], censor: '[redacted]' },
  });
}
