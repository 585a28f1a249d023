/**
 * The gateway is ready when it has a supergraph loaded, can read the token revocation list (it
 * refuses every token otherwise), and every subgraph the supergraph joins answers its own
 * readiness probe. Checked at most once per `cacheMs` however often it is asked.
 */
import { signInternalToken, renewingTokenSource, type SigningKey } from '@continuum/access';
import { cachedCheck, hubServiceCaller, type Readiness } from '@continuum/runtime';
import { subgraphReadiness } from './health.ts';
import type { RevocationCheck } from './auth/revocations.ts';
import type { SupergraphStatus } from './supergraph-source.ts';

export interface GatewayReadinessOptions {
  /** Whether @apollo/gateway has loaded a supergraph, and which. */
  supergraph: () => { loaded: boolean; status: SupergraphStatus };
  /** The subgraphs of the supergraph being served, at their routing URLs. */
  subgraphs: () => { name: string; url: string }[];
  revocations: RevocationCheck;
  /** Signs the token the probes carry, so subgraphs say what they checked. */
  gatewayKey: SigningKey;
  /** Each subgraph's deadline to answer (default 2,000 ms). */
  timeoutMs?: number;
  /** How long an answer is reused (default 2,000 ms). */
  cacheMs?: number;
}

export function gatewayReadiness(opts: GatewayReadinessOptions): () => Promise<Readiness> {
  // Internal tokens live a minute; one is reused for half of that.
  const token = renewingTokenSource(() => signInternalToken(opts.gatewayKey, hubServiceCaller('gateway')), 30_000);
  const check = async (): Promise<Readiness> => {
    const supergraph = opts.supergraph();
    const [revocationList, subgraphs] = await Promise.all([
      opts.revocations
        .refusal({ jti: '', userId: '', issuedAt: 0 })
        .then(() => 'ok' as const)
        .catch(() => 'unavailable' as const),
      subgraphReadiness(opts.subgraphs(), { authorization: async () => `Bearer ${await token()}`, timeoutMs: opts.timeoutMs }),
    ]);
    const ready = supergraph.loaded && revocationList === 'ok' && subgraphs.every((s) => s.status === 'ready');
    return { ready, details: { supergraph: { loaded: supergraph.loaded, ...supergraph.status }, revocationList, subgraphs } };
  };
  return cachedCheck(check, opts.cacheMs ?? 2_000);
}
