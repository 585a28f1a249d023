/**
 * The schema registry: which subgraphs make up the graph (name, URL, owner organisation,
 * contact), the SDL each partner has published, and the supergraph composed from them.
 * A partner's SDL is published only when it composes with all the others and breaks no
 * registered operation; every publish is kept in the history.
 */
import { now, SUBGRAPHS } from '@continuum/runtime';
import { Kind, parse, validate, type GraphQLError } from 'graphql';
import path from 'node:path';
import { compose, hubSubgraphs, type SubgraphSdl } from '../compose.ts';
import { apiSchema } from './breaking.ts';
import { loadRegisteredOperations } from './operations.ts';
import { checkProposal, registrationProblems, RegistryError, type CheckReport, type RegistrationInput } from './proposal.ts';
import { RegistryStore, sha256, writeAtomically, type HistoryEntry, type Registration } from './store.ts';

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
const OPERATION_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Where the hub's own subgraphs are routed, as recorded in a supergraph's join__Graph enum. */
export function recordedHubUrls(supergraphSdl: string | null): Map<string, string> {
  const urls = new Map<string, string>();
  for (const m of (supergraphSdl ?? '').matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)) {
    if ((SUBGRAPHS as readonly string[]).includes(m[1]!)) urls.set(m[1]!, m[2]!);
  }
  return urls;
}

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
    const hub = this.hubWithRecordedUrls().map((s) => ({
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

  /**
   * The hub's subgraphs routed where the published supergraph says (the running hub's start
   * records its URLs there), so a publish from a shell without the hub's environment keeps them.
   */
  private hubWithRecordedUrls(): SubgraphSdl[] {
    const recorded = recordedHubUrls(this.store.supergraph());
    return this.hub().map((s) => ({ ...s, url: recorded.get(s.name) ?? s.url }));
  }

  /**
   * The subgraphs as they are published now, with one of them replaced by a proposed SDL; the
   * hub's routed where the published supergraph records, unless `hubUrlsFromEnvironment`.
   */
  private subgraphs(replace?: { name: string; sdl: string }, hubUrlsFromEnvironment = false): SubgraphSdl[] {
    const hub = (hubUrlsFromEnvironment ? this.hub() : this.hubWithRecordedUrls()).map((s) =>
      s.name === replace?.name ? { ...s, sdl: replace.sdl } : s,
    );
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
   * Registers an operation a client sends (`name` becomes operations/<name>.graphql; again, to
   * replace it): from then on a check refuses a change that breaks it. Refused unless it parses
   * and validates against the supergraph served now, since one that does not would guard nothing.
   * Returns the ids the check reports it by.
   */
  addOperation(name: string, text: string): string[] {
    if (!OPERATION_NAME.test(name) || name.length > 60)
      throw new RegistryError(
        `operation name "${name}" must be lower-case letters and digits in words joined by hyphens, at most 60 characters`,
      );
    let document;
    try {
      document = parse(text);
    } catch (err) {
      throw new RegistryError(`${name}: not a GraphQL document: ${(err as GraphQLError).message}`);
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operations.length) throw new RegistryError(`${name}: the document holds no query, mutation or subscription`);
    const errors = validate(apiSchema(this.currentSupergraph()), document);
    if (errors.length)
      throw new RegistryError(
        `${name} does not validate against the supergraph served now, so it would guard nothing (publish the fields it uses first):\n${errors.map((e) => `  ${e.message}`).join('\n')}`,
      );
    const file = path.join(this.dir, 'operations', `${name}.graphql`);
    writeAtomically(file, text.endsWith('\n') ? text : `${text}\n`);
    return operations.map((op, i) => `operations/${name}.graphql#${op.name?.value ?? i + 1}`);
  }

  /**
   * Recomposes after the hub's own subgraphs changed (a hub upgrade) or a partner's routing
   * URL changed; `reason` names which, in the history. The hub's subgraphs keep the URLs the
   * published supergraph records unless `hubUrlsFromEnvironment` (the hub's start, which routes
   * them to the ports it runs them on). If the result no longer composes, the published
   * supergraph stays as it was.
   */
  async recompose(reason: string, { hubUrlsFromEnvironment = true } = {}): Promise<{ changed: boolean; errors: string[] }> {
    return this.store.withLock(() => {
      const { supergraphSdl, errors } = compose(this.subgraphs(undefined, hubUrlsFromEnvironment));
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
