import { createHash } from 'node:crypto';
import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import type { Cluster } from './types.ts';
import type { RedisCluster } from './redis.ts';

// The same fixed-window counter as rate-limit-redis, sent with EVAL each time: no script SHA cached at start
// that stays broken if Redis was away then, nothing to reload after a Redis restart.
const INCREMENT = `local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then redis.call('SET', KEYS[1], 1, 'PX', ARGV[1]) return {1, tonumber(ARGV[1])} end
return {redis.call('INCR', KEYS[1]), ttl}`;

/** An express-rate-limit store whose counters all nodes share. */
class SharedWindowStore implements Store {
  private windowMs = 60_000;
  readonly localKeys = false;

  constructor(
    private readonly cluster: RedisCluster,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  /** Client addresses are not stored as such, even for a window: a hash names the counter. */
  private keyOf(key: string): string {
    return this.prefix + createHash('sha256').update(key).digest('base64url').slice(0, 22);
  }

  async increment(key: string): Promise<IncrementResponse> {
    const reply = (await this.cluster.client.sendCommand([
      'EVAL',
      INCREMENT,
      '1',
      this.keyOf(key),
      String(this.windowMs),
    ])) as [number, number];
    return { totalHits: Number(reply[0]), resetTime: new Date(Date.now() + Number(reply[1])) };
  }

  async decrement(key: string): Promise<void> {
    await this.cluster.client.decr(this.keyOf(key));
  }

  async resetKey(key: string): Promise<void> {
    await this.cluster.client.del(this.keyOf(key));
  }
}

/**
 * Where a limiter named `name` keeps its counters: in Redis when the cluster is Redis-backed (undefined = the
 * limiter's own memory, one process). Keys are `<prefix>rl:<name>:<hash of the client address>`, expiring with the window.
 */
export function sharedRateLimitStore(cluster: Cluster | undefined, name: string): Store | undefined {
  if (cluster?.mode !== 'redis') return undefined;
  const redis = cluster as RedisCluster;
  return new SharedWindowStore(redis, `${redis.prefix}rl:${name}:`);
}
