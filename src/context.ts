import type { Config } from './config';
import type { Db } from './db';
import type { Loaders } from './data/loaders';

/** Everything a resolver may use; built once per request. */
export interface RequestContext {
  db: Db;
  loaders: Loaders;
  config: Config;
  requestId: string;
  /** True when the request carried the configured bearer token. */
  authenticated: boolean;
  /** Cypher round trips made for this request (asserted by the no-N+1 test, logged). */
  stats: { roundTrips: number };
}
