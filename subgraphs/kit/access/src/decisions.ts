/**
 * Whether the caller may see a person or a PA at all, decided once per subject per request
 * (batched). Deny by default: a record is visible only through a legitimate relationship of the
 * caller's organisation, consent covering the purpose, or break-glass, and an objection
 * overrides the first two.
 */
import DataLoader from 'dataloader';
import { today as todayDate, isoDate, type Caller } from '@continuum/runtime';
import type { AccessStore, ConsentRow } from './store.ts';

export interface Decision {
  visible: boolean;
  /** Why: RELATIONSHIP, CONSENT, BREAK_GLASS, OWN_RECORD, SUBMITTED_BY, HUB_SERVICE, DATA_PROTECTION, or the refusal. */
  basis: string;
  breakGlassId?: string;
}

const DENIED: Decision = { visible: false, basis: 'NO_RELATIONSHIP' };

/**
 * Is a consent or objection in force today? A consent counts only as recorded under the hub's
 * rules: who gave it and how, named organisations, and an end date. One recorded before those
 * rules (none of that held) opens nothing; an objection always counts, as it only narrows access.
 */
export function consentInForce(row: ConsentRow, today: string): boolean {
  if (row.withdrawn_at) return false;
  if (row.valid_from > today || (row.valid_to !== null && row.valid_to < today)) return false;
  if (row.kind === 'CONSENT' && (row.method === null || row.organisation_codes.length === 0 || row.valid_to === null)) return false;
  return true;
}

/** Does a consent or objection row apply to this caller today? An objection naming no organisation covers every one. */
export function consentApplies(row: ConsentRow, caller: Caller, today: string): boolean {
  if (!consentInForce(row, today)) return false;
  if (row.purpose !== caller.purpose) return false;
  return row.organisation_codes.length === 0 || row.organisation_codes.includes(caller.organisationCode);
}

export class AccessDecisions {
  readonly person: DataLoader<string, Decision>;
  readonly pa: DataLoader<string, Decision>;

  constructor(
    private readonly caller: Caller,
    private readonly store: AccessStore | null,
  ) {
    this.person = new DataLoader((ids) => this.decidePeople([...ids]));
    this.pa = new DataLoader((ids) => this.decidePas([...ids]));
  }

  private async decidePeople(ids: string[]): Promise<Decision[]> {
    const c = this.caller;
    if (c.role === 'HUB_SERVICE') return ids.map(() => ({ visible: true, basis: 'HUB_SERVICE' }));
    if (c.role === 'PUBLIC' || c.role === 'COMMISSIONER' || c.role === 'TRAINER' || c.role === 'PERSONAL_ASSISTANT') return ids.map(() => DENIED);
    if (c.role === 'PERSON') return ids.map((id) => (id === c.personId ? { visible: true, basis: 'OWN_RECORD' } : DENIED));
    if (c.role === 'DATA_PROTECTION_OFFICER') return ids.map(() => ({ visible: true, basis: 'DATA_PROTECTION' }));
    const store = this.requireStore();
    const today = isoDate(todayDate());
    const [related, consents, grants] = await Promise.all([
      store.relatedSubjects(c.organisationCode, 'PERSON', ids, today),
      store.consentsFor(ids),
      store.activeBreakGlass(c.userId, ids),
    ]);
    return ids.map((id) => {
      const grant = grants.get(id);
      if (grant) return { visible: true, basis: 'BREAK_GLASS', breakGlassId: grant };
      const mine = consents.filter((row) => row.person_id === id && consentApplies(row, c, today));
      if (mine.some((row) => row.kind === 'OBJECTION')) return { visible: false, basis: 'OBJECTION' };
      if (related.has(id)) return { visible: true, basis: 'RELATIONSHIP' };
      if (mine.some((row) => row.kind === 'CONSENT')) return { visible: true, basis: 'CONSENT' };
      return DENIED;
    });
  }

  private async decidePas(ids: string[]): Promise<Decision[]> {
    const c = this.caller;
    if (c.role === 'HUB_SERVICE') return ids.map(() => ({ visible: true, basis: 'HUB_SERVICE' }));
    if (c.role === 'PUBLIC' || c.role === 'COMMISSIONER' || c.role === 'DATA_PROTECTION_OFFICER') return ids.map(() => DENIED);
    if (c.role === 'PERSONAL_ASSISTANT') return ids.map((id) => (id === c.personalAssistantId ? { visible: true, basis: 'OWN_RECORD' } : DENIED));
    const store = this.requireStore();
    const today = isoDate(todayDate());
    const [related, employers] = await Promise.all([store.relatedSubjects(c.organisationCode, 'PA', ids, today), store.employersOf(ids, today)]);
    // A PA is visible to whoever may see one of the people who employ (or recently employed) them.
    const people = [...new Set([...employers.values()].flat())];
    const personDecisions = people.length ? await this.person.loadMany(people) : [];
    const visiblePeople = new Map(people.map((p, i) => [p, personDecisions[i] as Decision]));
    return ids.map((id) => {
      if (related.has(id)) return { visible: true, basis: 'RELATIONSHIP' };
      const via = (employers.get(id) ?? []).map((p) => visiblePeople.get(p)).find((d) => d && !(d instanceof Error) && d.visible);
      return via ? { visible: true, basis: `EMPLOYER_${via.basis}`, breakGlassId: via.breakGlassId } : DENIED;
    });
  }

  private requireStore(): AccessStore {
    if (!this.store) throw new Error('no access store configured: person-level data cannot be decided');
    return this.store;
  }
}
