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

export function subgraphPort(name: SubgraphName): number {
  return envInt(`${name.toUpperCase()}_PORT`, DEFAULT_PORTS[name]);
}

export function gatewayPort(): number {
  return envInt('GATEWAY_PORT', 4000);
}

export function subgraphHost(): string {
  return process.env.CONTINUUM_HOST ?? '127.0.0.1';
}

export function subgraphUrl(name: SubgraphName): string {
  return process.env[`${name.toUpperCase()}_URL`] ?? `http://${subgraphHost()}:${subgraphPort(name)}/graphql`;
}

export function embeddedPostgresPort(): number {
  return envInt('CONTINUUM_PG_PORT', 5433);
}

/** The database name a subgraph owns on the shared server. */
export function databaseName(name: SubgraphName): string {
  return `continuum_${name}`;
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
export function subgraphDatabaseUrl(name: SubgraphName, serverUrl = process.env.DATABASE_URL): string {
  const own = process.env[`${name.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  if (!serverUrl) throw new Error(`Set DATABASE_URL or ${name.toUpperCase()}_DATABASE_URL`);
  return withDatabase(serverUrl, databaseName(name));
}
