/**
 * The schema registry in PostgreSQL (CONTINUUM_REGISTRY_DATABASE_URL), shared by every gateway
 * replica and served by the hub's registry API (gateway/src/registry-api.ts). It decides as the
 * folder registry does (proposal.ts) and keeps the same records; in addition each publish is one
 * transaction — the partner's SDL, the supergraph and its history row are written together or not
 * at all, publishes taking turns on a lock — and its commit notifies SUPERGRAPH_CHANNEL, on which
 * every gateway listens for the new supergraph.
 */
import { applyMigrations, ensureDatabase, now, SUBGRAPHS } from '@continuum/runtime';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { compose, hubSubgraphs, type SubgraphSdl } from '../compose.ts';
import { loadRegisteredOperations } from './operations.ts';
import { checkProposal, registrationProblems, RegistryError, type CheckReport, type RegistrationInput } from './proposal.ts';

export const SUPERGRAPH_CHANNEL = 'continuum_supergraph';
export const REGISTRY_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', '..', 'registry-migrations');
/** Partners' credentials start so, to be recognised (and found by secret scanners). */
const CREDENTIAL_PREFIX = 'cntm_reg_';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface SharedRegistration {
  name: string;
  url: string;
  organisation: string;
  contact: string;
  timeoutMs?: number;
  registeredAt: string;
  kind: 'hub' | 'partner';
  published: boolean;
}

export interface PublishEntry {
  version: number;
  publishedAt: string;
  publishedBy: string;
  subgraph: string;
  action: 'publish' | 'recompose';
  sdlSha256: string | null;
  supergraphSha256: string;
  changes: string[];
}

export interface SharedPublishResult {
  report: CheckReport;
  /** The publish recorded, or null when the check failed or nothing changed. */
  published: PublishEntry | null;
  unchanged: boolean;
}

/** Creates the registry's database when missing and applies its migrations. */
export async function prepareSharedRegistry(adminUrl: string): Promise<void> {
  await ensureDatabase(adminUrl, new URL(adminUrl).pathname.slice(1));
  await applyMigrations(adminUrl, REGISTRY_MIGRATIONS_DIR);
}

type Queryable = Pick<pg.PoolClient, 'query'>;

interface SubgraphRow {
  name: string;
  url: string;
  organisation: string;
  contact: string;
  timeout_ms: number | null;
  registered_at: Date;
  sdl: string | null;
}

interface PublishRow {
  version: string;
  published_at: Date;
  published_by: string;
  subgraph: string;
  action: 'publish' | 'recompose';
  sdl_sha256: string | null;
  supergraph_sha256: string;
  changes: string[];
}

const entry = (r: PublishRow): PublishEntry => ({
  version: Number(r.version),
  publishedAt: r.published_at.toISOString(),
  publishedBy: r.published_by,
  subgraph: r.subgraph,
  action: r.action,
  sdlSha256: r.sdl_sha256,
  supergraphSha256: r.supergraph_sha256,
  changes: r.changes,
});

export class SharedRegistry {
  private readonly pool: pg.Pool;

  constructor(
    databaseUrl: string,
    private readonly hub: () => SubgraphSdl[] = hubSubgraphs,
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    // A restart of the server ends idle connections; the pool makes new ones on next use.
    this.pool.on('error', () => {});
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  /**
   * Calls `changed` whenever a publish commits, for as long as it runs: one connection LISTENing
   * on SUPERGRAPH_CHANNEL, made again (after a second) whenever it is lost, e.g. by a server
   * restart. Notifications missed meanwhile are not replayed: whoever listens also polls.
   */
  listen(databaseUrl: string, changed: () => void): { stop(): Promise<void> } {
    let stopped = false;
    let client: pg.Client | null = null;
    let retry: NodeJS.Timeout | undefined;
    const connect = async () => {
      if (stopped) return;
      const c = new pg.Client({ connectionString: databaseUrl });
      client = c;
      let lost = false;
      const again = () => {
        if (lost) return;
        lost = true;
        c.removeAllListeners('end');
        c.end().catch(() => {});
        if (!stopped) retry = setTimeout(() => void connect(), 1_000);
      };
      c.on('error', again);
      c.on('end', again);
      c.on('notification', () => changed());
      try {
        await c.connect();
        await c.query(`LISTEN ${SUPERGRAPH_CHANNEL}`);
        // A publish may have landed while there was no connection.
        changed();
      } catch {
        again();
      }
    };
    void connect();
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(retry);
        const c = client;
        c?.removeAllListeners('end');
        await c?.end().catch(() => {});
      },
    };
  }

  private async partners(db: Queryable = this.pool): Promise<SubgraphRow[]> {
    return (await db.query<SubgraphRow>('SELECT * FROM registry_subgraph ORDER BY name')).rows;
  }

  /** Every subgraph in the graph: the hub's own, then registered partners. */
  async list(): Promise<SharedRegistration[]> {
    const hub = this.hub().map((s): SharedRegistration => ({
      name: s.name,
      url: s.url,
      organisation: 'Continuum hub',
      contact: '',
      registeredAt: '',
      kind: 'hub',
      published: true,
    }));
    const partners = (await this.partners()).map((r): SharedRegistration => ({
      name: r.name,
      url: r.url,
      organisation: r.organisation,
      contact: r.contact,
      ...(r.timeout_ms !== null ? { timeoutMs: r.timeout_ms } : {}),
      registeredAt: r.registered_at.toISOString(),
      kind: 'partner',
      published: r.sdl !== null,
    }));
    return [...hub, ...partners];
  }

  /** Each registered partner's timeout, by name (those registered with one). */
  async timeouts(): Promise<Map<string, number>> {
    const rows = (
      await this.pool.query<{ name: string; timeout_ms: number }>(
        'SELECT name, timeout_ms FROM registry_subgraph WHERE timeout_ms IS NOT NULL',
      )
    ).rows;
    return new Map(rows.map((r) => [r.name, r.timeout_ms]));
  }

  /** Registers a partner subgraph, or updates its registration (its first registration's time is kept). */
  async register(input: RegistrationInput, by: string): Promise<SharedRegistration> {
    const problems = registrationProblems(input);
    if (problems.length) throw new RegistryError(`Cannot register ${input.name}: ${problems.join('; ')}`);
    await this.pool.query(
      `INSERT INTO registry_subgraph (name, url, organisation, contact, timeout_ms, registered_at, registered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (name) DO UPDATE SET url = $2, organisation = $3, contact = $4, timeout_ms = $5`,
      [input.name, input.url, input.organisation.trim(), input.contact.trim(), input.timeoutMs ?? null, now(), by],
    );
    return (await this.list()).find((s) => s.name === input.name)!;
  }

  /** A new credential with which a partner may check and publish its own subgraph (shown once; kept as its hash). */
  async issueCredential(name: string, by: string): Promise<string> {
    if (!(await this.pool.query('SELECT 1 FROM registry_subgraph WHERE name = $1', [name])).rowCount)
      throw new RegistryError(`No subgraph "${name}" is registered: register it first`);
    const key = `${CREDENTIAL_PREFIX}${randomBytes(24).toString('base64url')}`;
    await this.pool.query('INSERT INTO registry_credential (key_sha256, subgraph, issued_at, issued_by) VALUES ($1, $2, $3, $4)', [
      sha256(key),
      name,
      now(),
      by,
    ]);
    return key;
  }

  /** The subgraph a partner's credential is for; null when it is not one the registry issued. */
  async credentialSubgraph(key: string): Promise<string | null> {
    if (!key.startsWith(CREDENTIAL_PREFIX)) return null;
    const rows = (
      await this.pool.query<{ subgraph: string }>('SELECT subgraph FROM registry_credential WHERE key_sha256 = $1', [sha256(key)])
    ).rows;
    return rows[0]?.subgraph ?? null;
  }

  private async subgraphs(db: Queryable, replace?: { name: string; sdl: string }): Promise<SubgraphSdl[]> {
    const hub = this.hub().map((s) => (s.name === replace?.name ? { ...s, sdl: replace.sdl } : s));
    const partners = (await this.partners(db)).flatMap((r) => {
      const sdl = r.name === replace?.name ? replace.sdl : r.sdl;
      return sdl === null ? [] : [{ name: r.name, url: r.url, sdl }];
    });
    return [...hub, ...partners];
  }

  /** The latest published supergraph, with its version; null before the first publish. */
  async latest(db: Queryable = this.pool): Promise<{ version: number; sdl: string; sha256: string } | null> {
    const row = (
      await db.query<{ version: string; supergraph: string; supergraph_sha256: string }>(
        'SELECT version, supergraph, supergraph_sha256 FROM registry_publish ORDER BY version DESC LIMIT 1',
      )
    ).rows[0];
    return row ? { version: Number(row.version), sdl: row.supergraph, sha256: row.supergraph_sha256 } : null;
  }

  /** The published supergraph; before the first publish, the hub's own subgraphs composed with any published partners. */
  async currentSupergraph(db: Queryable = this.pool): Promise<string> {
    const latest = await this.latest(db);
    if (latest) return latest.sdl;
    const { supergraphSdl, errors } = compose(await this.subgraphs(db));
    if (!supergraphSdl) throw new Error(`The registered subgraphs do not compose:\n${errors.join('\n')}`);
    return supergraphSdl;
  }

  private async checkWith(db: Queryable, name: string, sdl: string): Promise<CheckReport> {
    const known =
      (SUBGRAPHS as readonly string[]).includes(name) ||
      Boolean((await db.query('SELECT 1 FROM registry_subgraph WHERE name = $1', [name])).rowCount);
    if (!known) throw new RegistryError(`No subgraph "${name}" is registered: register it first`);
    const current = await this.currentSupergraph(db);
    return checkProposal(name, sdl, await this.subgraphs(db, { name, sdl }), () => current, loadRegisteredOperations());
  }

  /** Composes the proposed SDL with every other subgraph and compares the result with what clients use today. */
  check(name: string, sdl: string): Promise<CheckReport> {
    return this.checkWith(this.pool, name, sdl);
  }

  /**
   * Checks and, only if the check passes, stores the SDL, the new supergraph and the history row
   * in one transaction, which notifies the gateways as it commits. Publishes take turns.
   */
  async publish(name: string, sdl: string, by: string): Promise<SharedPublishResult> {
    if ((SUBGRAPHS as readonly string[]).includes(name))
      throw new RegistryError(`${name} is one of the hub's own subgraphs: its schema ships with the hub's code (npm run compose)`);
    return this.inTransaction(async (tx) => {
      const report = await this.checkWith(tx, name, sdl);
      if (!report.ok || !report.supergraphSdl) return { report, published: null, unchanged: false };
      const stored = (await tx.query<{ sdl: string | null }>('SELECT sdl FROM registry_subgraph WHERE name = $1', [name])).rows[0];
      const latest = await this.latest(tx);
      if (stored?.sdl === sdl && latest?.sdl.trim() === report.supergraphSdl.trim()) return { report, published: null, unchanged: true };
      await tx.query('UPDATE registry_subgraph SET sdl = $2 WHERE name = $1', [name, sdl]);
      const changes = [...(report.safe ?? []), ...(report.dangerous ?? []), ...(report.unusedBreaking ?? [])].map((c) => c.message);
      const published = await this.record(tx, { subgraph: name, action: 'publish', by, sdl, supergraph: report.supergraphSdl, changes });
      return { report, published, unchanged: false };
    });
  }

  /** Recomposes after the hub's own subgraphs changed; the published supergraph stays as it was when the result does not compose. */
  async recompose(reason: string, by: string): Promise<{ changed: boolean; errors: string[] }> {
    return this.inTransaction(async (tx) => {
      const { supergraphSdl, errors } = compose(await this.subgraphs(tx));
      if (!supergraphSdl) return { changed: false, errors };
      if ((await this.latest(tx))?.sdl.trim() === supergraphSdl.trim()) return { changed: false, errors: [] };
      await this.record(tx, { subgraph: reason, action: 'recompose', by, sdl: null, supergraph: supergraphSdl, changes: [] });
      return { changed: true, errors: [] };
    });
  }

  /** Every publish, oldest first; only one subgraph's when named. */
  async history(subgraph?: string): Promise<PublishEntry[]> {
    const rows = (
      await this.pool.query<PublishRow>(
        `SELECT version, published_at, published_by, subgraph, action, sdl_sha256, supergraph_sha256, changes
           FROM registry_publish WHERE $1::text IS NULL OR subgraph = $1 ORDER BY version`,
        [subgraph ?? null],
      )
    ).rows;
    return rows.map(entry);
  }

  private async record(
    tx: Queryable,
    p: { subgraph: string; action: 'publish' | 'recompose'; by: string; sdl: string | null; supergraph: string; changes: string[] },
  ): Promise<PublishEntry> {
    const supergraph = p.supergraph.endsWith('\n') ? p.supergraph : `${p.supergraph}\n`;
    const row = (
      await tx.query<PublishRow>(
        `INSERT INTO registry_publish (published_at, published_by, subgraph, action, sdl_sha256, sdl, supergraph_sha256, supergraph, changes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
         RETURNING version, published_at, published_by, subgraph, action, sdl_sha256, supergraph_sha256, changes`,
        [
          now(),
          p.by,
          p.subgraph,
          p.action,
          p.sdl === null ? null : sha256(p.sdl),
          p.sdl,
          sha256(supergraph),
          supergraph,
          JSON.stringify(p.changes),
        ],
      )
    ).rows[0]!;
    // Delivered to every listening gateway when (and only if) the transaction commits.
    await tx.query('SELECT pg_notify($1, $2)', [SUPERGRAPH_CHANNEL, row.version]);
    return entry(row);
  }

  private async inTransaction<T>(work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One publish at a time: each checks against the supergraph the previous one left.
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('continuum:registry:publish', 0))");
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}
