/** Fire-and-forget messages to every node (this one included), e.g. "guide X was published: rebuild the index". */
export interface ClusterBus {
  /** Delivers `payload` (JSON-serialisable) to every subscriber of `topic` on every node, this one included. */
  publish(topic: string, payload: unknown): Promise<void>;
  /** Returns an unsubscribe function. Handlers must validate the payload (it crossed a process boundary). */
  subscribe(topic: string, handler: (payload: unknown) => void | Promise<void>): () => void;
}

/** Background work that must run on one node only (retention, aggregation). */
export interface JobRunner {
  /**
   * Runs `job` if no other node holds `name` right now; the hold lasts at most `ttlMs`.
   * Resolves to true when this node ran it, false when another node holds it.
   */
  runExclusive(name: string, ttlMs: number, job: () => Promise<void>): Promise<boolean>;
}

/** Small shared key → value state with expiry (presence, rate-limit counters). */
export interface SharedCounterStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface Cluster {
  /** 'local' = one process (embedded default); 'redis' = several nodes sharing Redis. */
  mode: 'local' | 'redis';
  /** A stable id of this process, for logs and for "which node" in tests. */
  nodeId: string;
  bus: ClusterBus;
  jobs: JobRunner;
  store: SharedCounterStore;
  close(): Promise<void>;
}
