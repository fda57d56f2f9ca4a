// PostgreSQL for production and for more than one server process, through DATABASE_URL.
import pg from 'pg';
import type { Storage } from './storage';

export async function openPostgres(databaseUrl: string): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  // A lost connection of an idle client must not end the server.
  pool.on('error', (error) => process.stderr.write(`postgresql: ${error.message}\n`));
  return {
    description: 'postgresql',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
    createSchema: async (schema) => {
      // Two server processes starting at once must not race on `create table`; the lock is the session's.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(41616)');
        await client.query(schema);
      } finally {
        await client.query('select pg_advisory_unlock(41616)').catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
