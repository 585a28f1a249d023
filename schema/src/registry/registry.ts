/**
 * The schema registry: which subgraphs make up the graph (name, URL, owner organisation,
 * contact), the SDL each partner has published, and the supergraph composed from them.
 * A partner's SDL is published only when it composes with all the others and breaks no
 * registered operation; every publish is kept in the history.
 */
import { now, SUBGRAPHS } from '@continuum/runtime';
import { compose, hubSubgraphs, type SubgraphSdl } from '../compose.ts';
import { loadRegisteredOperations } from './operations.ts';
import { checkProposal, registrationProblems, RegistryError, type CheckReport, type RegistrationInput } from './proposal.ts';
import { RegistryStore, sha256, type HistoryEntry, type Registration } from './store.ts';

export type { CheckReport } from './proposal.ts';

export interface PublishResult {
  report: CheckReport;
  /** The history entry written, or null when the check failed or nothing changed. */
  published: HistoryEntry | null;
  unchanged: boolean;
}

export { RegistryError } from './proposal.ts';
export type { RegistrationInput } from './proposal.ts';

const HUB_ORGANISATION = 'Continuum hub';

export class Registry {
  readonly store: RegistryStore;

  constructor(
    readonly dir: string,
    private readonly hub: () => SubgraphSdl[] = hubSubgraphs,
  ) {
    this.store = new RegistryStore(dir);
  }

  get supergraphPath(): string {
    return this.store.supergraphPath;
  }

  /** Every subgraph in the graph: the hub's own, then registered partners. */
  list(): (Registration & { kind: 'hub' | 'partner'; published: boolean })[] {
    const hub = this.hub().map((s) => ({
      name: s.name,
      url: s.url,
      organisation: HUB_ORGANISATION,
      contact: '',
      registeredAt: '',
      kind: 'hub' as const,
      published: true,
    }));
    const partners = this.store
      .registrations()
      .map((r) => ({ ...r, kind: 'partner' as const, published: this.store.publishedSdl(r.name) !== null }));
    return [...hub, ...partners];
  }

  register(input: RegistrationInput): Registration {
    const problems = registrationProblems(input);
    if (problems.length) throw new RegistryError(`Cannot register ${input.name}: ${problems.join('; ')}`);
    const previous = this.store.registration(input.name);
    const registration: Registration = {
      name: input.name,
      url: input.url,
      organisation: input.organisation.trim(),
      contact: input.contact.trim(),
      ...(input.timeoutMs !== undefined ? { timeoutMs: input.timeoutMs } : {}),
      registeredAt: previous?.registeredAt ?? now().toISOString(),
    };
    this.store.saveRegistration(registration);
    return registration;
  }

  /** The subgraphs as they are published now, with one of them replaced by a proposed SDL. */
  private subgraphs(replace?: { name: string; sdl: string }): SubgraphSdl[] {
    const hub = this.hub().map((s) => (s.name === replace?.name ? { ...s, sdl: replace.sdl } : s));
    const partners = this.store.registrations().flatMap((r) => {
      const sdl = r.name === replace?.name ? replace.sdl : this.store.publishedSdl(r.name);
      return sdl === null ? [] : [{ name: r.name, url: r.url, sdl }];
    });
    return [...hub, ...partners];
  }

  /** The published supergraph; before the first publish, the hub's own subgraphs composed. */
  currentSupergraph(): string {
    const stored = this.store.supergraph();
    if (stored) return stored;
    const { supergraphSdl, errors } = compose(this.subgraphs());
    if (!supergraphSdl) throw new Error(`The registered subgraphs do not compose:\n${errors.join('\n')}`);
    return supergraphSdl;
  }

  /** Composes the proposed SDL with every other subgraph and compares the result with what clients use today. */
  async check(name: string, sdl: string): Promise<CheckReport> {
    const known = (SUBGRAPHS as readonly string[]).includes(name) || this.store.registration(name) !== null;
    if (!known)
      throw new RegistryError(
        `No subgraph "${name}" is registered: register it first (npm run schema -- register ${name} --url … --organisation … --contact …)`,
      );
    return checkProposal(name, sdl, this.subgraphs({ name, sdl }), () => this.currentSupergraph(), loadRegisteredOperations(this.dir));
  }

  /** Checks, then (only if the checks pass) stores the SDL, writes the new supergraph and records the publish. */
  async publish(name: string, sdl: string): Promise<PublishResult> {
    if ((SUBGRAPHS as readonly string[]).includes(name)) {
      throw new RegistryError(`${name} is one of the hub's own subgraphs: its schema ships with the hub's code (npm run compose)`);
    }
    return this.store.withLock(async () => {
      const report = await this.check(name, sdl);
      if (!report.ok || !report.supergraphSdl) return { report, published: null, unchanged: false };
      if (this.store.publishedSdl(name) === sdl && this.store.supergraph()?.trim() === report.supergraphSdl.trim()) {
        return { report, published: null, unchanged: true };
      }
      this.store.savePublishedSdl(name, sdl);
      const supergraphSha256 = this.store.saveSupergraph(report.supergraphSdl);
      const published = this.store.appendHistory({
        publishedAt: now().toISOString(),
        subgraph: name,
        action: 'publish',
        sdlSha256: sha256(sdl),
        supergraphSha256,
        changes: [...(report.safe ?? []), ...(report.dangerous ?? []), ...(report.unusedBreaking ?? [])].map((c) => c.message),
        sdl,
      });
      return { report, published, unchanged: false };
    });
  }

  /**
   * Recomposes after the hub's own subgraphs changed (a hub upgrade) or a partner's routing
   * URL changed; `reason` names which, in the history. If the result no longer composes, the
   * published supergraph stays as it was.
   */
  async recompose(reason: string): Promise<{ changed: boolean; errors: string[] }> {
    return this.store.withLock(() => {
      const { supergraphSdl, errors } = compose(this.subgraphs());
      if (!supergraphSdl) return { changed: false, errors };
      if (this.store.supergraph()?.trim() === supergraphSdl.trim()) return { changed: false, errors: [] };
      const supergraphSha256 = this.store.saveSupergraph(supergraphSdl);
      this.store.appendHistory({
        publishedAt: now().toISOString(),
        subgraph: reason,
        action: 'recompose',
        sdlSha256: null,
        supergraphSha256,
        changes: [],
        sdl: null,
      });
      return { changed: true, errors: [] };
    });
  }
}
