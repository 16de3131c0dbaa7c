import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '../generated/postgres/client.ts';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.ts';
import { providerOf } from './migrations/run.ts';

/**
 * The data layer's client type. Both generated clients have the same models and delegates
 * (the schema files are kept identical by a test), so code is written once against this type.
 */
export type Db = SqliteClient;

const CONNECT_TIMEOUT_MS = 5_000;
/** Clients made here for PostgreSQL (hot paths may use one plain SQL statement there instead of a transaction). */
const postgresClients = new WeakSet<object>();

/** True for a client that createPrismaClient made for PostgreSQL. */
export function isPostgres(db: Db): boolean {
  return postgresClients.has(db);
}

export function createPrismaClient(databaseUrl: string): Db {
  if (providerOf(databaseUrl) === 'sqlite') {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
  }
  // A server that stops answering (network gone) fails a request after 5 s instead of holding it forever.
  const client = new PostgresClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
  });
  postgresClients.add(client);
  return client as unknown as Db;
}

/** True when the database answers a trivial query. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
