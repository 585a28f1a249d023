/**
 * Whether the caller may see a person or a PA at all, decided once per subject per request
 * (batched). The rules are decide-access.ts's; this fetches the facts they need from the store,
 * only for roles whose decision rests on facts. A partner's subgraph, which has no store, asks
 * the hub's access API instead (hub-access.ts), which decides here on the hub's side.
 */
import DataLoader from 'dataloader';
import { today as todayDate, isoDate, type Caller } from '@continuum/runtime';
import { decidePa, decidePerson, decidedByRole, employersOf, type Decision, type PersonBasis } from './decide-access.ts';
import { recentMonths, type AccessStore } from './store.ts';
import type { HubAccessForRequest } from './hub-access.ts';

/** Rows grouped by the subject they are about, so each subject is decided on its own facts. */
function bySubject<T>(rows: readonly T[], key: (row: T) => string): (id: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return (id) => groups.get(id) ?? [];
}

const decided = <T>(d: T | null): d is T => d !== null;

export class AccessDecisions {
  readonly person: DataLoader<string, Decision<PersonBasis>>;
  readonly pa: DataLoader<string, Decision>;

  constructor(
    private readonly caller: Caller,
    private readonly store: AccessStore | null,
    private readonly hub: HubAccessForRequest | null = null,
  ) {
    this.person = new DataLoader((ids) => this.decidePeople([...ids]));
    this.pa = new DataLoader((ids) => this.decidePas([...ids]));
  }

  private async decidePeople(ids: string[]): Promise<Decision<PersonBasis>[]> {
    const c = this.caller;
    const byRole = ids.map((id) => decidedByRole(c, 'PERSON', id));
    if (byRole.every(decided)) return byRole;
    if (this.hub) return (await this.hub.client.decide(this.hub.callerToken, ids, [])).people;
    const store = this.requireStore();
    const day = isoDate(todayDate());
    const [relationships, consents, { grants, instant }] = await Promise.all([
      store.relationshipsWith(c.organisationCode, 'PERSON', ids),
      store.consentsFor(ids),
      store.breakGlassGrants(c.userId, ids),
    ]);
    const asOf = { day, instant, recentMonths: recentMonths() };
    const [rel, con, bg] = [
      bySubject(relationships, (r) => r.subjectId),
      bySubject(consents, (r) => r.person_id),
      bySubject(grants, (g) => g.personId),
    ];
    return ids.map((id) => decidePerson(c, id, { relationships: rel(id), consents: con(id), breakGlass: bg(id) }, asOf));
  }

  private async decidePas(ids: string[]): Promise<Decision[]> {
    const c = this.caller;
    const byRole = ids.map((id) => decidedByRole(c, 'PA', id));
    if (byRole.every(decided)) return byRole;
    if (this.hub) return (await this.hub.client.decide(this.hub.callerToken, [], ids)).pas;
    const store = this.requireStore();
    const asOf = { day: isoDate(todayDate()), recentMonths: recentMonths() };
    const [relationships, employments] = await Promise.all([
      store.relationshipsWith(c.organisationCode, 'PA', ids),
      store.employmentLinksOf(ids),
    ]);
    const [rel, emp] = [bySubject(relationships, (r) => r.subjectId), bySubject(employments, (l) => l.paId)];
    // A PA is visible to whoever may see one of the people who employ (or recently employed) them.
    const people = [...new Set(ids.flatMap((id) => employersOf(id, emp(id), asOf)))];
    const loaded = people.length ? await this.person.loadMany(people) : [];
    const employerDecisions = new Map<string, Decision<PersonBasis>>();
    people.forEach((p, i) => {
      const d = loaded[i];
      if (d && !(d instanceof Error)) employerDecisions.set(p, d);
    });
    return ids.map((id) => decidePa(c, id, { relationships: rel(id), employments: emp(id) }, asOf, employerDecisions));
  }

  private requireStore(): AccessStore {
    if (!this.store) throw new Error('no access store configured: person-level data cannot be decided');
    return this.store;
  }
}
