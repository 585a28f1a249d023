/**
 * One request's view of access: the caller, their decisions (batched, cached for the request)
 * and the audit rows the request produces, written to the access store before the response
 * (a partner's subgraph: through the hub's access API, hub-access.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '@continuum/runtime';
import { decidedBeforeLookup, eitherDecision, namedIds, seesEveryPerson, type Asked, type Decision } from './decide-access.ts';
import { AccessDecisions } from './decisions.ts';
import type { AccessStore, AuditRow } from './store.ts';
import type { HubAccessForRequest } from './hub-access.ts';
import type { Subject } from './policy.ts';

export interface Note {
  action: 'READ' | 'WRITE';
  outcome: 'ALLOWED' | 'DENIED';
  recordType: string;
  recordId: string;
  subject: Subject;
  fields: string[];
  breakGlassId: string | null;
  /** A refused write: the code it was refused with. */
  refusal?: string | null;
}

export class RequestAccess {
  readonly decisions: AccessDecisions;
  readonly requestId = randomUUID();
  private notes: Note[] = [];

  constructor(
    readonly caller: Caller,
    readonly store: AccessStore | null,
    readonly subgraph: string,
    /** A partner's subgraph: the hub's access API with this request's caller token, used instead of a store. */
    readonly hub: HubAccessForRequest | null = null,
  ) {
    this.decisions = new AccessDecisions(caller, store, hub);
  }

  /** Visible if any named subject is; the decision that allowed it is returned (decide-access.ts's steps, over the loaders). */
  async decide(subject: Subject, asked: Asked = {}): Promise<Decision> {
    const early = decidedBeforeLookup(this.caller, subject, asked);
    if (early) return early;
    const { personId, paId } = namedIds(subject);
    const decisions: Decision[] = [];
    if (personId) decisions.push(await this.decisions.person.load(personId));
    if (paId) decisions.push(await this.decisions.pa.load(paId));
    return eitherDecision(decisions);
  }

  /**
   * Of these people, those the caller may see; null when the caller may see anyone (the hub's
   * services, a data protection officer), so a search can be narrowed before it counts or pages.
   */
  async visiblePeople(personIds: string[]): Promise<string[] | null> {
    if (seesEveryPerson(this.caller)) return null;
    const decisions = await this.decisions.person.loadMany(personIds);
    return personIds.filter((_, i) => {
      const d = decisions[i];
      return !(d instanceof Error) && d.visible;
    });
  }

  /**
   * Of these rows, the ids of those whose subject the caller may see; null for the hub's own
   * services, who see all. A list narrows its query to these before it counts or pages, so its
   * totals and pages reveal nothing about records out of scope.
   */
  async visibleRowIds<T extends { id: string }>(rows: T[], subjectOf: (row: T) => Subject): Promise<string[] | null> {
    if (this.caller.role === 'HUB_SERVICE') return null;
    const decisions = await Promise.all(rows.map((r) => this.decide(subjectOf(r))));
    return rows.filter((_, i) => decisions[i]!.visible).map((r) => r.id);
  }

  note(n: Note): void {
    this.notes.push(n);
  }

  /** The notes made since `mark` (a count of notes taken earlier), to settle a write's outcome. */
  notesSince(mark: number): Note[] {
    return this.notes.slice(mark);
  }

  get noteCount(): number {
    return this.notes.length;
  }

  /**
   * Audit rows, one per subject, record type, action and outcome in this request. The hub's own
   * housekeeping (a background loop looking for work, acting for no one) reads without a row:
   * no person sees what it reads; its writes, and everything done for a user, are recorded.
   */
  auditRows(): AuditRow[] {
    const groups = new Map<string, AuditRow>();
    const actor = this.caller.role === 'HUB_SERVICE' ? (this.caller.onBehalfOf ?? null) : null;
    const housekeeping = this.caller.role === 'HUB_SERVICE' && !actor;
    for (const n of this.notes) {
      if (housekeeping && n.action === 'READ') continue;
      const key = [
        n.action,
        n.outcome,
        n.recordType,
        n.subject.personId ?? '',
        n.subject.paId ?? '',
        n.breakGlassId ?? '',
        n.refusal ?? '',
      ].join('|');
      let row = groups.get(key);
      if (!row) {
        row = {
          requestId: this.requestId,
          userId: this.caller.userId,
          userName: this.caller.name,
          organisationCode: this.caller.organisationCode,
          role: this.caller.role,
          purpose: this.caller.purpose,
          subgraph: this.subgraph,
          action: n.action,
          personId: n.subject.personId ?? null,
          paId: n.subject.paId ?? null,
          recordType: n.recordType,
          recordIds: [],
          fields: [],
          outcome: n.outcome,
          breakGlassId: n.breakGlassId,
          onBehalfOf: actor,
          refusal: n.refusal ?? null,
        };
        groups.set(key, row);
      }
      if (n.recordId && !row.recordIds.includes(n.recordId)) row.recordIds.push(n.recordId);
      for (const f of n.fields) if (!row.fields.includes(f)) row.fields.push(f);
    }
    return [...groups.values()];
  }

  /** Writes this request's audit rows, answering how many; a failure fails the request rather than leave a read unrecorded. */
  async flush(): Promise<number> {
    const rows = this.auditRows();
    this.notes = [];
    if (!rows.length) return 0;
    if (this.store) await this.store.appendAudit(rows);
    else if (this.hub) await this.hub.client.appendAudit(this.hub.callerToken, rows);
    else return 0;
    return rows.length;
  }
}

/** Subgraph contexts carry the request's access under this name. */
export interface AccessContext {
  access: RequestAccess;
}
