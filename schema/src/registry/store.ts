/**
 * The schema registry on disk: one folder, plain files, so it is durable, readable and easy
 * to back up. Layout:
 *   subgraphs/<name>.json      registration: name, routing URL, owner organisation, contact
 *   subgraphs/<name>.graphql   the subgraph's published SDL (partners; the hub's own SDL lives with its code)
 *   supergraph.graphql         the published supergraph the gateway watches
 *   history/<version>.json     one entry per publish, with the SDL published at that version
 * Writes go to a temporary file and are renamed into place, so a reader never sees half a file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Registration {
  name: string;
  url: string;
  organisation: string;
  contact: string;
  /** Deadline for each gateway call to this subgraph; the gateway's default when absent. */
  timeoutMs?: number;
  registeredAt: string;
}

export interface HistoryEntry {
  version: number;
  publishedAt: string;
  subgraph: string;
  /** Why the supergraph changed: a partner's publish, or a recompose (the hub's own subgraphs or a partner's URL changed). */
  action: 'publish' | 'recompose';
  sdlSha256: string | null;
  supergraphSha256: string;
  /** Safe and dangerous changes to the public schema, as reported by the check. */
  changes: string[];
  sdl: string | null;
}

export const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

export class RegistryStore {
  constructor(readonly dir: string) {}

  get supergraphPath(): string {
    return path.join(this.dir, 'supergraph.graphql');
  }

  private subgraphFile(name: string, ext: 'json' | 'graphql'): string {
    return path.join(this.dir, 'subgraphs', `${name}.${ext}`);
  }

  registrations(): Registration[] {
    const dir = path.join(this.dir, 'subgraphs');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Registration);
  }

  registration(name: string): Registration | null {
    const file = this.subgraphFile(name, 'json');
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Registration) : null;
  }

  saveRegistration(r: Registration): void {
    writeAtomically(this.subgraphFile(r.name, 'json'), `${JSON.stringify(r, null, 2)}\n`);
  }

  publishedSdl(name: string): string | null {
    const file = this.subgraphFile(name, 'graphql');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  }

  savePublishedSdl(name: string, sdl: string): void {
    writeAtomically(this.subgraphFile(name, 'graphql'), sdl);
  }

  supergraph(): string | null {
    return fs.existsSync(this.supergraphPath) ? fs.readFileSync(this.supergraphPath, 'utf8') : null;
  }

  /** Writes the supergraph; returns its sha256 as written, the hash the gateway reports. */
  saveSupergraph(sdl: string): string {
    const text = sdl.endsWith('\n') ? sdl : `${sdl}\n`;
    writeAtomically(this.supergraphPath, text);
    return sha256(text);
  }

  history(): HistoryEntry[] {
    const dir = path.join(this.dir, 'history');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => /^\d+\.json$/.test(f))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as HistoryEntry);
  }

  appendHistory(entry: Omit<HistoryEntry, 'version'>): HistoryEntry {
    const version = (this.history().at(-1)?.version ?? 0) + 1;
    const full = { version, ...entry };
    writeAtomically(path.join(this.dir, 'history', `${String(version).padStart(6, '0')}.json`), `${JSON.stringify(full, null, 2)}\n`);
    return full;
  }

  /**
   * One writer at a time: a lock file created exclusively. A lock older than a minute is
   * taken to be left by a crashed writer and is replaced.
   */
  async withLock<T>(work: () => Promise<T> | T): Promise<T> {
    fs.mkdirSync(this.dir, { recursive: true });
    const lock = path.join(this.dir, '.lock');
    const deadline = performance.now() + 30_000;
    for (;;) {
      try {
        fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        // A file's time is wall-clock time, so its age is too.
        const written = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
        const age = written === undefined ? 0 : Date.now() - written;
        if (age > 60_000) fs.rmSync(lock, { force: true });
        else if (performance.now() > deadline) throw new Error(`The registry at ${this.dir} is locked by another publish`, { cause: err });
        else await new Promise((r) => setTimeout(r, 100));
      }
    }
    try {
      return await work();
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }
}
