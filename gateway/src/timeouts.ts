import { envPrefix } from '@continuum/runtime';

/**
 * Each subgraph's deadline for a gateway call: `<NAME>_TIMEOUT_MS`, else what the registry
 * holds for it, else CONTINUUM_SUBGRAPH_TIMEOUT_MS, else 10 seconds. One slow agency then
 * costs only its own fields.
 */
export function subgraphTimeout(name: string, registered?: (name: string) => number | undefined): number {
  const own = Number(process.env[`${envPrefix(name)}_TIMEOUT_MS`]);
  if (Number.isFinite(own) && own > 0) return own;
  return registered?.(name) ?? Number(process.env.CONTINUUM_SUBGRAPH_TIMEOUT_MS ?? 10_000);
}
