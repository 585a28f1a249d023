/**
 * Where the gateway's supergraph comes from. A fixed SDL, or the file the schema registry
 * publishes, polled so a publish reaches the gateway without a restart. A new supergraph is
 * swapped in atomically by @apollo/gateway (requests already running finish on the schema they
 * started with); one that cannot be read or loaded is refused and the last good one keeps serving.
 */
import type { SupergraphManager } from '@apollo/gateway';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { now } from '@continuum/runtime';

export type SupergraphSource = { sdl: string } | { path: string; pollMs?: number };

export interface SupergraphStatus {
  /** sha256 of the supergraph being served. */
  sha256: string;
  loadedAt: string;
  /** The published file being watched, if any. */
  path?: string;
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

  constructor(
    private readonly source: SupergraphSource,
    private readonly log: (line: string) => void = () => {},
  ) {
    const sdl = 'sdl' in source ? source.sdl : fs.readFileSync(source.path, 'utf8');
    this.current = { sdl, sha256: sha256(sdl), loadedAt: now().toISOString() };
    this.lastSeen = this.current.sha256;
  }

  get sdl(): string {
    return this.current.sdl;
  }

  status(): SupergraphStatus {
    return {
      sha256: this.current.sha256,
      loadedAt: this.current.loadedAt,
      ...('path' in this.source ? { path: this.source.path } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  async initialize({ update }: Parameters<SupergraphManager['initialize']>[0]) {
    this.update = update;
    if ('path' in this.source) {
      const pollMs = this.source.pollMs ?? Number(process.env.CONTINUUM_SUPERGRAPH_POLL_MS ?? 1_000);
      this.timer = setInterval(() => this.poll(), pollMs);
      this.timer.unref();
    }
    return {
      supergraphSdl: this.current.sdl,
      cleanup: async () => {
        if (this.timer) clearInterval(this.timer);
      },
    };
  }

  /** Reads the published file; loads it if it changed. Runs on a timer; callable to check at once. */
  poll(): void {
    const update = this.update;
    if (!update || !('path' in this.source)) return;
    let sdl: string;
    try {
      sdl = fs.readFileSync(this.source.path, 'utf8');
    } catch (err) {
      this.refuse(null, `cannot read ${this.source.path}: ${(err as Error).message}`);
      return;
    }
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
