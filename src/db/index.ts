export { Database, type Db, type Tx, type Params, type Row, type QueryObserver } from './Database';
export { applySchema, schemaStatements } from './applySchema';
export { cypherFile, splitStatements, type CypherFile } from './cypherFile';
export {
  connectOrStart,
  StoreInUseError,
  type Connection,
  type ConnectOrStartOptions,
} from './connectOrStart';
export { Liveness } from './Liveness';
export { dateParam } from './dateParam';
export { QueryPlanRecorder, paramShape, type RecordedQuery } from './QueryPlanRecorder';
export { warmUpQueryPlans, type WarmUpOutcome } from './warmUpQueryPlans';
