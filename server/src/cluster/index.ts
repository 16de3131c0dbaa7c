// What the server's modules need from "the other nodes", without knowing whether there are any.
// The embedded default (one process) uses the in-process implementation in local.ts; multi-node mode
// (DATABASE_URL on PostgreSQL + REDIS_URL) supplies a Redis-backed one with the same interface.
export type { Cluster, ClusterBus, JobRunner, SharedCounterStore } from './types.ts';
export { localCluster } from './local.ts';
