/**
 * The hub's access API as a partner's subgraph uses it (CONTINUUM_ACCESS_URL, served by the
 * gateway under /access): access decisions and audit writes over HTTP instead of the access
 * store's database, so a partner run by another organisation holds no credential of the hub's.
 * Every call carries the caller token the gateway signed for the request being answered, which
 * names this subgraph: the hub decides for that caller only and records rows under that subgraph
 * only. Decisions come batched and are kept for the request by AccessDecisions' loaders.
 */
import type { Decision, PersonBasis } from './decide-access.ts';
import type { AuditRow } from './store.ts';

/** Paths of the API under its base URL. */
export const ACCESS_API_PATHS = { decisions: '/decisions', audit: '/audit' } as const;
/** The most people or PAs decided in one call (and audit rows written in one). */
export const ACCESS_API_BATCH = 500;

export interface HubDecisions {
  people: Decision<PersonBasis>[];
  pas: Decision[];
}

/** The API's refusal: its HTTP status and what it said. */
export class HubAccessRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HubAccessRefused';
  }
}

export class HubAccessClient {
  readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs = Number(process.env.CONTINUUM_ACCESS_TIMEOUT_MS ?? 5_000),
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /** The caller's decisions on these people and PAs, in the order asked (split into calls of ACCESS_API_BATCH). */
  async decide(callerToken: string, people: string[], pas: string[]): Promise<HubDecisions> {
    const out: HubDecisions = { people: [], pas: [] };
    for (let i = 0; i < Math.max(people.length, pas.length); i += ACCESS_API_BATCH) {
      const part = await this.post<HubDecisions>(ACCESS_API_PATHS.decisions, callerToken, {
        people: people.slice(i, i + ACCESS_API_BATCH),
        pas: pas.slice(i, i + ACCESS_API_BATCH),
      });
      out.people.push(...part.people);
      out.pas.push(...part.pas);
    }
    return out;
  }

  /** Writes audit rows in the hub's access store, all of them or (a failed call) none of that call's. */
  async appendAudit(callerToken: string, rows: AuditRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += ACCESS_API_BATCH)
      await this.post(ACCESS_API_PATHS.audit, callerToken, { rows: rows.slice(i, i + ACCESS_API_BATCH) });
  }

  private async post<T>(path: string, callerToken: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${callerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) {
      const said = (() => {
        try {
          return (JSON.parse(text) as { errors?: { message?: string }[] }).errors?.[0]?.message;
        } catch {
          return undefined;
        }
      })();
      throw new HubAccessRefused(res.status, `the hub's access API refused ${path} (${res.status}): ${said ?? text.slice(0, 200)}`);
    }
    return (text ? JSON.parse(text) : {}) as T;
  }
}

/** The hub's access API bound to one request's caller token. */
export interface HubAccessForRequest {
  client: HubAccessClient;
  callerToken: string;
}
