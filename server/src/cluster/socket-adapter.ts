import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { ServerOptions } from 'socket.io';
import type { Cluster } from './types.ts';
import type { RedisCluster } from './redis.ts';

/** How long a dropped socket's rooms and missed packets are kept for it to resume (on any node). */
export const RECOVERY_WINDOW_MS = 2 * 60_000;

/**
 * socket.io options for the cluster: with Redis, the Redis Streams adapter (it replays missed packets from the
 * stream, so connection-state recovery works across nodes; the plain pub/sub adapter cannot) and recovery on.
 * One process: socket.io's defaults.
 */
export function realtimeClusterOptions(cluster: Cluster | undefined): Partial<ServerOptions> {
  if (cluster?.mode !== 'redis') return {};
  const redis = cluster as RedisCluster;
  return {
    adapter: createAdapter(redis.client, {
      streamName: `${redis.prefix}socket.io`,
      channelPrefix: `${redis.prefix}socket.io`,
      sessionKeyPrefix: `${redis.prefix}sio:session:`,
      // Room for the recovery window at a busy hour; trimmed approximately.
      maxLen: 100_000,
      onlyPlaintext: true,
    }),
    connectionStateRecovery: {
      maxDisconnectionDuration: RECOVERY_WINDOW_MS,
      // A resumed socket is authenticated again (a revoked staff session must not come back).
      skipMiddlewares: false,
    },
  };
}
