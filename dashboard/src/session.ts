/**
 * Who the dashboard's server signed in as, and the hub's today, from its /session: asked once
 * per page load. The organisation is the default selection of every page; today bounds the
 * periods a page offers (figures are known up to today, never for the future).
 */
import { useEffect, useState } from 'react';

export interface Session {
  name: string;
  role: string;
  organisationCode: string;
  /** COUNCIL or HEALTH for a commissioner; other kinds have no default area. */
  organisationKind: string;
  /** The hub's today, YYYY-MM-DD. */
  today: string;
}

let asked: Promise<Session | null> | null = null;

function askSession(): Promise<Session | null> {
  asked ??= fetch('/session')
    .then((r) => (r.ok ? (r.json() as Promise<Session>) : null))
    .catch(() => null);
  return asked;
}

/** Undefined while asking; null when the server could not say. */
export function useSession(): Session | null | undefined {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void askSession().then((s) => current && setSession(s));
    return () => {
      current = false;
    };
  }, []);
  return session;
}
