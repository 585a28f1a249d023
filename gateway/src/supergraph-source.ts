/**
 * Where the gateway's supergraph comes from. A fixed SDL; the file the folder registry
 * publishes, polled; or the registry in PostgreSQL (CONTINUUM_REGISTRY_DATABASE_URL), whose
 * publishes notify every gateway at once (LISTEN/NOTIFY), with polling behind it for any
 * notification missed while the connection was down. Either way a publish reaches the gateway without a restart. A new supergraph is
 * swapped in atomically by @apollo/gateway (requests already running finish on the schema they
 * started with); one that cannot be read or loaded is refused and the last good one keeps serving.
 * A gateway may instead take its supergraph from Hive's CDN or Apollo Uplink (managed-supergraph.ts).
 */
import type { SupergraphManager } from '@apollo/gateway';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { now } from '@continuum/runtime';
import { SharedRegistry } from '@continuum/schema/shared-registry';
import { describeManagedSource, managedSupergraphManager, type ManagedSupergraphSource } from './managed-supergraph.ts';

export type SupergraphSource =
  { sdl: string } | { path: string; pollMs?: number } | { registryDatabaseUrl: string; pollMs?: number } | ManagedSupergraphSource;

const isManaged = (source: SupergraphSource): source is ManagedSupergraphSource => 'hiveCdn' in source || 'apolloUplink' in source;

const pollEvery = (source: { pollMs?: number }) => source.pollMs ?? Number(process.env.CONTINUUM_SUPERGRAPH_POLL_MS ?? 1_000);

export interface SupergraphStatus {
  /** sha256 of the supergraph being served. */
  sha256: string;
  loadedAt: string;
  /** The published file being watched, if any. */
  path?: string;
  /** The registry's version of the supergraph served, when it comes from the registry in PostgreSQL. */
  version?: number;
  /** The registry run elsewhere it comes from (Hive CDN or Apollo Uplink), if it does. */
  source?: string;
  /** Why the latest published supergraph was refused; absent when it is the one served. */
  lastError?: { at: string; sha256: string | null; message: string };
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export class WatchedSupergraph implements SupergraphManager {
  private current: { sdl: string; sha256: string; loadedAt: string };
  private lastError: SupergraphStatus['lastError'];
  /** The file content last tried, loaded or not, so a refused file is not retried every poll. */
  private lastSeen: string;
  private timer: NodeJS.Timeout | null = null;
  private update: ((sdl: string) => void) | null = null;
  /** The registry in PostgreSQL and its listener, for a registry source. */
  private registry: { store: SharedRegistry; version: number; timeouts: Map<string, number>; stop?: () => Promise<void> } | null = null;
  private refreshing: Promise<void> | null = null;
  /** Hive's or Apollo's own client, for a managed source: it gives the first supergraph when the gateway starts. */
  private managed: SupergraphManager | null = null;
  /** What the managed client last reported, for a start that fails (its errors can be terse). */
  private lastManagedLine: string | null = null;

  /** A watched supergraph from any source; a registry source is read from the database first. */
  static async open(source: SupergraphSource, log?: (line: string) => void): Promise<WatchedSupergraph> {
    if (isManaged(source)) {
      const watched = new WatchedSupergraph({ sdl: '' }, log, source);
      watched.managed = managedSupergraphManager(source, (line) => {
        watched.lastManagedLine = line;
        watched.log(line);
      });
      return watched;
    }
    if (!('registryDatabaseUrl' in source)) return new WatchedSupergraph(source, log);
    const store = new SharedRegistry(source.registryDatabaseUrl);
    try {
      const latest = await store.latest();
      const sdl = latest?.sdl ?? (await store.currentSupergraph());
      const watched = new WatchedSupergraph({ sdl }, log, source);
      watched.registry = { store, version: latest?.version ?? 0, timeouts: await store.timeouts() };
      return watched;
    } catch (err) {
      await store.close();
      throw err;
    }
  }

  constructor(
    initial: { sdl: string } | { path: string; pollMs?: number },
    private readonly log: (line: string) => void = () => {},
    private readonly source: SupergraphSource = initial,
  ) {
    const sdl = 'sdl' in initial ? initial.sdl : fs.readFileSync(initial.path, 'utf8');
    this.current = { sdl, sha256: sha256(sdl), loadedAt: now().toISOString() };
    this.lastSeen = this.current.sha256;
  }

  /** A partner's timeout as registered in the registry in PostgreSQL (read with each new supergraph). */
  registeredTimeout(name: string): number | undefined {
    return this.registry?.timeouts.get(name);
  }

  get sdl(): string {
    return this.current.sdl;
  }

  status(): SupergraphStatus {
    return {
      sha256: this.current.sha256,
      loadedAt: this.current.loadedAt,
      ...('path' in this.source ? { path: this.source.path } : {}),
      ...(this.registry ? { version: this.registry.version } : {}),
      ...(isManaged(this.source) ? { source: describeManagedSource(this.source) } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  async initialize(hooks: Parameters<SupergraphManager['initialize']>[0]) {
    const { update } = hooks;
    this.update = update;
    if (this.managed && isManaged(this.source)) {
      // Every later supergraph the client fetches is offered like a publish: loaded, or refused and reported.
      const first = await this.managed.initialize({ ...hooks, update: (sdl) => this.offer(sdl) }).catch((err: Error) => {
        const told = this.lastManagedLine ? ` (${this.lastManagedLine})` : '';
        throw new Error(
          `cannot load the supergraph from ${describeManagedSource(this.source as ManagedSupergraphSource)}: ${err.message}${told}`,
        );
      });
      this.current = { sdl: first.supergraphSdl, sha256: sha256(first.supergraphSdl), loadedAt: now().toISOString() };
      this.lastSeen = this.current.sha256;
      this.log(`gateway: loaded supergraph ${this.current.sha256.slice(0, 12)} from ${describeManagedSource(this.source)}`);
      return { supergraphSdl: first.supergraphSdl, cleanup: async () => void (await first.cleanup?.()) };
    }
    if ('path' in this.source) {
      this.timer = setInterval(() => this.poll(), pollEvery(this.source));
      this.timer.unref();
    }
    if ('registryDatabaseUrl' in this.source && this.registry) {
      this.registry.stop = this.registry.store.listen(this.source.registryDatabaseUrl, () => void this.refresh()).stop;
      this.timer = setInterval(() => void this.refresh(), pollEvery(this.source));
      this.timer.unref();
    }
    return {
      supergraphSdl: this.current.sdl,
      cleanup: async () => {
        if (this.timer) clearInterval(this.timer);
        await this.registry?.stop?.();
        await this.refreshing;
        await this.registry?.store.close();
      },
    };
  }

  /**
   * Reads the registry's latest supergraph and loads it if it is newer than the one served (one
   * read at a time; a read asked for meanwhile follows it). A database that cannot be reached
   * leaves the served supergraph as it is.
   */
  refresh(): Promise<void> {
    if (this.refreshing) return this.refreshing.then(() => this.refresh());
    const registry = this.registry;
    if (!registry || !this.update) return Promise.resolve();
    this.refreshing = (async () => {
      try {
        const latest = await registry.store.latest();
        if (!latest || latest.version <= registry.version) return;
        // Timeouts first: the gateway builds its calls to each subgraph as it loads the supergraph.
        registry.timeouts = await registry.store.timeouts();
        registry.version = latest.version;
        this.offer(latest.sdl);
      } catch (err) {
        this.refuse(null, `cannot read the registry: ${(err as Error).message}`);
      }
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Reads the published file; loads it if it changed. Runs on a timer; callable to check at once. */
  poll(): void {
    if (!this.update || !('path' in this.source)) return;
    let sdl: string;
    try {
      sdl = fs.readFileSync(this.source.path, 'utf8');
    } catch (err) {
      this.refuse(null, `cannot read ${this.source.path}: ${(err as Error).message}`);
      return;
    }
    this.offer(sdl);
  }

  /** Loads a supergraph unless it was the last one tried; keeps the served one if it is refused. */
  private offer(sdl: string): void {
    const update = this.update!;
    const hash = sha256(sdl);
    if (hash === this.lastSeen) return;
    this.lastSeen = hash;
    try {
      update(sdl);
    } catch (err) {
      this.refuse(hash, (err as Error).message);
      return;
    }
    this.current = { sdl, sha256: hash, loadedAt: now().toISOString() };
    this.lastError = undefined;
    this.log(`gateway: loaded supergraph ${hash.slice(0, 12)}`);
  }

  private refuse(hash: string | null, message: string): void {
    if (this.lastError?.message === message && this.lastError.sha256 === hash) return;
    this.lastError = { at: now().toISOString(), sha256: hash, message };
    this.log(`gateway: kept supergraph ${this.current.sha256.slice(0, 12)}; the published one was refused: ${message}`);
  }
}
