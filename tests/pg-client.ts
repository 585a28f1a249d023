import pg from 'pg';

/** Runs `work` on one PostgreSQL connection to `url` (as whichever login the URL names), then closes it. */
export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}
