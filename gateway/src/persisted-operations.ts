/**
 * Persisted (trusted) operations: clients such as the commissioners' dashboard send an
 * operation's SHA-256 hash alone (`extensions.persistedQuery.sha256Hash`, the APQ shape) and the
 * gateway answers with the document from a manifest written when the client was built. The
 * manifests are JSON objects of hash to document; a document whose hash does not match is
 * refused at load, so a manifest cannot smuggle one operation in under another's name.
 * Ordinary automatic persisted queries keep working beside them (kept in a bounded memory
 * cache, or with REDIS_URL in Redis, shared by every gateway replica), and a hash found in
 * neither answers PERSISTED_QUERY_NOT_FOUND.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { SharedRedis } from './shared/redis.ts';

/** The environment variable naming extra manifests, separated by commas. */
export const PERSISTED_OPERATIONS_ENV = 'CONTINUUM_PERSISTED_OPERATIONS';

const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/;
/** Registrations from clients using plain APQ; the oldest go first beyond this. */
const REGISTERED_LIMIT = 1000;

export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** Reads manifests into one map of hash to document, checking every hash. */
export function loadPersistedOperations(files: readonly string[]): Map<string, string> {
  const operations = new Map<string, string>();
  for (const file of files) {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [key, document] of Object.entries(manifest)) {
      const hash = SHA256.exec(key)?.[1];
      if (!hash || typeof document !== 'string') throw new Error(`${file}: "${key}" is not a SHA-256 hash of a document`);
      if (operationHash(document) !== hash) throw new Error(`${file}: the document under ${hash} does not hash to it`);
      operations.set(hash, document);
    }
  }
  return operations;
}

/** Manifests named by CONTINUUM_PERSISTED_OPERATIONS, plus those given. */
export function persistedOperationFiles(given: readonly string[] = []): string[] {
  const fromEnv = (process.env[PERSISTED_OPERATIONS_ENV] ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return [...new Set([...given, ...fromEnv])];
}

/** Where APQ registrations are kept: by hash, each a document whose hash Apollo Server has checked. */
export interface RegisteredOperations {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, document: string): Promise<void>;
  delete(hash: string): Promise<boolean>;
}

/** This gateway's own registrations, the oldest dropped beyond REGISTERED_LIMIT. */
export function memoryRegistrations(): RegisteredOperations {
  const registered = new Map<string, string>();
  return {
    async get(hash) {
      return registered.get(hash);
    },
    async set(hash, document) {
      registered.delete(hash);
      registered.set(hash, document);
      if (registered.size > REGISTERED_LIMIT) registered.delete(registered.keys().next().value!);
    },
    async delete(hash) {
      return registered.delete(hash);
    },
  };
}

/** How long a registration lasts in Redis after it was last registered. */
const REGISTERED_TTL_SECONDS = 24 * 60 * 60;

/**
 * Registrations every gateway replica shares. Redis being away is a miss (the client sends the
 * document again, as APQ expects), never a failed request.
 */
export function redisRegistrations(redis: SharedRedis, prefix = 'continuum:apq:'): RegisteredOperations {
  const orMiss = async <T>(work: () => Promise<T>, miss: T): Promise<T> => work().catch(() => miss);
  return {
    get: (hash) => orMiss(async () => (await redis.get(prefix + hash)) ?? undefined, undefined),
    set: (hash, document) => orMiss(async () => void (await redis.set(prefix + hash, document, 'EX', REGISTERED_TTL_SECONDS)), undefined),
    delete: (hash) => orMiss(async () => (await redis.del(prefix + hash)) > 0, false),
  };
}

/**
 * The key-value cache Apollo Server consults for persisted queries (its keys carry an `apq:`
 * prefix): trusted operations first, then what APQ clients registered.
 */
export function persistedOperationsCache(
  operations: ReadonlyMap<string, string>,
  registered: RegisteredOperations = memoryRegistrations(),
) {
  const hashOf = (key: string) => key.replace(/^apq:/, '');
  return {
    async get(key: string): Promise<string | undefined> {
      return operations.get(hashOf(key)) ?? (await registered.get(hashOf(key)));
    },
    async set(key: string, value: string): Promise<void> {
      const hash = hashOf(key);
      if (operations.has(hash)) return;
      await registered.set(hash, value);
    },
    async delete(key: string): Promise<boolean> {
      return registered.delete(hashOf(key));
    },
  };
}
