/**
 * Where each part of the hub listens and which database it uses.
 * Every value can be set from the environment; the defaults run everything on one machine.
 */
export const SUBGRAPHS = ['people', 'councils', 'health', 'support', 'training'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  people: 4001,
  councils: 4002,
  health: 4003,
  support: 4004,
  training: 4005,
};

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return n;
}

/** The prefix of a subgraph's environment variables: `support` → SUPPORT, `flintshire-microcare` → FLINTSHIRE_MICROCARE. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** A core subgraph's port, or a partner's from `<NAME>_PORT` (partners have no default here). */
export function subgraphPort(name: string, fallback?: number): number {
  const port = envInt(`${envPrefix(name)}_PORT`, DEFAULT_PORTS[name as SubgraphName] ?? fallback ?? -1);
  if (port < 0) throw new Error(`Set ${envPrefix(name)}_PORT: no default port for subgraph ${name}`);
  return port;
}

export function gatewayPort(): number {
  return envInt('GATEWAY_PORT', 4000);
}

export function subgraphHost(): string {
  return process.env.CONTINUUM_HOST ?? '127.0.0.1';
}

export function subgraphUrl(name: SubgraphName): string {
  return process.env[`${envPrefix(name)}_URL`] ?? `http://${subgraphHost()}:${subgraphPort(name)}/graphql`;
}

export function embeddedPostgresPort(): number {
  return envInt('CONTINUUM_PG_PORT', 5433);
}

/** The database name a subgraph owns on the shared server. */
export function databaseName(name: string): string {
  return `continuum_${name.replace(/-/g, '_')}`;
}

/** Replaces the database part of a PostgreSQL URL. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A subgraph's own database URL: `<NAME>_DATABASE_URL` if set,
 * otherwise its database on the server named by DATABASE_URL.
 */
export function subgraphDatabaseUrl(name: string, serverUrl = process.env.DATABASE_URL): string {
  const own = process.env[`${envPrefix(name)}_DATABASE_URL`];
  if (own) return own;
  if (!serverUrl) throw new Error(`Set DATABASE_URL or ${envPrefix(name)}_DATABASE_URL`);
  return withDatabase(serverUrl, databaseName(name));
}
