export { QueryEngine, type QueryEngineOptions, type QueryEngineStats } from './query-engine.js';
export { QueryExecutionError } from './query-execution-error.js';
export { QueryRefusal, type RefusedField } from './query-refusal.js';
export { createLimiter, type Limiter } from './concurrency-limiter.js';
export { compileMetric } from './metric-compiler.js';
export { guardSql } from './sql-guard.js';
export { validateFilters } from './placeholders.js';
export type * from './types.js';
