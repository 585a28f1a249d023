/**
 * How the dashboard asks the graph: every operation is a persisted one, sent by its SHA-256 hash
 * alone (the APQ shape). The documents themselves never ship to the browser; the gateway holds
 * them in the manifest codegen wrote. Requests go to this dashboard's own server, which adds the
 * commissioner's credentials before passing them to the gateway.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';

/** NETWORK: the dashboard's server could not be reached; UNAVAILABLE: it or the hub answered without figures (HTTP 5xx). */
export type FailureKind = 'NETWORK' | 'UNAVAILABLE' | 'REFUSED';

export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly kind: FailureKind = 'REFUSED',
  ) {
    super(message);
  }
}

function hashOf(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('operation has no persisted hash: run codegen');
  return hash.replace(/^sha256:/, '');
}

export async function runPersisted<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document as never) } } }),
  }).catch((err: unknown) => {
    // fetch rejects only when no answer came at all: the connection, not the request, failed.
    throw new GraphError(String(err), undefined, undefined, 'NETWORK');
  });
  const body = (await res.json().catch(() => ({}))) as {
    data?: Result;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  const first = body.errors?.[0];
  if (first) throw new GraphError(first.message, first.extensions?.code, first.extensions?.field);
  if (!res.ok || !body.data)
    throw new GraphError(`The hub answered HTTP ${res.status}`, undefined, undefined, res.status >= 500 ? 'UNAVAILABLE' : 'REFUSED');
  return body.data;
}

export interface Loaded<T> {
  data: T | null;
  error: GraphError | null;
  loading: boolean;
  /** Asks again (after a failure). */
  retry: () => void;
}

/**
 * Runs a persisted operation whenever its variables change; the last answer wins. With
 * `enabled` false (the page's filter needs correcting first) nothing is asked.
 */
export function usePersisted<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  enabled = true,
): Loaded<Result> {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // The answer (or failure) and the request it belongs to: an answer for other variables is not this one's.
  const [settled, setSettled] = useState<{ request: string; data: Result | null; error: GraphError | null } | null>(null);
  const request = `${key}#${attempt}`;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    runPersisted(document, JSON.parse(key) as Variables).then(
      (data) => current && setSettled({ request: `${key}#${attempt}`, data, error: null }),
      (error: unknown) =>
        current &&
        setSettled({
          request: `${key}#${attempt}`,
          data: null,
          error: error instanceof GraphError ? error : new GraphError(String(error), undefined, undefined),
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key, enabled, attempt]);
  if (!enabled) return { data: null, error: null, loading: false, retry };
  const loading = settled?.request !== request;
  // While asking again, the last figures stay on screen (marked busy); a failure does not.
  return { data: settled?.data ?? null, error: loading ? null : (settled?.error ?? null), loading, retry };
}
