import { composeServices } from '@apollo/composition';
import { SUBGRAPHS, subgraphUrl, type SubgraphName } from '@continuum/runtime';
import { parse } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export const SUPERGRAPH_PATH = path.join(root, 'schema', 'supergraph.graphql');

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Each hub subgraph's SDL as checked in, with the URL it is routed to by default. */
export function hubSubgraphs(): SubgraphSdl[] {
  return SUBGRAPHS.map((name: SubgraphName) => ({
    name,
    url: defaultUrl(name),
    sdl: fs.readFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), 'utf8'),
  }));
}

/** The checked-in supergraph names localhost ports; deployments override them per subgraph. */
function defaultUrl(name: SubgraphName): string {
  const saved = process.env[`${name.toUpperCase()}_URL`];
  delete process.env[`${name.toUpperCase()}_URL`];
  try {
    return subgraphUrl(name).replace('127.0.0.1', 'localhost');
  } finally {
    if (saved !== undefined) process.env[`${name.toUpperCase()}_URL`] = saved;
  }
}

export interface Composition {
  supergraphSdl: string | null;
  errors: string[];
  hints: string[];
}

export function compose(subgraphs: SubgraphSdl[] = hubSubgraphs()): Composition {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) return { supergraphSdl: null, errors: result.errors.map((e) => e.message), hints: [] };
  return { supergraphSdl: result.supergraphSdl, errors: [], hints: result.hints.map((h) => h.message) };
}
