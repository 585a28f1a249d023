import { RegistryStore } from '@continuum/schema/registry-store';

/**
 * Each subgraph's registered timeout, read from the schema registry's folder at the moment the
 * gateway asks (whenever a publish changes the supergraph), so a partner registered after the
 * gateway started keeps its own deadline.
 */
export function registeredTimeouts(registryDir: string): (name: string) => number | undefined {
  const store = new RegistryStore(registryDir);
  return (name) => store.registration(name)?.timeoutMs;
}
