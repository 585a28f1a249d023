/**
 * How the dashboard asks the graph: every operation is a persisted one, sent by its SHA-256 hash
 * alone (the APQ shape). The documents themselves never ship to the browser; the gateway holds
 * them in the manifest codegen wrote. Requests go to this dashboard's own server, which adds the
 * commissioner's credentials before passing them to the gateway.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';

export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
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
  });
  const body = (await res.json().catch(() => ({}))) as {
    data?: Result;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  const first = body.errors?.[0];
  if (first) throw new GraphError(first.message, first.extensions?.code, first.extensions?.field);
  if (!res.ok || !body.data) throw new GraphError(`The hub answered HTTP ${res.status}`, undefined, undefined);
  return body.data;
}

export interface Loaded<T> {
  data: T | null;
  error: GraphError | null;
  loading: boolean;
}

/** Runs a persisted operation whenever its variables change; the last answer wins. */
export function usePersisted<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Loaded<Result> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Loaded<Result>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    runPersisted(document, JSON.parse(key) as Variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          data: null,
          error: error instanceof GraphError ? error : new GraphError(String(error), undefined, undefined),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);
  return state;
}
