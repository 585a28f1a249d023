/**
 * What every schema registry decides the same way, wherever it keeps its records (a folder,
 * registry.ts; PostgreSQL, shared-registry.ts): whether a registration is acceptable, and
 * whether a proposed SDL composes with the rest and keeps the schema clients use working.
 */
import { SUBGRAPHS } from '@continuum/runtime';
import { parse } from 'graphql';
import { compose, type SubgraphSdl } from '../compose.ts';
import { apiSchema, compareSchemas, type SchemaComparison } from './breaking.ts';
import type { RegisteredOperation } from './operations.ts';

export interface CheckReport extends Partial<SchemaComparison> {
  subgraph: string;
  ok: boolean;
  compositionErrors: string[];
  /** The supergraph the change would publish, when it composes. */
  supergraphSdl: string | null;
}

export interface RegistrationInput {
  name: string;
  url: string;
  organisation: string;
  contact: string;
  timeoutMs?: number;
}

/** A registration or publish the registry refuses outright (not a schema problem): a usage error. */
export class RegistryError extends Error {}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Everything wrong with a registration, in words for whoever made it; empty when there is nothing. */
export function registrationProblems(input: RegistrationInput): string[] {
  const problems: string[] = [];
  if (!NAME.test(input.name) || input.name.length > 40)
    problems.push(`name "${input.name}" must be lower-case letters and digits in words joined by hyphens, at most 40 characters`);
  if ((SUBGRAPHS as readonly string[]).includes(input.name)) problems.push(`name "${input.name}" is one of the hub's own subgraphs`);
  let url: URL | null = null;
  try {
    url = new URL(input.url);
  } catch {
    problems.push(`url "${input.url}" is not a URL`);
  }
  if (url && !['http:', 'https:'].includes(url.protocol)) problems.push(`url must be http or https, got ${url.protocol}`);
  if (!input.organisation?.trim()) problems.push('organisation is required');
  if (!input.contact?.trim()) problems.push('contact is required (an email address or phone number for the team that runs it)');
  if (input.timeoutMs !== undefined && !(Number.isInteger(input.timeoutMs) && input.timeoutMs > 0 && input.timeoutMs <= 60_000))
    problems.push('timeoutMs must be a whole number of milliseconds from 1 to 60000');
  return problems;
}

/**
 * Composes `subgraphs` (every subgraph, `name`'s SDL already replaced by the proposal) and
 * compares the result with the supergraph served now, against the registered operations.
 */
export async function checkProposal(
  name: string,
  sdl: string,
  subgraphs: SubgraphSdl[],
  currentSupergraph: () => string,
  operations: RegisteredOperation[],
): Promise<CheckReport> {
  try {
    parse(sdl);
  } catch (err) {
    return {
      subgraph: name,
      ok: false,
      compositionErrors: [`${name}'s SDL does not parse: ${(err as Error).message}`],
      supergraphSdl: null,
    };
  }
  const composed = compose(subgraphs);
  if (!composed.supergraphSdl) return { subgraph: name, ok: false, compositionErrors: composed.errors, supergraphSdl: null };
  const comparison = await compareSchemas(apiSchema(currentSupergraph()), apiSchema(composed.supergraphSdl), operations);
  const ok = comparison.breaking.length === 0 && comparison.brokenOperations.length === 0;
  return { subgraph: name, ok, compositionErrors: [], supergraphSdl: composed.supergraphSdl, ...comparison };
}
